/* test_rdf_writer.c: the streaming Turtle / N-Triples / N-Quads writer
 * (src/export/rdf_writer.c): exact bytes for escapes (quotes, backslashes,
 * line ends, controls, non-ASCII, astral code points; IRIs with characters
 * IRIREF forbids), prefixed names only for plain local names, subject
 * blocks with ';' and ',', graphs only in N-Quads, and every output read
 * back by Raptor's parsers to the same triples in all three syntaxes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <raptor2.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "export/rdf_writer.h"

#define EX "http://example.org/"
#define XSD "http://www.w3.org/2001/XMLSchema#"

static const akg_rdf_prefix prefixes[] = {
    {"ex", (char *)EX}, {"id", (char *)EX "id/"}, {"xsd", (char *)XSD}};

static akg_rdf_term iri(const char *s) {
  return (akg_rdf_term){AKG_RDF_IRI, s, strlen(s), NULL, NULL};
}

static akg_rdf_term literal(const char *s, const char *datatype, const char *lang) {
  return (akg_rdf_term){AKG_RDF_LITERAL, s, strlen(s), datatype, lang};
}

/* A statement list, written by every test in every syntax. */
typedef struct quad {
  akg_rdf_term s, p, o;
  const char *graph; /* NULL: default graph */
} quad;

static char *write_all(akg_rdf_format format, const quad *q, size_t n) {
  akg_buf out = AKG_BUF_INIT;
  akg_sink sink = akg_sink_to_buf(&out);
  akg_rdf_writer *w =
      akg_rdf_writer_new(format, &sink, prefixes, sizeof prefixes / sizeof *prefixes);
  for (size_t i = 0; i < n; i++) {
    akg_rdf_term g = q[i].graph ? iri(q[i].graph) : (akg_rdf_term){0};
    assert_int_equal(
        akg_rdf_writer_write(w, &q[i].s, &q[i].p, &q[i].o, q[i].graph ? &g : NULL),
        AKG_OK);
  }
  assert_int_equal(akg_rdf_writer_finish(w), AKG_OK);
  assert_int_equal(akg_rdf_writer_count(w), n);
  akg_rdf_writer_free(w);
  return akg_buf_steal(&out);
}

/* ---------------------------------------------- parsing back with Raptor */

/* Raptor 2.0.15's N-Triples and N-Quads parsers leak the datatype IRI of
 * every typed literal they read (its Turtle parser does not); under
 * LeakSanitizer that would fail this test for Raptor's sake. LSan reads
 * this hook of the program, if there is one, for its suppressions. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) {
  return "leak:raptor_new_uri_from_counted_string\n";
}

typedef struct parsed {
  char **lines; /* each statement as Raptor writes it in N-Quads */
  size_t count;
  size_t errors;
} parsed;

static void take_statement(void *user_data, raptor_statement *statement) {
  parsed *p = user_data;
  raptor_world *world = statement->world;
  void *text = NULL;
  size_t len = 0;
  raptor_iostream *io = raptor_new_iostream_to_string(world, &text, &len, malloc);
  raptor_statement_ntriples_write(statement, io, 0);
  raptor_free_iostream(io);
  p->lines = realloc(p->lines, (p->count + 1) * sizeof *p->lines);
  p->lines[p->count++] = text;
}

static void count_errors(void *user_data, raptor_log_message *message) {
  if (message->level >= RAPTOR_LOG_LEVEL_WARN) {
    fprintf(stderr, "raptor: %s\n", message->text);
    ((parsed *)user_data)->errors++;
  }
}

static int compare_lines(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The triples of `text` in `syntax`, as sorted N-Triples lines. */
static char *parse(const char *text, const char *syntax) {
  parsed p = {0};
  raptor_world *world = raptor_new_world();
  raptor_world_set_log_handler(world, &p, count_errors);
  raptor_world_open(world);
  raptor_parser *parser = raptor_new_parser(world, syntax);
  assert_non_null(parser);
  raptor_parser_set_statement_handler(parser, &p, take_statement);
  raptor_uri *base = raptor_new_uri(world, (const unsigned char *)"http://base.example/");
  assert_int_equal(raptor_parser_parse_start(parser, base), 0);
  assert_int_equal(
      raptor_parser_parse_chunk(parser, (const unsigned char *)text, strlen(text), 1), 0);
  raptor_free_uri(base);
  raptor_free_parser(parser);
  raptor_free_world(world);
  if (p.errors)
    fprintf(stderr, "in:\n%s\n", text);
  assert_int_equal(p.errors, 0);
  qsort(p.lines, p.count, sizeof *p.lines, compare_lines);
  akg_buf all = AKG_BUF_INIT;
  for (size_t i = 0; i < p.count; i++) {
    akg_buf_puts(&all, p.lines[i]); /* Raptor ends it with a newline */
    free(p.lines[i]);
  }
  free(p.lines);
  return akg_buf_steal(&all);
}

/* Every syntax, read back, gives the same triples. */
static void assert_same_triples(const quad *q, size_t n) {
  char *ttl = write_all(AKG_RDF_TURTLE, q, n);
  char *nt = write_all(AKG_RDF_NTRIPLES, q, n);
  char *nq = write_all(AKG_RDF_NQUADS, q, n);
  char *from_ttl = parse(ttl, "turtle");
  char *from_nt = parse(nt, "ntriples");
  char *from_nq = parse(nq, "nquads");
  assert_string_equal(from_ttl, from_nt);
  assert_string_equal(from_nq, from_nt);
  size_t lines = 0;
  for (const char *c = from_nt; *c; c++)
    lines += *c == '\n';
  assert_int_equal(lines, n);
  akg_free(ttl);
  akg_free(nt);
  akg_free(nq);
  akg_free(from_ttl);
  akg_free(from_nt);
  akg_free(from_nq);
}

/* ------------------------------------------------------------------ tests */

static void assert_contains(const char *text, const char *part) {
  if (!strstr(text, part))
    fail_msg("expected\n%s\nin\n%s", part, text);
}

static const char hostile[] = "say \"hi\" \\ back\\slash\nline two\r\ttab \x01 \x1f"
                              " \x7f caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d \xe2\x80\xa8"
                              " \xf0\x9f\x98\x80 end";

static void literals_are_escaped(void **state) {
  (void)state;
  quad q[] = {{iri(EX "s"), iri(EX "p"), literal(hostile, NULL, "en"), NULL},
              {iri(EX "s"), iri(EX "q"), literal("\"", NULL, NULL), NULL},
              {iri(EX "s"), iri(EX "r"), literal("", NULL, NULL), NULL}};
  char *nt = write_all(AKG_RDF_NTRIPLES, q, 3);
  assert_contains(nt, "<" EX "s> <" EX "p> \"say \\\"hi\\\" \\\\ back\\\\slash\\nline "
                      "two\\r\\ttab \\u0001 \\u001F \\u007F caf\\u00E9 \\u201Cq\\u201D "
                      "\\u2028 \\U0001F600 end\"@en .\n");
  assert_contains(nt, "<" EX "s> <" EX "q> \"\\\"\" .\n");
  assert_contains(nt, "<" EX "s> <" EX "r> \"\" .\n");
  char *ttl = write_all(AKG_RDF_TURTLE, q, 3);
  /* Turtle keeps UTF-8 (U+2028 included) and escapes what short strings
   * forbid, and controls. */
  assert_contains(ttl,
                  "ex:s ex:p \"say \\\"hi\\\" \\\\ back\\\\slash\\nline "
                  "two\\r\\ttab \\u0001 \\u001F \\u007F caf\xc3\xa9 "
                  "\xe2\x80\x9cq\xe2\x80\x9d \xe2\x80\xa8 \xf0\x9f\x98\x80 end\"@en ;\n"
                  "    ex:q \"\\\"\" ;\n    ex:r \"\" .\n");
  akg_free(nt);
  akg_free(ttl);
  assert_same_triples(q, 3);
}

static void iris_are_escaped_or_written_in_full(void **state) {
  (void)state;
  quad q[] = {
      {iri(EX "id/JPN"), iri(EX "p"), iri(EX "id/caf\xc3\xa9"), NULL},
      {iri(EX "id/with%20space"), iri(EX "p"), iri(EX "id/x#y"), NULL},
      {iri(EX "id/ends."), iri(EX "p"), iri(EX "id/-dash"), NULL},
      {iri(EX "id/"), iri(EX "p"), iri(EX "id/a.b_c-9"), NULL},
      {iri(EX "id/3f9c0d2a"), iri("urn:x:\xf0\x9f\x98\x80"), iri(EX "id/~t"), NULL},
  };
  char *ttl = write_all(AKG_RDF_TURTLE, q, 5);
  /* A plain local name is prefixed with the longest namespace, a leading
   * digit included (Turtle 1.1). A percent escape, non-ASCII, '#', '~', a
   * final '.', a leading '-' or nothing at all: the full IRI, UTF-8 kept
   * in Turtle. */
  assert_contains(ttl, "\nid:JPN ex:p <" EX "id/caf\xc3\xa9> .\n");
  assert_contains(ttl, "\n<" EX "id/with%20space> ex:p <" EX "id/x#y> .\n");
  assert_contains(ttl, "\n<" EX "id/ends.> ex:p <" EX "id/-dash> .\n");
  assert_contains(ttl, "\n<" EX "id/> ex:p id:a.b_c-9 .\n");
  assert_contains(ttl, "\nid:3f9c0d2a <urn:x:\xf0\x9f\x98\x80> <" EX "id/~t> .\n");
  /* N-Triples is ASCII: non-ASCII code points as \\u and \\U escapes. */
  char *nt = write_all(AKG_RDF_NTRIPLES, q, 5);
  assert_contains(nt, "<" EX "id/JPN> <" EX "p> <" EX "id/caf\\u00E9> .\n");
  assert_contains(nt, "<" EX "id/3f9c0d2a> <urn:x:\\U0001F600> <" EX "id/~t> .\n");
  akg_free(ttl);
  akg_free(nt);
  assert_same_triples(q, 5);
}

/* actorkg only writes IRIs akg_iri_is_absolute accepts; should another
 * reach the writer, the characters IRIREF forbids are escaped all the
 * same, so a statement stays on its line and cannot end early. */
static void forbidden_iri_characters_are_escaped(void **state) {
  (void)state;
  quad q[] = {{iri(EX "s"), iri(EX "p"), iri(EX "a b<c>\"d{e}|f^g`h\\i\nj"), NULL}};
  static const char escaped[] = "\\u0020b\\u003Cc\\u003E\\u0022d\\u007Be\\u007D"
                                "\\u007Cf\\u005Eg\\u0060h\\u005Ci\\u000Aj> .\n";
  char *ttl = write_all(AKG_RDF_TURTLE, q, 1);
  char *nt = write_all(AKG_RDF_NTRIPLES, q, 1);
  assert_contains(ttl, "ex:s ex:p <" EX "a");
  assert_contains(ttl, escaped);
  assert_contains(nt, "<" EX "s> <" EX "p> <" EX "a");
  assert_contains(nt, escaped);
  akg_free(ttl);
  akg_free(nt);
}

static void subjects_are_grouped(void **state) {
  (void)state;
  quad q[] = {
      {iri(EX "id/a"), iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
       iri(EX "Thing"), NULL},
      {iri(EX "id/a"), iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
       iri(EX "Other"), NULL},
      {iri(EX "id/a"), iri(EX "label"), literal("A", NULL, "en"), NULL},
      {iri(EX "id/a"), iri(EX "label"), literal("Alpha", NULL, "en"), NULL},
      {iri(EX "id/a"), iri(EX "count"), literal("42", XSD "integer", NULL), NULL},
      {iri(EX "id/b"), iri(EX "date"), literal("2021-09-27", XSD "date", NULL), NULL},
      {iri(EX "id/b"), iri(EX "count"), literal("4x", XSD "integer", NULL), NULL},
      {iri(EX "id/a"), iri(EX "again"), iri(EX "id/b"), NULL},
  };
  char *ttl = write_all(AKG_RDF_TURTLE, q, 8);
  assert_string_equal(ttl, "@prefix ex: <" EX "> .\n"
                           "@prefix id: <" EX "id/> .\n"
                           "@prefix xsd: <" XSD "> .\n"
                           "\n"
                           "id:a a ex:Thing , ex:Other ;\n"
                           "    ex:label \"A\"@en ,\n"
                           "        \"Alpha\"@en ;\n"
                           "    ex:count 42 .\n"
                           "\n"
                           "id:b ex:date \"2021-09-27\"^^xsd:date ;\n"
                           "    ex:count \"4x\"^^xsd:integer .\n"
                           "\n"
                           "id:a ex:again id:b .\n");
  akg_free(ttl);
  assert_same_triples(q, 8);
}

static void graphs_only_in_nquads(void **state) {
  (void)state;
  quad q[] = {{iri(EX "s"), iri(EX "p"), iri(EX "o"), EX "g"},
              {iri(EX "s"), iri(EX "p"), literal("x", NULL, NULL), NULL}};
  char *nq = write_all(AKG_RDF_NQUADS, q, 2);
  assert_string_equal(nq, "<" EX "s> <" EX "p> <" EX "o> <" EX "g> .\n"
                          "<" EX "s> <" EX "p> \"x\" .\n");
  char *nt = write_all(AKG_RDF_NTRIPLES, q, 2);
  assert_string_equal(nt, "<" EX "s> <" EX "p> <" EX "o> .\n"
                          "<" EX "s> <" EX "p> \"x\" .\n");
  akg_free(nq);
  akg_free(nt);
  assert_same_triples(q, 2);
}

static void empty_output(void **state) {
  (void)state;
  char *nt = write_all(AKG_RDF_NTRIPLES, NULL, 0);
  assert_string_equal(nt, "");
  char *ttl = write_all(AKG_RDF_TURTLE, NULL, 0);
  assert_string_equal(ttl, "@prefix ex: <" EX "> .\n@prefix id: <" EX "id/> .\n"
                           "@prefix xsd: <" XSD "> .\n");
  akg_free(nt);
  akg_free(ttl);
}

/* Long values go through the buffer's edges and past its size. */
static void long_values_cross_the_buffer(void **state) {
  (void)state;
  size_t n = 200000;
  char *big = akg_malloc(n + 1);
  for (size_t i = 0; i < n; i++)
    big[i] = i % 1000 == 999 ? '"' : (char)('a' + i % 26);
  big[n] = '\0';
  quad q[300];
  for (size_t i = 0; i < 300; i++)
    q[i] = (quad){iri(EX "s"), iri(EX "p"), literal(i == 150 ? big : hostile, NULL, NULL),
                  NULL};
  assert_same_triples(q, 300);
  akg_free(big);
}

typedef struct failing {
  int calls, calls_after_failure;
  bool failed;
} failing;

static akg_status fail_second_write(void *ctx, const char *bytes, size_t len) {
  (void)bytes, (void)len;
  failing *f = ctx;
  if (f->failed)
    f->calls_after_failure++;
  if (++f->calls == 2) {
    f->failed = true;
    return AKG_ERR_IO;
  }
  return AKG_OK;
}

static void sink_failure_stops_writing(void **state) {
  (void)state;
  for (int format = AKG_RDF_TURTLE; format <= AKG_RDF_NQUADS; format++) {
    failing f = {0};
    akg_sink sink = {fail_second_write, &f};
    akg_rdf_writer *w = akg_rdf_writer_new((akg_rdf_format)format, &sink, prefixes, 3);
    akg_rdf_term s = iri(EX "s"), p = iri(EX "p"), o = literal(hostile, NULL, NULL);
    akg_status status = AKG_OK;
    for (int i = 0; i < 100000 && status == AKG_OK; i++)
      status = akg_rdf_writer_write(w, &s, &p, &o, NULL);
    assert_int_equal(status, AKG_ERR_IO);
    assert_int_equal(akg_rdf_writer_write(w, &s, &p, &o, NULL), AKG_ERR_IO);
    assert_int_equal(akg_rdf_writer_finish(w), AKG_ERR_IO);
    assert_int_equal(f.calls_after_failure, 0);
    akg_rdf_writer_free(w);
  }
  akg_rdf_writer_free(NULL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(literals_are_escaped),
      cmocka_unit_test(iris_are_escaped_or_written_in_full),
      cmocka_unit_test(forbidden_iri_characters_are_escaped),
      cmocka_unit_test(subjects_are_grouped),
      cmocka_unit_test(graphs_only_in_nquads),
      cmocka_unit_test(empty_output),
      cmocka_unit_test(long_values_cross_the_buffer),
      cmocka_unit_test(sink_failure_stops_writing),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

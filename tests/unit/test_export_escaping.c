/* test_export_escaping.c: whatever an input holds, the outputs stay valid.
 * File names (and so article identifiers) may hold any bytes, including
 * invalid UTF-8 and CR; lexicon labels may hold quotes, backslashes,
 * ampersands and control characters. The RDF exporter (rdf_triples.c) and
 * the diagram (diagram.c) must write them so that Raptor parses the Turtle
 * and N-Triples back to the same triples, and the SVG is well-formed XML
 * showing the text as written. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
#include <libxml/parser.h>
#include <raptor2.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/diagram.h"
#include "actorkg/graph.h"
#include "actorkg/rdf_export.h"

static const akg_actor CHN = {"CHN", "China", "CHN", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
/* A label no lexicon should have, to show the diagram copes anyway. */
static const akg_actor ODD = {"ODD",
                              "Odd \"Q\" <b>&amp; \\N \\n back\\slash\x01\x1b\x7f",
                              NULL,
                              NULL,
                              AKG_ACTOR_COUNTRY,
                              NULL,
                              0};

/* One article named `id`, stating ODD accuses CHN. */
static akg_graph *graph_with(const char *id) {
  akg_graph *g = akg_graph_new();
  akg_article a = {0};
  a.id = (char *)id;
  a.title = "A \"title\" <with> \\ & \r\n and a lone \r";
  akg_fact f = {.subject = &ODD,
                .relation = AKG_REL_ACCUSES,
                .object = &CHN,
                .evidence = "Odd accused China.",
                .position = 1};
  assert_int_equal(akg_graph_add_article(g, &a, &f, 1), AKG_OK);
  akg_graph_finish(g);
  return g;
}

static char *export_rdf(const akg_graph *g, akg_rdf_format format) {
  akg_buf buf = AKG_BUF_INIT;
  akg_sink sink = akg_sink_to_buf(&buf);
  akg_diag diag = {0};
  assert_int_equal(akg_rdf_export(g, format, "https://example.org/kg/", &sink, &diag),
                   AKG_OK);
  assert_int_equal(diag.errors, 0);
  return akg_buf_steal(&buf);
}

/* Parses `text`, failing the test on any error; returns the triple count. */
typedef struct parsed {
  size_t triples;
  int errors;
} parsed;

static void count_error(void *data, raptor_log_message *message) {
  (void)message;
  ((parsed *)data)->errors++;
}

static void count_triple(void *data, raptor_statement *statement) {
  (void)statement;
  ((parsed *)data)->triples++;
}

static size_t parse_count(const char *syntax, const char *text) {
  parsed p = {0, 0};
  raptor_world *world = raptor_new_world();
  raptor_world_set_log_handler(world, &p, count_error);
  raptor_world_open(world);
  raptor_parser *parser = raptor_new_parser(world, syntax);
  raptor_parser_set_statement_handler(parser, &p, count_triple);
  raptor_uri *base = raptor_new_uri(world, (const unsigned char *)"https://example.org/");
  raptor_parser_parse_start(parser, base);
  raptor_parser_parse_chunk(parser, (const unsigned char *)text, strlen(text), 1);
  raptor_free_uri(base);
  raptor_free_parser(parser);
  raptor_free_world(world);
  assert_int_equal(p.errors, 0);
  return p.triples;
}

/* Invalid UTF-8 in an identifier becomes U+FFFD, a CR becomes LF: Raptor
 * would otherwise write an empty string for the one and a raw CR (invalid
 * in a short Turtle string) for the other. */
static void literals_are_valid_utf8_without_cr(void **state) {
  (void)state;
  akg_graph *g = graph_with("bad\xff\xfe name\rwith cr.txt");
  char *nt = export_rdf(g, AKG_RDF_NTRIPLES);
  assert_non_null(strstr(nt, "<http://purl.org/dc/terms/identifier> "
                             "\"bad\\uFFFD\\uFFFD name\\nwith cr.txt\" ."));
  assert_non_null(strstr(nt, "<http://purl.org/dc/terms/title> "
                             "\"A \\\"title\\\" <with> \\\\ & \\n and a lone \\n\" ."));
  /* The IRI keeps the exact bytes, percent-encoded. */
  assert_non_null(
      strstr(nt, "<https://example.org/kg/article/bad%FF%FE%20name%0Dwith%20cr>"));
  /* The Turtle parses to as many triples as the N-Triples has lines.
   * (Raptor's N-Triples parser is not used: it leaks a datatype IRI per
   * typed literal, which LeakSanitizer would report.) */
  char *ttl = export_rdf(g, AKG_RDF_TURTLE);
  size_t triples = 0;
  for (const char *c = nt; *c; c++)
    triples += *c == '\n';
  assert_true(triples > 10);
  assert_int_equal(parse_count("turtle", ttl), triples);
  akg_free(ttl);
  akg_free(nt);
  akg_graph_free(g);
}

static void literals_that_need_nothing_are_unchanged(void **state) {
  (void)state;
  akg_graph *g = graph_with("plain \xe6\x97\xa5\xe6\x9c\xac \xef\xbf\xbd.txt");
  char *nt = export_rdf(g, AKG_RDF_NTRIPLES);
  /* A real U+FFFD stays one. */
  assert_non_null(strstr(nt, "\"plain \\u65E5\\u672C \\uFFFD.txt\""));
  akg_free(nt);
  akg_graph_free(g);
}

/* The DOT parses, the SVG is well-formed, and the label reads as written
 * (control characters as spaces). */
static void diagram_text_is_escaped(void **state) {
  (void)state;
  akg_graph *g = graph_with("a.txt");
  akg_buf dot = AKG_BUF_INIT, svg = AKG_BUF_INIT;
  akg_sink dot_sink = akg_sink_to_buf(&dot), svg_sink = akg_sink_to_buf(&svg);
  akg_diag diag = {0};
  assert_int_equal(akg_diagram_export(g, &dot_sink, &svg_sink, &diag), AKG_OK);
  assert_int_equal(diag.errors, 0);
  xmlDocPtr doc =
      xmlReadMemory(svg.data, (int)svg.len, "graph.svg", NULL,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  assert_non_null(doc);
  xmlFreeDoc(doc);
  /* The node's label as drawn: every character as written. */
  assert_non_null(strstr(svg.data, "\">Odd &quot;Q&quot; &lt;b&gt;&amp;amp; \\N \\n "
                                   "back\\slash"));
  /* Its tooltip: not "Odd ... ODD" (Graphviz expanding \N twice). */
  assert_non_null(strstr(svg.data, "xlink:title=\"Odd &quot;Q&quot; &lt;b&gt;&amp;amp; "
                                   "\xE2\xA7\xB5N \xE2\xA7\xB5n back\xE2\xA7\xB5slash"));
  assert_null(strchr(svg.data, '\x01'));
  assert_null(strchr(svg.data, '\x1b'));
  assert_null(strchr(dot.data, '\x01'));
  akg_buf_free(&dot);
  akg_buf_free(&svg);
  akg_graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(literals_are_valid_utf8_without_cr),
      cmocka_unit_test(literals_that_need_nothing_are_unchanged),
      cmocka_unit_test(diagram_text_is_escaped),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_rdf_export.c: the RDF exporter (src/export/rdf_export.c and
 * rdf_triples.c): exact N-Triples lines for the statements of the data
 * model, Turtle that declares the prefixes and parses back to the same
 * number of triples, and failures of the sink. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>
#include <raptor2.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/graph.h"
#include "actorkg/rdf_export.h"

static const char *const jpn_alt[] = {"Japanese government", "Tokyo"};
static const akg_actor JPN = {
    "JPN",   "Japan", "JPN", "http://www.wikidata.org/entity/Q17", AKG_ACTOR_COUNTRY,
    jpn_alt, 2};
static const akg_actor CHN = {"CHN", "China", "CHN", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor USA = {
    "USA", "United States", "USA", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor CCDCOE = {
    "CCDCOE", "NATO CCDCOE", NULL, NULL, AKG_ACTOR_ORGANIZATION, NULL, 0};

static akg_fact fact(const akg_actor *s, akg_relation r, const akg_actor *o,
                     akg_date date, const char *evidence, size_t position) {
  akg_fact f = {0};
  f.subject = s;
  f.relation = r;
  f.object = o;
  f.date = date;
  f.evidence = (char *)evidence;
  f.position = position;
  return f;
}

static akg_graph *small_graph(void) {
  akg_graph *g = akg_graph_new();
  akg_article a = {0};
  a.id = "001_93ae.txt";
  a.title = "Japan names \"threats\"";
  a.publisher = "Kyodo";
  a.creator = "Jin Yi\xe2\x80\x99nan";
  a.url = "https://example.org/news?id=1&lang=en";
  a.date = (akg_date){2021, 9, 28};
  akg_fact fa[] = {
      fact(&JPN, AKG_REL_ACCUSES, &CHN, (akg_date){2021, 9, 27},
           "Japan named China as a \"cyberattack threat\".", 10),
      fact(&USA, AKG_REL_COOPERATES_WITH, &JPN, (akg_date){2021, 9, 0},
           "Japan and the United States agreed to cooperate.", 80),
      fact(&JPN, AKG_REL_ACCUSES, &CHN, AKG_DATE_UNKNOWN, "Tokyo blamed Beijing.", 50),
  };
  fa[0].cameo = "112";
  fa[0].plover = "ACCUSE";
  assert_int_equal(akg_graph_add_article(g, &a, fa, 3), AKG_OK);

  akg_article b = {0};
  b.id = "002 second.html";
  b.url = "not a url";
  akg_fact fb[] = {
      fact(&JPN, AKG_REL_JOINS, &CCDCOE, (akg_date){2022, 0, 0},
           "Japan joined the CCDCOE.", 0),
  };
  assert_int_equal(akg_graph_add_article(g, &b, fb, 1), AKG_OK);
  akg_graph_finish(g);
  return g;
}

static char *export(const akg_graph *g, akg_rdf_format format, const char *base) {
  akg_buf buf = AKG_BUF_INIT;
  akg_sink sink = akg_sink_to_buf(&buf);
  akg_diag diag = {akg_diag_to_stderr, NULL, 0, 0};
  assert_int_equal(akg_rdf_export(g, format, base, &sink, &diag), AKG_OK);
  assert_int_equal(diag.errors, 0);
  return akg_buf_steal(&buf);
}

#define ID "<https://w3id.org/actorkg/id/"
#define AKG "<https://w3id.org/actorkg/ns#"
#define RDF "<http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define XSD "<http://www.w3.org/2001/XMLSchema#"
#define DCT "<http://purl.org/dc/terms/"

/* Whether `text` has `line` as a whole line. */
static bool has_line(const char *text, const char *line) {
  size_t len = strlen(line);
  for (const char *p = text; (p = strstr(p, line)); p++)
    if ((p == text || p[-1] == '\n') && p[len] == '\n')
      return true;
  return false;
}

static void assert_line(const char *text, const char *line) {
  if (!has_line(text, line))
    fail_msg("missing line:\n%s\nin:\n%s", line, text);
}

static size_t count_lines(const char *text) {
  size_t n = 0;
  for (; *text; text++)
    n += *text == '\n';
  return n;
}

static const akg_event *find_event(const akg_graph *g, akg_relation r) {
  for (size_t i = 0; i < akg_graph_event_count(g); i++)
    if (akg_graph_event_at(g, i)->relation == r)
      return akg_graph_event_at(g, i);
  return NULL;
}

static void test_ntriples_lines(void **state) {
  (void)state;
  akg_graph *g = small_graph();
  char *nt = export(g, AKG_RDF_NTRIPLES, NULL);
  char line[512];

  /* Actors. */
  assert_line(nt, ID "actor/JPN> " RDF "type> " AKG "Country> .");
  assert_line(nt, ID "actor/CCDCOE> " RDF "type> " AKG "Organization> .");
  assert_line(nt, ID "actor/JPN> <http://www.w3.org/2000/01/rdf-schema#label>"
                     " \"Japan\"@en .");
  assert_line(nt, ID "actor/JPN> <http://www.w3.org/2004/02/skos/core#"
                     "prefLabel> \"Japan\"@en .");
  assert_line(nt, ID "actor/JPN> <http://www.w3.org/2004/02/skos/core#"
                     "altLabel> \"Tokyo\"@en .");
  assert_line(nt, ID "actor/JPN> " AKG "isoCode> \"JPN\" .");
  assert_line(nt, ID "actor/JPN> <http://www.w3.org/2002/07/owl#sameAs> "
                     "<http://www.wikidata.org/entity/Q17> .");
  assert_null(strstr(nt, ID "actor/CCDCOE> " AKG "isoCode>"));

  /* Direct facts, both directions of cooperatesWith. */
  assert_line(nt, ID "actor/JPN> " AKG "accuses> " ID "actor/CHN> .");
  assert_line(nt, ID "actor/JPN> " AKG "cooperatesWith> " ID "actor/USA> .");
  assert_line(nt, ID "actor/USA> " AKG "cooperatesWith> " ID "actor/JPN> .");
  assert_null(strstr(nt, ID "actor/CHN> " AKG "accuses>"));

  /* The accuses event: IRI from its key, typed dates, evidence with
   * escaped quotes in article order, mention count, codes. */
  const akg_event *e = find_event(g, AKG_REL_ACCUSES);
  char ev[128];
  snprintf(ev, sizeof ev, ID "event/%s>", e->key);
  snprintf(line, sizeof line, "%s " RDF "type> " AKG "Event> .", ev);
  assert_line(nt, line);
  snprintf(line, sizeof line, "%s " RDF "type> " RDF "Statement> .", ev);
  assert_line(nt, line);
  snprintf(line, sizeof line, "%s " RDF "subject> " ID "actor/JPN> .", ev);
  assert_line(nt, line);
  snprintf(line, sizeof line, "%s " RDF "predicate> " AKG "accuses> .", ev);
  assert_line(nt, line);
  snprintf(line, sizeof line, "%s " RDF "object> " ID "actor/CHN> .", ev);
  assert_line(nt, line);
  snprintf(line, sizeof line,
           "%s <http://www.w3.org/ns/prov#wasDerivedFrom> " ID "article/001_93ae> .", ev);
  assert_line(nt, line);
  snprintf(line, sizeof line, "%s " DCT "date> \"2021-09-27\"^^" XSD "date> .", ev);
  assert_line(nt, line);
  snprintf(line, sizeof line,
           "%s " AKG "evidence> \"Japan named China as a \\\"cyberattack "
           "threat\\\".\"@en .",
           ev);
  assert_line(nt, line);
  snprintf(line, sizeof line, "%s " AKG "mentionCount> \"2\"^^" XSD "integer> .", ev);
  assert_line(nt, line);
  snprintf(line, sizeof line, "%s " AKG "cameoCode> \"112\" .", ev);
  assert_line(nt, line);
  snprintf(line, sizeof line, "%s " AKG "ploverCategory> \"ACCUSE\" .", ev);
  assert_line(nt, line);
  /* Evidence in article order: position 10 before position 50. */
  assert_true(strstr(nt, "cyberattack") < strstr(nt, "Tokyo blamed"));

  /* The cooperatesWith event is written once, JPN first; month precision. */
  e = find_event(g, AKG_REL_COOPERATES_WITH);
  snprintf(ev, sizeof ev, ID "event/%s>", e->key);
  snprintf(line, sizeof line, "%s " RDF "subject> " ID "actor/JPN> .", ev);
  assert_line(nt, line);
  snprintf(line, sizeof line, "%s " DCT "date> \"2021-09\"^^" XSD "gYearMonth> .", ev);
  assert_line(nt, line);
  e = find_event(g, AKG_REL_JOINS);
  snprintf(ev, sizeof ev, ID "event/%s>", e->key);
  snprintf(line, sizeof line, "%s " DCT "date> \"2022\"^^" XSD "gYear> .", ev);
  assert_line(nt, line);
  snprintf(line, sizeof line,
           "%s <http://www.w3.org/ns/prov#wasDerivedFrom> " ID "article/002%%20second> .",
           ev);
  assert_line(nt, line);

  /* Articles; non-ASCII is written as \u escapes by Raptor's N-Triples
   * writer; a URL that is no IRI is left out. */
  assert_line(nt, ID "article/001_93ae> " RDF "type> <https://schema.org/"
                     "NewsArticle> .");
  assert_line(nt, ID "article/001_93ae> " DCT "identifier> \"001_93ae.txt\" .");
  assert_line(nt, ID "article/001_93ae> " DCT "title> \"Japan names "
                     "\\\"threats\\\"\" .");
  assert_line(nt, ID "article/001_93ae> <https://schema.org/datePublished> "
                     "\"2021-09-28\"^^" XSD "date> .");
  assert_line(nt, ID "article/001_93ae> " DCT "publisher> \"Kyodo\" .");
  assert_line(nt, ID "article/001_93ae> " DCT "creator> \"Jin Yi\\u2019nan\" .");
  assert_line(nt, ID "article/001_93ae> <https://schema.org/url> "
                     "<https://example.org/news?id=1&lang=en> .");
  assert_line(nt, ID "article/002%20second> " DCT "identifier> "
                     "\"002 second.html\" .");
  assert_null(strstr(nt, "not a url"));
  assert_null(strstr(nt, ID "article/002%20second> " DCT "title>"));

  /* Actors: 4 types, 4 labels, 4 prefLabels, 2 altLabels, 3 isoCodes,
   * 1 sameAs = 18; facts: 1 + 2 + 1 = 4; events: 3 x 7 (types, s/p/o,
   * source, count) + 3 dates + 4 evidence + cameo + plover = 30; articles:
   * 7 + 2 = 9. */
  assert_int_equal(count_lines(nt), 18 + 4 + 30 + 9);
  akg_free(nt);
  akg_graph_free(g);
}

static void test_output_is_deterministic(void **state) {
  (void)state;
  akg_graph *g1 = small_graph();
  akg_graph *g2 = small_graph();
  char *a = export(g1, AKG_RDF_NTRIPLES, NULL);
  char *b = export(g2, AKG_RDF_NTRIPLES, NULL);
  assert_string_equal(a, b);
  akg_free(a);
  akg_free(b);
  a = export(g1, AKG_RDF_TURTLE, NULL);
  b = export(g2, AKG_RDF_TURTLE, NULL);
  assert_string_equal(a, b);
  akg_free(a);
  akg_free(b);
  akg_graph_free(g1);
  akg_graph_free(g2);
}

static void count_statement(void *user_data, raptor_statement *statement) {
  (void)statement;
  (*(size_t *)user_data)++;
}

static void count_errors(void *user_data, raptor_log_message *message) {
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
    fprintf(stderr, "raptor: %s\n", message->text);
    (*(size_t *)user_data)++;
  }
}

/* Parses `text` with Raptor's parser `syntax`; returns the triple count. */
static size_t parse_count(const char *text, const char *syntax) {
  size_t triples = 0, errors = 0;
  raptor_world *world = raptor_new_world();
  raptor_world_set_log_handler(world, &errors, count_errors);
  raptor_world_open(world);
  raptor_parser *parser = raptor_new_parser(world, syntax);
  assert_non_null(parser);
  raptor_parser_set_statement_handler(parser, &triples, count_statement);
  raptor_uri *base = raptor_new_uri(world, (const unsigned char *)"http://example.org/");
  assert_int_equal(raptor_parser_parse_start(parser, base), 0);
  assert_int_equal(
      raptor_parser_parse_chunk(parser, (const unsigned char *)text, strlen(text), 1), 0);
  raptor_free_uri(base);
  raptor_free_parser(parser);
  raptor_free_world(world);
  assert_int_equal(errors, 0);
  return triples;
}

static void test_turtle_declares_prefixes_and_parses_back(void **state) {
  (void)state;
  akg_graph *g = small_graph();
  char *ttl = export(g, AKG_RDF_TURTLE, NULL);
  char *nt = export(g, AKG_RDF_NTRIPLES, NULL);
  static const char *const prefixes[] = {
      "@prefix akg: <https://w3id.org/actorkg/ns#> .",
      "@prefix actor: <https://w3id.org/actorkg/id/actor/> .",
      "@prefix article: <https://w3id.org/actorkg/id/article/> .",
      "@prefix event: <https://w3id.org/actorkg/id/event/> .",
      "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .",
      "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
      "@prefix owl: <http://www.w3.org/2002/07/owl#> .",
      "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
      "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
      "@prefix prov: <http://www.w3.org/ns/prov#> .",
      "@prefix dcterms: <http://purl.org/dc/terms/> .",
      "@prefix schema: <https://schema.org/> .",
  };
  for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
    assert_line(ttl, prefixes[i]);
  /* The prefixes abbreviate, as in the data model's examples. */
  assert_non_null(strstr(ttl, "actor:JPN"));
  assert_non_null(strstr(ttl, "akg:accuses"));
  assert_non_null(strstr(ttl, "\"2021-09-27\"^^xsd:date"));
  assert_non_null(strstr(ttl, "\"Jin Yi\xe2\x80\x99nan\""));

  /* N-Triples is a subset of Turtle, and Raptor 2.0.15's own N-Triples
   * parser leaks the datatype IRI of every typed literal (LeakSanitizer),
   * so both outputs are read with the Turtle parser. That every line is one
   * triple is checked against the line count. */
  size_t nt_count = parse_count(nt, "turtle");
  assert_int_equal(nt_count, count_lines(nt));
  assert_int_equal(parse_count(ttl, "turtle"), nt_count);
  akg_free(ttl);
  akg_free(nt);
  akg_graph_free(g);
}

static void test_base_iri(void **state) {
  (void)state;
  akg_graph *g = small_graph();
  char *nt = export(g, AKG_RDF_NTRIPLES, "http://example.org/kg/");
  assert_line(nt, "<http://example.org/kg/actor/JPN> " AKG "accuses> "
                  "<http://example.org/kg/actor/CHN> .");
  assert_null(strstr(nt, "w3id.org/actorkg/id/"));
  akg_free(nt);

  akg_buf buf = AKG_BUF_INIT;
  akg_sink sink = akg_sink_to_buf(&buf);
  akg_diag diag = {0};
  assert_int_equal(akg_rdf_export(g, AKG_RDF_TURTLE, "not an iri", &sink, &diag),
                   AKG_ERR_BAD_ARG);
  assert_int_equal(diag.errors, 1);
  akg_buf_free(&buf);
  akg_graph_free(g);
}

static void test_empty_graph(void **state) {
  (void)state;
  akg_graph *g = akg_graph_new();
  akg_graph_finish(g);
  char *nt = export(g, AKG_RDF_NTRIPLES, NULL);
  assert_string_equal(nt, "");
  akg_free(nt);
  char *ttl = export(g, AKG_RDF_TURTLE, NULL);
  assert_int_equal(parse_count(ttl, "turtle"), 0);
  akg_free(ttl);
  akg_graph_free(g);
}

/* A sink that accepts `budget` bytes, then fails. */
typedef struct failing_sink {
  size_t budget;
  size_t calls_after_failure;
  bool failed;
} failing_sink;

static akg_status write_until_full(void *ctx, const char *bytes, size_t len) {
  (void)bytes;
  failing_sink *f = ctx;
  if (f->failed) {
    f->calls_after_failure++;
    return AKG_ERR_IO;
  }
  if (len > f->budget) {
    f->failed = true;
    return AKG_ERR_IO;
  }
  f->budget -= len;
  return AKG_OK;
}

static void test_sink_failure_is_returned(void **state) {
  (void)state;
  akg_graph *g = small_graph();
  for (int format = 0; format < 2; format++) {
    size_t budgets[] = {0, 100, 1000};
    for (size_t i = 0; i < 3; i++) {
      failing_sink f = {budgets[i], 0, false};
      akg_sink sink = {write_until_full, &f};
      akg_diag diag = {0};
      assert_int_equal(akg_rdf_export(g, (akg_rdf_format)format, NULL, &sink, &diag),
                       AKG_ERR_IO);
      assert_true(f.failed);
      /* After the first failure the sink is not written to again. */
      assert_int_equal(f.calls_after_failure, 0);
    }
  }
  akg_graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_ntriples_lines),
      cmocka_unit_test(test_output_is_deterministic),
      cmocka_unit_test(test_turtle_declares_prefixes_and_parses_back),
      cmocka_unit_test(test_base_iri),
      cmocka_unit_test(test_empty_graph),
      cmocka_unit_test(test_sink_failure_is_returned),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

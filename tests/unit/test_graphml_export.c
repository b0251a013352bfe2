/* test_graphml_export.c: graph.graphml (src/export/graphml_export.c): a
 * well-formed GraphML document with its <key> declarations, a node per
 * actor and an edge per distinct fact with relation and weight,
 * cooperation undirected, labels with <, & and " read back as written,
 * control characters made XML-safe, node ids escaped, the same bytes on
 * every run, and a failing sink. Read back with libxml2's parser. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "sink_support.h"
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/graph.h"
#include "actorkg/graphml_export.h"

#define BASE "https://example.org/kg/"

static const akg_actor JPN = {"JPN", "Japan", "JPN", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor CHN = {"CHN", "China", "CHN", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor USA = {
    "USA", "United States", "USA", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor NATO = {"NATO", "NATO", NULL, NULL, AKG_ACTOR_ORGANIZATION,
                               NULL,   0};
/* Markup characters, and a control character XML 1.0 cannot hold. */
static const akg_actor ODD = {
    "ODD", "A <b> & \"Co\" \x01 'x' \xEF\xBF\xBF", NULL, NULL, AKG_ACTOR_COUNTRY, NULL,
    0};
/* An id that is no NMTOKEN as it is. */
static const akg_actor SPACED = {"Odd id_\xC3\xA9",      "Spaced", NULL, NULL,
                                 AKG_ACTOR_ORGANIZATION, NULL,     0};

/* Japan accuses China in two articles; the rest in one. */
static akg_graph *small_graph(void) {
  akg_graph *g = akg_graph_new();
  akg_fact fa[] = {
      plain_fact(&JPN, AKG_REL_ACCUSES, &CHN),
      plain_fact(&USA, AKG_REL_COOPERATES_WITH, &JPN),
      plain_fact(&JPN, AKG_REL_JOINS, &NATO),
      plain_fact(&ODD, AKG_REL_ACCUSES, &USA),
      plain_fact(&SPACED, AKG_REL_COOPERATES_WITH, &ODD),
  };
  akg_fact fb[] = {plain_fact(&JPN, AKG_REL_ACCUSES, &CHN)};
  akg_article a = {0}, b = {0};
  a.id = "a.txt";
  b.id = "b.txt";
  assert_int_equal(akg_graph_add_article(g, &a, fa, 5), AKG_OK);
  assert_int_equal(akg_graph_add_article(g, &b, fb, 1), AKG_OK);
  akg_graph_finish(g);
  return g;
}

static char *export(const akg_graph *g) {
  akg_buf buf = AKG_BUF_INIT;
  akg_sink sink = akg_sink_to_buf(&buf);
  akg_diag diag = {akg_diag_to_stderr, NULL, 0, 0};
  assert_int_equal(akg_graphml_export(g, BASE, &sink, &diag), AKG_OK);
  assert_int_equal(diag.errors + diag.warnings, 0);
  return akg_buf_steal(&buf);
}

typedef struct parsed {
  xmlDocPtr doc;
  xmlXPathContextPtr xpath;
} parsed;

static parsed parse(const char *xml) {
  parsed p;
  p.doc = xmlReadMemory(xml, (int)strlen(xml), "graph.graphml", NULL,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  assert_non_null(p.doc);
  p.xpath = xmlXPathNewContext(p.doc);
  xmlXPathRegisterNs(p.xpath, BAD_CAST "g",
                     BAD_CAST "http://graphml.graphdrawing.org/xmlns");
  return p;
}

static void free_parsed(parsed *p) {
  xmlXPathFreeContext(p->xpath);
  xmlFreeDoc(p->doc);
}

static double number(parsed *p, const char *expr) {
  xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST expr, p->xpath);
  assert_non_null(r);
  double n = xmlXPathCastToNumber(r);
  xmlXPathFreeObject(r);
  return n;
}

/* The string value of an XPath expression (owned). */
static char *text(parsed *p, const char *expr) {
  xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST expr, p->xpath);
  assert_non_null(r);
  xmlChar *s = xmlXPathCastToString(r);
  xmlXPathFreeObject(r);
  char *copy = akg_strdup((const char *)s);
  xmlFree(s);
  return copy;
}

static void assert_text(parsed *p, const char *expr, const char *want) {
  char *got = text(p, expr);
  if (strcmp(got, want))
    fail_msg("%s: got '%s', want '%s'", expr, got, want);
  akg_free(got);
}

static void test_structure(void **state) {
  (void)state;
  akg_graph *g = small_graph();
  char *xml = export(g);
  assert_true(!strncmp(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml", 46));
  parsed p = parse(xml);
  assert_int_equal(number(&p, "count(/g:graphml)"), 1);
  assert_int_equal(number(&p, "count(/g:graphml/g:key)"), 6);
  assert_int_equal(number(&p, "count(/g:graphml/g:key[@for='node'])"), 4);
  assert_int_equal(number(&p, "count(/g:graphml/g:key[@for='edge'])"), 2);
  assert_text(&p, "/g:graphml/g:key[@id='weight']/@attr.type", "double");
  /* Every <data> refers to a declared key of its own domain. */
  assert_int_equal(
      number(&p, "count(//g:node/g:data[not(@key = /g:graphml/g:key[@for='node']/@id)])"),
      0);
  assert_int_equal(
      number(&p, "count(//g:edge/g:data[not(@key = /g:graphml/g:key[@for='edge']/@id)])"),
      0);
  assert_text(&p, "/g:graphml/g:graph/@edgedefault", "directed");
  assert_int_equal(number(&p, "count(//g:node)"), akg_graph_actor_count(g));
  assert_int_equal(number(&p, "count(//g:edge)"), akg_graph_fact_count(g));
  assert_int_equal(akg_graph_fact_count(g), 5);
  /* Every edge joins two nodes of the document. */
  assert_int_equal(number(&p, "count(//g:edge[not(@source = //g:node/@id)])"), 0);
  assert_int_equal(number(&p, "count(//g:edge[not(@target = //g:node/@id)])"), 0);
  free_parsed(&p);
  akg_free(xml);
  akg_graph_free(g);
}

static void test_nodes_and_edges(void **state) {
  (void)state;
  akg_graph *g = small_graph();
  char *xml = export(g);
  parsed p = parse(xml);
  assert_text(&p, "//g:node[@id='JPN']/g:data[@key='label']", "Japan");
  assert_text(&p, "//g:node[@id='JPN']/g:data[@key='kind']", "country");
  assert_text(&p, "//g:node[@id='JPN']/g:data[@key='iso_code']", "JPN");
  assert_text(&p, "//g:node[@id='JPN']/g:data[@key='iri']", BASE "actor/JPN");
  assert_text(&p, "//g:node[@id='NATO']/g:data[@key='kind']", "organization");
  assert_int_equal(number(&p, "count(//g:node[@id='NATO']/g:data[@key='iso_code'])"), 0);
  assert_text(&p, "//g:edge[@source='JPN' and @target='CHN']/g:data[@key='relation']",
              "accuses");
  assert_text(&p, "//g:edge[@source='JPN' and @target='CHN']/g:data[@key='weight']", "2");
  assert_text(&p, "//g:edge[@source='JPN' and @target='NATO']/g:data[@key='weight']",
              "1");
  /* cooperatesWith, and only it, is undirected. */
  assert_int_equal(number(&p, "count(//g:edge[@directed='false'])"), 2);
  assert_int_equal(number(&p, "count(//g:edge[@directed='false']"
                              "[g:data[@key='relation'] != 'cooperatesWith'])"),
                   0);
  free_parsed(&p);
  akg_free(xml);
  akg_graph_free(g);
}

static void test_escaping(void **state) {
  (void)state;
  akg_graph *g = small_graph();
  char *xml = export(g);
  /* Markup escaped in the bytes ... */
  assert_non_null(
      strstr(xml, ">A &lt;b&gt; &amp; &quot;Co&quot;   'x' \xEF\xBF\xBD</data>"));
  assert_null(strstr(xml, "<b>"));
  assert_null(strchr(xml, '\x01'));
  /* ... and read back as written, the control character a space and
   * U+FFFF (no XML character) U+FFFD. */
  parsed p = parse(xml);
  assert_text(&p, "//g:node[@id='ODD']/g:data[@key='label']",
              "A <b> & \"Co\"   'x' \xEF\xBF\xBD");
  /* Ids: "_" and bytes outside A-Z a-z 0-9 . - as _XX, in node ids and
   * edge ends alike; the IRI percent-encoded as in graph.ttl. */
  assert_int_equal(number(&p, "count(//g:node[@id='Odd_20id_5F_C3_A9'])"), 1);
  assert_int_equal(number(&p, "count(//g:edge[@source='Odd_20id_5F_C3_A9' or "
                              "@target='Odd_20id_5F_C3_A9'])"),
                   1);
  assert_text(&p, "//g:node[@id='Odd_20id_5F_C3_A9']/g:data[@key='iri']",
              BASE "actor/Odd%20id_%C3%A9");
  free_parsed(&p);
  akg_free(xml);
  akg_graph_free(g);
}

static void test_same_bytes_every_run(void **state) {
  (void)state;
  akg_graph *g = small_graph();
  char *a = export(g), *b = export(g);
  assert_string_equal(a, b);
  akg_free(a);
  akg_free(b);
  akg_graph_free(g);
}

static void test_empty_graph(void **state) {
  (void)state;
  akg_graph *g = akg_graph_new();
  akg_graph_finish(g);
  char *xml = export(g);
  parsed p = parse(xml);
  assert_int_equal(number(&p, "count(/g:graphml/g:graph)"), 1);
  assert_int_equal(number(&p, "count(//g:node | //g:edge)"), 0);
  free_parsed(&p);
  akg_free(xml);
  akg_graph_free(g);
}

static void test_sink_failure_is_returned(void **state) {
  (void)state;
  akg_graph *g = small_graph();
  int calls = 0;
  akg_sink bad = {refuse, &calls};
  akg_diag diag = {0};
  assert_int_equal(akg_graphml_export(g, BASE, &bad, &diag), AKG_ERR_IO);
  assert_true(calls >= 1);
  assert_int_equal(diag.errors, 0); /* the sink reports its own failure */
  akg_graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_structure),   cmocka_unit_test(test_nodes_and_edges),
      cmocka_unit_test(test_escaping),    cmocka_unit_test(test_same_bytes_every_run),
      cmocka_unit_test(test_empty_graph), cmocka_unit_test(test_sink_failure_is_returned),
  };
  int failed = cmocka_run_group_tests(tests, NULL, NULL);
  xmlCleanupParser();
  return failed;
}

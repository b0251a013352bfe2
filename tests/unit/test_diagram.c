/* test_diagram.c: the Graphviz exporter (src/export/diagram.c): DOT that
 * reads back with the expected nodes, edges and escaped labels; SVG that is
 * well-formed XML and the same on every run; the large-graph layout; and
 * failing sinks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>
#include <gvc.h>
#include <libxml/parser.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/diagram.h"
#include "actorkg/graph.h"

static const akg_actor JPN = {"JPN", "Japan", "JPN", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor CHN = {"CHN", "China", "CHN", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor USA = {
    "USA", "United States", "USA", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor NATO = {"NATO", "NATO", NULL, NULL, AKG_ACTOR_ORGANIZATION,
                               NULL,   0};
/* A label with every character DOT or SVG could trip over. */
static const akg_actor ODD = {
    "ODD", "Say \"hi\" <b> & \\N \\", NULL, NULL, AKG_ACTOR_COUNTRY, NULL, 0};

static akg_fact fact(const akg_actor *s, akg_relation r, const akg_actor *o) {
  akg_fact f = {0};
  f.subject = s;
  f.relation = r;
  f.object = o;
  f.evidence = "sentence";
  return f;
}

static akg_graph *small_graph(void) {
  akg_graph *g = akg_graph_new();
  akg_fact fa[] = {
      fact(&JPN, AKG_REL_ACCUSES, &CHN),
      fact(&USA, AKG_REL_COOPERATES_WITH, &JPN),
      fact(&JPN, AKG_REL_JOINS, &NATO),
      fact(&ODD, AKG_REL_ACCUSES, &USA),
  };
  akg_fact fb[] = {fact(&JPN, AKG_REL_ACCUSES, &CHN)};
  akg_article a = {0}, b = {0};
  a.id = "a.txt";
  b.id = "b.txt";
  assert_int_equal(akg_graph_add_article(g, &a, fa, 4), AKG_OK);
  assert_int_equal(akg_graph_add_article(g, &b, fb, 1), AKG_OK);
  akg_graph_finish(g);
  return g;
}

typedef struct outputs {
  char *dot;
  char *svg;
} outputs;

static outputs render(const akg_graph *g) {
  akg_buf dot = AKG_BUF_INIT, svg = AKG_BUF_INIT;
  akg_sink dot_sink = akg_sink_to_buf(&dot), svg_sink = akg_sink_to_buf(&svg);
  akg_diag diag = {akg_diag_to_stderr, NULL, 0, 0};
  assert_int_equal(akg_diagram_export(g, &dot_sink, &svg_sink, &diag), AKG_OK);
  assert_int_equal(diag.errors, 0);
  assert_int_equal(diag.warnings, 0);
  return (outputs){akg_buf_steal(&dot), akg_buf_steal(&svg)};
}

static void free_outputs(outputs *o) {
  akg_free(o->dot);
  akg_free(o->svg);
}

static void assert_attr(void *obj, const char *name, const char *want) {
  char *got = agget(obj, (char *)name);
  assert_non_null(got);
  assert_string_equal(got, want);
}

static Agedge_t *edge(Agraph_t *g, const char *tail, const char *head,
                      const char *color) {
  Agnode_t *t = agnode(g, (char *)tail, 0);
  assert_non_null(t);
  for (Agedge_t *e = agfstout(g, t); e; e = agnxtout(g, e))
    if (!strcmp(agnameof(aghead(e)), head) && !strcmp(agget(e, "color"), color))
      return e;
  fail_msg("no %s edge %s -> %s", color, tail, head);
  return NULL;
}

static void test_dot_reads_back(void **state) {
  (void)state;
  akg_graph *graph = small_graph();
  outputs out = render(graph);
  Agraph_t *g = agmemread(out.dot);
  assert_non_null(g);
  assert_true(agisdirected(g));
  assert_int_equal(agnnodes(g), 5);
  assert_int_equal(agnedges(g), 4);
  assert_attr(g, "layout", "dot");
  assert_attr(g, "fontname", "Helvetica");

  Agnode_t *n = agnode(g, "JPN", 0);
  assert_non_null(n);
  assert_attr(n, "label", "Japan");
  assert_attr(n, "tooltip", "Japan (country)");
  assert_attr(n, "shape", "ellipse");
  n = agnode(g, "NATO", 0);
  assert_non_null(n);
  assert_attr(n, "shape", "box");
  assert_attr(n, "tooltip", "NATO (organization)");
  /* The label's DOT value is Graphviz's escaped form (\\ for a backslash,
   * &amp; for &) and survives the trip through agwrite and the parser. */
  n = agnode(g, "ODD", 0);
  assert_non_null(n);
  assert_attr(n, "label", "Say \"hi\" <b> &amp; \\\\N \\\\");

  Agedge_t *e = edge(g, "JPN", "CHN", "#c0392b");
  assert_attr(e, "dir", "forward");
  assert_attr(e, "penwidth", "2");
  assert_attr(e, "tooltip", "Japan accuses China: 2 articles");
  /* cooperatesWith: stored JPN first, drawn without arrowheads. */
  e = edge(g, "JPN", "USA", "#2471a3");
  assert_attr(e, "dir", "none");
  assert_attr(e, "penwidth", "1");
  assert_attr(e, "tooltip", "Japan cooperatesWith United States: 1 article");
  e = edge(g, "JPN", "NATO", "#7d3c98");
  assert_attr(e, "tooltip", "Japan joins NATO: 1 article");
  edge(g, "ODD", "USA", "#c0392b");
  agclose(g);

  /* agwrite declares nodes in creation (id) order, except that a head is
   * declared just before the first edge into it. */
  const char *chn = strstr(out.dot, "\n\tCHN\t[");
  const char *jpn = strstr(out.dot, "\n\tJPN\t[");
  assert_non_null(chn);
  assert_non_null(jpn);
  assert_true(chn < jpn);
  free_outputs(&out);
  akg_graph_free(graph);
}

static void test_svg_is_well_formed_and_escaped(void **state) {
  (void)state;
  akg_graph *graph = small_graph();
  outputs out = render(graph);
  assert_true(!strncmp(out.svg, "<?xml", 5));
  assert_non_null(strstr(out.svg, "<svg"));
  xmlDocPtr doc =
      xmlReadMemory(out.svg, (int)strlen(out.svg), "diagram.svg", NULL, XML_PARSE_NONET);
  assert_non_null(doc);
  xmlNodePtr root = xmlDocGetRootElement(doc);
  assert_string_equal((const char *)root->name, "svg");
  xmlFreeDoc(doc);
  /* The odd label is shown as written: escapes undone, then XML-escaped. */
  assert_non_null(strstr(out.svg, ">Say &quot;hi&quot; &lt;b&gt; &amp; \\N \\</text>"));
  assert_non_null(strstr(out.svg, ">United States</text>"));
  assert_non_null(strstr(out.svg, "stroke=\"#2471a3\""));
  free_outputs(&out);
  akg_graph_free(graph);
}

static void test_renders_are_identical(void **state) {
  (void)state;
  akg_graph *graph = small_graph();
  outputs a = render(graph), b = render(graph);
  assert_string_equal(a.dot, b.dot);
  assert_string_equal(a.svg, b.svg);
  free_outputs(&a);
  free_outputs(&b);
  akg_graph_free(graph);
}

static void test_either_output_alone(void **state) {
  (void)state;
  akg_graph *graph = small_graph();
  outputs both = render(graph);
  akg_buf buf = AKG_BUF_INIT;
  akg_sink sink = akg_sink_to_buf(&buf);
  akg_diag diag = {0};
  assert_int_equal(akg_diagram_export(graph, &sink, NULL, &diag), AKG_OK);
  assert_string_equal(akg_buf_str(&buf), both.dot);
  akg_buf_clear(&buf);
  assert_int_equal(akg_diagram_export(graph, NULL, &sink, &diag), AKG_OK);
  assert_string_equal(akg_buf_str(&buf), both.svg);
  assert_int_equal(diag.errors, 0);
  akg_buf_free(&buf);
  free_outputs(&both);
  akg_graph_free(graph);
}

static void test_empty_graph(void **state) {
  (void)state;
  akg_graph *graph = akg_graph_new();
  akg_graph_finish(graph);
  outputs out = render(graph);
  Agraph_t *g = agmemread(out.dot);
  assert_non_null(g);
  assert_int_equal(agnnodes(g), 0);
  agclose(g);
  xmlDocPtr doc =
      xmlReadMemory(out.svg, (int)strlen(out.svg), "empty.svg", NULL, XML_PARSE_NONET);
  assert_non_null(doc);
  xmlFreeDoc(doc);
  free_outputs(&out);
  akg_graph_free(graph);
}

/* Past 150 nodes the layout is sfdp, named in the DOT file too. */
static void test_large_graph_uses_sfdp(void **state) {
  (void)state;
  enum { N = 180 };
  akg_actor *actors = akg_calloc(N, sizeof *actors);
  char(*ids)[8] = akg_calloc(N, sizeof *ids);
  for (size_t i = 0; i < N; i++) {
    snprintf(ids[i], sizeof ids[i], "A%03zu", i);
    actors[i] = (akg_actor){ids[i], ids[i], NULL, NULL, AKG_ACTOR_COUNTRY, NULL, 0};
  }
  akg_fact facts[2 * N];
  for (size_t i = 0; i < N; i++) {
    facts[2 * i] = fact(&actors[i], AKG_REL_ACCUSES, &actors[(i + 1) % N]);
    facts[2 * i + 1] =
        fact(&actors[i], AKG_REL_COOPERATES_WITH, &actors[(i * 7 + 3) % N]);
  }
  akg_graph *graph = akg_graph_new();
  akg_article a = {0};
  a.id = "big";
  assert_int_equal(akg_graph_add_article(graph, &a, facts, 2 * N), AKG_OK);
  akg_graph_finish(graph);
  assert_int_equal(akg_graph_actor_count(graph), N);

  outputs out = render(graph);
  assert_non_null(strstr(out.dot, "layout=sfdp"));
  assert_non_null(strstr(out.dot, "overlap=prism"));
  xmlDocPtr doc =
      xmlReadMemory(out.svg, (int)strlen(out.svg), "big.svg", NULL, XML_PARSE_NONET);
  assert_non_null(doc);
  xmlFreeDoc(doc);
  outputs again = render(graph);
  assert_string_equal(out.svg, again.svg);
  free_outputs(&out);
  free_outputs(&again);
  akg_graph_free(graph);
  akg_free(ids);
  akg_free(actors);
}

static akg_status refuse(void *ctx, const char *bytes, size_t len) {
  (void)bytes;
  (void)len;
  (*(int *)ctx)++;
  return AKG_ERR_IO;
}

static void test_sink_failure_is_returned(void **state) {
  (void)state;
  akg_graph *graph = small_graph();
  int calls = 0;
  akg_sink bad = {refuse, &calls};
  akg_buf buf = AKG_BUF_INIT;
  akg_sink good = akg_sink_to_buf(&buf);
  akg_diag diag = {0};
  assert_int_equal(akg_diagram_export(graph, &bad, &good, &diag), AKG_ERR_IO);
  /* The first refusal stops the DOT writer. */
  assert_int_equal(calls, 1);
  assert_int_equal(akg_diagram_export(graph, &good, &bad, &diag), AKG_ERR_IO);
  akg_buf_free(&buf);
  akg_graph_free(graph);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dot_reads_back),
      cmocka_unit_test(test_svg_is_well_formed_and_escaped),
      cmocka_unit_test(test_renders_are_identical),
      cmocka_unit_test(test_either_output_alone),
      cmocka_unit_test(test_empty_graph),
      cmocka_unit_test(test_large_graph_uses_sfdp),
      cmocka_unit_test(test_sink_failure_is_returned),
  };
  int failed = cmocka_run_group_tests(tests, NULL, NULL);
  xmlCleanupParser();
  return failed;
}

/* test_diagram.c: the Graphviz exporter (src/export/diagram.c): DOT that
 * reads back with the expected nodes, edges, styles and escaped labels; the
 * legend; tooltips with evidence and names; Wikidata links; drawing only
 * some facts (--min-sources, --top); SVG that is well-formed XML and the
 * same on every run; the layout engine by size; and failing sinks. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "sink_support.h"
#include <gvc.h>
#include <libxml/parser.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/diagram.h"
#include "actorkg/graph.h"

static const char *const japan_names[] = {"Japanese government", "Tokyo"};
static const akg_actor JPN = {
    "JPN",       "Japan", "JPN", "http://www.wikidata.org/entity/Q17", AKG_ACTOR_COUNTRY,
    japan_names, 2};
static const akg_actor CHN = {"CHN", "China", "CHN", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor USA = {
    "USA", "United States", "USA", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor NATO = {"NATO", "NATO", NULL, NULL, AKG_ACTOR_ORGANIZATION,
                               NULL,   0};
/* A label with every character DOT or SVG could trip over. */
static const akg_actor ODD = {
    "ODD", "Say \"hi\" <b> & \\N \\", NULL, NULL, AKG_ACTOR_COUNTRY, NULL, 0};

static akg_graph *small_graph(void) {
  akg_graph *g = akg_graph_new();
  akg_fact fa[] = {
      plain_fact(&JPN, AKG_REL_ACCUSES, &CHN),
      plain_fact(&USA, AKG_REL_COOPERATES_WITH, &JPN),
      plain_fact(&JPN, AKG_REL_JOINS, &NATO),
      plain_fact(&ODD, AKG_REL_ACCUSES, &USA),
  };
  akg_fact fb[] = {plain_fact(&JPN, AKG_REL_ACCUSES, &CHN)};
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
  /* 5 actors, and the legend's title, 2 shapes, 3 relations (2 nodes
   * each) and note on line width, joined by 6 invisible edges. */
  assert_int_equal(agnnodes(g), 5 + 10);
  assert_int_equal(agnedges(g), 4 + 3 + 6);
  assert_attr(g, "layout", "dot");
  assert_attr(g, "fontname", "Helvetica");

  Agnode_t *n = agnode(g, "JPN", 0);
  assert_non_null(n);
  assert_attr(n, "label", "Japan");
  assert_attr(n, "tooltip",
              "Japan (country)\\nalso: Japanese government, Tokyo\\nid: JPN; ISO 3166 "
              "code: JPN\\nsame as: http://www.wikidata.org/entity/Q17");
  assert_attr(n, "shape", "ellipse");
  assert_attr(n, "class", "actor country");
  assert_attr(n, "id", "actor-JPN");
  assert_attr(n, "URL", "http://www.wikidata.org/entity/Q17");
  n = agnode(g, "NATO", 0);
  assert_non_null(n);
  assert_attr(n, "shape", "box");
  assert_attr(n, "class", "actor organization");
  assert_attr(n, "tooltip", "NATO (organization)\\nid: NATO");
  assert_attr(n, "URL", "");
  /* The label's DOT value is Graphviz's escaped form (\\ for a backslash,
   * &amp; for &) and survives the trip through agwrite and the parser. */
  n = agnode(g, "ODD", 0);
  assert_non_null(n);
  assert_attr(n, "label", "Say \"hi\" <b> &amp; \\\\N \\\\");

  Agedge_t *e = edge(g, "JPN", "CHN", "#c0392b");
  assert_attr(e, "dir", "forward");
  assert_attr(e, "style", "solid");
  assert_attr(e, "penwidth", "2");
  assert_attr(e, "class", "fact accuses");
  /* Each sentence with its article (in article order), as a line. */
  assert_attr(e, "tooltip",
              "Japan accuses China: 2 articles\\n- a.txt: sentence\\n- b.txt: sentence");
  /* cooperatesWith: stored JPN first, drawn without arrowheads. */
  e = edge(g, "JPN", "USA", "#2471a3");
  assert_attr(e, "dir", "none");
  assert_attr(e, "penwidth", "1");
  assert_attr(e, "tooltip",
              "Japan cooperatesWith United States: 1 article\\n- a.txt: sentence");
  e = edge(g, "JPN", "NATO", "#7d3c98");
  assert_attr(e, "style", "dashed");
  assert_attr(e, "tooltip", "Japan joins NATO: 1 article\\n- a.txt: sentence");
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

/* Past 100 nodes the layout is sfdp, named in the DOT file too. */
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
    facts[2 * i] = plain_fact(&actors[i], AKG_REL_ACCUSES, &actors[(i + 1) % N]);
    facts[2 * i + 1] =
        plain_fact(&actors[i], AKG_REL_COOPERATES_WITH, &actors[(i * 7 + 3) % N]);
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

/* A graph of `n` actors A0000.. where actor i accuses i+1 and cooperates
 * with i*7+3 and i*13+5 (mod n); each fact stated by one article. */
typedef struct synthetic {
  akg_actor *actors;
  char (*ids)[24];
  akg_graph *graph;
} synthetic;

static synthetic synthetic_graph(size_t n) {
  synthetic syn = {akg_calloc(n, sizeof *syn.actors), akg_calloc(n, sizeof *syn.ids),
                   akg_graph_new()};
  for (size_t i = 0; i < n; i++) {
    snprintf(syn.ids[i], sizeof syn.ids[i], "A%04zu", i);
    syn.actors[i] =
        (akg_actor){syn.ids[i], syn.ids[i], NULL, NULL, AKG_ACTOR_COUNTRY, NULL, 0};
  }
  akg_fact *facts = akg_calloc(3 * n, sizeof *facts);
  for (size_t i = 0; i < n; i++) {
    facts[3 * i] = plain_fact(&syn.actors[i], AKG_REL_ACCUSES, &syn.actors[(i + 1) % n]);
    facts[3 * i + 1] =
        plain_fact(&syn.actors[i], AKG_REL_COOPERATES_WITH, &syn.actors[(i * 7 + 3) % n]);
    facts[3 * i + 2] = plain_fact(&syn.actors[i], AKG_REL_COOPERATES_WITH,
                                  &syn.actors[(i * 13 + 5) % n]);
  }
  akg_article a = {0};
  a.id = "big";
  assert_int_equal(akg_graph_add_article(syn.graph, &a, facts, 3 * n), AKG_OK);
  akg_graph_finish(syn.graph);
  akg_free(facts);
  return syn;
}

static void synthetic_free(synthetic *syn) {
  akg_graph_free(syn->graph);
  akg_free(syn->ids);
  akg_free(syn->actors);
}

/* dot only while it is fast: up to 100 actors and 200 facts. */
static void test_engine_by_size(void **state) {
  (void)state;
  assert_string_equal(akg_diagram_engine(12, 13), "dot");
  assert_string_equal(akg_diagram_engine(100, 200), "dot");
  assert_string_equal(akg_diagram_engine(101, 10), "sfdp");
  assert_string_equal(akg_diagram_engine(50, 201), "sfdp");
  assert_string_equal(akg_diagram_engine(2000, 10000), "sfdp");
}

/* 2,000 actors are laid out by sfdp. With AKG_DIAGRAM_BENCH=1 in the
 * environment the SVG is rendered too and its time printed (the target is
 * under 2 s; a benchmark checks it, not this test). */
static void test_2000_actors_use_sfdp(void **state) {
  (void)state;
  synthetic syn = synthetic_graph(2000);
  assert_int_equal(akg_graph_actor_count(syn.graph), 2000);
  akg_buf dot = AKG_BUF_INIT, svg = AKG_BUF_INIT;
  akg_sink dot_sink = akg_sink_to_buf(&dot), svg_sink = akg_sink_to_buf(&svg);
  akg_diag diag = {akg_diag_to_stderr, NULL, 0, 0};
  assert_int_equal(akg_diagram_export(syn.graph, &dot_sink, NULL, &diag), AKG_OK);
  assert_non_null(strstr(akg_buf_str(&dot), "layout=sfdp"));
  const char *bench = getenv("AKG_DIAGRAM_BENCH");
  if (bench && *bench == '1') {
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    assert_int_equal(akg_diagram_export(syn.graph, NULL, &svg_sink, &diag), AKG_OK);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("diagram bench: 2000 actors, %zu facts: SVG (%zu bytes) in %.2f s\n",
           akg_graph_fact_count(syn.graph), svg.len,
           (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
  }
  assert_int_equal(diag.errors, 0);
  akg_buf_free(&dot);
  akg_buf_free(&svg);
  synthetic_free(&syn);
}

/* The legend has a title, both shapes and a sample edge of each relation
 * in that relation's colour and style; the SVG shows it. */
static void test_legend(void **state) {
  (void)state;
  akg_graph *graph = small_graph();
  outputs out = render(graph);
  Agraph_t *g = agmemread(out.dot);
  assert_non_null(g);
  Agraph_t *legend = agsubg(g, "legend", 0);
  assert_non_null(legend);
  Agnode_t *n = agnode(legend, "legend title", 0);
  assert_non_null(n);
  assert_attr(n, "label", "Legend");
  n = agnode(legend, "legend country", 0);
  assert_non_null(n);
  assert_attr(n, "shape", "ellipse");
  n = agnode(legend, "legend organization", 0);
  assert_non_null(n);
  assert_attr(n, "shape", "box");
  static const char *const want[][4] = {
      {"legend accuses", "#c0392b", "solid", "forward"},
      {"legend cooperatesWith", "#2471a3", "solid", "none"},
      {"legend joins", "#7d3c98", "dashed", "forward"},
  };
  for (size_t i = 0; i < 3; i++) {
    n = agnode(legend, (char *)want[i][0], 0);
    assert_non_null(n);
    assert_attr(n, "label", want[i][0] + strlen("legend "));
    char end[64];
    snprintf(end, sizeof end, "%s to", want[i][0]);
    Agnode_t *h = agnode(legend, end, 0);
    assert_non_null(h);
    Agedge_t *e = agedge(legend, n, h, NULL, 0);
    assert_non_null(e);
    assert_attr(e, "color", want[i][1]);
    assert_attr(e, "style", want[i][2]);
    assert_attr(e, "dir", want[i][3]);
  }
  agclose(g);
  assert_non_null(strstr(out.svg, ">Legend</text>"));
  assert_non_null(strstr(out.svg, ">cooperatesWith</text>"));
  assert_non_null(strstr(out.svg, "class=\"node legend\""));
  assert_non_null(strstr(out.svg, "stroke-dasharray"));
  free_outputs(&out);
  akg_graph_free(graph);
}

/* One article per fact; fact i is stated by counts[i] articles. */
static akg_graph *graph_with_counts(const akg_actor *const *objects, const size_t *counts,
                                    size_t n, const char *evidence) {
  akg_graph *g = akg_graph_new();
  char id[32];
  for (size_t a = 0; a < 40; a++) {
    akg_fact facts[8];
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
      if (a < counts[i]) {
        facts[k] = plain_fact(&JPN, AKG_REL_ACCUSES, objects[i]);
        facts[k].evidence = (char *)evidence;
        facts[k].date = (akg_date){2021, 9, (unsigned char)(a % 28 + 1)};
        k++;
      }
    if (!k)
      continue;
    akg_article art = {0};
    snprintf(id, sizeof id, "art%02zu.txt", a);
    art.id = id;
    assert_int_equal(akg_graph_add_article(g, &art, facts, k), AKG_OK);
  }
  akg_graph_finish(g);
  return g;
}

/* Width 1 + log2(articles), at most 5. */
static void test_penwidth_by_articles(void **state) {
  (void)state;
  const akg_actor *objects[] = {&CHN, &USA, &NATO, &ODD};
  const size_t counts[] = {1, 3, 4, 20};
  akg_graph *graph = graph_with_counts(objects, counts, 4, "s");
  outputs out = render(graph);
  Agraph_t *g = agmemread(out.dot);
  assert_non_null(g);
  assert_attr(edge(g, "JPN", "CHN", "#c0392b"), "penwidth", "1");
  assert_attr(edge(g, "JPN", "USA", "#c0392b"), "penwidth", "2");
  assert_attr(edge(g, "JPN", "NATO", "#c0392b"), "penwidth", "3");
  assert_attr(edge(g, "JPN", "ODD", "#c0392b"), "penwidth", "5");
  agclose(g);
  free_outputs(&out);
  akg_graph_free(graph);
}

/* A fact of 14 articles lists 10 sentences with article and date, then
 * "and 4 more"; markup, quotes and backslashes in the evidence reach the
 * SVG escaped, and a long sentence is cut on a character boundary. */
static void test_edge_tooltip_evidence(void **state) {
  (void)state;
  char evidence[400] = "Japan <b>accused</b> \"China\" & \\N said: ";
  while (strlen(evidence) < 300)
    strcat(evidence, "\xE6\x97\xA5"); /* 3-byte characters */
  const akg_actor *objects[] = {&CHN};
  const size_t counts[] = {14};
  akg_graph *graph = graph_with_counts(objects, counts, 1, evidence);
  outputs out = render(graph);
  const char *title =
      strstr(out.svg, "xlink:title=\"Japan accuses China: 14 articles&#10;");
  assert_non_null(title);
  const char *end = strchr(title + 13, '"');
  assert_non_null(end);
  char *tip = akg_calloc((size_t)(end - title) + 1, 1);
  memcpy(tip, title, (size_t)(end - title));
  assert_non_null(strstr(tip,
                         "&#10;&#45; 2021&#45;09&#45;01 art00.txt: Japan &lt;b&gt;accused"
                         "&lt;/b&gt; &quot;China&quot; &amp; \\N said: "));
  assert_non_null(strstr(tip, "art09.txt"));
  assert_null(strstr(tip, "art10.txt"));
  assert_non_null(strstr(tip, "&#10;and 4 more sentences"));
  assert_non_null(strstr(tip, "\xE6\x97\xA5\xE2\x80\xA6")); /* whole character, then … */
  akg_free(tip);
  xmlDocPtr doc =
      xmlReadMemory(out.svg, (int)strlen(out.svg), "tips.svg", NULL, XML_PARSE_NONET);
  assert_non_null(doc);
  xmlFreeDoc(doc);
  free_outputs(&out);
  akg_graph_free(graph);
}

/* A checked Wikidata id is a link; `&` and quotes in it are escaped so the
 * SVG stays XML; an IRI that is not http(s) is no link. */
static void test_actor_links(void **state) {
  (void)state;
  static const akg_actor AMP = {
      "AMP", "Amp", NULL, "https://example.org/q?a=1&b=\"2\"<x>", AKG_ACTOR_COUNTRY,
      NULL,  0};
  static const akg_actor JS = {"JS", "Js", NULL, "javascript:alert(1)", AKG_ACTOR_COUNTRY,
                               NULL, 0};
  akg_graph *graph = akg_graph_new();
  akg_fact facts[] = {plain_fact(&AMP, AKG_REL_ACCUSES, &JS),
                      plain_fact(&JPN, AKG_REL_ACCUSES, &JS)};
  akg_article a = {0};
  a.id = "a.txt";
  assert_int_equal(akg_graph_add_article(graph, &a, facts, 2), AKG_OK);
  akg_graph_finish(graph);
  outputs out = render(graph);
  assert_non_null(
      strstr(out.svg, "xlink:href=\"https://example.org/q?a=1&amp;b=%222%22%3Cx%3E\""));
  assert_non_null(strstr(out.svg, "xlink:href=\"http://www.wikidata.org/entity/Q17\""));
  assert_null(strstr(out.svg, "href=\"javascript:"));
  xmlDocPtr doc =
      xmlReadMemory(out.svg, (int)strlen(out.svg), "links.svg", NULL, XML_PARSE_NONET);
  assert_non_null(doc);
  xmlFreeDoc(doc);
  free_outputs(&out);
  akg_graph_free(graph);
}

static char *dot_with_max(const akg_graph *graph, size_t min_sources, size_t top,
                          size_t max_facts) {
  akg_buf dot = AKG_BUF_INIT;
  akg_sink sink = akg_sink_to_buf(&dot);
  akg_diag diag = {0};
  akg_diagram_options options = {min_sources, top, max_facts};
  assert_int_equal(akg_diagram_export_selected(graph, &options, &sink, NULL, &diag),
                   AKG_OK);
  return akg_buf_steal(&dot);
}

static char *dot_with(const akg_graph *graph, size_t min_sources, size_t top) {
  return dot_with_max(graph, min_sources, top, 0);
}

static bool has_node(Agraph_t *g, const char *name) {
  return agnode(g, (char *)name, 0) != NULL;
}

/* --min-sources keeps the facts of enough articles and the actors they
 * touch; --top keeps the facts among the actors with most events. */
static void test_min_sources_and_top(void **state) {
  (void)state;
  /* JPN accuses CHN (2 articles), USA (3), NATO (1), ODD (1). */
  const akg_actor *objects[] = {&CHN, &USA, &NATO, &ODD};
  const size_t counts[] = {2, 3, 1, 1};
  akg_graph *graph = graph_with_counts(objects, counts, 4, "s");

  char *dot = dot_with(graph, 2, 0);
  Agraph_t *g = agmemread(dot);
  assert_true(has_node(g, "JPN") && has_node(g, "CHN") && has_node(g, "USA"));
  assert_false(has_node(g, "NATO") || has_node(g, "ODD"));
  assert_int_equal(agnedges(g), 2 + 9); /* and the legend's */
  agclose(g);
  akg_free(dot);

  /* Events: JPN 7, USA 3, CHN 2, NATO 1, ODD 1. */
  dot = dot_with(graph, 0, 2);
  g = agmemread(dot);
  assert_true(has_node(g, "JPN") && has_node(g, "USA"));
  assert_false(has_node(g, "CHN") || has_node(g, "NATO") || has_node(g, "ODD"));
  assert_int_equal(agnedges(g), 1 + 9);
  agclose(g);
  akg_free(dot);

  /* Ties by id: NATO before ODD. */
  dot = dot_with(graph, 0, 4);
  g = agmemread(dot);
  assert_true(has_node(g, "NATO"));
  assert_false(has_node(g, "ODD"));
  agclose(g);
  akg_free(dot);

  /* --max-facts: the facts stated by most articles, ties in output order
   * (NATO before ODD), after the other options. */
  dot = dot_with_max(graph, 0, 0, 2);
  g = agmemread(dot);
  assert_true(has_node(g, "JPN") && has_node(g, "CHN") && has_node(g, "USA"));
  assert_false(has_node(g, "NATO") || has_node(g, "ODD"));
  assert_int_equal(agnedges(g), 2 + 9);
  agclose(g);
  akg_free(dot);
  dot = dot_with_max(graph, 0, 0, 3);
  g = agmemread(dot);
  assert_true(has_node(g, "NATO"));
  assert_false(has_node(g, "ODD"));
  agclose(g);
  akg_free(dot);
  dot = dot_with_max(graph, 2, 0, 1);
  g = agmemread(dot);
  assert_true(has_node(g, "USA"));
  assert_false(has_node(g, "CHN"));
  assert_int_equal(agnedges(g), 1 + 9);
  agclose(g);
  akg_free(dot);
  char *bigger = dot_with_max(graph, 0, 0, 4), *unlimited = dot_with(graph, 0, 0);
  assert_string_equal(bigger, unlimited);
  akg_free(bigger);
  akg_free(unlimited);

  /* Nothing left: no legend either. */
  dot = dot_with(graph, 4, 0);
  g = agmemread(dot);
  assert_int_equal(agnnodes(g), 0);
  agclose(g);
  akg_free(dot);

  /* Zeroed options and NULL draw everything. */
  char *all = dot_with(graph, 0, 0);
  akg_buf buf = AKG_BUF_INIT;
  akg_sink sink = akg_sink_to_buf(&buf);
  akg_diag diag = {0};
  assert_int_equal(akg_diagram_export(graph, &sink, NULL, &diag), AKG_OK);
  assert_string_equal(all, akg_buf_str(&buf));
  akg_buf_free(&buf);
  akg_free(all);
  akg_graph_free(graph);
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
      cmocka_unit_test(test_legend),
      cmocka_unit_test(test_penwidth_by_articles),
      cmocka_unit_test(test_edge_tooltip_evidence),
      cmocka_unit_test(test_actor_links),
      cmocka_unit_test(test_min_sources_and_top),
      cmocka_unit_test(test_engine_by_size),
      cmocka_unit_test(test_2000_actors_use_sfdp),
      cmocka_unit_test(test_sink_failure_is_returned),
  };
  int failed = cmocka_run_group_tests(tests, NULL, NULL);
  xmlCleanupParser();
  return failed;
}

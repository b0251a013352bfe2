/* diagram.c: the actor network as DOT and SVG, built and rendered in memory
 * with libcgraph and libgvc.
 *
 * One node per drawn actor, one edge per drawn fact (diagram.h says which
 * are drawn and how), and a legend. DOT is written by agwrite
 * through an I/O discipline that feeds our sink; SVG is laid out and
 * rendered by a Graphviz context whose plugins are linked in and registered
 * from a table here, so no configuration file, `dot` program or font
 * library is involved and the SVG is the same on every machine. Graphviz
 * types stay in this file. */
#define _GNU_SOURCE /* fopencookie: Graphviz renders into a FILE */
#include "actorkg/diagram.h"

#include <errno.h>
#include <gvc.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "text/utf8.h"

/* The statically linked plugins (CMake links their libraries). dot_layout
 * has "dot"; neato_layout has "neato" and "sfdp"; core has the "svg" and
 * "dot" renderers. */
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;

static const lt_symlist_t builtin_plugins[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library},
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {NULL, NULL},
};

/* dot draws the clearest pictures but its cost explodes with size: on a
 * graph as tangled as random, 100 nodes and 200 edges took 0.9 s here, 150
 * and 300 took 4.6 s, 200 and 1,000 took minutes (library-notes.md).
 * Beyond these bounds the force-directed sfdp is used (2,000 actors and
 * 6,000 facts: 1.1 s, SVG included), or neato where sfdp is missing. */
enum { DOT_MAX_NODES = 100, DOT_MAX_EDGES = 200 };

/* An edge's tooltip lists at most this many evidence sentences, each cut
 * to about this many bytes, so a fact stated by thousands of articles
 * does not make the SVG huge; the rest is counted ("and 12 more"). */
enum { TOOLTIP_SENTENCES = 10, TOOLTIP_SENTENCE_BYTES = 240 };
/* An actor's tooltip lists at most this many of its other names. */
enum { TOOLTIP_NAMES = 12 };

#define FONT "Helvetica"
#define COUNTRY_FILL "#fdf2d0"
#define ORGANIZATION_FILL "#e5e8e8"

/* How each relation is drawn; the legend shows the same. */
static const struct relation_style {
  const char *color;
  const char *style;
  const char *dir;
} relation_styles[AKG_REL_COUNT] = {
    {"#c0392b", "solid", "forward"},  /* accuses: red arrows */
    {"#2471a3", "solid", "none"},     /* cooperatesWith: blue lines */
    {"#7d3c98", "dashed", "forward"}, /* joins: purple dashed arrows */
};

/* Legend nodes are named with a space, which no actor id (an IRI local
 * name) can hold, so they never meet an actor's node. */
#define LEGEND_PREFIX "legend "
/* Graphviz reports problems through one global callback, in pieces
 * ("Error", ": ", "message\n"); the pieces are joined into lines and passed
 * to the diag of the call in progress. Graphviz is not thread-safe anyway,
 * so one global slot costs nothing. */
static struct {
  akg_diag *diag;
  akg_buf line;
  bool failed;
} reporter;

static int report_piece(char *piece) {
  akg_buf_puts(&reporter.line, piece);
  size_t len = reporter.line.len;
  if (!len || reporter.line.data[len - 1] != '\n')
    return 0;
  reporter.line.data[len - 1] = '\0';
  const char *text = reporter.line.data;
  bool error = !strncmp(text, "Error", 5);
  if (error)
    reporter.failed = true;
  akg_diag_report(reporter.diag, error ? AKG_DIAG_ERROR : AKG_DIAG_WARNING, NULL, 0,
                  "Graphviz: %s", text);
  akg_buf_clear(&reporter.line);
  return 0;
}

/* DOT output: agwrite hands every piece to putstr, with our channel. */
typedef struct dot_channel {
  const akg_sink *sink;
  akg_status status; /* the sink's first failure */
} dot_channel;

static int channel_putstr(void *chan, const char *str) {
  dot_channel *c = chan;
  if (c->status == AKG_OK)
    c->status = akg_sink_puts(c->sink, str);
  return c->status == AKG_OK ? 0 : EOF;
}

static int channel_flush(void *chan) {
  return ((dot_channel *)chan)->status == AKG_OK ? 0 : EOF;
}

/* Label and tooltip values are Graphviz "escString"s: a backslash starts an
 * escape (\N is the node's name, \n a line break), and "&name;" is read as
 * an HTML entity. Escaping both makes any text display as written; quotes
 * are left to agwrite, which escapes them in the DOT file. Other control
 * characters become spaces: XML 1.0, and so the SVG, cannot hold them. */
static const char *escape_text_as(akg_buf *buf, const char *s, const char *backslash) {
  akg_buf_clear(buf);
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    size_t size;
    if (c >= 0x80) {
      /* Bytes that are not UTF-8 (file names may hold any) as U+FFFD; 4 is
       * the longest sequence, and decoding stops at the NUL. */
      uint32_t cp = akg_utf8_decode((const unsigned char *)s, 4, &size);
      if (cp == 0xFFFD && size != 3)
        akg_buf_puts(buf, "\xEF\xBF\xBD");
      else
        akg_buf_append(buf, s, size);
      s += size - 1;
    } else if (c == '\\')
      akg_buf_puts(buf, backslash);
    else if (c == '&')
      akg_buf_puts(buf, "&amp;");
    else if (c == '\n')
      akg_buf_puts(buf, "\\n");
    else if (c < 0x20 || c == 0x7f)
      akg_buf_putc(buf, ' ');
    else
      akg_buf_putc(buf, (char)c);
  }
  return akg_buf_str(buf);
}

static const char *escape_text(akg_buf *buf, const char *s) {
  return escape_text_as(buf, s, "\\\\");
}

/* Graphviz 2.42 expands escapes in a node's tooltip twice, so "\\N" still
 * turns into the node's name there (edge tooltips and labels are fine). A
 * backslash in a node tooltip is shown as U+29F5 REVERSE SOLIDUS OPERATOR,
 * which looks the same whatever the Graphviz version does. */
static const char *escape_node_tooltip(akg_buf *buf, const char *s) {
  return escape_text_as(buf, s, "\xE2\xA7\xB5");
}

/* Thicker lines for facts more articles state: 1 + log2(articles), so 1,
 * 2-3, 4-7, 8-15, 16 or more. */
static const char *pen_width(size_t articles) {
  static const char *const widths[] = {"1", "2", "3", "4", "5"};
  size_t step = 0;
  while (step < 4 && articles >= ((size_t)2 << step))
    step++;
  return widths[step];
}

static const char *actor_name(const akg_actor *a) {
  return a->label ? a->label : a->id;
}

/* Appends at most `max` bytes of `s`, never cutting a UTF-8 sequence, and
 * an ellipsis where it cut. */
static void put_clipped(akg_buf *buf, const char *s, size_t max) {
  size_t len = strlen(s);
  if (len <= max) {
    akg_buf_append(buf, s, len);
    return;
  }
  while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
    max--;
  akg_buf_append(buf, s, max);
  akg_buf_puts(buf, "\xE2\x80\xA6");
}

/* A URL attribute's value. Graphviz copies URLs into the SVG without
 * escaping them (library-notes.md), and reads backslashes in them as
 * escapes, so the characters XML or Graphviz would misread are escaped
 * here: `&` as an entity (which the SVG then holds as it must), the rest
 * percent-encoded. Only http(s) IRIs are links: anything else (a
 * "javascript:" IRI in a hostile lexicon) could run in the report page. */
static const char *url_attribute(akg_buf *buf, const char *iri) {
  akg_buf_clear(buf);
  if (strncmp(iri, "http://", 7) && strncmp(iri, "https://", 8))
    return NULL;
  for (const char *p = iri; *p; p++) {
    unsigned char c = (unsigned char)*p;
    if (c == '&')
      akg_buf_puts(buf, "&amp;");
    else if (c <= 0x20 || c == 0x7f || strchr("<>\"'\\{}|^`", c))
      akg_buf_printf(buf, "%%%02X", c);
    else
      akg_buf_putc(buf, (char)c);
  }
  return akg_buf_str(buf);
}

/* What is drawn: the facts that pass the options, the actors they touch,
 * and for each fact its events (CSR: events of fact i are
 * fact_events[fact_start[i] .. fact_start[i + 1]]). */
typedef struct selection {
  size_t *fact_start;
  size_t *fact_events;
  bool *fact_drawn;
  bool *actor_drawn;
  size_t *actor_events; /* events each actor takes part in */
  size_t actors, facts; /* how many are drawn */
} selection;

static size_t actor_index(const akg_graph *graph, const akg_actor *actor) {
  size_t lo = 0, hi = akg_graph_actor_count(graph);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(akg_graph_actor_at(graph, mid)->id, actor->id);
    if (c == 0)
      return mid;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return SIZE_MAX;
}

/* The fact of an event; facts are sorted by (relation, subject, object). */
static size_t fact_index(const akg_graph *graph, const akg_event *e) {
  size_t lo = 0, hi = akg_graph_fact_count(graph);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const akg_graph_fact *f = akg_graph_fact_at(graph, mid);
    int c = f->relation != e->relation ? (f->relation < e->relation ? -1 : 1) : 0;
    if (!c)
      c = strcmp(f->subject->id, e->subject->id);
    if (!c)
      c = strcmp(f->object->id, e->object->id);
    if (c == 0)
      return mid;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return SIZE_MAX;
}

static const size_t *sort_counts; /* qsort has no context argument */

static int by_events_then_id(const void *pa, const void *pb) {
  size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
  if (sort_counts[a] != sort_counts[b])
    return sort_counts[a] > sort_counts[b] ? -1 : 1;
  return a < b ? -1 : a > b; /* actors are in id order */
}

static const akg_graph *sort_graph; /* qsort has no context argument */

static int by_sources_then_order(const void *pa, const void *pb) {
  size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
  size_t na = akg_graph_fact_at(sort_graph, a)->event_count;
  size_t nb = akg_graph_fact_at(sort_graph, b)->event_count;
  if (na != nb)
    return na > nb ? -1 : 1;
  return a < b ? -1 : a > b;
}

/* Of the facts selected, keeps the `max` stated by most articles (ties:
 * the first in output order). */
static void keep_most_stated(const akg_graph *graph, size_t max, selection *sel) {
  size_t facts = akg_graph_fact_count(graph), n = 0;
  size_t *drawn = akg_reallocarray(NULL, sel->facts, sizeof *drawn);
  for (size_t i = 0; i < facts; i++)
    if (sel->fact_drawn[i])
      drawn[n++] = i;
  sort_graph = graph;
  qsort(drawn, n, sizeof *drawn, by_sources_then_order);
  sort_graph = NULL;
  for (size_t k = max; k < n; k++)
    sel->fact_drawn[drawn[k]] = false;
  sel->facts = max;
  akg_free(drawn);
}

static void select_drawn(const akg_graph *graph, const akg_diagram_options *options,
                         selection *sel) {
  size_t actors = akg_graph_actor_count(graph);
  size_t facts = akg_graph_fact_count(graph);
  size_t events = akg_graph_event_count(graph);
  sel->fact_start = akg_calloc(facts + 1, sizeof *sel->fact_start);
  sel->fact_events = akg_calloc(events ? events : 1, sizeof *sel->fact_events);
  sel->fact_drawn = akg_calloc(facts ? facts : 1, sizeof *sel->fact_drawn);
  sel->actor_drawn = akg_calloc(actors ? actors : 1, sizeof *sel->actor_drawn);
  sel->actor_events = akg_calloc(actors ? actors : 1, sizeof *sel->actor_events);
  size_t *of_event = akg_calloc(events ? events : 1, sizeof *of_event);
  for (size_t i = 0; i < events; i++) {
    const akg_event *e = akg_graph_event_at(graph, i);
    of_event[i] = fact_index(graph, e);
    sel->fact_start[of_event[i] + 1]++;
    sel->actor_events[actor_index(graph, e->subject)]++;
    sel->actor_events[actor_index(graph, e->object)]++;
  }
  for (size_t i = 0; i < facts; i++)
    sel->fact_start[i + 1] += sel->fact_start[i];
  size_t *fill = akg_calloc(facts ? facts : 1, sizeof *fill);
  for (size_t i = 0; i < events; i++) /* in event order: by article */
    sel->fact_events[sel->fact_start[of_event[i]] + fill[of_event[i]]++] = i;
  akg_free(fill);
  akg_free(of_event);

  /* The top actors by events; the others are never drawn. */
  bool *eligible = akg_calloc(actors ? actors : 1, sizeof *eligible);
  size_t top = options && options->top ? options->top : actors;
  size_t *order = akg_calloc(actors ? actors : 1, sizeof *order);
  for (size_t i = 0; i < actors; i++)
    order[i] = i;
  sort_counts = sel->actor_events;
  if (actors)
    qsort(order, actors, sizeof *order, by_events_then_id);
  sort_counts = NULL;
  for (size_t i = 0; i < actors && i < top; i++)
    eligible[order[i]] = true;
  akg_free(order);

  size_t min_sources = options ? options->min_sources : 0;
  for (size_t i = 0; i < facts; i++) {
    const akg_graph_fact *f = akg_graph_fact_at(graph, i);
    size_t s = actor_index(graph, f->subject), o = actor_index(graph, f->object);
    if (f->event_count < min_sources || !eligible[s] || !eligible[o])
      continue;
    sel->fact_drawn[i] = true;
    sel->facts++;
  }
  akg_free(eligible);
  if (options && options->max_facts && sel->facts > options->max_facts)
    keep_most_stated(graph, options->max_facts, sel);
  for (size_t i = 0; i < facts; i++) {
    if (!sel->fact_drawn[i])
      continue;
    const akg_graph_fact *f = akg_graph_fact_at(graph, i);
    sel->actor_drawn[actor_index(graph, f->subject)] = true;
    sel->actor_drawn[actor_index(graph, f->object)] = true;
  }
  for (size_t i = 0; i < actors; i++)
    sel->actors += sel->actor_drawn[i];
}

static void selection_free(selection *sel) {
  akg_free(sel->fact_start);
  akg_free(sel->fact_events);
  akg_free(sel->fact_drawn);
  akg_free(sel->actor_drawn);
  akg_free(sel->actor_events);
}

static void set_graph_attributes(Agraph_t *g, const char *engine) {
  agattr(g, AGRAPH, "layout", (char *)engine);
  agattr(g, AGRAPH, "fontname", FONT);
  agattr(g, AGRAPH, "fontsize", "10");
  if (!strcmp(engine, "dot")) {
    agattr(g, AGRAPH, "rankdir", "LR");
    agattr(g, AGRAPH, "nodesep", "0.3");
  } else {
    /* Force-directed layouts need overlaps removed to stay legible. Edges
     * stay straight: splines=true (or curved) routes around every node and
     * took 22 s for 180 nodes, against 0.1 s straight. */
    agattr(g, AGRAPH, "overlap", "prism");
    agattr(g, AGRAPH, "outputorder", "edgesfirst");
  }
  agattr(g, AGNODE, "fontname", FONT);
  agattr(g, AGNODE, "fontsize", "11");
  agattr(g, AGNODE, "style", "filled");
  agattr(g, AGEDGE, "fontname", FONT);
  agattr(g, AGEDGE, "fontsize", "9");
  agattr(g, AGEDGE, "arrowsize", "0.7");
}

/* A legend node: plain text unless a shape is given. */
static Agnode_t *legend_node(Agraph_t *legend, const char *name, const char *label,
                             const char *shape, const char *fill) {
  Agnode_t *n = agnode(legend, (char *)name, 1);
  agsafeset(n, "label", (char *)label, "");
  agsafeset(n, "shape", (char *)(shape ? shape : "plaintext"), "");
  agsafeset(n, "style", shape ? "filled" : "", "");
  if (fill)
    agsafeset(n, "fillcolor", (char *)fill, "");
  agsafeset(n, "fontsize", "9", "");
  agsafeset(n, "height", shape ? "0.3" : "0.2", "");
  agsafeset(n, "class", "legend", "");
  return n;
}

static void invisible_edge(Agraph_t *g, Agnode_t *t, Agnode_t *h) {
  agsafeset(agedge(g, t, h, NULL, 1), "style", "invis", "");
}

/* The legend: a title, the two node shapes and a sample edge of each
 * relation. Neither a cluster nor an HTML-like table: Graphviz 2.42 leaks
 * in dot's layout of clusters (class2, seen with valgrind) and 72 bytes per
 * text line of every HTML label (htmlparse, seen with LeakSanitizer).
 * Instead the legend's labels are one rank (a column, as dot draws left to
 * right) joined by invisible edges, so the legend is one piece of the
 * drawing apart from the network, in dot as in sfdp (which ignores
 * ranks). */
static void add_legend(Agraph_t *g) {
  Agraph_t *legend = agsubg(g, "legend", 1);
  Agraph_t *column = agsubg(legend, "legend column", 1);
  agsafeset(column, "rank", "same", "");
  Agnode_t *previous = legend_node(column, LEGEND_PREFIX "title", "Legend", NULL, NULL);
  agsafeset(previous, "fontsize", "11", "");
  Agnode_t *country =
      legend_node(column, LEGEND_PREFIX "country", "country", "ellipse", COUNTRY_FILL);
  invisible_edge(legend, previous, country);
  previous = country;
  Agnode_t *organization = legend_node(legend, LEGEND_PREFIX "organization",
                                       "organization", "box", ORGANIZATION_FILL);
  invisible_edge(legend, country, organization);
  char name[64];
  for (int r = 0; r < AKG_REL_COUNT; r++) {
    const struct relation_style *st = &relation_styles[r];
    snprintf(name, sizeof name, LEGEND_PREFIX "%s", akg_relation_name(r));
    Agnode_t *t = legend_node(column, name, akg_relation_name(r), NULL, NULL);
    snprintf(name, sizeof name, LEGEND_PREFIX "%s to", akg_relation_name(r));
    Agnode_t *h = legend_node(legend, name, "", NULL, NULL);
    agsafeset(h, "width", "0.1", "");
    Agedge_t *e = agedge(legend, t, h, NULL, 1);
    agsafeset(e, "color", (char *)st->color, "");
    agsafeset(e, "style", (char *)st->style, "");
    agsafeset(e, "dir", (char *)st->dir, "");
    agsafeset(e, "class", "legend", "");
    invisible_edge(legend, previous, t);
    previous = t;
  }
  Agnode_t *n = legend_node(column, LEGEND_PREFIX "width",
                            "thicker line: stated by more articles", NULL, NULL);
  invisible_edge(legend, previous, n);
}

/* "Japan (country)", its other names and its codes. */
static void actor_tooltip(akg_buf *tip, const akg_actor *a) {
  akg_buf_clear(tip);
  bool country = a->kind == AKG_ACTOR_COUNTRY;
  akg_buf_printf(tip, "%s (%s)", actor_name(a), country ? "country" : "organization");
  if (a->alt_label_count) {
    akg_buf_puts(tip, "\nalso: ");
    size_t shown =
        a->alt_label_count < TOOLTIP_NAMES ? a->alt_label_count : TOOLTIP_NAMES;
    for (size_t i = 0; i < shown; i++)
      akg_buf_printf(tip, "%s%s", i ? ", " : "", a->alt_labels[i]);
    if (shown < a->alt_label_count)
      akg_buf_printf(tip, " and %zu more", a->alt_label_count - shown);
  }
  akg_buf_printf(tip, "\nid: %s", a->id);
  if (a->iso_code)
    akg_buf_printf(tip, "; ISO 3166 code: %s", a->iso_code);
  if (a->same_as)
    akg_buf_printf(tip, "\nsame as: %s", a->same_as);
}

static void add_nodes(Agraph_t *g, const akg_graph *graph, const selection *sel,
                      Agnode_t **nodes, akg_buf *text) {
  Agsym_t *label = agattr(g, AGNODE, "label", "\\N");
  Agsym_t *tooltip = agattr(g, AGNODE, "tooltip", "");
  Agsym_t *shape = agattr(g, AGNODE, "shape", "ellipse");
  Agsym_t *fill = agattr(g, AGNODE, "fillcolor", COUNTRY_FILL);
  Agsym_t *id = agattr(g, AGNODE, "id", "");
  Agsym_t *class = agattr(g, AGNODE, "class", "");
  Agsym_t *url = agattr(g, AGNODE, "URL", "");
  Agsym_t *target = agattr(g, AGNODE, "target", "");
  akg_buf tip = AKG_BUF_INIT;
  for (size_t i = 0; i < akg_graph_actor_count(graph); i++) {
    if (!sel->actor_drawn[i])
      continue;
    const akg_actor *a = akg_graph_actor_at(graph, i);
    bool country = a->kind == AKG_ACTOR_COUNTRY;
    Agnode_t *n = agnode(g, (char *)a->id, 1);
    nodes[i] = n;
    agxset(n, label, (char *)escape_text(text, actor_name(a)));
    actor_tooltip(&tip, a);
    agxset(n, tooltip, (char *)escape_node_tooltip(text, akg_buf_str(&tip)));
    akg_buf_clear(&tip);
    akg_buf_printf(&tip, "actor-%s", a->id);
    agxset(n, id, (char *)escape_text(text, akg_buf_str(&tip)));
    agxset(n, class, country ? "actor country" : "actor organization");
    if (a->same_as && url_attribute(text, a->same_as)) {
      agxset(n, url, (char *)akg_buf_str(text));
      agxset(n, target, "_blank");
    }
    if (!country) {
      agxset(n, shape, "box");
      agxset(n, fill, ORGANIZATION_FILL);
    }
  }
  akg_buf_free(&tip);
}

/* "Japan accuses China: 2 articles", then each evidence sentence with its
 * article and date, at most TOOLTIP_SENTENCES of them. */
static void fact_tooltip(akg_buf *tip, const akg_graph *graph, const selection *sel,
                         size_t fact) {
  const akg_graph_fact *f = akg_graph_fact_at(graph, fact);
  akg_buf_clear(tip);
  akg_buf_printf(tip, "%s %s %s: %zu article%s", actor_name(f->subject),
                 akg_relation_name(f->relation), actor_name(f->object), f->event_count,
                 f->event_count == 1 ? "" : "s");
  size_t shown = 0, hidden = 0;
  for (size_t k = sel->fact_start[fact]; k < sel->fact_start[fact + 1]; k++) {
    const akg_event *e = akg_graph_event_at(graph, sel->fact_events[k]);
    for (size_t s = 0; s < e->evidence_count; s++) {
      if (shown == TOOLTIP_SENTENCES) {
        hidden++;
        continue;
      }
      shown++;
      akg_buf_puts(tip, "\n- ");
      char date[11];
      for (size_t d = 0; d < e->date_count; d++) {
        akg_date_format(e->dates[d], date);
        akg_buf_printf(tip, "%s%s", d ? ", " : "", date);
      }
      akg_buf_printf(tip, "%s%s: ", e->date_count ? " " : "", e->article->id);
      put_clipped(tip, e->evidence[s], TOOLTIP_SENTENCE_BYTES);
    }
  }
  if (hidden)
    akg_buf_printf(tip, "\nand %zu more sentence%s", hidden, hidden == 1 ? "" : "s");
}

static void add_edges(Agraph_t *g, const akg_graph *graph, const selection *sel,
                      Agnode_t **nodes, akg_buf *text) {
  Agsym_t *color = agattr(g, AGEDGE, "color", "black");
  Agsym_t *style = agattr(g, AGEDGE, "style", "solid");
  Agsym_t *tooltip = agattr(g, AGEDGE, "tooltip", "");
  Agsym_t *dir = agattr(g, AGEDGE, "dir", "forward");
  Agsym_t *penwidth = agattr(g, AGEDGE, "penwidth", "1");
  Agsym_t *class = agattr(g, AGEDGE, "class", "");
  akg_buf tip = AKG_BUF_INIT;
  char name[64];
  for (size_t i = 0; i < akg_graph_fact_count(graph); i++) {
    if (!sel->fact_drawn[i])
      continue;
    const akg_graph_fact *f = akg_graph_fact_at(graph, i);
    const struct relation_style *st = &relation_styles[f->relation];
    Agnode_t *t = nodes[actor_index(graph, f->subject)];
    Agnode_t *h = nodes[actor_index(graph, f->object)];
    Agedge_t *e = agedge(g, t, h, NULL, 1);
    agxset(e, color, (char *)st->color);
    agxset(e, style, (char *)st->style);
    agxset(e, dir, (char *)st->dir);
    agxset(e, penwidth, (char *)pen_width(f->event_count));
    snprintf(name, sizeof name, "fact %s", akg_relation_name(f->relation));
    agxset(e, class, name);
    fact_tooltip(&tip, graph, sel, i);
    agxset(e, tooltip, (char *)escape_text(text, akg_buf_str(&tip)));
  }
  akg_buf_free(&tip);
}

static bool has_layout(GVC_t *gvc, const char *engine) {
  int count = 0;
  char **names = gvPluginList(gvc, "layout", &count, NULL);
  bool found = false;
  for (int i = 0; i < count; i++) {
    /* Entries may read "sfdp" or "sfdp:neato_layout". */
    size_t len = strlen(engine);
    if (!strncmp(names[i], engine, len) &&
        (names[i][len] == '\0' || names[i][len] == ':'))
      found = true;
    free(names[i]);
  }
  free(names);
  return found;
}

typedef struct svg_stream {
  const akg_sink *sink;
  akg_status status; /* the sink's first error */
} svg_stream;

static ssize_t stream_write(void *cookie, const char *bytes, size_t len) {
  svg_stream *stream = cookie;
  if (stream->status == AKG_OK)
    stream->status = akg_sink_write(stream->sink, bytes, len);
  return (ssize_t)len;
}

static akg_status render_svg(GVC_t *gvc, Agraph_t *g, const char *engine,
                             const akg_sink *svg, akg_diag *diag) {
  /* Part of sfdp's layout draws from rand() without seeding it, so a
   * second diagram in one process came out different from the first
   * (measured with Graphviz 2.42). Seeding it as a fresh process starts
   * makes every render the same. This resets the C library's rand() state
   * for the whole process; actorkg itself never uses rand(). */
  srand(1);
  if (gvLayout(gvc, g, engine) != 0 || reporter.failed) {
    akg_diag_report(diag, AKG_DIAG_ERROR, NULL, 0,
                    "Graphviz could not lay out the diagram with %s", engine);
    gvFreeLayout(gvc, g);
    return AKG_ERR_LIBRARY;
  }
  /* gvRender streams into a FILE whose writes go to the sink, where
   * gvRenderData would hold the whole SVG in memory (tens of MB for a
   * large graph). Graphviz exits the process on a short write, so a
   * failing sink takes every byte and keeps its first error. */
  svg_stream stream = {svg, AKG_OK};
  cookie_io_functions_t io = {.write = stream_write};
  FILE *out = fopencookie(&stream, "w", io);
  akg_status status = AKG_OK;
  if (!out) {
    akg_diag_report(diag, AKG_DIAG_ERROR, NULL, 0, "cannot open a stream for the SVG: %s",
                    strerror(errno));
    status = AKG_ERR_IO;
  } else {
    int rendered = gvRender(gvc, g, "svg", out);
    fclose(out); /* flushes into the sink: its error is in stream.status */
    if (rendered != 0 || reporter.failed) {
      akg_diag_report(diag, AKG_DIAG_ERROR, NULL, 0,
                      "Graphviz could not render the diagram as SVG");
      status = AKG_ERR_LIBRARY;
    } else {
      status = stream.status;
    }
  }
  gvFreeLayout(gvc, g);
  return status;
}

const char *akg_diagram_engine(size_t actors, size_t facts) {
  return actors <= DOT_MAX_NODES && facts <= DOT_MAX_EDGES ? "dot" : "sfdp";
}

/* The engine for `sel`; neato where sfdp is missing. */
static const char *choose_engine(GVC_t *gvc, const selection *sel) {
  const char *engine = akg_diagram_engine(sel->actors, sel->facts);
  return strcmp(engine, "sfdp") || has_layout(gvc, "sfdp") ? engine : "neato";
}

akg_status akg_diagram_export_selected(const akg_graph *graph,
                                       const akg_diagram_options *options,
                                       const akg_sink *dot, const akg_sink *svg,
                                       akg_diag *diag) {
  reporter.diag = diag;
  reporter.failed = false;
  agusererrf previous_errf = agseterrf(report_piece);
  agerrlevel_t previous_level = agseterr(AGWARN);

  selection sel = {0};
  select_drawn(graph, options, &sel);
  GVC_t *gvc = gvContextPlugins(builtin_plugins, 0);
  const char *engine = choose_engine(gvc, &sel);

  /* agwrite writes through the graph's I/O discipline, so DOT reaches the
   * sink with no FILE in between. */
  Agiodisc_t io = {AgIoDisc.afread, channel_putstr, channel_flush};
  Agdisc_t disc = {&AgMemDisc, &AgIdDisc, &io};
  Agraph_t *g = agopen("actorkg", Agdirected, &disc);
  set_graph_attributes(g, engine);
  akg_buf text = AKG_BUF_INIT;
  size_t actors = akg_graph_actor_count(graph);
  Agnode_t **nodes = akg_calloc(actors ? actors : 1, sizeof *nodes);
  add_nodes(g, graph, &sel, nodes, &text);
  add_edges(g, graph, &sel, nodes, &text);
  if (sel.facts)
    add_legend(g);

  akg_status status = AKG_OK;
  if (dot) {
    dot_channel channel = {dot, AKG_OK};
    if (agwrite(g, &channel) == EOF || channel.status != AKG_OK)
      status = channel.status != AKG_OK ? channel.status : AKG_ERR_LIBRARY;
  }
  if (status == AKG_OK && svg)
    status = render_svg(gvc, g, engine, svg, diag);

  akg_free(nodes);
  akg_buf_free(&text);
  selection_free(&sel);
  agclose(g);
  gvFreeContext(gvc);
  agseterr(previous_level);
  agseterrf(previous_errf);
  akg_buf_free(&reporter.line);
  reporter.diag = NULL;
  return status;
}

akg_status akg_diagram_export(const akg_graph *graph, const akg_sink *dot,
                              const akg_sink *svg, akg_diag *diag) {
  return akg_diagram_export_selected(graph, NULL, dot, svg, diag);
}

/* diagram.c: the actor network as DOT and SVG, built and rendered in memory
 * with libcgraph and libgvc.
 *
 * One node per actor, one edge per distinct fact. DOT is written by agwrite
 * through an I/O discipline that feeds our sink; SVG is laid out and
 * rendered by a Graphviz context whose plugins are linked in and registered
 * from a table here, so no configuration file, `dot` program or font
 * library is involved and the SVG is the same on every machine. Graphviz
 * types stay in this file. */
#include "actorkg/diagram.h"

#include <gvc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"

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

/* dot draws the clearest pictures but its cost explodes with size (150
 * nodes and 300 edges took 5 s here; 200 nodes and 1,000 edges took
 * minutes, see library-notes.md); beyond these bounds the force-directed
 * sfdp is used (2,000 nodes: 1 s), or neato where sfdp is missing. */
enum { DOT_MAX_NODES = 150, DOT_MAX_EDGES = 300 };

#define FONT "Helvetica"

static const char *const relation_colors[AKG_REL_COUNT] = {
    "#c0392b", /* accuses: red */
    "#2471a3", /* cooperatesWith: blue */
    "#7d3c98", /* joins: purple */
};

/* A legend as the graph's label. Plain text: an HTML-like label could
 * colour each word, but Graphviz 2.42 leaks 72 bytes per text line of every
 * HTML label it lays out (htmlparse; seen with LeakSanitizer). */
static const char legend[] =
    "red: accuses    blue, no arrowhead: cooperates with    purple: joins    "
    "(thicker: stated by more articles)";

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
    if (c == '\\')
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

/* Thicker lines for facts more articles state: 1, 2-3, 4-7, 8 or more. */
static const char *pen_width(size_t articles) {
  static const char *const widths[] = {"1", "2", "3", "4"};
  size_t step = 0;
  while (step < 3 && articles >= ((size_t)2 << step))
    step++;
  return widths[step];
}

static bool use_dot_layout(const akg_graph *graph) {
  return akg_graph_actor_count(graph) <= DOT_MAX_NODES &&
         akg_graph_fact_count(graph) <= DOT_MAX_EDGES;
}

static void set_graph_attributes(Agraph_t *g, const char *engine) {
  agattr(g, AGRAPH, "layout", (char *)engine);
  agattr(g, AGRAPH, "fontname", FONT);
  agattr(g, AGRAPH, "fontsize", "10");
  agattr(g, AGRAPH, "label", (char *)legend);
  agattr(g, AGRAPH, "labelloc", "b");
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

static void add_nodes(Agraph_t *g, const akg_graph *graph, Agnode_t **nodes,
                      akg_buf *text) {
  Agsym_t *label = agattr(g, AGNODE, "label", "\\N");
  Agsym_t *tooltip = agattr(g, AGNODE, "tooltip", "");
  Agsym_t *shape = agattr(g, AGNODE, "shape", "ellipse");
  Agsym_t *fill = agattr(g, AGNODE, "fillcolor", "#fdf2d0");
  akg_buf tip = AKG_BUF_INIT;
  for (size_t i = 0; i < akg_graph_actor_count(graph); i++) {
    const akg_actor *a = akg_graph_actor_at(graph, i);
    bool country = a->kind == AKG_ACTOR_COUNTRY;
    const char *name = a->label ? a->label : a->id;
    Agnode_t *n = agnode(g, (char *)a->id, 1);
    nodes[i] = n;
    agxset(n, label, (char *)escape_text(text, name));
    akg_buf_clear(&tip);
    akg_buf_printf(&tip, "%s (%s)", name, country ? "country" : "organization");
    agxset(n, tooltip, (char *)escape_node_tooltip(text, akg_buf_str(&tip)));
    if (!country) {
      agxset(n, shape, "box");
      agxset(n, fill, "#e5e8e8");
    }
  }
  akg_buf_free(&tip);
}

/* The node of `actor`; actors are sorted by id, so a binary search. */
static Agnode_t *node_of(const akg_graph *graph, Agnode_t **nodes,
                         const akg_actor *actor) {
  size_t lo = 0, hi = akg_graph_actor_count(graph);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(akg_graph_actor_at(graph, mid)->id, actor->id);
    if (c == 0)
      return nodes[mid];
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

static void add_edges(Agraph_t *g, const akg_graph *graph, Agnode_t **nodes,
                      akg_buf *text) {
  Agsym_t *color = agattr(g, AGEDGE, "color", "black");
  Agsym_t *tooltip = agattr(g, AGEDGE, "tooltip", "");
  Agsym_t *dir = agattr(g, AGEDGE, "dir", "forward");
  Agsym_t *penwidth = agattr(g, AGEDGE, "penwidth", "1");
  akg_buf tip = AKG_BUF_INIT;
  for (size_t i = 0; i < akg_graph_fact_count(graph); i++) {
    const akg_graph_fact *f = akg_graph_fact_at(graph, i);
    Agnode_t *t = node_of(graph, nodes, f->subject);
    Agnode_t *h = node_of(graph, nodes, f->object);
    Agedge_t *e = agedge(g, t, h, NULL, 1);
    agxset(e, color, (char *)relation_colors[f->relation]);
    if (akg_relation_is_symmetric(f->relation))
      agxset(e, dir, "none");
    agxset(e, penwidth, (char *)pen_width(f->event_count));
    akg_buf_clear(&tip);
    akg_buf_printf(&tip, "%s %s %s: %zu article%s",
                   f->subject->label ? f->subject->label : f->subject->id,
                   akg_relation_name(f->relation),
                   f->object->label ? f->object->label : f->object->id, f->event_count,
                   f->event_count == 1 ? "" : "s");
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
  char *data = NULL;
  unsigned int len = 0;
  akg_status status = AKG_OK;
  if (gvRenderData(gvc, g, "svg", &data, &len) != 0 || !data || reporter.failed) {
    akg_diag_report(diag, AKG_DIAG_ERROR, NULL, 0,
                    "Graphviz could not render the diagram as SVG");
    status = AKG_ERR_LIBRARY;
  } else {
    status = akg_sink_write(svg, data, len);
  }
  gvFreeRenderData(data);
  gvFreeLayout(gvc, g);
  return status;
}

/* Which layout engine the SVG uses; also named in the DOT file. */
static const char *choose_engine(GVC_t *gvc, const akg_graph *graph) {
  if (use_dot_layout(graph))
    return "dot";
  return has_layout(gvc, "sfdp") ? "sfdp" : "neato";
}

akg_status akg_diagram_export(const akg_graph *graph, const akg_sink *dot,
                              const akg_sink *svg, akg_diag *diag) {
  reporter.diag = diag;
  reporter.failed = false;
  agusererrf previous_errf = agseterrf(report_piece);
  agerrlevel_t previous_level = agseterr(AGWARN);

  GVC_t *gvc = gvContextPlugins(builtin_plugins, 0);
  const char *engine = choose_engine(gvc, graph);

  /* agwrite writes through the graph's I/O discipline, so DOT reaches the
   * sink with no FILE in between. */
  Agiodisc_t io = {AgIoDisc.afread, channel_putstr, channel_flush};
  Agdisc_t disc = {&AgMemDisc, &AgIdDisc, &io};
  Agraph_t *g = agopen("actorkg", Agdirected, &disc);
  set_graph_attributes(g, engine);
  akg_buf text = AKG_BUF_INIT;
  size_t actors = akg_graph_actor_count(graph);
  Agnode_t **nodes = akg_calloc(actors, sizeof *nodes);
  add_nodes(g, graph, nodes, &text);
  add_edges(g, graph, nodes, &text);

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
  agclose(g);
  gvFreeContext(gvc);
  agseterr(previous_level);
  agseterrf(previous_errf);
  akg_buf_free(&reporter.line);
  reporter.diag = NULL;
  return status;
}

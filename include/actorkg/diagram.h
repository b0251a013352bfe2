/* diagram.h: the actor network as a Graphviz diagram (DOT and SVG).
 *
 * Actors are nodes (countries as ellipses, organizations as boxes); each
 * distinct fact is one edge with the colour and style of its relation
 * (cooperatesWith drawn without arrowheads, joins dashed), thicker the more
 * articles state it. A legend is drawn beside the network. Hovering an edge
 * in the SVG shows its evidence (sentences with article and date), hovering
 * an actor its names and codes; actors with a checked Wikidata id link to
 * it. The SVG is rendered in-process with libgvc and statically registered
 * layout plugins, so no Graphviz configuration file or `dot` program is
 * needed, and the output is the same on every machine. Graphviz is not
 * thread-safe: call this from one thread at a time. */
#ifndef ACTORKG_DIAGRAM_H
#define ACTORKG_DIAGRAM_H

#include <stddef.h>

#include "actorkg/graph.h"
#include "actorkg/sink.h"
#include "actorkg/status.h"

/* What to draw of a large graph; the RDF outputs always hold everything.
 * Zeroed, everything is drawn. */
typedef struct akg_diagram_options {
  size_t min_sources; /* draw only facts stated by at least this many
                         articles (0 and 1: every fact) */
  size_t top;         /* draw only facts between the `top` actors with the
                         most events (ties: by id); 0: every actor */
  size_t max_facts;   /* of the facts left, draw at most this many: those
                         stated by most articles (ties: the first in output
                         order); 0: no limit */
} akg_diagram_options;

/* The command line's --max-facts when not given: a diagram of more edges
 * is unreadable, slow in a browser, and costs Graphviz memory by the
 * edge. */
#define AKG_DIAGRAM_DEFAULT_MAX_FACTS 10000

/* Actors left without a drawn fact by the options are not drawn. Writes
 * the DOT source to `dot` and the rendered SVG to `svg`; either sink may
 * be NULL to skip that output. `options` may be NULL (everything). */
akg_status akg_diagram_export_selected(const akg_graph *graph,
                                       const akg_diagram_options *options,
                                       const akg_sink *dot, const akg_sink *svg,
                                       akg_diag *diag);

/* akg_diagram_export_selected with every actor and fact. */
akg_status akg_diagram_export(const akg_graph *graph, const akg_sink *dot,
                              const akg_sink *svg, akg_diag *diag);

/* The layout engine used for a diagram of `actors` nodes and `facts`
 * edges: "dot" for small ones, "sfdp" beyond (see diagram.c). */
const char *akg_diagram_engine(size_t actors, size_t facts);

#endif

/* diagram.h: the actor network as a Graphviz diagram (DOT and SVG).
 *
 * Actors are nodes labelled with their names; each distinct fact is one
 * edge coloured by relation (cooperatesWith drawn without arrowheads). The
 * SVG is rendered in-process with libgvc and statically registered layout
 * plugins, so no Graphviz configuration file or `dot` program is needed,
 * and the output is the same on every machine. Graphviz is not thread-safe:
 * call this from one thread at a time. */
#ifndef ACTORKG_DIAGRAM_H
#define ACTORKG_DIAGRAM_H

#include "actorkg/graph.h"
#include "actorkg/sink.h"
#include "actorkg/status.h"

/* Writes the DOT source to `dot` and the rendered SVG to `svg`; either
 * sink may be NULL to skip that output. */
akg_status akg_diagram_export(const akg_graph *graph, const akg_sink *dot,
                              const akg_sink *svg, akg_diag *diag);

#endif

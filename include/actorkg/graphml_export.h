/* graphml_export.h: the actor network as GraphML (graph.graphml), for
 * Gephi, Cytoscape, yEd, NetworkX and igraph.
 *
 * One <node> per actor of the graph and one <edge> per distinct fact, in
 * the graph's order. Nodes carry the keys label, kind ("country" or
 * "organization"), iso_code (countries only) and iri (the actor's IRI in
 * graph.ttl, to join the two); edges carry relation (the property's local
 * name: accuses, cooperatesWith, joins) and weight (the number of
 * articles that state the fact). The graph is directed; cooperatesWith
 * edges are marked directed="false", since the relation is symmetric.
 * Node ids are the actor ids where those are plain (A-Z a-z 0-9 . -), with
 * any other byte written as _XX (hex), so every id is an XML NMTOKEN as the
 * GraphML schema wants and distinct actors keep distinct ids. Text that XML
 * 1.0 cannot hold (control characters, U+FFFE, U+FFFF) is written as
 * spaces and U+FFFD; the document is UTF-8 and the same bytes for the same
 * graph. Written with libxml2's xmlTextWriter, whose types stay in the
 * .c file. */
#ifndef ACTORKG_GRAPHML_EXPORT_H
#define ACTORKG_GRAPHML_EXPORT_H

#include "actorkg/graph.h"
#include "actorkg/sink.h"
#include "actorkg/status.h"

/* Writes a finished graph to `sink`. `base` is the base IRI of the
 * instances (as for the RDF export, ending in "/" or "#"). A sink failure
 * returns its status; a failure inside libxml2 is reported to `diag` and
 * returns AKG_ERR_LIBRARY. */
akg_status akg_graphml_export(const akg_graph *graph, const char *base,
                              const akg_sink *sink, akg_diag *diag);

#endif

/* rdf_export.h: the graph as RDF (Turtle, N-Triples, N-Quads), per the
 * data model.
 *
 * The statements written are exactly those of docs/data-model.md: actor
 * nodes with their labels, one direct triple per distinct fact (both
 * directions for symmetric relations), reified events with provenance, and
 * article nodes. Output is deterministic: same graph, same bytes. */
#ifndef ACTORKG_RDF_EXPORT_H
#define ACTORKG_RDF_EXPORT_H

#include "actorkg/graph.h"
#include "actorkg/sink.h"
#include "actorkg/status.h"

/* N-Quads puts each event's and each article's triples in the named graph
 * of the article (the article's IRI), actors and direct facts in the
 * default graph; Turtle and N-Triples write the same triples without
 * graphs. */
typedef enum akg_rdf_format {
  AKG_RDF_TURTLE,
  AKG_RDF_NTRIPLES,
  AKG_RDF_NQUADS
} akg_rdf_format;

/* Instances are minted under `base_iri` ("https://w3id.org/actorkg/id/" by
 * default) as actor/ID, article/ID and event/KEY. */
#define AKG_DEFAULT_BASE_IRI "https://w3id.org/actorkg/id/"

/* Streams the graph to `sink` (borrowed); `base_iri` NULL means the
 * default. A sink failure stops the export and is returned. */
akg_status akg_rdf_export(const akg_graph *graph, akg_rdf_format format,
                          const char *base_iri, const akg_sink *sink, akg_diag *diag);

/* The number of triples akg_rdf_export writes for `graph` (0 for a base
 * that is not an absolute IRI); walks the graph without writing. */
size_t akg_rdf_triple_count(const akg_graph *graph, const char *base_iri);

#endif

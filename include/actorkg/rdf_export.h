/* rdf_export.h: the graph as RDF (Turtle, N-Triples), per the data model.
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

typedef enum akg_rdf_format { AKG_RDF_TURTLE, AKG_RDF_NTRIPLES } akg_rdf_format;

/* Instances are minted under `base_iri` ("https://w3id.org/actorkg/id/" by
 * default) as actor/ID, article/ID and event/KEY. */
#define AKG_DEFAULT_BASE_IRI "https://w3id.org/actorkg/id/"

akg_status akg_rdf_export(const akg_graph *graph, akg_rdf_format format,
                          const char *base_iri, const akg_sink *sink, akg_diag *diag);

#endif

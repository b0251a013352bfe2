/* rdf_triples.h: the statements of the data model, independent of syntax.
 *
 * One function walks a finished graph and hands every triple that
 * docs/data-model.md prescribes, in a fixed order, to a callback. Writers
 * (the Raptor one in rdf_export.c, or a streaming one) only turn these
 * neutral terms into bytes, so the model is stated in exactly one place.
 * Internal to src/export/. */
#ifndef ACTORKG_EXPORT_RDF_TRIPLES_H
#define ACTORKG_EXPORT_RDF_TRIPLES_H

#include <stddef.h>

#include "actorkg/graph.h"
#include "actorkg/status.h"

#define AKG_NS_AKG "https://w3id.org/actorkg/ns#"
#define AKG_NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define AKG_NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define AKG_NS_OWL "http://www.w3.org/2002/07/owl#"
#define AKG_NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define AKG_NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define AKG_NS_PROV "http://www.w3.org/ns/prov#"
#define AKG_NS_DCTERMS "http://purl.org/dc/terms/"
#define AKG_NS_SCHEMA "https://schema.org/"

typedef enum akg_rdf_term_kind { AKG_RDF_IRI, AKG_RDF_LITERAL } akg_rdf_term_kind;

/* A term as the callback sees it; every pointer is valid only during the
 * call. IRIs are absolute. */
typedef struct akg_rdf_term {
  akg_rdf_term_kind kind;
  const char *value;    /* the IRI, or the literal's lexical form (valid
                           UTF-8 without CR, whatever the input held) */
  size_t len;           /* bytes of value */
  const char *datatype; /* a literal's datatype IRI, or NULL */
  const char *lang;     /* a literal's language tag ("en"), or NULL */
} akg_rdf_term;

/* Receives one triple and the graph it belongs to (NULL: the default
 * graph; see akg_rdf_triples_emit); a status other than AKG_OK stops the
 * walk and is returned by akg_rdf_triples_emit. */
typedef akg_status (*akg_rdf_emit_fn)(void *ctx, const akg_rdf_term *subject,
                                      const akg_rdf_term *predicate,
                                      const akg_rdf_term *object,
                                      const akg_rdf_term *graph);

/* The prefixes an output declares, in declaration order. */
enum { AKG_RDF_PREFIX_COUNT = 12 };
typedef struct akg_rdf_prefix {
  const char *name; /* "akg", "actor", ... */
  char *iri;        /* owned */
} akg_rdf_prefix;

/* Fills `out` with the prefixes for instances under `base_iri`; release
 * with akg_rdf_prefixes_free. */
void akg_rdf_prefixes_init(akg_rdf_prefix out[AKG_RDF_PREFIX_COUNT],
                           const char *base_iri);
void akg_rdf_prefixes_free(akg_rdf_prefix prefixes[AKG_RDF_PREFIX_COUNT]);

/* Emits the whole graph (finished with akg_graph_finish): each actor with
 * its direct facts (as subject, both directions of a symmetric relation),
 * then events, then articles, each in graph order, every subject's
 * triples one after another, so a writer can group them. Actors and
 * direct facts are in the default graph; an event's and an article's
 * triples are in the named graph of the article (its IRI), which
 * N-Quads writes and the other syntaxes ignore. `base_iri` must be an
 * absolute IRI (akg_iri_is_absolute). Actor owl:sameAs values and article
 * URLs that are not absolute IRIs are left out; sameAs ones are reported to
 * `diag` as warnings. */
akg_status akg_rdf_triples_emit(const akg_graph *graph, const char *base_iri,
                                akg_rdf_emit_fn emit, void *ctx, akg_diag *diag);

#endif

/* rdf_export.c: writes the data model's triples as Turtle, N-Triples or
 * N-Quads, through an akg_sink.
 *
 * Which triples exist is decided in rdf_triples.c and how they are spelled
 * in rdf_writer.c; this file joins the two. Both stream: nothing but the
 * output buffer is held, whatever the size of the graph. */
#include "actorkg/rdf_export.h"

#include "actorkg/iri.h"
#include "export/rdf_triples.h"
#include "export/rdf_writer.h"

static akg_status write_triple(void *ctx, const akg_rdf_term *subject,
                               const akg_rdf_term *predicate, const akg_rdf_term *object,
                               const akg_rdf_term *graph) {
  return akg_rdf_writer_write(ctx, subject, predicate, object, graph);
}

static akg_status count_triple(void *ctx, const akg_rdf_term *subject,
                               const akg_rdf_term *predicate, const akg_rdf_term *object,
                               const akg_rdf_term *graph) {
  (void)subject, (void)predicate, (void)object, (void)graph;
  (*(size_t *)ctx)++;
  return AKG_OK;
}

static bool base_is_usable(const char *base_iri, akg_diag *diag) {
  if (akg_iri_is_absolute(base_iri))
    return true;
  akg_diag_report(diag, AKG_DIAG_ERROR, NULL, 0, "base IRI \"%s\" is not an absolute IRI",
                  base_iri);
  return false;
}

akg_status akg_rdf_export(const akg_graph *graph, akg_rdf_format format,
                          const char *base_iri, const akg_sink *sink, akg_diag *diag) {
  if (!base_iri)
    base_iri = AKG_DEFAULT_BASE_IRI;
  if (!base_is_usable(base_iri, diag))
    return AKG_ERR_BAD_ARG;
  akg_rdf_prefix prefixes[AKG_RDF_PREFIX_COUNT];
  akg_rdf_prefixes_init(prefixes, base_iri);
  akg_rdf_writer *writer =
      akg_rdf_writer_new(format, sink, prefixes, AKG_RDF_PREFIX_COUNT);
  akg_rdf_prefixes_free(prefixes);
  akg_status status = akg_rdf_triples_emit(graph, base_iri, write_triple, writer, diag);
  if (status == AKG_OK)
    status = akg_rdf_writer_finish(writer);
  akg_rdf_writer_free(writer);
  return status;
}

size_t akg_rdf_triple_count(const akg_graph *graph, const char *base_iri) {
  size_t count = 0;
  if (!base_iri)
    base_iri = AKG_DEFAULT_BASE_IRI;
  if (akg_iri_is_absolute(base_iri))
    akg_rdf_triples_emit(graph, base_iri, count_triple, &count, NULL);
  return count;
}

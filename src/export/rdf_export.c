/* rdf_export.c: writes the data model's triples as Turtle or N-Triples with
 * Raptor2's serializers, through an akg_sink.
 *
 * Which triples exist is decided in rdf_triples.c; this file only turns
 * them into Raptor statements. Raptor types stay in this file. Each export
 * uses its own raptor_world, so errors reach the caller's diag through the
 * world's log handler and no global state is shared between calls. Note
 * that Raptor's Turtle serializer holds every statement until the end (see
 * library-notes.md); N-Triples streams. */
#include "actorkg/rdf_export.h"

#include <raptor2.h>
#include <string.h>

#include "actorkg/iri.h"
#include "export/rdf_triples.h"

typedef struct writer {
  raptor_world *world;
  raptor_serializer *serializer;
  const akg_sink *sink;
  akg_diag *diag;
  akg_status sink_status; /* the sink's first failure */
  bool raptor_failed;     /* Raptor logged an error */
  size_t pending;         /* bytes waiting in out */
  char out[16384];
} writer;

static void log_handler(void *user_data, raptor_log_message *message) {
  writer *w = user_data;
  akg_diag_level level;
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
    level = AKG_DIAG_ERROR;
    w->raptor_failed = true;
  } else if (message->level == RAPTOR_LOG_LEVEL_WARN) {
    level = AKG_DIAG_WARNING;
  } else {
    return;
  }
  akg_diag_report(w->diag, level, NULL, 0, "RDF serializer: %s",
                  message->text ? message->text : "unknown error");
}

/* The iostream handler. Raptor's writers escape strings one byte at a
 * time, and a sink call per byte made output twice as slow, so bytes are
 * gathered here and handed on in blocks. Raptor does not always check what
 * a write returns, so the first failure is kept in the writer and every
 * later write is refused without reaching the sink. */
static akg_status flush_output(writer *w) {
  if (w->sink_status == AKG_OK)
    w->sink_status = akg_sink_write(w->sink, w->out, w->pending);
  w->pending = 0;
  return w->sink_status;
}

static akg_status write_to_sink(writer *w, const void *bytes, size_t len) {
  if (w->sink_status != AKG_OK)
    return w->sink_status;
  if (w->pending + len > sizeof w->out && flush_output(w) != AKG_OK)
    return w->sink_status;
  if (len >= sizeof w->out) {
    w->sink_status = akg_sink_write(w->sink, bytes, len);
    return w->sink_status;
  }
  memcpy(w->out + w->pending, bytes, len);
  w->pending += len;
  return AKG_OK;
}

static int write_byte(void *context, const int byte) {
  char c = (char)byte;
  return write_to_sink(context, &c, 1) == AKG_OK ? 0 : 1;
}

static int write_bytes(void *context, const void *ptr, size_t size, size_t nmemb) {
  if (write_to_sink(context, ptr, size * nmemb) != AKG_OK)
    return -1;
  return (int)nmemb;
}

static const raptor_iostream_handler sink_handler = {
    .version = 2, .write_byte = write_byte, .write_bytes = write_bytes};

static raptor_term *new_term(writer *w, const akg_rdf_term *t) {
  const unsigned char *value = (const unsigned char *)t->value;
  if (t->kind == AKG_RDF_IRI)
    return raptor_new_term_from_counted_uri_string(w->world, value, t->len);
  raptor_uri *datatype =
      t->datatype ? raptor_new_uri(w->world, (const unsigned char *)t->datatype) : NULL;
  raptor_term *term = raptor_new_term_from_counted_literal(
      w->world, value, t->len, datatype, (const unsigned char *)t->lang,
      t->lang ? (unsigned char)strlen(t->lang) : 0);
  if (datatype)
    raptor_free_uri(datatype); /* the term holds its own reference */
  return term;
}

static akg_status serialize_triple(void *ctx, const akg_rdf_term *subject,
                                   const akg_rdf_term *predicate,
                                   const akg_rdf_term *object) {
  writer *w = ctx;
  raptor_term *s = new_term(w, subject);
  raptor_term *p = new_term(w, predicate);
  raptor_term *o = new_term(w, object);
  if (!s || !p || !o) {
    /* Raptor has logged why (an IRI it cannot parse, for one). */
    raptor_free_term(s);
    raptor_free_term(p);
    raptor_free_term(o);
    w->raptor_failed = true;
    return AKG_ERR_LIBRARY;
  }
  /* The statement takes the terms; the serializer copies the statement. */
  raptor_statement *statement = raptor_new_statement_from_nodes(w->world, s, p, o, NULL);
  int failed =
      !statement || raptor_serializer_serialize_statement(w->serializer, statement);
  raptor_free_statement(statement);
  if (w->sink_status != AKG_OK)
    return w->sink_status;
  if (failed || w->raptor_failed) {
    w->raptor_failed = true;
    return AKG_ERR_LIBRARY;
  }
  return AKG_OK;
}

/* A prefix only abbreviates, so a refused one is not an error: Raptor's
 * Turtle serializer declares rdf: itself and refuses it a second time. */
static void declare_prefixes(writer *w, const char *base_iri) {
  akg_rdf_prefix prefixes[AKG_RDF_PREFIX_COUNT];
  akg_rdf_prefixes_init(prefixes, base_iri);
  for (size_t i = 0; i < AKG_RDF_PREFIX_COUNT; i++) {
    raptor_uri *uri = raptor_new_uri(w->world, (const unsigned char *)prefixes[i].iri);
    if (uri) {
      raptor_serializer_set_namespace(w->serializer, uri,
                                      (const unsigned char *)prefixes[i].name);
      raptor_free_uri(uri);
    }
  }
  akg_rdf_prefixes_free(prefixes);
}

/* Runs the serializer once the world and serializer exist. */
static akg_status serialize(writer *w, akg_rdf_format format, const char *base_iri,
                            const akg_graph *graph) {
  if (format == AKG_RDF_TURTLE)
    declare_prefixes(w, base_iri);
  if (w->raptor_failed)
    return AKG_ERR_LIBRARY;
  raptor_iostream *stream = raptor_new_iostream_from_handler(w->world, w, &sink_handler);
  if (!stream)
    return AKG_ERR_LIBRARY;
  akg_status status = AKG_ERR_LIBRARY;
  if (!raptor_serializer_start_to_iostream(w->serializer, NULL, stream)) {
    status = akg_rdf_triples_emit(graph, base_iri, serialize_triple, w, w->diag);
    /* Turtle writes everything here. */
    if (raptor_serializer_serialize_end(w->serializer) && status == AKG_OK)
      status = AKG_ERR_LIBRARY;
  }
  /* Flush whatever the serializer still buffers before the stream goes. */
  raptor_free_serializer(w->serializer);
  w->serializer = NULL;
  raptor_free_iostream(stream);
  flush_output(w);
  if (w->sink_status != AKG_OK)
    return w->sink_status;
  if (status == AKG_OK && w->raptor_failed)
    status = AKG_ERR_LIBRARY;
  return status;
}

akg_status akg_rdf_export(const akg_graph *graph, akg_rdf_format format,
                          const char *base_iri, const akg_sink *sink, akg_diag *diag) {
  if (!base_iri)
    base_iri = AKG_DEFAULT_BASE_IRI;
  if (!akg_iri_is_absolute(base_iri)) {
    akg_diag_report(diag, AKG_DIAG_ERROR, NULL, 0,
                    "base IRI \"%s\" is not an absolute IRI", base_iri);
    return AKG_ERR_BAD_ARG;
  }
  const char *syntax = format == AKG_RDF_TURTLE ? "turtle" : "ntriples";
  writer w = {.sink = sink, .diag = diag};
  w.world = raptor_new_world();
  akg_status status = AKG_ERR_LIBRARY;
  if (w.world && !raptor_world_set_log_handler(w.world, &w, log_handler) &&
      !raptor_world_open(w.world)) {
    w.serializer = raptor_new_serializer(w.world, syntax);
    if (w.serializer)
      status = serialize(&w, format, base_iri, graph);
  }
  if (status == AKG_ERR_LIBRARY && !w.raptor_failed)
    akg_diag_report(diag, AKG_DIAG_ERROR, NULL, 0, "Raptor's %s serializer failed",
                    syntax);
  raptor_free_serializer(w.serializer);
  raptor_free_world(w.world);
  return status;
}

/* rdf_writer.h: statements to Turtle, N-Triples or N-Quads bytes, written
 * as they come.
 *
 * A writer holds one output buffer and, for Turtle, the subject and
 * predicate of the statement before, nothing else: memory stays flat
 * whatever the size of the graph. Consecutive statements with the same
 * subject are written as one Turtle block (`s p o ; p o , o .`), so the
 * caller groups a subject's statements to get compact Turtle; a subject
 * that comes back later simply opens a second block, which is still
 * valid. IRIs under a declared prefix become prefixed names where the
 * rest is a plain local name; others are written in full. Internal to
 * src/export/. */
#ifndef ACTORKG_EXPORT_RDF_WRITER_H
#define ACTORKG_EXPORT_RDF_WRITER_H

#include <stddef.h>

#include "actorkg/rdf_export.h"
#include "actorkg/sink.h"
#include "actorkg/status.h"
#include "export/rdf_triples.h"

typedef struct akg_rdf_writer akg_rdf_writer;

/* A writer of `format` into `sink` (borrowed; it must outlive the
 * writer). Turtle declares `prefixes` (copied; the others ignore them) at
 * the top, in the order given. */
akg_rdf_writer *akg_rdf_writer_new(akg_rdf_format format, const akg_sink *sink,
                                   const akg_rdf_prefix *prefixes, size_t prefix_count);
/* Accepts NULL. Does not finish: bytes not yet handed on are dropped. */
void akg_rdf_writer_free(akg_rdf_writer *writer);

/* Writes one statement. Terms are borrowed for the call; IRIs must be
 * valid UTF-8 and literals valid UTF-8 without NUL (rdf_triples.h
 * guarantees both). `graph` is an IRI, or NULL for the default graph; only
 * N-Quads writes it. After a sink failure every call returns that status
 * and nothing more reaches the sink. IRIs are meant to be those
 * akg_iri_is_absolute accepts; a character IRIREF forbids (space, <, ",
 * a control...) is written as \u00XX all the same, so that a statement
 * can never end early or span two lines. */
akg_status akg_rdf_writer_write(akg_rdf_writer *writer, const akg_rdf_term *subject,
                                const akg_rdf_term *predicate, const akg_rdf_term *object,
                                const akg_rdf_term *graph);
/* Ends the last statement and hands every byte to the sink. */
akg_status akg_rdf_writer_finish(akg_rdf_writer *writer);

/* Statements written so far. */
size_t akg_rdf_writer_count(const akg_rdf_writer *writer);

#endif

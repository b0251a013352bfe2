/* csv_export.h: the events of the graph as a CSV table (events.csv).
 *
 * For spreadsheets, pandas, R and any tool that reads RFC 4180 CSV: a
 * header row, then one row per event of the graph in the graph's order,
 * with the columns
 *
 *   date, subject, subject_code, relation, object, object_code, cameo,
 *   article, publisher, url, evidence
 *
 * Actors appear by label, and by code: the ISO 3166-1 alpha-3 code of a
 * country, the actor id of an organization (or of an actor without a
 * code). An event with several dates, CAMEO codes or evidence sentences
 * has all of them in its one cell, joined by AKG_CSV_JOIN (dates
 * ascending, so the cell starts with the earliest date and text sorting
 * orders by it; sentences in article order). Fields holding a comma, a
 * double quote, CR or LF are quoted, quotes doubled; rows end with CRLF;
 * text is UTF-8 as the graph holds it, without a byte-order mark. */
#ifndef ACTORKG_CSV_EXPORT_H
#define ACTORKG_CSV_EXPORT_H

#include "actorkg/buf.h"
#include "actorkg/graph.h"
#include "actorkg/sink.h"
#include "actorkg/status.h"

/* What separates the values of one cell. */
#define AKG_CSV_JOIN " | "

/* Writes the table for a finished graph to `sink`. Fails only when the
 * sink does (its status is returned; `diag` is not used for it, since the
 * sink reports its own errors). */
akg_status akg_csv_export_events(const akg_graph *graph, const akg_sink *sink,
                                 akg_diag *diag);

/* Appends `field` to `buf` as one CSV field, quoted when RFC 4180 needs it. */
void akg_csv_append_field(akg_buf *buf, const char *field);

#endif

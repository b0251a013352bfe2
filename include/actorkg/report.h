/* report.h: the graph as one self-contained HTML page (out/index.html).
 *
 * The page holds a summary (articles, actors, events, facts, the range of
 * the events' dates), the actor diagram as inline SVG (diagram.h, with the
 * same options as graph.svg), and a table of every event (date, subject,
 * relation, object, article with its link, evidence) that a few lines of
 * inline JavaScript sort by a click on a header and filter with a text
 * box. Nothing is loaded from anywhere: no network, no other file. A URL
 * fragment sets the filter and the sort at load
 * (index.html#filter=Japan&sort=0&order=desc; sort is a column number
 * from 0). Every text is escaped for HTML; the same graph gives the same
 * bytes. */
#ifndef ACTORKG_REPORT_H
#define ACTORKG_REPORT_H

#include "actorkg/diagram.h"
#include "actorkg/graph.h"
#include "actorkg/sink.h"
#include "actorkg/status.h"

/* An event's evidence cell shows at most this many sentences. */
#define AKG_REPORT_EVIDENCE 3

/* Writes the page to `out`. `diagram` (NULL: everything) selects what the
 * diagram draws; the summary and the table always cover the whole graph.
 * Errors of the diagram or of the sink are returned. */
akg_status akg_report_write(const akg_graph *graph, const akg_diagram_options *diagram,
                            const akg_sink *out, akg_diag *diag);

/* Where the page gets the diagram's SVG: `write` writes the whole SVG
 * document (as graph.svg holds it) to `to`. The page streams it, so the
 * diagram is never held in memory whatever its size. */
typedef struct akg_report_svg {
  akg_status (*write)(void *ctx, const akg_sink *to, akg_diag *diag);
  void *ctx;
} akg_report_svg;

/* akg_report_write with the diagram already drawn: `svg` gives the SVG
 * that akg_diagram_export_selected gave for `diagram`; NULL draws it.
 * Saves a second layout when graph.svg is written too. */
akg_status akg_report_write_with_svg(const akg_graph *graph,
                                     const akg_diagram_options *diagram,
                                     const akg_report_svg *svg, const akg_sink *out,
                                     akg_diag *diag);

#endif

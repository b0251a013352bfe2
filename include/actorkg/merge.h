/* merge.h: streams of article records into one graph (`actorkg merge`).
 *
 * Each record (article_record.h) is added to the graph as soon as it is
 * read, exactly as `build` adds an article with its facts, so the finished
 * graph, and every output written from it, is byte for byte the one build
 * makes from the same articles, whatever the split into streams and the
 * order of streams and lines: the graph orders everything itself, and an
 * identifier given by two different articles is resolved by content
 * (graph.h). A record read a second time (the same stream given twice, or
 * a retried map task) is recognised by its hash and counted once. */
#ifndef ACTORKG_MERGE_H
#define ACTORKG_MERGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "actorkg/graph.h"
#include "actorkg/lexicon.h"
#include "actorkg/status.h"

typedef struct akg_merge_stats {
  size_t records;           /* records read (repeats included) */
  size_t repeats;           /* records seen before, left out silently */
  size_t articles;          /* articles added to the graph */
  size_t skipped;           /* bad records and articles left out for a shared id */
  unsigned long long bytes; /* of the record lines read, for --stats */
  double add_seconds;       /* spent adding records to the graph */
} akg_merge_stats;

typedef struct akg_merger akg_merger;

/* `lexicon` and `graph` are borrowed. The merger owns the code strings the
 * graph's events point at, so free it only after the graph. */
akg_merger *akg_merger_new(const akg_lexicon *lexicon, akg_graph *graph);
/* Accepts NULL. */
void akg_merger_free(akg_merger *merger);

/* Adds every record of `stream`, named `name` in messages. A bad line is
 * reported (NAME:LINE) and skipped, or with `strict` ends the reading with
 * its status; a read error gives AKG_ERR_IO. */
akg_status akg_merger_read(akg_merger *merger, FILE *stream, const char *name,
                           bool strict, akg_diag *diag);

const akg_merge_stats *akg_merger_stats(const akg_merger *merger);

#endif

/* pipeline.h: inputs -> articles -> facts -> graph.
 *
 * The one place that strings the readers, the extractor and the graph
 * together, used by `actorkg build` and `actorkg eval`. Files are read in
 * listing order; an unusable file is reported and skipped (or, with
 * `strict`, ends the run). */
#ifndef ACTORKG_PIPELINE_H
#define ACTORKG_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>

#include "actorkg/graph.h"
#include "actorkg/lexicon.h"
#include "actorkg/reader.h"
#include "actorkg/status.h"

typedef struct akg_pipeline_options {
  akg_read_options read;
  bool strict; /* stop at the first input that cannot be read */
} akg_pipeline_options;

typedef struct akg_pipeline_stats {
  size_t files;     /* input files listed */
  size_t articles;  /* articles added to the graph */
  size_t skipped;   /* inputs or articles left out because of a problem */
  size_t truncated; /* articles cut short at AKG_EXTRACT_MAX_FACTS facts */
  size_t facts;     /* facts extracted */
} akg_pipeline_stats;

/* Adds every article under `paths` to `graph` (which is not finished). */
akg_status akg_pipeline_run(const akg_lexicon *lexicon, const char *const *paths,
                            size_t path_count, const akg_pipeline_options *options,
                            akg_graph *graph, akg_pipeline_stats *stats, akg_diag *diag);

#endif

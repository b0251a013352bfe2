/* pipeline.h: inputs -> articles -> facts -> graph.
 *
 * The one place that strings the readers, the extractor and the graph
 * together, used by `actorkg build`, `eval` and `extract`. Files are listed
 * first; then `jobs` threads read and extract them, each with its own
 * extractor (the lexicon is shared and read-only), while the calling
 * thread receives the articles strictly in listing order, with each
 * file's diagnostics, so everything downstream and everything on stderr
 * is the same for any number of threads. At most a few files per thread
 * are in flight at once, so memory does not grow with the corpus. An
 * unusable file is reported and skipped (or, with `strict`, ends the
 * run). */
#ifndef ACTORKG_PIPELINE_H
#define ACTORKG_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "actorkg/graph.h"
#include "actorkg/lexicon.h"
#include "actorkg/reader.h"
#include "actorkg/status.h"

/* One input file handed on (or skipped), for progress displays. */
typedef struct akg_pipeline_file {
  const char *path;
  size_t done;     /* files handed on so far, this one included */
  size_t total;    /* files under the paths (with count_files), else 0 */
  size_t articles; /* articles this file gave */
  size_t facts;    /* facts extracted from them */
  bool skipped;    /* the file could not be read */
} akg_pipeline_file;

/* Called on the calling thread after each file, in listing order. It
 * must not write to anything the run's outputs are made of. */
typedef void (*akg_pipeline_file_fn)(void *ctx, const akg_pipeline_file *file);

typedef struct akg_pipeline_options {
  akg_read_options read;
  bool strict; /* stop at the first input that cannot be read */
  size_t jobs; /* threads reading and extracting; 0: one per online core */
  akg_pipeline_file_fn file_done; /* NULL: none */
  bool count_files;               /* walk the paths once before reading, for `total` */
  FILE *path_list;                /* more paths, one a line, after `paths` (read as
                                     the walk goes: walk.h); NULL: none */
  const char *path_list_name;     /* names it in messages */
  void *file_done_ctx;
} akg_pipeline_options;

typedef struct akg_pipeline_stats {
  size_t files;     /* input files walked */
  size_t articles;  /* articles taken by the consumer */
  size_t skipped;   /* inputs or articles left out because of a problem */
  size_t truncated; /* articles cut short at AKG_EXTRACT_MAX_FACTS facts */
  size_t facts;     /* facts extracted from the articles taken */
  /* Figures for --stats. The read and extract times are summed over the
   * worker threads, so with N threads they can reach N times `seconds`. */
  unsigned long long bytes;     /* of the input files read */
  unsigned long long sentences; /* read by the extractors, titles included */
  double read_seconds;          /* in the readers */
  double extract_seconds;       /* in the extractor */
  double take_seconds;          /* in `take` (adding to the graph) */
  double seconds;               /* the whole run, wall clock */
} akg_pipeline_stats;

/* Receives one article (its text already released) and its facts, on the
 * calling thread, in input order; everything is borrowed for the call.
 * AKG_ERR_BAD_INPUT means the article was left out (counted as skipped;
 * with `strict` it ends the run); any other failure ends the run. */
typedef akg_status (*akg_pipeline_article_fn)(void *ctx, const akg_article *article,
                                              const akg_fact *facts, size_t fact_count,
                                              akg_diag *diag);

/* Hands every article under `paths`, with its facts, to `take`. */
akg_status akg_pipeline_each(const akg_lexicon *lexicon, const char *const *paths,
                             size_t path_count, const akg_pipeline_options *options,
                             akg_pipeline_article_fn take, void *ctx,
                             akg_pipeline_stats *stats, akg_diag *diag);

/* Adds every article under `paths` to `graph` (which is not finished). */
akg_status akg_pipeline_run(const akg_lexicon *lexicon, const char *const *paths,
                            size_t path_count, const akg_pipeline_options *options,
                            akg_graph *graph, akg_pipeline_stats *stats, akg_diag *diag);

/* akg_graph_add, reporting an article left out for an identifier that
 * another article has (at the origin of the one left out, naming the one
 * kept). Used by build and merge alike, so both say the same. */
akg_status akg_pipeline_add_article(akg_graph *graph, const akg_article *article,
                                    const akg_fact *facts, size_t fact_count,
                                    akg_diag *diag);

#endif

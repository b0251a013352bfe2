/* stats.h: the figures of a run, per stage, for `--stats`.
 *
 * A run records each stage as it ends (how long it took, how many bytes,
 * sentences and triples went through it) and the process's peak resident
 * memory at that moment (getrusage); akg_stats_format then gives a table,
 * one line a stage, with MB/s, sentences/s and triples/s, and a last line
 * for the whole run. Nothing is printed here: the command line prints the
 * table to stderr. */
#ifndef ACTORKG_STATS_H
#define ACTORKG_STATS_H

#include <stddef.h>

#include "actorkg/buf.h"
#include "actorkg/graph.h"
#include "actorkg/merge.h"
#include "actorkg/pipeline.h"

typedef struct akg_stats akg_stats;

/* Starts the run's clock. */
akg_stats *akg_stats_new(void);
/* Accepts NULL. */
void akg_stats_free(akg_stats *stats);

/* Seconds on a monotonic clock, for timing a stage. */
double akg_stats_clock(void);

/* Records a stage; a count of 0 means "not applicable" (shown as "-").
 * `name` is copied. */
void akg_stats_stage(akg_stats *stats, const char *name, double seconds,
                     unsigned long long bytes, unsigned long long sentences,
                     unsigned long long triples);

/* The stages of akg_pipeline_run with `jobs` threads (0: one per online
 * processor, as the pipeline counts them): read and extract (thread-seconds
 * summed over the workers; with several threads they overlap each other
 * and the wall-clock time), merge into graph (on the calling thread). */
void akg_stats_pipeline(akg_stats *stats, const akg_pipeline_stats *pipeline,
                        size_t jobs);
/* The stages of akg_merger_read, which took `seconds` in all: reading
 * records, and adding them to the graph. */
void akg_stats_merge(akg_stats *stats, const akg_merge_stats *merge, double seconds);

/* An output file's stage, named by the file and what it holds ("graph.ttl
 * (Turtle)"); `format` is the output's --format name ("ttl", "nt", "nq",
 * "dot", "svg", ...). The graph's own RDF (ttl, nt, nq) gets the triple
 * count of `graph` under `base_iri`, counted once, outside every stage's
 * time. */
void akg_stats_output(akg_stats *stats, const char *format, const char *file,
                      double seconds, unsigned long long bytes, const akg_graph *graph,
                      const char *base_iri);

/* Appends the table: a header line, a line a stage, then "total" (wall
 * clock since akg_stats_new, input MB/s and sentences/s, peak memory).
 * Every line starts with "stats: ". */
void akg_stats_format(const akg_stats *stats, akg_buf *out);

#endif

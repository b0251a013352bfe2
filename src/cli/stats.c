/* stats.c: per-stage figures for --stats (see stats.h).
 *
 * Peak memory is ru_maxrss, the high-water mark of the resident set since
 * the process started: a stage's value includes everything before it, so
 * the stage where it jumps is the one that needed the memory. */
#define _POSIX_C_SOURCE 200809L
#include "actorkg/stats.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "actorkg/alloc.h"
#include "actorkg/ordered.h"
#include "actorkg/rdf_export.h"

typedef struct stage {
  char *name;
  double seconds;
  unsigned long long bytes, sentences, triples;
  long peak_kb;
} stage;

struct akg_stats {
  double start;
  stage *stages;
  size_t count;
  unsigned long long input_bytes, sentences;
  bool triples_known;
  size_t triples; /* of the graph, once an RDF output is recorded */
};

double akg_stats_clock(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static long peak_kb(void) {
  struct rusage usage;
  return getrusage(RUSAGE_SELF, &usage) == 0 ? usage.ru_maxrss : 0;
}

akg_stats *akg_stats_new(void) {
  akg_stats *stats = akg_calloc(1, sizeof *stats);
  stats->start = akg_stats_clock();
  return stats;
}

void akg_stats_free(akg_stats *stats) {
  if (!stats)
    return;
  for (size_t i = 0; i < stats->count; i++)
    akg_free(stats->stages[i].name);
  akg_free(stats->stages);
  akg_free(stats);
}

void akg_stats_stage(akg_stats *stats, const char *name, double seconds,
                     unsigned long long bytes, unsigned long long sentences,
                     unsigned long long triples) {
  stats->stages =
      akg_reallocarray(stats->stages, stats->count + 1, sizeof *stats->stages);
  stats->stages[stats->count++] =
      (stage){akg_strdup(name), seconds, bytes, sentences, triples, peak_kb()};
}

void akg_stats_pipeline(akg_stats *stats, const akg_pipeline_stats *p, size_t jobs) {
  char name[64];
  jobs = akg_threads_requested(jobs);
  if (jobs > p->files && p->files) /* as the pipeline does */
    jobs = p->files;
  stats->input_bytes += p->bytes;
  stats->sentences += p->sentences;
  const char *summed = jobs > 1 ? ", thread-s" : "";
  snprintf(name, sizeof name, "read (%zu thread%s%s)", jobs, jobs > 1 ? "s" : "", summed);
  akg_stats_stage(stats, name, p->read_seconds, p->bytes, 0, 0);
  snprintf(name, sizeof name, "extract (%zu thread%s%s)", jobs, jobs > 1 ? "s" : "",
           summed);
  akg_stats_stage(stats, name, p->extract_seconds, p->bytes, p->sentences, 0);
  akg_stats_stage(stats, "merge into graph", p->take_seconds, 0, 0, 0);
  akg_stats_stage(stats, "read+extract+merge (wall)", p->seconds, p->bytes, p->sentences,
                  0);
}

void akg_stats_merge(akg_stats *stats, const akg_merge_stats *m, double seconds) {
  stats->input_bytes += m->bytes;
  double reading = seconds > m->add_seconds ? seconds - m->add_seconds : 0;
  akg_stats_stage(stats, "read records", reading, m->bytes, 0, 0);
  akg_stats_stage(stats, "merge into graph", m->add_seconds, 0, 0, 0);
}

/* What each output holds, by its --format name; NULL for one not known
 * here (it is shown by its file name alone). */
static const char *output_kind(const char *format, bool *rdf) {
  static const struct {
    const char *format, *kind;
    bool rdf;
  } kinds[] = {{"ttl", "Turtle", true},
               {"nt", "N-Triples", true},
               {"nq", "N-Quads", true},
               {"dot", "DOT, layout", false},
               {"svg", "SVG, layout+render", false},
               {"csv", "CSV", false},
               {"graphml", "GraphML", false},
               {"ontology", "copy", false},
               {"html", "report, layout+render", false}};
  for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
    if (!strcmp(format, kinds[i].format)) {
      *rdf = kinds[i].rdf;
      return kinds[i].kind;
    }
  *rdf = false;
  return NULL;
}

void akg_stats_output(akg_stats *stats, const char *format, const char *file,
                      double seconds, unsigned long long bytes, const akg_graph *graph,
                      const char *base_iri) {
  bool rdf;
  const char *kind = output_kind(format, &rdf);
  if (rdf && !stats->triples_known) {
    stats->triples = akg_rdf_triple_count(graph, base_iri);
    stats->triples_known = true;
  }
  char name[256];
  if (kind)
    snprintf(name, sizeof name, "%s (%s)", file, kind);
  else
    snprintf(name, sizeof name, "%s", file);
  akg_stats_stage(stats, name, seconds, bytes, 0, rdf ? stats->triples : 0);
}

/* A rate, or "-" when the count does not apply or the time is too short
 * to divide by. */
static void put_rate(akg_buf *out, int width, double amount, double seconds) {
  if (amount <= 0 || seconds < 1e-6)
    akg_buf_printf(out, " %*s", width, "-");
  else
    akg_buf_printf(out, " %*.0f", width, amount / seconds);
}

static void put_line(akg_buf *out, const char *name, double seconds,
                     unsigned long long bytes, unsigned long long sentences,
                     unsigned long long triples, long peak) {
  akg_buf_printf(out, "stats: %-38s %9.4f", name, seconds);
  if (bytes && seconds >= 1e-6)
    akg_buf_printf(out, " %9.1f", (double)bytes / 1e6 / seconds);
  else
    akg_buf_printf(out, " %9s", "-");
  put_rate(out, 12, (double)sentences, seconds);
  put_rate(out, 12, (double)triples, seconds);
  akg_buf_printf(out, " %8.1f\n", (double)peak / 1024.0);
}

void akg_stats_format(const akg_stats *stats, akg_buf *out) {
  akg_buf_printf(out, "stats: %-38s %9s %9s %12s %12s %8s\n", "stage", "seconds", "MB/s",
                 "sentences/s", "triples/s", "peak MB");
  for (size_t i = 0; i < stats->count; i++) {
    const stage *s = &stats->stages[i];
    put_line(out, s->name, s->seconds, s->bytes, s->sentences, s->triples, s->peak_kb);
  }
  put_line(out, "total (wall)", akg_stats_clock() - stats->start, stats->input_bytes,
           stats->sentences, 0, peak_kb());
}

/* merge.c: article records into a graph (see merge.h). */
#define _POSIX_C_SOURCE 200809L
#include "actorkg/merge.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "actorkg/alloc.h"
#include "actorkg/article_record.h"
#include "actorkg/hash.h"
#include "actorkg/pipeline.h"

struct akg_merger {
  akg_graph *graph;
  akg_record_reader *reader;
  akg_strmap *seen; /* record hashes (16 hex digits) already added */
  akg_record record;
  akg_merge_stats stats;
};

akg_merger *akg_merger_new(const akg_lexicon *lexicon, akg_graph *graph) {
  akg_merger *m = akg_calloc(1, sizeof *m);
  m->graph = graph;
  m->reader = akg_record_reader_new(lexicon);
  m->seen = akg_strmap_new();
  return m;
}

void akg_merger_free(akg_merger *merger) {
  if (!merger)
    return;
  akg_record_free(&merger->record);
  akg_strmap_free(merger->seen);
  akg_record_reader_free(merger->reader);
  akg_free(merger);
}

const akg_merge_stats *akg_merger_stats(const akg_merger *merger) {
  return &merger->stats;
}

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* True the first time a record's hash is seen. */
static bool first_sight(akg_merger *m, uint64_t hash) {
  char key[17];
  static const char hex[] = "0123456789abcdef";
  for (int i = 0; i < 16; i++)
    key[i] = hex[(hash >> (60 - 4 * i)) & 15];
  key[16] = '\0';
  bool inserted;
  void **slot = akg_strmap_slot(m->seen, key, &inserted);
  *slot = m; /* any non-NULL value */
  return inserted;
}

static akg_status add_line(akg_merger *m, const char *line, size_t len, const char *name,
                           unsigned long number, akg_diag *diag) {
  bool found;
  akg_status status =
      akg_record_parse(m->reader, line, len, name, number, &m->record, &found, diag);
  if (status != AKG_OK) {
    m->stats.skipped++;
    return status;
  }
  if (!found)
    return AKG_OK;
  m->stats.records++;
  if (!first_sight(m, m->record.hash)) {
    m->stats.repeats++;
    return AKG_OK;
  }
  double start = now();
  status = akg_pipeline_add_article(m->graph, &m->record.article, m->record.facts.items,
                                    m->record.facts.count, diag);
  m->stats.add_seconds += now() - start;
  if (status == AKG_OK)
    m->stats.articles++;
  else
    m->stats.skipped++;
  return status;
}

akg_status akg_merger_read(akg_merger *merger, FILE *stream, const char *name,
                           bool strict, akg_diag *diag) {
  char *line = NULL;
  size_t cap = 0;
  unsigned long number = 0;
  akg_status status = AKG_OK;
  ssize_t got;
  errno = 0;
  while ((got = getline(&line, &cap, stream)) >= 0) {
    number++;
    merger->stats.bytes += (unsigned long long)got;
    size_t len = (size_t)got;
    /* N-Quads ends lines with LF, CR or both. */
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      len--;
    akg_status added = add_line(merger, line, len, name, number, diag);
    if (added != AKG_OK && strict) {
      status = added;
      break;
    }
  }
  if (status == AKG_OK && ferror(stream)) {
    akg_diag_report(diag, AKG_DIAG_ERROR, name, 0, "cannot read: %s",
                    strerror(errno ? errno : EIO));
    status = AKG_ERR_IO;
  }
  free(line); /* getline's buffer comes from malloc */
  return status;
}

/* pipeline.c: see pipeline.h.
 *
 * Each input is one item of an ordered job (ordered.h), made as it is
 * claimed by walking the paths (walk.h), so no list of every file is ever
 * held. A path that cannot be walked is an item too, carrying its
 * problem, so that its message comes out in walk order for any number of
 * threads. For a file to read, a worker reads it,
 * extracts every article, drops the article texts (the graph keeps only
 * metadata) and keeps the file's diagnostics in a buffer; the calling
 * thread replays the diagnostics and hands the articles on, in listing
 * order. */
#define _POSIX_C_SOURCE 200809L
#include "actorkg/pipeline.h"

#include <libxml/parser.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "actorkg/alloc.h"
#include "actorkg/diag_buffer.h"
#include "actorkg/extract.h"
#include "actorkg/ordered.h"
#include "actorkg/walk.h"

/* An item of the ordered job is a batch of consecutive files: up to
 * BATCH_FILES of them, or fewer once they reach BATCH_BYTES. News articles
 * are a few kilobytes, so one file per item would have the threads wake
 * each other thousands of times a second; a batch costs one hand-over.
 * Batches in flight per thread: enough that a long file does not idle the
 * other threads at once, few enough that waiting results stay small. */
enum { BATCH_FILES = 32, BATCH_BYTES = 256 << 10, BATCHES_IN_FLIGHT_PER_JOB = 4 };

/* One input as the walk gives it. */
typedef struct input {
  char *path;
  char *problem; /* why it cannot be walked; NULL for a file to read */
  unsigned long long size;
} input;

typedef struct batch {
  input inputs[BATCH_FILES];
  size_t count;
} batch;

/* What a worker makes of one input. */
typedef struct file_result {
  char *path;
  bool unwalkable;   /* a path the walk could not take, not a file */
  akg_status status; /* of reading it */
  akg_articles articles;
  akg_facts *facts; /* one list per article */
  akg_diag_buffer messages;
  size_t truncated; /* articles cut short at AKG_EXTRACT_MAX_FACTS facts */
  unsigned long long bytes, sentences;
  double read_seconds, extract_seconds;
} file_result;

typedef struct run {
  akg_walk *walk;
  size_t total; /* files counted before reading (options->count_files), or 0 */
  const akg_pipeline_options *options;
  akg_extractor **extractors; /* one per worker */
  akg_pipeline_article_fn take;
  void *take_ctx;
  akg_pipeline_stats *stats;
  akg_diag *diag;
} run;

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static bool next_batch(void *ctx, size_t index, void **item) {
  (void)index;
  run *r = ctx;
  batch *b = NULL;
  unsigned long long bytes = 0;
  const char *path, *why;
  while ((!b || (b->count < BATCH_FILES && bytes < BATCH_BYTES)) &&
         akg_walk_next(r->walk, &path, &why) != AKG_WALK_END) {
    if (!b)
      b = akg_calloc(1, sizeof *b);
    input *in = &b->inputs[b->count++];
    in->path = akg_strdup(path);
    in->problem = why ? akg_strdup(why) : NULL;
    in->size = akg_walk_file_size(r->walk);
    bytes += in->size;
  }
  *item = b;
  return b != NULL;
}

/* Reads and extracts one input; takes its strings. */
static file_result *work_on_input(run *r, size_t worker, input *in) {
  file_result *result = akg_calloc(1, sizeof *result);
  akg_diag diag = akg_diag_buffer_sink(&result->messages);
  result->path = in->path;
  const char *path = in->path;
  if (in->problem) {
    akg_diag_report(&diag, AKG_DIAG_ERROR, path, 0, "%s", in->problem);
    result->status = AKG_ERR_BAD_INPUT;
    result->unwalkable = true;
    akg_free(in->problem);
    return result;
  }
  double start = now();
  result->status = akg_read_file(path, &r->options->read, &result->articles, &diag);
  double read = now();
  result->read_seconds = read - start;
  result->bytes = in->size;
  if (result->status != AKG_OK)
    return result;
  size_t sentences = akg_extractor_sentence_count(r->extractors[worker]);
  result->facts = akg_calloc(result->articles.count, sizeof *result->facts);
  for (size_t a = 0; a < result->articles.count; a++) {
    akg_article *article = &result->articles.items[a];
    if (akg_extract_article(r->extractors[worker], article, &result->facts[a]) ==
        AKG_ERR_TOO_LARGE) {
      akg_diag_report(&diag, AKG_DIAG_WARNING, article->origin, 0,
                      "states more than %d relations; only the first %d are kept",
                      AKG_EXTRACT_MAX_FACTS, AKG_EXTRACT_MAX_FACTS);
      result->truncated++;
    }
    if (!strcmp(path, "-")) /* no size to stat: count the text */
      result->bytes += article->text_len;
    akg_free(article->text);
    article->text = NULL;
    article->text_len = 0;
  }
  result->sentences = akg_extractor_sentence_count(r->extractors[worker]) - sentences;
  result->extract_seconds = now() - read;
  return result;
}

/* The results of a batch's files, in order. */
typedef struct batch_result {
  file_result *files[BATCH_FILES];
  size_t count;
} batch_result;

static void *work_on_batch(void *ctx, size_t worker, size_t index, void *item) {
  (void)index;
  batch *b = item;
  batch_result *results = akg_calloc(1, sizeof *results);
  for (size_t i = 0; i < b->count; i++)
    results->files[results->count++] = work_on_input(ctx, worker, &b->inputs[i]);
  akg_free(b);
  return results;
}

static void free_result(file_result *result) {
  for (size_t a = 0; a < result->articles.count && result->facts; a++)
    akg_facts_free(&result->facts[a]);
  akg_free(result->facts);
  akg_articles_free(&result->articles);
  akg_diag_buffer_free(&result->messages);
  akg_free(result->path);
  akg_free(result);
}

static akg_status take_file(run *r, file_result *result) {
  if (!result->unwalkable)
    r->stats->files++;
  akg_diag_buffer_replay(&result->messages, r->diag);
  r->stats->truncated += result->truncated;
  r->stats->bytes += result->bytes;
  r->stats->sentences += result->sentences;
  r->stats->read_seconds += result->read_seconds;
  r->stats->extract_seconds += result->extract_seconds;
  double start = now();
  akg_status status = AKG_OK;
  if (result->status != AKG_OK) {
    r->stats->skipped++;
    if (r->options->strict)
      status = result->status;
  }
  akg_pipeline_file done = {.path = result->path,
                            .done = r->stats->files,
                            .total = r->total,
                            .skipped = result->status != AKG_OK};
  for (size_t a = 0; a < result->articles.count && status == AKG_OK; a++) {
    const akg_facts *facts = &result->facts[a];
    done.articles++;
    done.facts += facts->count;
    akg_status taken = r->take(r->take_ctx, &result->articles.items[a], facts->items,
                               facts->count, r->diag);
    if (taken == AKG_OK) {
      r->stats->articles++;
      r->stats->facts += facts->count;
    } else if (taken == AKG_ERR_BAD_INPUT) {
      r->stats->skipped++;
      if (r->options->strict)
        status = taken;
    } else {
      status = taken;
    }
  }
  r->stats->take_seconds += now() - start;
  /* A path that could not be walked is no file done: its message says
   * all. */
  if (r->options->file_done && !result->unwalkable)
    r->options->file_done(r->options->file_done_ctx, &done);
  free_result(result);
  return status;
}

static void free_batch_result(void *ctx, void *p) {
  (void)ctx;
  batch_result *results = p;
  for (size_t i = 0; i < results->count; i++)
    if (results->files[i])
      free_result(results->files[i]);
  akg_free(results);
}

/* Hands on a batch's files in order, up to the first that stops the
 * run; the others are freed undelivered. */
static akg_status take_batch(void *ctx, size_t index, void *p) {
  (void)index;
  batch_result *results = p;
  akg_status status = AKG_OK;
  for (size_t i = 0; i < results->count && status == AKG_OK; i++) {
    status = take_file(ctx, results->files[i]);
    results->files[i] = NULL; /* freed by take_file */
  }
  free_batch_result(ctx, results);
  return status;
}

/* Whether a thread per path is too few: some path is a folder. */
static bool names_a_folder(const char *const *paths, size_t path_count) {
  struct stat st;
  for (size_t i = 0; i < path_count; i++)
    if (strcmp(paths[i], AKG_STDIN_PATH) && stat(paths[i], &st) == 0 &&
        S_ISDIR(st.st_mode))
      return true;
  return false;
}

/* The files under `paths`, for a progress display's total: a walk of its
 * own, so that nothing is held. */
static size_t count_files(const char *const *paths, size_t path_count) {
  akg_walk *walk = akg_walk_new(paths, path_count);
  const char *path, *why;
  akg_walk_step step;
  size_t files = 0;
  while ((step = akg_walk_next(walk, &path, &why)) != AKG_WALK_END)
    files += step == AKG_WALK_FILE;
  akg_walk_free(walk);
  return files;
}

akg_status akg_pipeline_each(const akg_lexicon *lexicon, const char *const *paths,
                             size_t path_count, const akg_pipeline_options *options,
                             akg_pipeline_article_fn take, void *ctx,
                             akg_pipeline_stats *stats, akg_diag *diag) {
  memset(stats, 0, sizeof *stats);
  double start = now();
  size_t jobs = akg_threads_requested(options->jobs);
  if (jobs > path_count && !options->path_list && !names_a_folder(paths, path_count))
    jobs = path_count ? path_count : 1;
  /* libxml2 sets up its global tables on first use, which is not safe to
   * race: do it here, before any worker can parse XML. */
  xmlInitParser();

  /* A list of paths on a stream can be read only once: no total then. */
  run r = {.walk = akg_walk_new(paths, path_count),
           .total = options->count_files && !options->path_list
                        ? count_files(paths, path_count)
                        : 0,
           .options = options,
           .take = take,
           .take_ctx = ctx,
           .stats = stats,
           .diag = diag};
  if (options->path_list)
    akg_walk_add_list(r.walk, options->path_list, options->path_list_name);
  r.extractors = akg_calloc(jobs, sizeof *r.extractors);
  for (size_t i = 0; i < jobs; i++)
    r.extractors[i] = akg_extractor_new(lexicon);
  akg_ordered_job job = {.next = next_batch,
                         .threads = jobs,
                         .window = jobs * BATCHES_IN_FLIGHT_PER_JOB,
                         .work = work_on_batch,
                         .deliver = take_batch,
                         .discard = free_batch_result,
                         .ctx = &r};
  akg_status status = akg_ordered_run(&job);
  for (size_t i = 0; i < jobs; i++)
    akg_extractor_free(r.extractors[i]);
  akg_free(r.extractors);
  akg_walk_free(r.walk);
  stats->seconds = now() - start;
  return status;
}

akg_status akg_pipeline_add_article(akg_graph *graph, const akg_article *article,
                                    const akg_fact *facts, size_t fact_count,
                                    akg_diag *diag) {
  akg_graph_duplicate duplicate;
  akg_status status = akg_graph_add(graph, article, facts, fact_count, &duplicate);
  if (duplicate.left_out) {
    akg_diag_report(diag, AKG_DIAG_ERROR, duplicate.left_out, 0,
                    "article identifier \"%s\" is also used by %s, which is kept; "
                    "this one is left out",
                    article->id, duplicate.kept);
  } else if (status != AKG_OK) {
    akg_diag_report(diag, AKG_DIAG_ERROR, article->origin, 0,
                    "article \"%s\" cannot be added to the graph: %s",
                    article->id ? article->id : "", akg_strerror(status));
  }
  akg_free(duplicate.left_out);
  akg_free(duplicate.kept);
  return status;
}

static akg_status add_to_graph(void *ctx, const akg_article *article,
                               const akg_fact *facts, size_t fact_count, akg_diag *diag) {
  return akg_pipeline_add_article(ctx, article, facts, fact_count, diag);
}

akg_status akg_pipeline_run(const akg_lexicon *lexicon, const char *const *paths,
                            size_t path_count, const akg_pipeline_options *options,
                            akg_graph *graph, akg_pipeline_stats *stats, akg_diag *diag) {
  return akg_pipeline_each(lexicon, paths, path_count, options, add_to_graph, graph,
                           stats, diag);
}

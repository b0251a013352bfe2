/* ordered.c: a thread pool that delivers results in input order (see
 * ordered.h).
 *
 * One mutex guards a ring of `window` slots. A worker claims the next
 * index only while it is less than `next_deliver + window`, so the slot it
 * will fill (index % window) is free: the result it replaced has been
 * delivered. The calling thread waits for the slot of `next_deliver`,
 * takes it, and wakes workers waiting for room. Work runs outside the
 * lock; only claiming and storing take it, so with items that take
 * milliseconds (reading and extracting a file) the lock is never the
 * bottleneck. Items made by the job's `next` are made under the lock, as
 * they are claimed: the first worker told there are no more records how
 * many there were, so the calling thread knows when it has delivered the
 * last. */
#define _POSIX_C_SOURCE 200809L
#include "actorkg/ordered.h"

#include <pthread.h>
#include <stdbool.h>
#include <unistd.h>

#include "actorkg/alloc.h"

typedef struct slot {
  void *result;
  bool done;
} slot;

typedef struct pool {
  const akg_ordered_job *job;
  size_t window;
  slot *ring;
  pthread_mutex_t lock;
  pthread_cond_t room;  /* a slot was freed, or the run stops */
  pthread_cond_t ready; /* a result was stored */
  size_t next_claim;
  size_t next_deliver;
  bool exhausted; /* `next` said there are no more: items 0 .. total-1 */
  size_t total;
  bool stop;
} pool;

typedef struct worker {
  pool *pool;
  size_t id;
  pthread_t thread;
} worker;

size_t akg_online_cpus(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (size_t)n : 1;
}

size_t akg_threads_requested(size_t jobs) {
  return jobs ? jobs : akg_online_cpus();
}

/* Item `index`, made by the job's `next` or counted. */
static bool make_item(const akg_ordered_job *job, size_t index, void **item) {
  *item = NULL;
  return job->next ? job->next(job->ctx, index, item) : index < job->count;
}

static void *worker_main(void *arg) {
  worker *w = arg;
  pool *p = w->pool;
  const akg_ordered_job *job = p->job;
  for (;;) {
    pthread_mutex_lock(&p->lock);
    while (!p->stop && !p->exhausted && p->next_claim >= p->next_deliver + p->window)
      pthread_cond_wait(&p->room, &p->lock);
    void *item;
    if (!p->stop && !p->exhausted && !make_item(job, p->next_claim, &item)) {
      p->exhausted = true;
      p->total = p->next_claim;
      pthread_cond_broadcast(&p->room);
      pthread_cond_signal(&p->ready); /* the deliverer may wait for `total` */
    }
    if (p->stop || p->exhausted) {
      pthread_mutex_unlock(&p->lock);
      return NULL;
    }
    size_t index = p->next_claim++;
    pthread_mutex_unlock(&p->lock);

    void *result = job->work(job->ctx, w->id, index, item);

    pthread_mutex_lock(&p->lock);
    slot *s = &p->ring[index % p->window];
    s->result = result;
    s->done = true;
    if (index == p->next_deliver)
      pthread_cond_signal(&p->ready);
    pthread_mutex_unlock(&p->lock);
  }
}

static akg_status run_inline(const akg_ordered_job *job) {
  void *item;
  for (size_t i = 0; make_item(job, i, &item); i++) {
    akg_status status = job->deliver(job->ctx, i, job->work(job->ctx, 0, i, item));
    if (status != AKG_OK)
      return status;
  }
  return AKG_OK;
}

/* Delivers every item in order; stops at the first failed delivery. */
static akg_status deliver_in_order(pool *p) {
  const akg_ordered_job *job = p->job;
  akg_status status = AKG_OK;
  for (size_t i = 0; status == AKG_OK; i++) {
    pthread_mutex_lock(&p->lock);
    slot *s = &p->ring[i % p->window];
    while (!s->done && !(p->exhausted && i >= p->total))
      pthread_cond_wait(&p->ready, &p->lock);
    if (!s->done) { /* i is past the last item */
      pthread_mutex_unlock(&p->lock);
      break;
    }
    void *result = s->result;
    s->result = NULL;
    s->done = false;
    p->next_deliver = i + 1;
    pthread_cond_broadcast(&p->room);
    pthread_mutex_unlock(&p->lock);
    status = job->deliver(job->ctx, i, result);
  }
  if (status != AKG_OK) {
    pthread_mutex_lock(&p->lock);
    p->stop = true;
    pthread_cond_broadcast(&p->room);
    pthread_mutex_unlock(&p->lock);
  }
  return status;
}

akg_status akg_ordered_run(const akg_ordered_job *job) {
  size_t threads = job->threads;
  if (!job->next && threads > job->count)
    threads = job->count;
  if (threads <= 1)
    return run_inline(job);

  pool p = {.job = job, .window = job->window < threads ? threads : job->window};
  p.ring = akg_calloc(p.window, sizeof *p.ring);
  pthread_mutex_init(&p.lock, NULL);
  pthread_cond_init(&p.room, NULL);
  pthread_cond_init(&p.ready, NULL);
  worker *workers = akg_calloc(threads, sizeof *workers);
  size_t started = 0;
  for (size_t i = 0; i < threads; i++) {
    workers[started] = (worker){.pool = &p, .id = started};
    if (pthread_create(&workers[started].thread, NULL, worker_main, &workers[started]))
      break; /* run with the threads there are */
    started++;
  }

  akg_status status = started ? deliver_in_order(&p) : run_inline(job);
  for (size_t i = 0; i < started; i++)
    pthread_join(workers[i].thread, NULL);
  /* After a stop, results finished but never delivered. */
  for (size_t i = 0; i < p.window; i++)
    if (p.ring[i].done && job->discard)
      job->discard(job->ctx, p.ring[i].result);

  akg_free(workers);
  pthread_cond_destroy(&p.ready);
  pthread_cond_destroy(&p.room);
  pthread_mutex_destroy(&p.lock);
  akg_free(p.ring);
  return status;
}

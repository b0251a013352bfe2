/* ordered.h: work on several threads, results delivered in input order.
 *
 * Items 0, 1, ... (count of them, or as many as `next` makes) are handed
 * to `work` on a pool of threads, each
 * result is handed to `deliver` on the calling thread strictly in index
 * order, so whatever the deliverer does (feed a graph, write records,
 * print diagnostics) happens in the same order for any number of threads.
 * At most `window` items are in flight (claimed but not yet delivered),
 * which bounds the memory held by finished-but-waiting results: a slow
 * item stalls the pool after `window` items rather than letting results
 * pile up. */
#ifndef ACTORKG_ORDERED_H
#define ACTORKG_ORDERED_H

#include <stdbool.h>
#include <stddef.h>

#include "actorkg/status.h"

/* Makes item `index` into *item, or returns false when there are no more
 * items (and is not called again). Calls are one at a time, in index
 * order, under the pool's lock: a producer that is not thread-safe (a
 * folder walked as it is read) needs no lock of its own, but should be
 * quick. */
typedef bool (*akg_ordered_next_fn)(void *ctx, size_t index, void **item);
/* Runs on a worker thread; `worker` (0 .. threads-1) names the thread, so
 * per-thread state can be kept in arrays. `item` is what `next` made (NULL
 * without `next`), owned by `work` from now on. Returns the item's result
 * (owned by the pool until delivered or discarded; may be NULL). */
typedef void *(*akg_ordered_work_fn)(void *ctx, size_t worker, size_t index, void *item);
/* Runs on the calling thread, in index order, and takes ownership of
 * `result`. A status other than AKG_OK stops the run: no further item is
 * started and the status is returned by akg_ordered_run. */
typedef akg_status (*akg_ordered_deliver_fn)(void *ctx, size_t index, void *result);
/* Frees a result that will never be delivered (after a stop). */
typedef void (*akg_ordered_discard_fn)(void *ctx, void *result);

typedef struct akg_ordered_job {
  size_t count;             /* items, when `next` is NULL */
  akg_ordered_next_fn next; /* NULL: items 0 .. count-1 */
  size_t threads;           /* worker threads; 0 or 1: all work on the calling thread */
  size_t window;            /* items in flight at most; raised to `threads` if lower */
  akg_ordered_work_fn work;
  akg_ordered_deliver_fn deliver;
  akg_ordered_discard_fn discard;
  void *ctx;
} akg_ordered_job;

/* Runs the job. With threads <= 1, or when no thread can be started, every
 * item is worked and delivered in turn on the calling thread (same results,
 * same order). Returns AKG_OK or the first status `deliver` returned. */
akg_status akg_ordered_run(const akg_ordered_job *job);

/* The number of processors online (at least 1): the default thread count. */
size_t akg_online_cpus(void);

/* A requested thread count, 0 meaning one per processor online: how -j
 * is read everywhere. */
size_t akg_threads_requested(size_t jobs);

#endif

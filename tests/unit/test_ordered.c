/* test_ordered.c: the ordered thread pool (src/pipeline/ordered.c) and the
 * diagnostics buffer that goes with it: results come back in index order
 * whatever the threads do, no more than `window` items are in flight, a
 * failed delivery stops the run and every result is either delivered or
 * discarded (ASan's leak check sees the rest). */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>
#include <pthread.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/diag_buffer.h"
#include "actorkg/ordered.h"

typedef struct trial {
  size_t window;
  size_t fail_at; /* deliver fails at this index (SIZE_MAX: never) */
  size_t threads; /* as given to the job */
  pthread_mutex_t lock;
  size_t made;      /* results made by work */
  size_t delivered; /* next index expected by deliver */
  size_t discarded;
  size_t max_claimed;
  size_t workers_seen; /* bit i: worker i did some work */
  bool out_of_order;
  bool window_exceeded;
  bool bad_worker;
  /* With `next` making the items (count unknown to the pool): */
  bool use_next;
  size_t count;      /* items next makes before saying there are no more */
  size_t next_calls; /* index next expects */
  bool in_next, next_concurrent, next_out_of_order, next_after_end, bad_item;
} trial;

/* Makes item i, holding i * 5, until t->count items. The pool must call it
 * one at a time, in index order, and never again after the end. */
static bool next(void *ctx, size_t index, void **item) {
  trial *t = ctx;
  if (t->in_next)
    t->next_concurrent = true;
  t->in_next = true;
  if (t->next_calls > t->count)
    t->next_after_end = true;
  if (index != t->next_calls++)
    t->next_out_of_order = true;
  bool more = index < t->count;
  if (more) {
    size_t *held = akg_malloc(sizeof *held);
    *held = index * 5;
    *item = held;
  }
  t->in_next = false;
  return more;
}

/* Item i sleeps a pseudo-random while, so later items often finish first. */
static void *work(void *ctx, size_t worker, size_t index, void *item) {
  trial *t = ctx;
  pthread_mutex_lock(&t->lock);
  if (t->use_next ? !item || *(size_t *)item != index * 5 : item != NULL)
    t->bad_item = true;
  akg_free(item);
  if (index > t->max_claimed)
    t->max_claimed = index;
  t->made++;
  if (worker >= (t->threads > 1 ? t->threads : 1))
    t->bad_worker = true;
  else
    t->workers_seen |= (size_t)1 << worker;
  pthread_mutex_unlock(&t->lock);
  struct timespec pause = {0, (long)((index * 7919) % 13) * 50000L};
  nanosleep(&pause, NULL);
  size_t *result = akg_malloc(sizeof *result);
  *result = index * 3 + 1;
  return result;
}

static akg_status deliver(void *ctx, size_t index, void *result) {
  trial *t = ctx;
  size_t value = *(size_t *)result;
  akg_free(result);
  pthread_mutex_lock(&t->lock);
  if (index != t->delivered || value != index * 3 + 1)
    t->out_of_order = true;
  /* Nothing beyond the window past the item being delivered was claimed. */
  if (t->max_claimed > index + t->window)
    t->window_exceeded = true;
  t->delivered++;
  pthread_mutex_unlock(&t->lock);
  return index == t->fail_at ? AKG_ERR_IO : AKG_OK;
}

static void discard(void *ctx, void *result) {
  trial *t = ctx;
  t->discarded++;
  akg_free(result);
}

static akg_status run_trial_with(trial *t, bool use_next, size_t count, size_t threads,
                                 size_t window, size_t fail_at) {
  memset(t, 0, sizeof *t);
  pthread_mutex_init(&t->lock, NULL);
  t->use_next = use_next;
  t->count = count;
  t->window = window < threads ? threads : window;
  t->threads = threads;
  t->fail_at = fail_at;
  akg_ordered_job job = {.count = use_next ? 0 : count,
                         .next = use_next ? next : NULL,
                         .threads = threads,
                         .window = window,
                         .work = work,
                         .deliver = deliver,
                         .discard = discard,
                         .ctx = t};
  akg_status status = akg_ordered_run(&job);
  pthread_mutex_destroy(&t->lock);
  assert_false(t->bad_item);
  return status;
}

static akg_status run_trial(trial *t, size_t count, size_t threads, size_t window,
                            size_t fail_at) {
  return run_trial_with(t, false, count, threads, window, fail_at);
}

/* Items made by `next` as they are claimed, their number unknown ahead:
 * the same order and window; `next` is called once per item and once to
 * say there are no more, one call at a time, and after a stop no more. */
static void next_makes_the_items(void **state) {
  (void)state;
  const size_t threads[] = {1, 2, 3, 7};
  const size_t counts[] = {0, 1, 2, 150};
  for (size_t i = 0; i < sizeof threads / sizeof *threads; i++) {
    for (size_t c = 0; c < sizeof counts / sizeof *counts; c++) {
      trial t;
      assert_int_equal(run_trial_with(&t, true, counts[c], threads[i], 4, SIZE_MAX),
                       AKG_OK);
      assert_false(t.out_of_order);
      assert_false(t.window_exceeded);
      assert_false(t.next_concurrent);
      assert_false(t.next_out_of_order);
      assert_false(t.next_after_end);
      assert_int_equal(t.next_calls, counts[c] + 1);
      assert_int_equal(t.delivered, counts[c]);
      assert_int_equal(t.made, counts[c]);
    }
    trial t;
    assert_int_equal(run_trial_with(&t, true, 150, threads[i], 6, 40), AKG_ERR_IO);
    assert_int_equal(t.delivered, 41);
    assert_int_equal(t.made, t.delivered + t.discarded);
    assert_true(t.next_calls <= 41 + t.window);
  }
}

static void delivers_every_item_in_order(void **state) {
  (void)state;
  const size_t threads[] = {0, 1, 2, 3, 7};
  const size_t windows[] = {1, 2, 5, 64};
  for (size_t i = 0; i < sizeof threads / sizeof *threads; i++) {
    for (size_t w = 0; w < sizeof windows / sizeof *windows; w++) {
      trial t;
      assert_int_equal(run_trial(&t, 150, threads[i], windows[w], SIZE_MAX), AKG_OK);
      assert_false(t.out_of_order);
      assert_false(t.window_exceeded);
      assert_false(t.bad_worker);
      assert_int_equal(t.delivered, 150);
      assert_int_equal(t.made, 150);
      assert_int_equal(t.discarded, 0);
    }
  }
}

static void uses_several_threads(void **state) {
  (void)state;
  trial t;
  assert_int_equal(run_trial(&t, 200, 4, 16, SIZE_MAX), AKG_OK);
  /* Items sleep, so with 4 threads more than one takes part. */
  assert_true(t.workers_seen & ~(size_t)1);
}

static void no_items_no_calls(void **state) {
  (void)state;
  trial t;
  assert_int_equal(run_trial(&t, 0, 4, 8, SIZE_MAX), AKG_OK);
  assert_int_equal(t.made, 0);
  assert_int_equal(t.delivered, 0);
}

static void failed_delivery_stops_and_discards(void **state) {
  (void)state;
  const size_t threads[] = {1, 2, 5};
  for (size_t i = 0; i < sizeof threads / sizeof *threads; i++) {
    trial t;
    assert_int_equal(run_trial(&t, 150, threads[i], 6, 40), AKG_ERR_IO);
    assert_false(t.out_of_order);
    /* Items 0..40 delivered, nothing after; what was made beyond was
     * discarded, and no more than a window's worth was started. */
    assert_int_equal(t.delivered, 41);
    assert_int_equal(t.made, t.delivered + t.discarded);
    assert_true(t.made <= 41 + t.window);
  }
}

static void online_cpus_is_positive(void **state) {
  (void)state;
  assert_true(akg_online_cpus() >= 1);
}

static void zero_threads_means_one_per_processor(void **state) {
  (void)state;
  assert_int_equal(akg_threads_requested(0), akg_online_cpus());
  assert_int_equal(akg_threads_requested(3), 3);
}

/* ---- diagnostics buffer ---- */

static void collect(void *ctx, akg_diag_level level, const char *file, unsigned long line,
                    const char *message) {
  akg_buf_printf(ctx, "%d|%s|%lu|%s\n", (int)level, file ? file : "-", line, message);
}

static void diag_buffer_replays_in_order_with_counts(void **state) {
  (void)state;
  akg_diag_buffer held = {0};
  akg_diag sink = akg_diag_buffer_sink(&held);
  akg_diag_report(&sink, AKG_DIAG_ERROR, "a.txt", 3, "first %d", 1);
  akg_diag_report(&sink, AKG_DIAG_WARNING, NULL, 0, "second");
  akg_diag_report(&sink, AKG_DIAG_NOTE, "b.txt", 0, "third");

  akg_buf out = AKG_BUF_INIT;
  akg_diag to = {.fn = collect, .ctx = &out};
  assert_string_equal(akg_buf_str(&out), ""); /* nothing before the replay */
  akg_diag_buffer_replay(&held, &to);
  assert_string_equal(akg_buf_str(&out),
                      "2|a.txt|3|first 1\n1|-|0|second\n0|b.txt|0|third\n");
  assert_int_equal(to.errors, 1);
  assert_int_equal(to.warnings, 1);
  /* Replaying empties the buffer. */
  akg_diag_buffer_replay(&held, &to);
  assert_int_equal(to.errors, 1);
  akg_buf_free(&out);
  akg_diag_buffer_free(&held);
  akg_diag_buffer_free(&held); /* a freed buffer is zeroed */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(delivers_every_item_in_order),
      cmocka_unit_test(uses_several_threads),
      cmocka_unit_test(no_items_no_calls),
      cmocka_unit_test(next_makes_the_items),
      cmocka_unit_test(failed_delivery_stops_and_discards),
      cmocka_unit_test(online_cpus_is_positive),
      cmocka_unit_test(zero_threads_means_one_per_processor),
      cmocka_unit_test(diag_buffer_replays_in_order_with_counts),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

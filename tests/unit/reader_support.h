/* reader_support.h: what the reader tests share: a diagnostics sink that
 * keeps every message, field and date checks, and a way to see whether
 * anything (libxml2, say) wrote to stderr behind the sink's back.
 * Included by test programs after <cmocka.h>, which define _XOPEN_SOURCE
 * 700 first (for dup and dup2). */
#ifndef ACTORKG_TESTS_READER_SUPPORT_H
#define ACTORKG_TESTS_READER_SUPPORT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "actorkg/alloc.h"
#include "actorkg/article.h"
#include "actorkg/buf.h"
#include "actorkg/date.h"
#include "actorkg/status.h"

#define INPUTS AKG_TESTS_DIR "/fixtures/inputs/"

/* Every message as "LEVEL FILE:LINE: MESSAGE\n". */
typedef struct captured {
  akg_buf text;
} captured;

static inline void capture(void *ctx, akg_diag_level level, const char *file,
                           unsigned long line, const char *message) {
  static const char *const names[] = {"note", "warning", "error"};
  akg_buf_printf(&((captured *)ctx)->text, "%s %s:%lu: %s\n", names[level],
                 file ? file : "-", line, message);
}

static inline void check_field(const char *field, const char *expected) {
  if (!expected) {
    assert_null(field);
    return;
  }
  assert_non_null(field);
  assert_string_equal(field, expected);
}

static inline void check_date(akg_date date, const char *expected) {
  char text[11];
  akg_date_format(date, text);
  assert_string_equal(text, expected);
}

static inline void check_contains(const char *haystack, const char *needle) {
  assert_non_null(haystack);
  if (!strstr(haystack, needle))
    fail_msg("expected to find \"%s\" in:\n%s", needle, haystack);
}

static inline void check_lacks(const char *haystack, const char *needle) {
  assert_non_null(haystack);
  if (strstr(haystack, needle))
    fail_msg("expected not to find \"%s\" in:\n%s", needle, haystack);
}

/* Sends stderr to a temporary file until stderr_end, which returns what
 * was written there (owned). */
typedef struct stderr_capture {
  int saved;
  FILE *file;
} stderr_capture;

static inline stderr_capture stderr_begin(void) {
  fflush(stderr);
  stderr_capture c = {dup(2), tmpfile()};
  assert_true(c.saved >= 0 && c.file);
  assert_true(dup2(fileno(c.file), 2) >= 0);
  return c;
}

static inline char *stderr_end(stderr_capture *c) {
  fflush(stderr);
  assert_true(dup2(c->saved, 2) >= 0);
  close(c->saved);
  akg_buf text = AKG_BUF_INIT;
  rewind(c->file);
  char chunk[512];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, c->file)) > 0)
    akg_buf_append(&text, chunk, n);
  fclose(c->file);
  return akg_buf_steal(&text);
}

/* The whole file at `path` (owned; its length in *len). */
static inline char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  akg_buf data = AKG_BUF_INIT;
  char chunk[4096];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    akg_buf_append(&data, chunk, n);
  fclose(f);
  *len = data.len;
  return akg_buf_steal(&data);
}

#endif

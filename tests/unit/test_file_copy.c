/* test_file_copy.c: copying a file into a sink (src/export/file_copy.c):
 * the bytes unchanged, past one read block and with NUL bytes; a missing
 * file named with AKG_ERR_NOT_FOUND; a failing sink's status returned. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "sink_support.h"

#include "actorkg/buf.h"
#include "actorkg/file_copy.h"

typedef struct last_message {
  char file[256];
  char text[256];
} last_message;

static void keep_message(void *ctx, akg_diag_level level, const char *file,
                         unsigned long line, const char *message) {
  (void)level;
  (void)line;
  last_message *m = ctx;
  snprintf(m->file, sizeof m->file, "%s", file ? file : "");
  snprintf(m->text, sizeof m->text, "%s", message);
}

/* A temporary file of `len` bytes, a pattern with NULs; returns its path. */
static char *temp_file(size_t len, char **bytes) {
  char *path = strdup("/tmp/akg-copy-XXXXXX");
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  *bytes = malloc(len ? len : 1);
  for (size_t i = 0; i < len; i++)
    (*bytes)[i] = (char)(i * 7 % 251);
  assert_int_equal(write(fd, *bytes, len), (ssize_t)len);
  close(fd);
  return path;
}

static void test_copies_bytes(void **state) {
  (void)state;
  static const size_t sizes[] = {0, 1, 65536, 200001};
  for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
    char *bytes;
    char *path = temp_file(sizes[s], &bytes);
    akg_buf buf = AKG_BUF_INIT;
    akg_sink sink = akg_sink_to_buf(&buf);
    akg_diag diag = {0};
    assert_int_equal(akg_file_copy(path, &sink, &diag), AKG_OK);
    assert_int_equal(buf.len, sizes[s]);
    assert_memory_equal(buf.len ? buf.data : "", bytes, sizes[s]);
    assert_int_equal(diag.errors, 0);
    akg_buf_free(&buf);
    unlink(path);
    free(path);
    free(bytes);
  }
}

static void test_missing_file_is_named(void **state) {
  (void)state;
  last_message m = {{0}, {0}};
  akg_diag diag = {keep_message, &m, 0, 0};
  akg_buf buf = AKG_BUF_INIT;
  akg_sink sink = akg_sink_to_buf(&buf);
  assert_int_equal(akg_file_copy("/nonexistent/actorkg.ttl", &sink, &diag),
                   AKG_ERR_NOT_FOUND);
  assert_int_equal(diag.errors, 1);
  assert_string_equal(m.file, "/nonexistent/actorkg.ttl");
  assert_non_null(strstr(m.text, "cannot open"));
  assert_int_equal(buf.len, 0);
  /* A folder opens but cannot be read. */
  assert_int_equal(akg_file_copy("/tmp", &sink, &diag), AKG_ERR_IO);
  assert_int_equal(diag.errors, 2);
  akg_buf_free(&buf);
}

static void test_sink_failure_is_returned(void **state) {
  (void)state;
  char *bytes;
  char *path = temp_file(100, &bytes);
  akg_sink bad = {refuse, NULL};
  akg_diag diag = {0};
  assert_int_equal(akg_file_copy(path, &bad, &diag), AKG_ERR_IO);
  assert_int_equal(diag.errors, 0);
  unlink(path);
  free(path);
  free(bytes);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_copies_bytes),
      cmocka_unit_test(test_missing_file_is_named),
      cmocka_unit_test(test_sink_failure_is_returned),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_console.c: the console on standard error (src/cli/console.c): with
 * progress and colour off it writes exactly what akg_diag_to_stderr would;
 * colour marks the level word only; the progress bar counts files and is
 * erased before every line and redrawn after it; NO_COLOR and TERM=dumb
 * turn colour off. Written into memory with open_memstream. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "actorkg/console.h"

typedef struct capture {
  FILE *stream;
  char *data;
  size_t len;
} capture;

static void open_capture(capture *c) {
  c->data = NULL;
  c->len = 0;
  c->stream = open_memstream(&c->data, &c->len);
  assert_non_null(c->stream);
}

static void close_capture(capture *c) {
  fclose(c->stream);
  free(c->data);
}

static const char *contents(capture *c) {
  fflush(c->stream);
  return c->data;
}

static void test_plain_is_the_stderr_format(void **state) {
  (void)state;
  capture c;
  open_capture(&c);
  akg_console *console = akg_console_new(c.stream, false, false);
  akg_console_diag(console, AKG_DIAG_ERROR, "corpus/x.txt", 3, "bad");
  akg_console_diag(console, AKG_DIAG_WARNING, "y.html", 0, "odd");
  akg_console_diag(console, AKG_DIAG_NOTE, NULL, 0, "fyi");
  akg_console_progress(console, 1, 2, 1000);
  akg_console_progress(console, 2, 2, 1000);
  akg_console_printf(console, "actorkg: %d articles", 5);
  akg_console_free(console);
  assert_string_equal(contents(&c), "actorkg: corpus/x.txt:3: error: bad\n"
                                    "actorkg: y.html: warning: odd\n"
                                    "actorkg: note: fyi\n"
                                    "actorkg: 5 articles\n");
  close_capture(&c);
}

static void test_colour_marks_the_level(void **state) {
  (void)state;
  capture c;
  open_capture(&c);
  akg_console *console = akg_console_new(c.stream, false, true);
  akg_console_diag(console, AKG_DIAG_ERROR, "x.txt", 0, "bad");
  akg_console_diag(console, AKG_DIAG_WARNING, "x.txt", 0, "odd");
  akg_console_printf(console, "plain");
  akg_console_free(console);
  assert_string_equal(contents(&c), "actorkg: x.txt: \033[1;31merror\033[0m: bad\n"
                                    "actorkg: x.txt: \033[1;35mwarning\033[0m: odd\n"
                                    "plain\n");
  close_capture(&c);
}

static void test_progress_bar(void **state) {
  (void)state;
  capture c;
  open_capture(&c);
  akg_console *console = akg_console_new(c.stream, true, false);
  akg_console_progress(console, 1, 4, 2000000); /* the first is always drawn */
  const char *bar = "actorkg: [######..................] 1/4 files, 2.0 MB, ";
  assert_non_null(strstr(contents(&c), bar));
  assert_int_equal(contents(&c)[0], '\r');
  assert_non_null(strstr(contents(&c), " MB/s"));
  assert_null(strchr(contents(&c), '\n'));
  size_t drawn = c.len;
  /* A message erases the bar (spaces over it), then draws it again. */
  akg_console_diag(console, AKG_DIAG_WARNING, "f.txt", 0, "odd");
  const char *after = contents(&c) + drawn;
  assert_int_equal(after[0], '\r');
  size_t blanks = strspn(after + 1, " ");
  assert_true(blanks >= strlen(bar));
  assert_true(!strncmp(after + 1 + blanks, "\ractorkg: f.txt: warning: odd\n\r", 31));
  assert_non_null(strstr(after, bar));
  /* The last file is always drawn, whatever the time since the last. */
  akg_console_progress(console, 4, 4, 0);
  assert_non_null(strstr(contents(&c), "[########################] 4/4 files, 2.0 MB"));
  /* The end erases the bar and leaves the cursor at the line's start. */
  akg_console_progress_end(console);
  size_t len = strlen(contents(&c));
  assert_int_equal(contents(&c)[len - 1], '\r');
  assert_int_equal(contents(&c)[len - 2], ' ');
  size_t ended = c.len;
  akg_console_printf(console, "done");
  assert_string_equal(contents(&c) + ended, "done\n");
  akg_console_free(console);
  close_capture(&c);
}

static void test_colour_wanted(void **state) {
  (void)state;
  unsetenv("NO_COLOR");
  setenv("TERM", "xterm-256color", 1);
  assert_true(akg_console_wants_colour());
  setenv("NO_COLOR", "", 1); /* empty: no effect (no-color.org) */
  assert_true(akg_console_wants_colour());
  setenv("NO_COLOR", "1", 1);
  assert_false(akg_console_wants_colour());
  unsetenv("NO_COLOR");
  setenv("TERM", "dumb", 1);
  assert_false(akg_console_wants_colour());
  unsetenv("TERM");
  assert_true(akg_console_wants_colour());
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_plain_is_the_stderr_format),
      cmocka_unit_test(test_colour_marks_the_level),
      cmocka_unit_test(test_progress_bar),
      cmocka_unit_test(test_colour_wanted),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_inputs.c: listing inputs and reading files (src/read/input.c):
 * sorted recursive listing, hidden entries, missing paths, symbolic link
 * loops, the file size limit and unreadable files. Each test works in a
 * fresh temporary folder, removed afterwards. */
#define _XOPEN_SOURCE 700

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/reader.h"
#include "actorkg/status.h"
#include "actorkg/walk.h"

typedef struct captured {
  akg_buf text;
} captured;

static void capture(void *ctx, akg_diag_level level, const char *file, unsigned long line,
                    const char *message) {
  static const char *const names[] = {"note", "warning", "error"};
  akg_buf_printf(&((captured *)ctx)->text, "%s %s:%lu: %s\n", names[level],
                 file ? file : "-", line, message);
}

static int make_dir(void **state) {
  char *dir = akg_strdup("/tmp/akg_inputs_XXXXXX");
  if (!mkdtemp(dir)) {
    akg_free(dir);
    return -1;
  }
  *state = dir;
  return 0;
}

static int remove_entry(const char *path, const struct stat *st, int type,
                        struct FTW *ftw) {
  (void)st;
  (void)ftw;
  if (type == FTW_DP)
    return rmdir(path);
  return unlink(path);
}

static int remove_dir(void **state) {
  char *dir = *state;
  /* Depth first, without following links; make unreadable folders
   * readable first. */
  chmod(dir, 0700);
  int rc = nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
  akg_free(dir);
  return rc;
}

/* `dir`/`name` as a new string. */
static char *path_in(const char *dir, const char *name) {
  akg_buf buf = AKG_BUF_INIT;
  akg_buf_printf(&buf, "%s/%s", dir, name);
  return akg_buf_steal(&buf);
}

static void write_file(const char *dir, const char *name, const char *content) {
  char *path = path_in(dir, name);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(content, 1, strlen(content), f), strlen(content));
  assert_int_equal(fclose(f), 0);
  akg_free(path);
}

static void make_subdir(const char *dir, const char *name) {
  char *path = path_in(dir, name);
  assert_int_equal(mkdir(path, 0700), 0);
  akg_free(path);
}

static void make_link(const char *dir, const char *name, const char *target) {
  char *path = path_in(dir, name);
  assert_int_equal(symlink(target, path), 0);
  akg_free(path);
}

/* The listed files with `dir` replaced by "D", one per line. */
static char *listing(const akg_strlist *files, const char *dir) {
  akg_buf buf = AKG_BUF_INIT;
  size_t n = strlen(dir);
  for (size_t i = 0; i < files->count; i++) {
    const char *f = files->items[i];
    if (!strncmp(f, dir, n))
      akg_buf_printf(&buf, "D%s\n", f + n);
    else
      akg_buf_printf(&buf, "%s\n", f);
  }
  return akg_buf_steal(&buf);
}

static const char article[] = "Title: A short article\n\nJapan and India agreed to "
                              "cooperate on cyber defence.\n";

static void test_listing_is_sorted_and_recursive(void **state) {
  const char *dir = *state;
  write_file(dir, "b.txt", article);
  write_file(dir, "a.txt", article);
  write_file(dir, "B.txt", article); /* byte order: capitals first */
  make_subdir(dir, "m");
  write_file(dir, "m/z.txt", article);
  write_file(dir, "m/c.txt", article);
  make_subdir(dir, "m/deeper");
  write_file(dir, "m/deeper/x.txt", article);
  write_file(dir, "n.txt", article);
  /* Hidden files and folders are left out. */
  write_file(dir, ".hidden.txt", article);
  make_subdir(dir, ".git");
  write_file(dir, ".git/config.txt", article);
  write_file(dir, "m/.swap", article);

  akg_strlist files = {0};
  size_t skipped = 0;
  akg_diag diag = {0};
  const char *paths[] = {dir};
  assert_int_equal(akg_inputs_list(paths, 1, &files, &skipped, &diag), AKG_OK);
  char *got = listing(&files, dir);
  assert_string_equal(got, "D/B.txt\n"
                           "D/a.txt\n"
                           "D/b.txt\n"
                           "D/m/c.txt\n"
                           "D/m/deeper/x.txt\n"
                           "D/m/z.txt\n"
                           "D/n.txt\n");
  assert_int_equal(skipped, 0);
  assert_int_equal(diag.errors, 0);
  akg_free(got);
  akg_strlist_free(&files);

  /* Files are listed as given (even hidden ones), in argument order,
   * after what is already in the list; a trailing slash is not doubled. */
  char *hidden = path_in(dir, ".hidden.txt");
  char *sub = path_in(dir, "m/deeper/");
  const char *mixed[] = {hidden, sub};
  akg_strlist_push(&files, "earlier");
  assert_int_equal(akg_inputs_list(mixed, 2, &files, &skipped, &diag), AKG_OK);
  got = listing(&files, dir);
  assert_string_equal(got, "earlier\nD/.hidden.txt\nD/m/deeper/x.txt\n");
  assert_int_equal(skipped, 0);
  akg_free(got);
  akg_free(hidden);
  akg_free(sub);
  akg_strlist_free(&files);
}

/* The walk reads a folder when it enters it, not before: a file made in a
 * folder not yet entered is found, and one made in a folder already left
 * is not. Problems come in walk order, between the files. */
static void test_walk_reads_folders_as_it_enters_them(void **state) {
  const char *dir = *state;
  make_subdir(dir, "a");
  make_subdir(dir, "b");
  write_file(dir, "a/1.txt", article);
  write_file(dir, "b/2.txt", article);
  char *missing = path_in(dir, "missing.txt");
  char *a = path_in(dir, "a"), *b = path_in(dir, "b");
  const char *paths[] = {a, missing, b};
  akg_walk *walk = akg_walk_new(paths, 3);
  const char *path, *why;
  assert_int_equal(akg_walk_next(walk, &path, &why), AKG_WALK_FILE);
  assert_null(why);
  char *want = path_in(dir, "a/1.txt");
  assert_string_equal(path, want);
  akg_free(want);
  write_file(dir, "a/0.txt", article); /* a/ is read already */
  write_file(dir, "b/3.txt", article); /* b/ is not */
  assert_int_equal(akg_walk_next(walk, &path, &why), AKG_WALK_PROBLEM);
  assert_string_equal(path, missing);
  assert_string_equal(why, "no such file or folder");
  assert_int_equal(akg_walk_next(walk, &path, &why), AKG_WALK_FILE);
  want = path_in(dir, "b/2.txt");
  assert_string_equal(path, want);
  akg_free(want);
  assert_int_equal(akg_walk_next(walk, &path, &why), AKG_WALK_FILE);
  want = path_in(dir, "b/3.txt");
  assert_string_equal(path, want);
  akg_free(want);
  assert_int_equal(akg_walk_next(walk, &path, &why), AKG_WALK_END);
  assert_int_equal(akg_walk_next(walk, &path, &why), AKG_WALK_END);
  akg_walk_free(walk);
  akg_free(missing);
  akg_free(a);
  akg_free(b);
}

/* Paths listed on a stream come after the given ones, read as the walk
 * goes; empty lines are skipped; a list that cannot be read is a problem
 * named after the list. */
static void test_walk_takes_a_list_of_paths(void **state) {
  const char *dir = *state;
  make_subdir(dir, "m");
  write_file(dir, "a.txt", article);
  write_file(dir, "m/b.txt", article);
  char *a = path_in(dir, "a.txt"), *m = path_in(dir, "m");
  akg_buf text = AKG_BUF_INIT;
  akg_buf_printf(&text, "%s\n\n%s/missing.txt\n%s", m, dir, a); /* no final newline */
  FILE *list = fmemopen(text.data, text.len, "r");
  assert_non_null(list);
  const char *given[] = {a};
  akg_walk *walk = akg_walk_new(given, 1);
  akg_walk_add_list(walk, list, "LIST");
  akg_buf got = AKG_BUF_INIT;
  const char *path, *why;
  akg_walk_step step;
  while ((step = akg_walk_next(walk, &path, &why)) != AKG_WALK_END)
    akg_buf_printf(&got, "%s %s\n", step == AKG_WALK_FILE ? "file" : why,
                   path + strlen(dir));
  assert_string_equal(akg_buf_str(&got), "file /a.txt\n"
                                         "file /m/b.txt\n"
                                         "no such file or folder /missing.txt\n"
                                         "file /a.txt\n");
  akg_walk_free(walk);
  fclose(list);

  /* A folder opened as a list reads as an error (EISDIR). */
  FILE *unreadable = fopen(dir, "r");
  assert_non_null(unreadable);
  walk = akg_walk_new(NULL, 0);
  akg_walk_add_list(walk, unreadable, "LIST");
  assert_int_equal(akg_walk_next(walk, &path, &why), AKG_WALK_PROBLEM);
  assert_string_equal(path, "LIST");
  assert_non_null(strstr(why, "cannot read the list of paths: "));
  assert_int_equal(akg_walk_next(walk, &path, &why), AKG_WALK_END);
  akg_walk_free(walk);
  fclose(unreadable);
  akg_buf_free(&got);
  akg_buf_free(&text);
  akg_free(a);
  akg_free(m);
}

static void test_missing_path_is_reported_and_skipped(void **state) {
  const char *dir = *state;
  write_file(dir, "a.txt", article);
  char *missing = path_in(dir, "no-such-file.txt");
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_strlist files = {0};
  size_t skipped = 0;
  const char *paths[] = {missing, dir};
  assert_int_equal(akg_inputs_list(paths, 2, &files, &skipped, &diag), AKG_OK);
  assert_int_equal(skipped, 1);
  assert_int_equal(diag.errors, 1);
  /* The other path is still listed. */
  char *list = listing(&files, dir);
  assert_string_equal(list, "D/a.txt\n");
  akg_buf want = AKG_BUF_INIT;
  akg_buf_printf(&want, "error %s:0: no such file or folder\n", missing);
  assert_string_equal(akg_buf_str(&got.text), akg_buf_str(&want));
  akg_buf_free(&want);
  akg_free(list);
  akg_free(missing);
  akg_buf_free(&got.text);
  akg_strlist_free(&files);
}

static void test_symlink_loops_end_and_are_reported(void **state) {
  const char *dir = *state;
  make_subdir(dir, "d");
  write_file(dir, "d/a.txt", article);
  make_link(dir, "d/back", ".."); /* a folder that contains itself */
  make_link(dir, "self", "self"); /* a link to itself */
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_strlist files = {0};
  size_t skipped = 0;
  const char *paths[] = {dir};
  assert_int_equal(akg_inputs_list(paths, 1, &files, &skipped, &diag), AKG_OK);
  char *list = listing(&files, dir);
  assert_string_equal(list, "D/d/a.txt\n");
  assert_int_equal(skipped, 2);
  assert_int_equal(diag.errors, 2);
  akg_buf want = AKG_BUF_INIT;
  akg_buf_printf(&want,
                 "error %s/d/back:0: folder already visited (symbolic link loop)\n"
                 "error %s/self:0: symbolic link loop\n",
                 dir, dir);
  assert_string_equal(akg_buf_str(&got.text), akg_buf_str(&want));
  akg_buf_free(&want);
  akg_free(list);
  akg_buf_free(&got.text);
  akg_strlist_free(&files);
}

static void test_special_files(void **state) {
  const char *dir = *state;
  char *fifo = path_in(dir, "pipe");
  assert_int_equal(mkfifo(fifo, 0600), 0);
  write_file(dir, "a.txt", article);
  akg_diag diag = {0};
  akg_strlist files = {0};
  size_t skipped = 0;
  /* Inside a folder a FIFO is passed over quietly; named, it is skipped. */
  const char *folder[] = {dir};
  assert_int_equal(akg_inputs_list(folder, 1, &files, &skipped, &diag), AKG_OK);
  assert_int_equal(files.count, 1);
  assert_int_equal(skipped, 0);
  const char *named[] = {fifo};
  assert_int_equal(akg_inputs_list(named, 1, &files, &skipped, &diag), AKG_OK);
  assert_int_equal(files.count, 1);
  assert_int_equal(skipped, 1);
  assert_int_equal(diag.errors, 1);
  akg_free(fifo);
  akg_strlist_free(&files);
}

static void test_read_file_gives_one_article(void **state) {
  const char *dir = *state;
  write_file(dir, "news.txt", article);
  char *path = path_in(dir, "news.txt");
  akg_articles out = {0};
  akg_diag diag = {0};
  assert_int_equal(akg_read_file(path, NULL, &out, &diag), AKG_OK);
  assert_int_equal(out.count, 1);
  assert_string_equal(out.items[0].id, "news.txt");
  assert_string_equal(out.items[0].origin, path);
  assert_string_equal(out.items[0].title, "A short article");
  /* Articles are appended. */
  assert_int_equal(akg_read_file(path, NULL, &out, &diag), AKG_OK);
  assert_int_equal(out.count, 2);
  assert_int_equal(diag.errors, 0);
  akg_articles_free(&out);
  assert_int_equal(out.count, 0);
  akg_free(path);
}

static void test_size_limit(void **state) {
  const char *dir = *state;
  write_file(dir, "news.txt", article);
  size_t size = strlen(article);
  char *path = path_in(dir, "news.txt");
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_articles out = {0};
  /* Exactly at the limit is allowed. */
  akg_read_options at = {size};
  assert_int_equal(akg_read_file(path, &at, &out, &diag), AKG_OK);
  assert_int_equal(out.count, 1);
  /* One byte over is not, and nothing is added. */
  akg_read_options under = {size - 1};
  assert_int_equal(akg_read_file(path, &under, &out, &diag), AKG_ERR_TOO_LARGE);
  assert_int_equal(out.count, 1);
  akg_buf want = AKG_BUF_INIT;
  akg_buf_printf(&want,
                 "error %s:0: larger than the limit of %zu bytes (--max-file-size)\n",
                 path, size - 1);
  assert_string_equal(akg_buf_str(&got.text), akg_buf_str(&want));
  /* 0 means the default limit. */
  akg_read_options deflt = {0};
  assert_int_equal(akg_read_file(path, &deflt, &out, &diag), AKG_OK);
  assert_int_equal(out.count, 2);
  /* A limit below one read chunk still stops a large file. */
  akg_buf big = AKG_BUF_INIT;
  for (int i = 0; i < 20000; i++)
    akg_buf_puts(&big, "Japan and India agreed to cooperate. ");
  write_file(dir, "big.txt", big.data);
  char *big_path = path_in(dir, "big.txt");
  akg_read_options limit = {100000};
  assert_int_equal(akg_read_file(big_path, &limit, &out, &diag), AKG_ERR_TOO_LARGE);
  assert_int_equal(out.count, 2);
  assert_int_equal(diag.errors, 2);
  akg_free(big_path);
  akg_buf_free(&big);
  akg_buf_free(&want);
  akg_buf_free(&got.text);
  akg_articles_free(&out);
  akg_free(path);
}

static void test_unreadable_and_missing_files(void **state) {
  const char *dir = *state;
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_articles out = {0};
  char *missing = path_in(dir, "missing.txt");
  assert_int_equal(akg_read_file(missing, NULL, &out, &diag), AKG_ERR_NOT_FOUND);
  /* A folder opens but cannot be read. */
  assert_int_equal(akg_read_file(dir, NULL, &out, &diag), AKG_ERR_IO);
  assert_int_equal(out.count, 0);
  akg_buf want = AKG_BUF_INIT;
  akg_buf_printf(&want, "error %s:0: cannot open: %s\nerror %s:0: cannot read: %s\n",
                 missing, strerror(ENOENT), dir, strerror(EISDIR));
  assert_string_equal(akg_buf_str(&got.text), akg_buf_str(&want));
  akg_buf_free(&want);
  akg_free(missing);
  akg_buf_free(&got.text);
  akg_articles_free(&out);
}

static void test_permission_denied(void **state) {
  const char *dir = *state;
  /* root reads files whatever their mode. */
  if (geteuid() == 0)
    skip();
  write_file(dir, "locked.txt", article);
  char *path = path_in(dir, "locked.txt");
  assert_int_equal(chmod(path, 0), 0);
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_articles out = {0};
  assert_int_equal(akg_read_file(path, NULL, &out, &diag), AKG_ERR_IO);
  assert_int_equal(out.count, 0);
  akg_buf want = AKG_BUF_INIT;
  akg_buf_printf(&want, "error %s:0: cannot open: %s\n", path, strerror(EACCES));
  assert_string_equal(akg_buf_str(&got.text), akg_buf_str(&want));
  akg_buf_free(&want);
  akg_buf_free(&got.text);
  /* An unreadable folder is reported and skipped when listed. */
  char *locked = path_in(dir, "locked_dir");
  assert_int_equal(mkdir(locked, 0), 0);
  akg_strlist files = {0};
  size_t skipped = 0;
  akg_diag quiet = {0};
  const char *paths[] = {locked};
  assert_int_equal(akg_inputs_list(paths, 1, &files, &skipped, &quiet), AKG_OK);
  assert_int_equal(files.count, 0);
  assert_int_equal(skipped, 1);
  chmod(locked, 0700);
  akg_free(locked);
  akg_strlist_free(&files);
  akg_free(path);
}

/* ---- Regression tests for bugs found while writing this suite. ---- */

static void clobber_errno(void *ctx, akg_diag_level level, const char *file,
                          unsigned long line, const char *message) {
  (void)ctx, (void)level, (void)file, (void)line, (void)message;
  errno = EBADF; /* what a sink writing to a closed stream leaves behind */
}

/* Was a bug: read_all() reports "cannot open" and only then reads errno to
 * choose the status, so a sink that touches errno (any sink doing I/O may)
 * turns a missing file's AKG_ERR_NOT_FOUND into AKG_ERR_IO. Input: a
 * missing path with a sink that sets errno; expected AKG_ERR_NOT_FOUND,
 * actual AKG_ERR_IO. */
static void bug_status_depends_on_the_sink(void **state) {
  const char *dir = *state;
  char *missing = path_in(dir, "missing.txt");
  akg_diag diag = {clobber_errno, NULL, 0, 0};
  akg_articles out = {0};
  assert_int_equal(akg_read_file(missing, NULL, &out, &diag), AKG_ERR_NOT_FOUND);
  akg_free(missing);
}

/* Was unclear: a symbolic link whose target is missing was reported as "No
 * such file or directory", though the link itself is there. */
static void bug_broken_link_reported_as_missing(void **state) {
  const char *dir = *state;
  make_link(dir, "dangling", "no-such-target");
  char *link = path_in(dir, "dangling");
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_strlist files = {0};
  size_t skipped = 0;
  const char *paths[] = {link};
  assert_int_equal(akg_inputs_list(paths, 1, &files, &skipped, &diag), AKG_OK);
  assert_int_equal(skipped, 1);
  akg_buf want = AKG_BUF_INIT;
  akg_buf_printf(&want, "error %s:0: broken symbolic link: its target does not exist\n",
                 link);
  assert_string_equal(akg_buf_str(&got.text), akg_buf_str(&want));
  akg_buf_free(&want);
  akg_buf_free(&got.text);
  akg_strlist_free(&files);
  akg_free(link);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_listing_is_sorted_and_recursive, make_dir,
                                      remove_dir),
      cmocka_unit_test_setup_teardown(test_walk_reads_folders_as_it_enters_them, make_dir,
                                      remove_dir),
      cmocka_unit_test_setup_teardown(test_walk_takes_a_list_of_paths, make_dir,
                                      remove_dir),
      cmocka_unit_test_setup_teardown(test_missing_path_is_reported_and_skipped, make_dir,
                                      remove_dir),
      cmocka_unit_test_setup_teardown(test_symlink_loops_end_and_are_reported, make_dir,
                                      remove_dir),
      cmocka_unit_test_setup_teardown(test_special_files, make_dir, remove_dir),
      cmocka_unit_test_setup_teardown(test_read_file_gives_one_article, make_dir,
                                      remove_dir),
      cmocka_unit_test_setup_teardown(test_size_limit, make_dir, remove_dir),
      cmocka_unit_test_setup_teardown(test_unreadable_and_missing_files, make_dir,
                                      remove_dir),
      cmocka_unit_test_setup_teardown(test_permission_denied, make_dir, remove_dir),
      cmocka_unit_test_setup_teardown(bug_status_depends_on_the_sink, make_dir,
                                      remove_dir),
      cmocka_unit_test_setup_teardown(bug_broken_link_reported_as_missing, make_dir,
                                      remove_dir),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_outfile.c: atomically replaced output files (src/export/outfile.c):
 * commit, abort, a missing folder, a write that fails part-way (forced
 * with RLIMIT_FSIZE, which makes write(2) fail with EFBIG past a size),
 * sets of files committed together, and the clean-up a signal handler
 * does. */
#define _XOPEN_SOURCE 700

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/outfile.h"

/* A fresh folder per test, removed afterwards. */
static int make_dir(void **state) {
  char *dir = akg_strdup("/tmp/akg_outfile_XXXXXX");
  if (!mkdtemp(dir))
    return -1;
  *state = dir;
  return 0;
}

static int remove_dir(void **state) {
  char *dir = *state;
  DIR *d = opendir(dir);
  if (d) {
    struct dirent *entry;
    char path[512];
    while ((entry = readdir(d))) {
      if (!strcmp(entry->d_name, ".") || !strcmp(entry->d_name, ".."))
        continue;
      snprintf(path, sizeof path, "%s/%s", dir, entry->d_name);
      unlink(path);
    }
    closedir(d);
  }
  rmdir(dir);
  akg_free(dir);
  return 0;
}

static char *path_in(const char *dir, const char *name) {
  akg_buf buf = AKG_BUF_INIT;
  akg_buf_printf(&buf, "%s/%s", dir, name);
  return akg_buf_steal(&buf);
}

static char *read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  akg_buf buf = AKG_BUF_INIT;
  char chunk[4096];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    akg_buf_append(&buf, chunk, n);
  fclose(f);
  return akg_buf_steal(&buf);
}

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

static size_t entries_in(const char *dir) {
  DIR *d = opendir(dir);
  assert_non_null(d);
  size_t n = 0;
  struct dirent *entry;
  while ((entry = readdir(d)))
    n += strcmp(entry->d_name, ".") && strcmp(entry->d_name, "..");
  closedir(d);
  return n;
}

static void assert_file(const char *dir, const char *name, const char *want) {
  char *path = path_in(dir, name);
  char *got = read_file(path);
  assert_non_null(got);
  assert_string_equal(got, want);
  akg_free(got);
  akg_free(path);
}

static void test_commit_creates_the_file(void **state) {
  const char *dir = *state;
  akg_diag diag = {0};
  akg_outfile *file;
  assert_int_equal(akg_outfile_open(dir, "graph.ttl", &file, &diag), AKG_OK);
  /* The temporary file is hidden beside the destination. */
  assert_int_equal(entries_in(dir), 1);
  akg_sink sink = akg_outfile_sink(file);
  assert_int_equal(akg_sink_puts(&sink, "hello "), AKG_OK);
  /* More than the 64 KiB buffer, in one write and in pieces. */
  akg_buf big = AKG_BUF_INIT;
  for (int i = 0; i < 20000; i++)
    akg_buf_printf(&big, "%05d\n", i);
  assert_int_equal(akg_sink_write(&sink, big.data, big.len), AKG_OK);
  for (size_t off = 0; off < big.len; off += 1000)
    assert_int_equal(akg_sink_write(&sink, big.data + off,
                                    big.len - off < 1000 ? big.len - off : 1000),
                     AKG_OK);
  assert_int_equal(akg_outfile_commit(file, &diag), AKG_OK);
  assert_int_equal(diag.errors, 0);

  akg_buf want = AKG_BUF_INIT;
  akg_buf_puts(&want, "hello ");
  akg_buf_append(&want, big.data, big.len);
  akg_buf_append(&want, big.data, big.len);
  assert_file(dir, "graph.ttl", akg_buf_str(&want));
  assert_int_equal(entries_in(dir), 1);

  /* Readable like any new file: 0644 less the umask. */
  char *path = path_in(dir, "graph.ttl");
  struct stat st;
  assert_int_equal(stat(path, &st), 0);
  mode_t mask = umask(022);
  umask(mask);
  assert_int_equal(st.st_mode & 0777, 0644 & ~mask);
  akg_free(path);
  akg_buf_free(&big);
  akg_buf_free(&want);
}

/* Reading back gives every byte written so far, including those still in
 * the buffer, and the file goes on taking writes. */
static void test_read_back(void **state) {
  const char *dir = *state;
  akg_diag diag = {0};
  akg_outfile *file;
  assert_int_equal(akg_outfile_open(dir, "graph.svg", &file, &diag), AKG_OK);
  akg_sink sink = akg_outfile_sink(file);
  akg_buf big = AKG_BUF_INIT;
  for (int i = 0; i < 30000; i++) /* 180 KB: on disk and in the buffer */
    akg_buf_printf(&big, "%05d\n", i);
  assert_int_equal(akg_sink_write(&sink, big.data, big.len), AKG_OK);
  assert_int_equal(akg_sink_puts(&sink, "tail"), AKG_OK);
  akg_buf copy = AKG_BUF_INIT;
  akg_sink to_copy = akg_sink_to_buf(&copy);
  assert_int_equal(akg_outfile_read_back(file, &to_copy), AKG_OK);
  akg_buf want = AKG_BUF_INIT;
  akg_buf_append(&want, big.data, big.len);
  akg_buf_puts(&want, "tail");
  assert_int_equal(copy.len, want.len);
  assert_memory_equal(copy.data, want.data, want.len);
  assert_int_equal(akg_sink_puts(&sink, "+more"), AKG_OK);
  assert_int_equal(akg_outfile_commit(file, &diag), AKG_OK);
  akg_buf_puts(&want, "+more");
  assert_file(dir, "graph.svg", akg_buf_str(&want));
  assert_int_equal(diag.errors, 0);
  akg_buf_free(&big);
  akg_buf_free(&copy);
  akg_buf_free(&want);
}

static void test_commit_replaces_and_empty_file(void **state) {
  const char *dir = *state;
  char *path = path_in(dir, "out.nt");
  write_file(path, "old contents\n");
  akg_outfile *file;
  assert_int_equal(akg_outfile_open(dir, "out.nt", &file, NULL), AKG_OK);
  assert_int_equal(akg_outfile_commit(file, NULL), AKG_OK);
  assert_file(dir, "out.nt", "");
  assert_int_equal(entries_in(dir), 1);
  akg_free(path);
}

static void test_abort_leaves_the_destination(void **state) {
  const char *dir = *state;
  char *path = path_in(dir, "graph.svg");
  write_file(path, "previous run\n");
  akg_outfile *file;
  assert_int_equal(akg_outfile_open(dir, "graph.svg", &file, NULL), AKG_OK);
  akg_sink sink = akg_outfile_sink(file);
  assert_int_equal(akg_sink_puts(&sink, "half an output"), AKG_OK);
  assert_int_equal(entries_in(dir), 2);
  akg_outfile_abort(file);
  assert_file(dir, "graph.svg", "previous run\n");
  assert_int_equal(entries_in(dir), 1);
  akg_outfile_abort(NULL);
  akg_free(path);
}

static void test_missing_folder(void **state) {
  const char *dir = *state;
  char *missing = path_in(dir, "no/such/folder");
  akg_diag diag = {0};
  akg_outfile *file = (akg_outfile *)&diag;
  assert_int_equal(akg_outfile_open(missing, "graph.ttl", &file, &diag),
                   AKG_ERR_NOT_FOUND);
  assert_null(file);
  assert_int_equal(diag.errors, 1);
  akg_free(missing);

  /* A file where the folder should be. */
  char *plain = path_in(dir, "plain");
  write_file(plain, "x");
  diag.errors = 0;
  assert_int_equal(akg_outfile_open(plain, "graph.ttl", &file, &diag), AKG_ERR_NOT_FOUND);
  assert_int_equal(diag.errors, 1);
  akg_free(plain);

  /* A name that is a path. */
  assert_int_equal(akg_outfile_open(dir, "a/b", &file, &diag), AKG_ERR_BAD_ARG);
}

/* Collects messages, to check they name the file and the cause. */
static void remember(void *ctx, akg_diag_level level, const char *file,
                     unsigned long line, const char *message) {
  (void)level;
  (void)line;
  akg_buf_printf(ctx, "%s: %s\n", file ? file : "-", message);
}

static void test_write_failure_leaves_the_destination(void **state) {
  const char *dir = *state;
  char *path = path_in(dir, "graph.nt");
  write_file(path, "good old graph\n");

  /* Files may grow to 100 KB; past that write(2) fails with EFBIG (and
   * would raise SIGXFSZ, which is ignored here). */
  struct rlimit old;
  assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
  struct rlimit low = {100 * 1000, old.rlim_max};
  void (*old_handler)(int) = signal(SIGXFSZ, SIG_IGN);
  assert_int_equal(setrlimit(RLIMIT_FSIZE, &low), 0);

  akg_buf messages = AKG_BUF_INIT;
  akg_diag diag = {remember, &messages, 0, 0};
  akg_outfile *file;
  assert_int_equal(akg_outfile_open(dir, "graph.nt", &file, &diag), AKG_OK);
  akg_sink sink = akg_outfile_sink(file);
  char line[100];
  memset(line, 'x', sizeof line - 1);
  line[sizeof line - 1] = '\n';
  akg_status status = AKG_OK;
  for (int i = 0; i < 2000 && status == AKG_OK; i++)
    status = akg_sink_write(&sink, line, sizeof line);
  assert_int_equal(status, AKG_ERR_IO);
  /* Once failed, the sink stays failed. */
  assert_int_equal(akg_sink_write(&sink, "y", 1), AKG_ERR_IO);
  assert_int_equal(akg_outfile_commit(file, &diag), AKG_ERR_IO);

  setrlimit(RLIMIT_FSIZE, &old);
  signal(SIGXFSZ, old_handler);

  assert_int_equal(diag.errors, 1);
  assert_non_null(strstr(akg_buf_str(&messages), path));
  assert_non_null(strstr(akg_buf_str(&messages), strerror(EFBIG)));
  assert_file(dir, "graph.nt", "good old graph\n");
  assert_int_equal(entries_in(dir), 1);

  /* The same failure found only at commit, when the buffer is flushed. */
  assert_int_equal(setrlimit(RLIMIT_FSIZE, &low), 0);
  signal(SIGXFSZ, SIG_IGN);
  assert_int_equal(akg_outfile_open(dir, "graph.nt", &file, &diag), AKG_OK);
  sink = akg_outfile_sink(file);
  for (int i = 0; i < 600; i++) /* 60 KB: fits the buffer, not the limit */
    assert_int_equal(akg_sink_write(&sink, line, sizeof line), AKG_OK);
  assert_int_equal(akg_sink_write(&sink, line, sizeof line), AKG_OK);
  akg_buf big = AKG_BUF_INIT;
  for (int i = 0; i < 500; i++)
    akg_buf_append(&big, line, sizeof line);
  status = akg_sink_write(&sink, big.data, big.len); /* 50 KB more */
  akg_status commit = akg_outfile_commit(file, &diag);
  setrlimit(RLIMIT_FSIZE, &old);
  signal(SIGXFSZ, old_handler);
  assert_true(status == AKG_ERR_IO || commit == AKG_ERR_IO);
  assert_int_equal(commit, AKG_ERR_IO);
  assert_file(dir, "graph.nt", "good old graph\n");
  assert_int_equal(entries_in(dir), 1);

  akg_buf_free(&big);
  akg_buf_free(&messages);
  akg_free(path);
}

/* A writer thread hands the file its own diag: a write error goes there,
 * not to the diag the file was opened with. */
static void test_write_failure_reported_to_the_diag_set(void **state) {
  const char *dir = *state;
  struct rlimit old;
  assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
  struct rlimit low = {10 * 1000, old.rlim_max};
  void (*old_handler)(int) = signal(SIGXFSZ, SIG_IGN);
  assert_int_equal(setrlimit(RLIMIT_FSIZE, &low), 0);

  akg_buf opened_messages = AKG_BUF_INIT, set_messages = AKG_BUF_INIT;
  akg_diag opened = {remember, &opened_messages, 0, 0};
  akg_diag set = {remember, &set_messages, 0, 0};
  akg_outfile *file;
  assert_int_equal(akg_outfile_open(dir, "graph.ttl", &file, &opened), AKG_OK);
  akg_outfile_set_diag(file, &set);
  akg_sink sink = akg_outfile_sink(file);
  akg_buf big = AKG_BUF_INIT;
  for (int i = 0; i < 2000; i++)
    akg_buf_puts(&big, "0123456789abcdef0123456789abcdef0123456789abcdef\n");
  akg_status status = akg_sink_write(&sink, big.data, big.len); /* 100 KB */
  setrlimit(RLIMIT_FSIZE, &old);
  signal(SIGXFSZ, old_handler);
  akg_outfile_abort(file);

  assert_int_equal(status, AKG_ERR_IO);
  assert_int_equal(opened.errors, 0);
  assert_int_equal(set.errors, 1);
  assert_non_null(strstr(akg_buf_str(&set_messages), strerror(EFBIG)));
  assert_int_equal(entries_in(dir), 0);
  akg_buf_free(&big);
  akg_buf_free(&opened_messages);
  akg_buf_free(&set_messages);
}

/* Opens `name` in `dir` and writes `text` into it; write errors go to
 * `diag`. */
static akg_outfile *open_with(const char *dir, const char *name, const char *text,
                              akg_diag *diag) {
  akg_outfile *file;
  assert_int_equal(akg_outfile_open(dir, name, &file, diag), AKG_OK);
  akg_sink sink = akg_outfile_sink(file);
  assert_int_equal(akg_sink_puts(&sink, text), AKG_OK);
  return file;
}

static void test_commit_all_replaces_the_set(void **state) {
  const char *dir = *state;
  char *ttl = path_in(dir, "graph.ttl");
  write_file(ttl, "old ttl\n");
  akg_outfile *files[] = {open_with(dir, "graph.ttl", "new ttl\n", NULL),
                          open_with(dir, "graph.nt", "new nt\n", NULL)};
  akg_diag diag = {0};
  assert_int_equal(akg_outfile_commit_all(files, 2, &diag), AKG_OK);
  assert_int_equal(diag.errors, 0);
  assert_file(dir, "graph.ttl", "new ttl\n");
  assert_file(dir, "graph.nt", "new nt\n");
  assert_int_equal(entries_in(dir), 2); /* no temporary file, no backup */
  akg_free(ttl);
}

/* The third rename of a set fails (its destination is a folder that is
 * not empty): the first two are undone, an old file comes back and a
 * file that did not exist before is gone again. */
static void test_commit_all_undoes_earlier_renames(void **state) {
  const char *dir = *state;
  char *ttl = path_in(dir, "graph.ttl");
  char *svg = path_in(dir, "graph.svg");
  char *inside = path_in(dir, "graph.svg/keep");
  write_file(ttl, "old ttl\n");
  assert_int_equal(mkdir(svg, 0755), 0);
  write_file(inside, "x");
  struct stat before;
  assert_int_equal(stat(ttl, &before), 0);

  akg_outfile *files[] = {open_with(dir, "graph.ttl", "new ttl\n", NULL),
                          open_with(dir, "graph.nt", "new nt\n", NULL),
                          open_with(dir, "graph.svg", "<svg/>\n", NULL)};
  akg_buf messages = AKG_BUF_INIT;
  akg_diag diag = {remember, &messages, 0, 0};
  assert_int_equal(akg_outfile_commit_all(files, 3, &diag), AKG_ERR_IO);
  assert_int_equal(diag.errors, 1);
  assert_non_null(strstr(akg_buf_str(&messages), svg));
  assert_non_null(strstr(akg_buf_str(&messages), "cannot rename"));

  assert_file(dir, "graph.ttl", "old ttl\n");
  struct stat after;
  assert_int_equal(stat(ttl, &after), 0);
  assert_int_equal(after.st_ino, before.st_ino); /* the old file itself */
  char *nt = path_in(dir, "graph.nt");
  assert_int_equal(access(nt, F_OK), -1);
  assert_int_equal(entries_in(dir), 2); /* graph.ttl and the folder */

  unlink(inside);
  rmdir(svg);
  akg_buf_free(&messages);
  akg_free(nt);
  akg_free(inside);
  akg_free(svg);
  akg_free(ttl);
}

/* A write failure in one file of the set: nothing is renamed. */
static void test_commit_all_renames_nothing_after_a_write_failure(void **state) {
  const char *dir = *state;
  char *ttl = path_in(dir, "graph.ttl");
  write_file(ttl, "old ttl\n");
  struct rlimit old;
  assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
  struct rlimit low = {100 * 1000, old.rlim_max};
  void (*old_handler)(int) = signal(SIGXFSZ, SIG_IGN);
  akg_diag diag = {0};
  akg_outfile *files[] = {open_with(dir, "graph.ttl", "new ttl\n", &diag),
                          open_with(dir, "graph.nt", "", &diag)};
  assert_int_equal(setrlimit(RLIMIT_FSIZE, &low), 0);
  akg_sink sink = akg_outfile_sink(files[1]);
  akg_buf big = AKG_BUF_INIT;
  for (int i = 0; i < 20000; i++)
    akg_buf_puts(&big, "0123456789");
  akg_sink_write(&sink, big.data, big.len);
  akg_status status = akg_outfile_commit_all(files, 2, &diag);
  setrlimit(RLIMIT_FSIZE, &old);
  signal(SIGXFSZ, old_handler);
  assert_int_equal(status, AKG_ERR_IO);
  assert_int_equal(diag.errors, 1);
  assert_file(dir, "graph.ttl", "old ttl\n");
  assert_int_equal(entries_in(dir), 1);
  akg_buf_free(&big);
  akg_free(ttl);
}

/* What a SIGTERM handler calls: the temporary files of open outfiles go,
 * the destinations stay; abort afterwards is still safe. */
static void test_remove_temporaries(void **state) {
  const char *dir = *state;
  char *ttl = path_in(dir, "graph.ttl");
  write_file(ttl, "old ttl\n");
  akg_outfile *a = open_with(dir, "graph.ttl", "new", NULL);
  akg_outfile *b = open_with(dir, "graph.nt", "new", NULL);
  assert_int_equal(entries_in(dir), 3);
  akg_outfile_remove_temporaries();
  assert_int_equal(entries_in(dir), 1);
  assert_file(dir, "graph.ttl", "old ttl\n");
  akg_outfile_abort(a);
  akg_outfile_abort(b);
  /* Committed or aborted files are no longer listed. */
  akg_outfile *c = open_with(dir, "graph.dot", "digraph {}\n", NULL);
  assert_int_equal(akg_outfile_commit(c, NULL), AKG_OK);
  akg_outfile_remove_temporaries();
  assert_file(dir, "graph.dot", "digraph {}\n");
  akg_free(ttl);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_commit_creates_the_file, make_dir, remove_dir),
      cmocka_unit_test_setup_teardown(test_commit_replaces_and_empty_file, make_dir,
                                      remove_dir),
      cmocka_unit_test_setup_teardown(test_abort_leaves_the_destination, make_dir,
                                      remove_dir),
      cmocka_unit_test_setup_teardown(test_missing_folder, make_dir, remove_dir),
      cmocka_unit_test_setup_teardown(test_read_back, make_dir, remove_dir),
      cmocka_unit_test_setup_teardown(test_write_failure_leaves_the_destination, make_dir,
                                      remove_dir),
      cmocka_unit_test_setup_teardown(test_commit_all_replaces_the_set, make_dir,
                                      remove_dir),
      cmocka_unit_test_setup_teardown(test_commit_all_undoes_earlier_renames, make_dir,
                                      remove_dir),
      cmocka_unit_test_setup_teardown(
          test_commit_all_renames_nothing_after_a_write_failure, make_dir, remove_dir),
      cmocka_unit_test_setup_teardown(test_write_failure_reported_to_the_diag_set,
                                      make_dir, remove_dir),
      cmocka_unit_test_setup_teardown(test_remove_temporaries, make_dir, remove_dir),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

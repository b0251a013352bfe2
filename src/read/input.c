/* input.c: listing input paths and reading files into articles.
 *
 * Folders are walked depth-first with their entries sorted by name (byte
 * order) and hidden entries (".name") left out; a folder already visited
 * (by device and inode) is not entered again, so symlink loops end. The
 * choice of reader by content lives in akg_read_buffer. "-" is standard
 * input; a file called "-" can still be read as "./-". */
#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/feed.h"
#include "actorkg/format.h"
#include "actorkg/html.h"
#include "actorkg/petrarch.h"
#include "actorkg/reader.h"
#include "text/utf8.h"

void akg_strlist_push(akg_strlist *list, const char *s) {
  if (list->count == list->cap) {
    list->cap = list->cap ? list->cap * 2 : 16;
    list->items = akg_reallocarray(list->items, list->cap, sizeof(char *));
  }
  list->items[list->count++] = akg_strdup(s);
}

void akg_strlist_free(akg_strlist *list) {
  for (size_t i = 0; i < list->count; i++)
    akg_free(list->items[i]);
  akg_free(list->items);
  memset(list, 0, sizeof *list);
}

akg_article *akg_articles_add(akg_articles *list) {
  if (list->count == list->cap) {
    list->cap = list->cap ? list->cap * 2 : 4;
    list->items = akg_reallocarray(list->items, list->cap, sizeof(akg_article));
  }
  akg_article *a = &list->items[list->count++];
  memset(a, 0, sizeof *a);
  return a;
}

void akg_articles_clear(akg_articles *list) {
  for (size_t i = 0; i < list->count; i++)
    akg_article_clear(&list->items[i]);
  list->count = 0;
}

void akg_articles_free(akg_articles *list) {
  akg_articles_clear(list);
  akg_free(list->items);
  memset(list, 0, sizeof *list);
}

/* ---- listing ---- */

typedef struct walk {
  akg_strlist *files;
  size_t *skipped;
  akg_diag *diag;
  dev_t *devs;
  ino_t *inos;
  size_t visited, visited_cap;
} walk;

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool seen_before(walk *w, const struct stat *st) {
  for (size_t i = 0; i < w->visited; i++)
    if (w->devs[i] == st->st_dev && w->inos[i] == st->st_ino)
      return true;
  if (w->visited == w->visited_cap) {
    w->visited_cap = w->visited_cap ? w->visited_cap * 2 : 16;
    w->devs = akg_reallocarray(w->devs, w->visited_cap, sizeof(dev_t));
    w->inos = akg_reallocarray(w->inos, w->visited_cap, sizeof(ino_t));
  }
  w->devs[w->visited] = st->st_dev;
  w->inos[w->visited] = st->st_ino;
  w->visited++;
  return false;
}

static void skip_path(walk *w, const char *path, const char *why) {
  akg_diag_report(w->diag, AKG_DIAG_ERROR, path, 0, "%s", why);
  (*w->skipped)++;
}

static void list_path(walk *w, const char *path, bool top) {
  if (top && !strcmp(path, AKG_STDIN_PATH)) {
    akg_strlist_push(w->files, path);
    return;
  }
  struct stat st;
  if (stat(path, &st) != 0) {
    int err = errno; /* before lstat */
    struct stat link;
    if (err == ELOOP)
      skip_path(w, path, "symbolic link loop");
    else if (err == ENOENT && lstat(path, &link) == 0 && S_ISLNK(link.st_mode))
      skip_path(w, path, "broken symbolic link: its target does not exist");
    else if (err == ENOENT)
      skip_path(w, path, "no such file or folder");
    else
      skip_path(w, path, strerror(err));
    return;
  }
  if (S_ISREG(st.st_mode)) {
    akg_strlist_push(w->files, path);
    return;
  }
  if (!S_ISDIR(st.st_mode)) {
    if (top)
      skip_path(w, path, "not a regular file or folder");
    return;
  }
  if (seen_before(w, &st)) {
    skip_path(w, path, "folder already visited (symbolic link loop)");
    return;
  }
  DIR *dir = opendir(path);
  if (!dir) {
    skip_path(w, path, strerror(errno));
    return;
  }
  akg_strlist names = {0};
  struct dirent *e;
  while ((e = readdir(dir)) != NULL)
    if (e->d_name[0] != '.')
      akg_strlist_push(&names, e->d_name);
  closedir(dir);
  if (names.count)
    qsort(names.items, names.count, sizeof(char *), compare_names);
  akg_buf child = AKG_BUF_INIT;
  size_t len = strlen(path);
  while (len > 1 && path[len - 1] == '/')
    len--;
  for (size_t i = 0; i < names.count; i++) {
    akg_buf_clear(&child);
    akg_buf_append(&child, path, len);
    akg_buf_putc(&child, '/');
    akg_buf_puts(&child, names.items[i]);
    list_path(w, child.data, false);
  }
  akg_buf_free(&child);
  akg_strlist_free(&names);
}

akg_status akg_inputs_list(const char *const *paths, size_t path_count,
                           akg_strlist *files, size_t *skipped, akg_diag *diag) {
  walk w = {.files = files, .skipped = skipped, .diag = diag};
  for (size_t i = 0; i < path_count; i++)
    list_path(&w, paths[i], true);
  akg_free(w.devs);
  akg_free(w.inos);
  return AKG_OK;
}

/* ---- reading ---- */

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

/* Reads all of `path` (standard input for "-"); messages name `origin`. */
static akg_status read_all(const char *path, const char *origin, size_t max, akg_buf *out,
                           akg_diag *diag) {
  bool from_stdin = !strcmp(path, AKG_STDIN_PATH);
  int fd = from_stdin ? STDIN_FILENO : open(path, O_RDONLY);
  if (fd < 0) {
    int error = errno; /* before the sink, which may do I/O */
    akg_diag_report(diag, AKG_DIAG_ERROR, origin, 0, "cannot open: %s", strerror(error));
    return error == ENOENT ? AKG_ERR_NOT_FOUND : AKG_ERR_IO;
  }
  akg_status status = AKG_OK;
  char chunk[65536];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      akg_diag_report(diag, AKG_DIAG_ERROR, origin, 0, "cannot read: %s",
                      strerror(errno));
      status = AKG_ERR_IO;
      break;
    }
    if (n == 0)
      break;
    if (out->len + (size_t)n > max) {
      akg_diag_report(diag, AKG_DIAG_ERROR, origin, 0,
                      "larger than the limit of %zu bytes (--max-file-size)", max);
      status = AKG_ERR_TOO_LARGE;
      break;
    }
    akg_buf_append(out, chunk, (size_t)n);
  }
  if (!from_stdin)
    close(fd);
  return status;
}

/* Replaces *field by a valid UTF-8 copy where it is not one. */
static void repair_field(char **field, size_t *len) {
  if (!*field)
    return;
  size_t n = len ? *len : strlen(*field);
  if (akg_utf8_valid(*field, n))
    return;
  size_t repaired_len;
  char *repaired = akg_utf8_repaired(*field, n, &repaired_len);
  akg_free(*field);
  *field = repaired;
  if (len)
    *len = repaired_len;
}

/* Every article leaves the readers as valid UTF-8, whatever the reader:
 * libxml2 2.9's HTML parser can pass bytes through that are invalid in
 * the encoding it settled on (found by fuzzing: a raw Latin-1 byte after
 * "&" on a page declaring an unknown charset). The text reader refuses
 * invalid UTF-8 itself, so this only ever changes markup formats. */
static void repair_articles(akg_articles *list, size_t from) {
  for (size_t i = from; i < list->count; i++) {
    akg_article *a = &list->items[i];
    repair_field(&a->title, NULL);
    repair_field(&a->publisher, NULL);
    repair_field(&a->creator, NULL);
    repair_field(&a->url, NULL);
    repair_field(&a->text, &a->text_len);
  }
}

static akg_status read_by_format(const char *id, const char *origin, const char *data,
                                 size_t len, akg_articles *out, akg_diag *diag) {
  akg_format format = akg_format_sniff(data, len);
  if (format == AKG_FORMAT_RSS || format == AKG_FORMAT_ATOM)
    return akg_feed_parse(id, origin, data, len, out, diag);
  if (format == AKG_FORMAT_PETRARCH)
    return akg_petrarch_parse(id, origin, data, len, out, diag);
  if (format == AKG_FORMAT_XML_OTHER) {
    char root[64];
    akg_format_root_name(data, len, root, sizeof root);
    akg_diag_report(diag, AKG_DIAG_ERROR, origin, 0,
                    "XML with root element <%s>: not a format actorkg reads (RSS 2.0, "
                    "Atom, PETRARCH <Sentences>, HTML)",
                    root);
    return AKG_ERR_BAD_INPUT;
  }
  akg_article *a = akg_articles_add(out);
  akg_status status = format == AKG_FORMAT_HTML
                          ? akg_html_parse(id, origin, data, len, a, diag)
                          : akg_text_parse(id, origin, data, len, a, diag);
  if (status != AKG_OK) {
    akg_article_clear(a);
    out->count--;
  }
  return status;
}

akg_status akg_read_buffer(const char *id, const char *origin, const char *data,
                           size_t len, akg_articles *out, akg_diag *diag) {
  size_t before = out->count;
  akg_status status = read_by_format(id, origin, data, len, out, diag);
  repair_articles(out, before);
  return status;
}

akg_status akg_read_file(const char *path, const akg_read_options *options,
                         akg_articles *out, akg_diag *diag) {
  size_t max = options && options->max_file_size ? options->max_file_size
                                                 : AKG_DEFAULT_MAX_FILE_SIZE;
  bool from_stdin = !strcmp(path, AKG_STDIN_PATH);
  const char *id = from_stdin ? "stdin" : base_name(path);
  const char *origin = from_stdin ? "stdin" : path;
  akg_buf data = AKG_BUF_INIT;
  akg_status status = read_all(path, origin, max, &data, diag);
  if (status == AKG_OK)
    status = akg_read_buffer(id, origin, akg_buf_str(&data), data.len, out, diag);
  akg_buf_free(&data);
  return status;
}

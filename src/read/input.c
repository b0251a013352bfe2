/* input.c: listing input paths (walk.h) and reading files into articles.
 *
 * The choice of reader by content lives in akg_read_buffer. "-" is
 * standard input. */
#define _XOPEN_SOURCE 700
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
#include "actorkg/walk.h"
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

akg_status akg_inputs_list(const char *const *paths, size_t path_count,
                           akg_strlist *files, size_t *skipped, akg_diag *diag) {
  akg_walk *walk = akg_walk_new(paths, path_count);
  const char *path, *why;
  akg_walk_step step;
  while ((step = akg_walk_next(walk, &path, &why)) != AKG_WALK_END) {
    if (step == AKG_WALK_FILE) {
      akg_strlist_push(files, path);
    } else {
      akg_diag_report(diag, AKG_DIAG_ERROR, path, 0, "%s", why);
      (*skipped)++;
    }
  }
  akg_walk_free(walk);
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

/* reader.h: turning input files into articles.
 *
 * Inputs are walked (walk.h: files as given, folders recursively in
 * sorted byte order, so the same tree always gives the same order) and
 * read one file at a time. A file yields one article or, for containers
 * such as feeds, several; its format (plain text, HTML, RSS, Atom,
 * PETRARCH XML) is told by its content (format.h), not its name. The path
 * "-" stands for standard input, read like a file with the id "stdin".
 * Problems with one file (unreadable, too large, not text) are reported
 * to the diagnostics sink naming the file, and the caller decides whether
 * to go on with the others. */
#ifndef ACTORKG_READER_H
#define ACTORKG_READER_H

#include <stddef.h>

#include "actorkg/article.h"
#include "actorkg/status.h"

#define AKG_DEFAULT_MAX_FILE_SIZE ((size_t)64 << 20)

typedef struct akg_read_options {
  size_t max_file_size; /* bytes; 0 means AKG_DEFAULT_MAX_FILE_SIZE */
} akg_read_options;

/* A list of owned strings. */
typedef struct akg_strlist {
  char **items;
  size_t count;
  size_t cap;
} akg_strlist;

void akg_strlist_push(akg_strlist *list, const char *s);
void akg_strlist_free(akg_strlist *list);

/* A list of owned articles. */
typedef struct akg_articles {
  akg_article *items;
  size_t count;
  size_t cap;
} akg_articles;

/* Appends a zeroed article and returns it. */
akg_article *akg_articles_add(akg_articles *list);
void akg_articles_clear(akg_articles *list);
void akg_articles_free(akg_articles *list);

/* The path that names standard input. */
#define AKG_STDIN_PATH "-"

/* Appends to `files` every input file under `paths` ("-" is listed as
 * given), as akg_walk_next gives them (the pipeline walks instead, so as
 * not to hold the list). A path that does not
 * exist or cannot be listed is reported and counted in *skipped; the
 * others are still listed. Returns AKG_OK unless nothing could be listed
 * for a reason other than bad paths. */
akg_status akg_inputs_list(const char *const *paths, size_t path_count,
                           akg_strlist *files, size_t *skipped, akg_diag *diag);

/* Reads the file at `path` ("-": standard input) and appends its articles
 * to `out`; on failure `out` is as it was. */
akg_status akg_read_file(const char *path, const akg_read_options *options,
                         akg_articles *out, akg_diag *diag);

/* Parses data[0..len) with the reader its content calls for and appends
 * its articles to `out`; on failure `out` is as it was. `id` identifies a
 * single article (a file name, "stdin"); feeds and record files name their
 * records themselves, using "<id>#N" for a record without an id. `origin`
 * names the input in messages. */
akg_status akg_read_buffer(const char *id, const char *origin, const char *data,
                           size_t len, akg_articles *out, akg_diag *diag);

/* Parses a plain-text article held in memory (see text.c for the header
 * forms recognised). `id` becomes its identifier, `origin` names it in
 * messages. */
akg_status akg_text_parse(const char *id, const char *origin, const char *data,
                          size_t len, akg_article *out, akg_diag *diag);

#endif

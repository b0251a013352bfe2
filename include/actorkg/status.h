/* status.h: result codes and the diagnostics sink shared by every module.
 *
 * Every fallible function returns an akg_status; the human-readable detail
 * (which file, which line, what was wrong) goes to an akg_diag sink that the
 * caller owns. Nothing in the library prints or exits on its own. */
#ifndef ACTORKG_STATUS_H
#define ACTORKG_STATUS_H

#include <stdarg.h>
#include <stddef.h>

typedef enum akg_status {
  AKG_OK = 0,
  AKG_ERR_IO,        /* open, read, write or rename failed */
  AKG_ERR_NOT_FOUND, /* a path or a named thing does not exist */
  AKG_ERR_SYNTAX,    /* a lexicon, gold file or record is malformed */
  AKG_ERR_BAD_INPUT, /* an article cannot be used (binary, empty, bad UTF-8) */
  AKG_ERR_TOO_LARGE, /* over a configured size limit */
  AKG_ERR_BAD_ARG,   /* a caller passed something invalid */
  AKG_ERR_LIBRARY,   /* Raptor, Graphviz or libxml2 reported a failure */
  AKG_ERR_INTERRUPTED
} akg_status;

/* A static English description of a status; never NULL. */
const char *akg_strerror(akg_status status);

typedef enum akg_diag_level {
  AKG_DIAG_NOTE,
  AKG_DIAG_WARNING,
  AKG_DIAG_ERROR
} akg_diag_level;

/* Receives one message. `file` may be NULL; `line` is 0 when unknown.
 * `message` has no trailing newline and is valid only during the call. */
typedef void (*akg_diag_fn)(void *ctx, akg_diag_level level, const char *file,
                            unsigned long line, const char *message);

/* A sink plus counters. Zero-initialised it discards messages but still
 * counts them, which is what unit tests usually want. */
typedef struct akg_diag {
  akg_diag_fn fn;
  void *ctx;
  unsigned long errors;
  unsigned long warnings;
} akg_diag;

/* Formats and delivers one message; `diag` may be NULL (message dropped). */
void akg_diag_report(akg_diag *diag, akg_diag_level level, const char *file,
                     unsigned long line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* A ready-made sink writing "actorkg: FILE:LINE: error: MESSAGE" to stderr;
 * `ctx` is ignored. */
void akg_diag_to_stderr(void *ctx, akg_diag_level level, const char *file,
                        unsigned long line, const char *message);

#endif

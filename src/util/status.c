/* status.c: status descriptions and the diagnostics sink. */
#include "actorkg/status.h"

#include <stdio.h>

const char *akg_strerror(akg_status status) {
  switch (status) {
  case AKG_OK: return "success";
  case AKG_ERR_IO: return "input/output error";
  case AKG_ERR_NOT_FOUND: return "not found";
  case AKG_ERR_SYNTAX: return "syntax error";
  case AKG_ERR_BAD_INPUT: return "unusable input";
  case AKG_ERR_TOO_LARGE: return "too large";
  case AKG_ERR_BAD_ARG: return "invalid argument";
  case AKG_ERR_LIBRARY: return "library failure";
  case AKG_ERR_INTERRUPTED: return "interrupted";
  }
  return "unknown status";
}

void akg_diag_report(akg_diag *diag, akg_diag_level level, const char *file,
                     unsigned long line, const char *fmt, ...) {
  if (!diag)
    return;
  if (level == AKG_DIAG_ERROR)
    diag->errors++;
  else if (level == AKG_DIAG_WARNING)
    diag->warnings++;
  if (!diag->fn)
    return;
  char message[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(message, sizeof message, fmt, ap);
  va_end(ap);
  diag->fn(diag->ctx, level, file, line, message);
}

void akg_diag_to_stderr(void *ctx, akg_diag_level level, const char *file,
                        unsigned long line, const char *message) {
  (void)ctx;
  static const char *const names[] = {"note", "warning", "error"};
  fputs("actorkg: ", stderr);
  if (file) {
    fputs(file, stderr);
    if (line)
      fprintf(stderr, ":%lu", line);
    fputs(": ", stderr);
  }
  fprintf(stderr, "%s: %s\n", names[level], message);
}

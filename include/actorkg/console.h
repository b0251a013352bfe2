/* console.h: what the command line shows on standard error besides the
 * diagnostics' text: a progress bar, colour, verbose notes.
 *
 * A console wraps one stream (stderr in actorkg). Every line written
 * through it, diagnostics included, first clears the progress bar and then
 * redraws it, so the bar never mixes with messages. The caller decides what
 * is on: the bar only on a terminal, colour only on a terminal without
 * NO_COLOR (akg_console_wants_colour); with both off a console writes
 * exactly the bytes akg_diag_to_stderr would. Single-threaded: call from
 * the thread that owns the stream. */
#ifndef ACTORKG_CONSOLE_H
#define ACTORKG_CONSOLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "actorkg/status.h"

typedef struct akg_console akg_console;

/* `out` is borrowed and must outlive the console. */
akg_console *akg_console_new(FILE *out, bool progress, bool colour);
/* Clears the bar if it is shown; accepts NULL. */
void akg_console_free(akg_console *console);

/* True when the level words of messages may be coloured on a stream that
 * is a terminal: NO_COLOR (https://no-color.org) unset or empty, and TERM
 * not "dumb". */
bool akg_console_wants_colour(void);

/* An akg_diag_fn: "actorkg: FILE:LINE: LEVEL: MESSAGE", LEVEL in colour if
 * the console has colour on. `ctx` is the console. */
void akg_console_diag(void *ctx, akg_diag_level level, const char *file,
                      unsigned long line, const char *message);

/* Writes one line (a newline is added) below the bar. */
void akg_console_printf(akg_console *console, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* One more input of `total` is done, `bytes` long (0 when unknown): the
 * bar shows files done of total (only files done when `total` is 0, not
 * known) and the rate in MB/s (10^6 bytes) since the console was made. Redrawn at most
 * every 100 ms, and always for the last file; nothing when the console has no progress.
 */
void akg_console_progress(akg_console *console, size_t done, size_t total,
                          unsigned long long bytes);
/* Clears the bar and stops showing it (until the next progress call). */
void akg_console_progress_end(akg_console *console);

#endif

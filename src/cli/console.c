/* console.c: progress bar, colour and lines on standard error (see
 * console.h).
 *
 * The bar is one line redrawn in place with a carriage return, and erased
 * by writing spaces over it, not with terminal escape codes, so it works
 * on any terminal. Colour is ECMA-48 SGR (bold red "error", bold magenta
 * "warning", bold cyan "note", as GCC does). */
#define _POSIX_C_SOURCE 200809L
#include "actorkg/console.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "actorkg/alloc.h"

enum { BAR_WIDTH = 24 };
#define REDRAW_SECONDS 0.1

struct akg_console {
  FILE *out;
  bool progress, colour;
  size_t shown;     /* columns of the bar now on screen, 0 if none */
  char bar[160];    /* the bar's text, redrawn after each line */
  double start;     /* when the console was made */
  double last_draw; /* when the bar was last drawn, < 0: never */
  unsigned long long bytes;
};

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

akg_console *akg_console_new(FILE *out, bool progress, bool colour) {
  akg_console *c = akg_calloc(1, sizeof *c);
  c->out = out;
  c->progress = progress;
  c->colour = colour;
  c->start = now();
  c->last_draw = -1;
  return c;
}

bool akg_console_wants_colour(void) {
  const char *no_colour = getenv("NO_COLOR");
  const char *term = getenv("TERM");
  return !(no_colour && *no_colour) && !(term && !strcmp(term, "dumb"));
}

static void erase_bar(akg_console *c) {
  if (!c->shown)
    return;
  fprintf(c->out, "\r%*s\r", (int)c->shown, "");
  c->shown = 0;
}

static void draw_bar(akg_console *c) {
  if (!c->bar[0])
    return;
  size_t len = strlen(c->bar);
  /* Spaces over what a longer previous bar left. */
  fprintf(c->out, "\r%s%*s", c->bar, c->shown > len ? (int)(c->shown - len) : 0, "");
  c->shown = c->shown > len ? c->shown : len;
  fflush(c->out);
}

void akg_console_free(akg_console *console) {
  if (!console)
    return;
  akg_console_progress_end(console);
  akg_free(console);
}

void akg_console_diag(void *ctx, akg_diag_level level, const char *file,
                      unsigned long line, const char *message) {
  static const char *const names[] = {"note", "warning", "error"};
  static const char *const colours[] = {"\033[1;36m", "\033[1;35m", "\033[1;31m"};
  akg_console *c = ctx;
  erase_bar(c);
  fputs("actorkg: ", c->out);
  if (file) {
    fputs(file, c->out);
    if (line)
      fprintf(c->out, ":%lu", line);
    fputs(": ", c->out);
  }
  if (c->colour)
    fprintf(c->out, "%s%s\033[0m: %s\n", colours[level], names[level], message);
  else
    fprintf(c->out, "%s: %s\n", names[level], message);
  draw_bar(c);
}

void akg_console_printf(akg_console *console, const char *fmt, ...) {
  erase_bar(console);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(console->out, fmt, ap);
  va_end(ap);
  fputc('\n', console->out);
  draw_bar(console);
}

void akg_console_progress(akg_console *console, size_t done, size_t total,
                          unsigned long long bytes) {
  akg_console *c = console;
  c->bytes += bytes;
  if (!c->progress)
    return;
  double t = now();
  if (done < total && c->last_draw >= 0 && t - c->last_draw < REDRAW_SECONDS)
    return;
  c->last_draw = t;
  char bar[BAR_WIDTH + 1];
  size_t filled = total ? (done >= total ? BAR_WIDTH : done * BAR_WIDTH / total) : 0;
  memset(bar, '#', filled);
  memset(bar + filled, '.', BAR_WIDTH - filled);
  bar[BAR_WIDTH] = '\0';
  double elapsed = t - c->start;
  double mb = (double)c->bytes / 1e6;
  double rate = elapsed > 0 ? mb / elapsed : 0.0;
  if (total)
    snprintf(c->bar, sizeof c->bar, "actorkg: [%s] %zu/%zu files, %.1f MB, %.1f MB/s",
             bar, done, total, mb, rate);
  else /* not counted */
    snprintf(c->bar, sizeof c->bar, "actorkg: %zu files, %.1f MB, %.1f MB/s", done, mb,
             rate);
  draw_bar(c);
}

void akg_console_progress_end(akg_console *console) {
  erase_bar(console);
  console->bar[0] = '\0';
  console->last_draw = -1;
  fflush(console->out);
}

/* buf.h: a growable byte string, always NUL-terminated once written.
 *
 * A plain value type (no hidden state): zero-initialise it or use
 * AKG_BUF_INIT, append to it, and release it with akg_buf_free. The data
 * pointer may move on every append. */
#ifndef ACTORKG_BUF_H
#define ACTORKG_BUF_H

#include <stddef.h>

typedef struct akg_buf {
  char *data; /* NULL until the first append, then NUL-terminated */
  size_t len; /* bytes, not counting the terminator */
  size_t cap;
} akg_buf;

#define AKG_BUF_INIT                                                                     \
  { NULL, 0, 0 }

void akg_buf_append(akg_buf *buf, const char *bytes, size_t len);
void akg_buf_puts(akg_buf *buf, const char *s);
void akg_buf_putc(akg_buf *buf, char c);
void akg_buf_printf(akg_buf *buf, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Makes room for `extra` more bytes without changing len. */
void akg_buf_reserve(akg_buf *buf, size_t extra);
/* Empties the buffer, keeping its memory. */
void akg_buf_clear(akg_buf *buf);
/* The contents as a string ("" when nothing was written). Borrowed. */
const char *akg_buf_str(const akg_buf *buf);
/* Hands the contents to the caller (free with akg_free) and resets the
 * buffer; returns "" duplicated when empty, never NULL. */
char *akg_buf_steal(akg_buf *buf);
void akg_buf_free(akg_buf *buf);

#endif

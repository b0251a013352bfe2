/* buf.c: the growable byte string (see buf.h). */
#include "actorkg/buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "actorkg/alloc.h"

void akg_buf_reserve(akg_buf *buf, size_t extra) {
  size_t need = buf->len + extra + 1;
  if (need <= buf->cap)
    return;
  size_t cap = buf->cap ? buf->cap : 64;
  while (cap < need)
    cap *= 2;
  buf->data = akg_realloc(buf->data, cap);
  buf->cap = cap;
}

void akg_buf_append(akg_buf *buf, const char *bytes, size_t len) {
  akg_buf_reserve(buf, len);
  if (len)
    memcpy(buf->data + buf->len, bytes, len);
  buf->len += len;
  buf->data[buf->len] = '\0';
}

void akg_buf_puts(akg_buf *buf, const char *s) {
  akg_buf_append(buf, s, strlen(s));
}

void akg_buf_putc(akg_buf *buf, char c) {
  akg_buf_append(buf, &c, 1);
}

void akg_buf_printf(akg_buf *buf, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n <= 0)
    return;
  akg_buf_reserve(buf, (size_t)n);
  va_start(ap, fmt);
  vsnprintf(buf->data + buf->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  buf->len += (size_t)n;
}

void akg_buf_clear(akg_buf *buf) {
  buf->len = 0;
  if (buf->data)
    buf->data[0] = '\0';
}

const char *akg_buf_str(const akg_buf *buf) {
  return buf->data ? buf->data : "";
}

char *akg_buf_steal(akg_buf *buf) {
  char *s = buf->data ? buf->data : akg_strdup("");
  buf->data = NULL;
  buf->len = buf->cap = 0;
  return s;
}

void akg_buf_free(akg_buf *buf) {
  akg_free(buf->data);
  buf->data = NULL;
  buf->len = buf->cap = 0;
}

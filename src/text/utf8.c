/* utf8.c: see utf8.h. */
#include "text/utf8.h"

#include "actorkg/buf.h"

uint32_t akg_utf8_decode(const unsigned char *s, size_t len, size_t *size) {
  unsigned char c = s[0];
  *size = 1;
  if (c < 0x80)
    return c;
  size_t need;
  uint32_t cp, min;
  if ((c & 0xE0) == 0xC0)
    need = 2, cp = c & 0x1F, min = 0x80;
  else if ((c & 0xF0) == 0xE0)
    need = 3, cp = c & 0x0F, min = 0x800;
  else if ((c & 0xF8) == 0xF0)
    need = 4, cp = c & 0x07, min = 0x10000;
  else
    return 0xFFFD;
  if (len < need)
    return 0xFFFD;
  for (size_t i = 1; i < need; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0xFFFD;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0xFFFD;
  *size = need;
  return cp;
}

size_t akg_utf8_encode(uint32_t cp, char *out) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* An invalid sequence is the only way to decode one byte >= 0x80. */
static bool invalid_at(const unsigned char *p, size_t len, size_t *size) {
  akg_utf8_decode(p, len, size);
  return *size == 1 && p[0] >= 0x80;
}

bool akg_utf8_valid(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0, size; i < len; i += size)
    if (invalid_at(p + i, len - i, &size))
      return false;
  return true;
}

char *akg_utf8_repaired(const char *s, size_t len, size_t *out_len) {
  const unsigned char *p = (const unsigned char *)s;
  akg_buf out = AKG_BUF_INIT;
  size_t run = 0; /* start of the valid bytes not yet copied */
  for (size_t i = 0, size; i < len; i += size) {
    if (invalid_at(p + i, len - i, &size)) {
      akg_buf_append(&out, s + run, i - run);
      akg_buf_append(&out, "\xEF\xBF\xBD", 3);
      run = i + 1;
    }
  }
  akg_buf_append(&out, s + run, len - run);
  *out_len = out.len;
  return akg_buf_steal(&out);
}

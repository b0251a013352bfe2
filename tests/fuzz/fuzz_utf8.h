/* fuzz_utf8.h: a strict UTF-8 check, written apart from src/text/utf8.c so
 * that the fuzz targets do not trust the decoder they test. */
#ifndef ACTORKG_FUZZ_UTF8_H
#define ACTORKG_FUZZ_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Bytes of the well-formed UTF-8 character at s[0..len) (no overlongs, no
 * surrogates, nothing above U+10FFFF), or 0. */
static inline size_t fuzz_utf8_char(const unsigned char *p, size_t len) {
  uint32_t c = p[0];
  int extra = c < 0x80             ? 0
              : (c & 0xE0) == 0xC0 ? 1
              : (c & 0xF0) == 0xE0 ? 2
              : (c & 0xF8) == 0xF0 ? 3
                                   : -1;
  if (extra < 0 || (size_t)extra >= len)
    return 0;
  uint32_t cp = extra == 0 ? c : extra == 1 ? c & 0x1F : extra == 2 ? c & 0x0F : c & 0x07;
  for (int k = 1; k <= extra; k++) {
    if ((p[k] & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (p[k] & 0x3F);
  }
  static const uint32_t min[] = {0, 0x80, 0x800, 0x10000};
  if (cp < min[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return (size_t)extra + 1;
}

/* True if s[0..len) is well-formed UTF-8. */
static inline bool fuzz_valid_utf8_n(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0, n; i < len; i += n)
    if (!(n = fuzz_utf8_char(p + i, len - i)))
      return false;
  return true;
}

/* The same for a NUL-terminated string. */
static inline bool fuzz_valid_utf8(const char *s) {
  return fuzz_valid_utf8_n(s, strlen(s));
}

#endif

/* iri.c: IRI segments and article local names (see iri.h).
 *
 * Encoding is byte-wise: non-ASCII UTF-8 becomes %XX per byte, which is what
 * a URI would carry anyway and keeps the output ASCII, so every RDF syntax
 * and every store reads the same IRI. */
#include "actorkg/iri.h"

#include <string.h>

#include "actorkg/alloc.h"
#include "text/utf8.h"

static bool is_alpha(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool is_alnum(unsigned char c) {
  return is_alpha(c) || (c >= '0' && c <= '9');
}

static bool is_unreserved(unsigned char c) {
  return is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

static void append_encoded(akg_buf *buf, const char *s, size_t len) {
  static const char hex[] = "0123456789ABCDEF";
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (is_unreserved(c)) {
      akg_buf_putc(buf, (char)c);
    } else {
      char esc[3] = {'%', hex[c >> 4], hex[c & 15]};
      akg_buf_append(buf, esc, sizeof esc);
    }
  }
}

void akg_iri_append_segment(akg_buf *buf, const char *s) {
  append_encoded(buf, s, strlen(s));
}

char *akg_iri_encode_segment(const char *s) {
  akg_buf buf = AKG_BUF_INIT;
  akg_iri_append_segment(&buf, s);
  return akg_buf_steal(&buf);
}

/* The length of `id` without its extension, or the whole length. */
static size_t stem_length(const char *id) {
  size_t len = strlen(id);
  const char *dot = strrchr(id, '.');
  if (!dot || dot == id)
    return len;
  size_t ext = len - (size_t)(dot - id) - 1;
  if (ext < 1 || ext > 5)
    return len;
  for (const char *p = dot + 1; *p; p++)
    if (!is_alnum((unsigned char)*p))
      return len;
  return (size_t)(dot - id);
}

char *akg_iri_article_name(const char *id) {
  akg_buf buf = AKG_BUF_INIT;
  append_encoded(&buf, id, stem_length(id));
  return akg_buf_steal(&buf);
}

bool akg_iri_is_absolute(const char *s) {
  const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);
  if (!is_alpha(*p))
    return false;
  while (is_alnum(*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  if (*p++ != ':' || !*p)
    return false;
  size_t size;
  for (; *p; p += size) {
    size = 1;
    if (*p <= 0x20 || *p == 0x7f || strchr("<>\"{}|\\^`", *p))
      return false;
    /* Non-ASCII must be well-formed UTF-8 (a real U+FFFD takes 3 bytes). */
    if (*p >= 0x80 && akg_utf8_decode(p, (size_t)(end - p), &size) == 0xFFFD && size != 3)
      return false;
  }
  return true;
}

/* json.c: JSON strings and integers for article records (see json.h). */
#include "mapred/json.h"

#include <string.h>

#include "text/utf8.h"

static const char hex_digits[] = "0123456789abcdef";

static void put_u_escape(akg_buf *out, unsigned code) {
  char esc[6] = {
      '\\', 'u', '0', '0', hex_digits[(code >> 4) & 15], hex_digits[code & 15]};
  akg_buf_append(out, esc, sizeof esc);
}

void akg_json_put_string(akg_buf *out, const char *s) {
  akg_buf_putc(out, '"');
  const unsigned char *p = (const unsigned char *)s;
  size_t len = strlen(s);
  size_t i = 0;
  while (i < len) {
    unsigned char c = p[i];
    if (c >= 0x80) {
      size_t size;
      uint32_t cp = akg_utf8_decode(p + i, len - i, &size);
      if (cp == 0xFFFD && size == 1)
        put_u_escape(out, c); /* not UTF-8: the byte itself (json.h) */
      else
        akg_buf_append(out, (const char *)p + i, size);
      i += size;
      continue;
    }
    switch (c) {
    case '"': akg_buf_puts(out, "\\\""); break;
    case '\\': akg_buf_puts(out, "\\\\"); break;
    case '\n': akg_buf_puts(out, "\\n"); break;
    case '\r': akg_buf_puts(out, "\\r"); break;
    case '\t': akg_buf_puts(out, "\\t"); break;
    default:
      if (c < 0x20)
        put_u_escape(out, c);
      else
        akg_buf_putc(out, (char)c);
    }
    i++;
  }
  akg_buf_putc(out, '"');
}

static bool fail(akg_json_cursor *cur, const char *message) {
  if (!cur->error)
    cur->error = message;
  return false;
}

static void skip_space(akg_json_cursor *cur) {
  while (cur->p < cur->end &&
         (*cur->p == ' ' || *cur->p == '\t' || *cur->p == '\n' || *cur->p == '\r'))
    cur->p++;
}

bool akg_json_peek(akg_json_cursor *cur, char c) {
  skip_space(cur);
  return cur->p < cur->end && *cur->p == c;
}

bool akg_json_expect(akg_json_cursor *cur, char c) {
  static const char *const messages[] = {
      "expected '{'", "expected '}'", "expected '['",        "expected ']'",
      "expected ':'", "expected ','", "expected a character"};
  static const char chars[] = "{}[]:,";
  if (akg_json_peek(cur, c)) {
    cur->p++;
    return true;
  }
  const char *at = strchr(chars, c);
  return fail(cur, messages[at && c ? at - chars : 6]);
}

bool akg_json_at_end(akg_json_cursor *cur) {
  skip_space(cur);
  return cur->p == cur->end;
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the four hex digits after "\u". */
static bool read_hex4(akg_json_cursor *cur, unsigned *out) {
  if (cur->end - cur->p < 4)
    return fail(cur, "truncated \\u escape");
  unsigned v = 0;
  for (int i = 0; i < 4; i++) {
    int d = hex_value(cur->p[i]);
    if (d < 0)
      return fail(cur, "bad \\u escape");
    v = v << 4 | (unsigned)d;
  }
  cur->p += 4;
  *out = v;
  return true;
}

/* After "\u": a code point (a surrogate pair is joined), or a raw byte for
 * \u0080..\u00ff (json.h). */
static bool read_u_escape(akg_json_cursor *cur, akg_buf *out) {
  unsigned cp;
  if (!read_hex4(cur, &cp))
    return false;
  if (cp == 0)
    return fail(cur, "NUL character in a string");
  if (cp >= 0x80 && cp <= 0xFF) {
    akg_buf_putc(out, (char)cp);
    return true;
  }
  if (cp >= 0xDC00 && cp <= 0xDFFF)
    return fail(cur, "unpaired surrogate in a \\u escape");
  if (cp >= 0xD800 && cp <= 0xDBFF) {
    unsigned low;
    if (cur->end - cur->p < 2 || cur->p[0] != '\\' || cur->p[1] != 'u')
      return fail(cur, "unpaired surrogate in a \\u escape");
    cur->p += 2;
    if (!read_hex4(cur, &low))
      return false;
    if (low < 0xDC00 || low > 0xDFFF)
      return fail(cur, "unpaired surrogate in a \\u escape");
    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
  }
  char utf8[4];
  akg_buf_append(out, utf8, akg_utf8_encode(cp, utf8));
  return true;
}

bool akg_json_read_string(akg_json_cursor *cur, akg_buf *out) {
  akg_buf_clear(out);
  akg_buf_append(out, "", 0);
  if (!akg_json_peek(cur, '"'))
    return fail(cur, "expected a string");
  cur->p++;
  for (;;) {
    const char *run = cur->p;
    while (cur->p < cur->end && *cur->p != '"' && *cur->p != '\\' &&
           (unsigned char)*cur->p >= 0x20)
      cur->p++;
    akg_buf_append(out, run, (size_t)(cur->p - run));
    if (cur->p == cur->end)
      return fail(cur, "unterminated string");
    char c = *cur->p++;
    if (c == '"')
      return true;
    if (c != '\\') {
      cur->p--;
      return fail(cur, "control character in a string");
    }
    if (cur->p == cur->end)
      return fail(cur, "unterminated string");
    c = *cur->p++;
    switch (c) {
    case '"': akg_buf_putc(out, '"'); break;
    case '\\': akg_buf_putc(out, '\\'); break;
    case '/': akg_buf_putc(out, '/'); break;
    case 'b': akg_buf_putc(out, '\b'); break;
    case 'f': akg_buf_putc(out, '\f'); break;
    case 'n': akg_buf_putc(out, '\n'); break;
    case 'r': akg_buf_putc(out, '\r'); break;
    case 't': akg_buf_putc(out, '\t'); break;
    case 'u':
      if (!read_u_escape(cur, out))
        return false;
      break;
    default: cur->p--; return fail(cur, "bad escape in a string");
    }
  }
}

bool akg_json_read_uint(akg_json_cursor *cur, unsigned long long *out) {
  skip_space(cur);
  if (cur->p == cur->end || *cur->p < '0' || *cur->p > '9')
    return fail(cur, "expected a non-negative integer");
  if (*cur->p == '0' && cur->end - cur->p > 1 && cur->p[1] >= '0' && cur->p[1] <= '9')
    return fail(cur, "leading zero in a number");
  unsigned long long v = 0;
  while (cur->p < cur->end && *cur->p >= '0' && *cur->p <= '9') {
    unsigned d = (unsigned)(*cur->p - '0');
    if (v > (~0ULL - d) / 10)
      return fail(cur, "number too large");
    v = v * 10 + d;
    cur->p++;
  }
  if (cur->p < cur->end && (*cur->p == '.' || *cur->p == 'e' || *cur->p == 'E'))
    return fail(cur, "expected an integer");
  *out = v;
  return true;
}

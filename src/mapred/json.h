/* json.h: the little JSON that article records need, written and read.
 *
 * Internal to src/mapred. Strings are written as UTF-8 with the escapes
 * JSON requires; the one extension is for bytes that are not UTF-8 (a file
 * name can hold any bytes): each is written as \u0080..\u00ff, and read
 * back as that byte, so any C string survives the round trip and the text
 * stays valid JSON (a reader that does not know the convention sees the
 * bytes as Latin-1 characters). The reader is strict: the grammar of RFC
 * 8259, no NUL in strings, integers only. */
#ifndef ACTORKG_MAPRED_JSON_H
#define ACTORKG_MAPRED_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "actorkg/buf.h"

/* Appends `s` as a JSON string, quotes included. */
void akg_json_put_string(akg_buf *out, const char *s);

/* A position in JSON text being read; `error` is set (a static message) by
 * the first failed read and `p` then points where it failed. */
typedef struct akg_json_cursor {
  const char *start;
  const char *p;
  const char *end;
  const char *error;
} akg_json_cursor;

/* Skips white space; true if the next character is `c` (not consumed). */
bool akg_json_peek(akg_json_cursor *cur, char c);
/* Skips white space and consumes `c`, or fails with "expected 'c'". */
bool akg_json_expect(akg_json_cursor *cur, char c);
/* Reads a string into `out` (cleared first; NUL-terminated). */
bool akg_json_read_string(akg_json_cursor *cur, akg_buf *out);
/* Reads a non-negative integer that fits in unsigned long long. */
bool akg_json_read_uint(akg_json_cursor *cur, unsigned long long *out);
/* True when only white space is left. */
bool akg_json_at_end(akg_json_cursor *cur);

#endif

/* utf8.h: decoding one UTF-8 code point, tolerant of bad bytes.
 *
 * Internal to src/text. Invalid or truncated sequences decode as U+FFFD and
 * advance one byte, so every byte is visited once and no input can make a
 * scanner stall or read past the end. */
#ifndef ACTORKG_TEXT_UTF8_H
#define ACTORKG_TEXT_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes the code point at s[0..len) (len > 0); stores its byte length. */
uint32_t akg_utf8_decode(const unsigned char *s, size_t len, size_t *size);
/* Encodes cp into out (4 bytes room); returns the byte count. */
size_t akg_utf8_encode(uint32_t cp, char *out);

/* True if s[0..len) is well-formed UTF-8 (a real U+FFFD included). */
bool akg_utf8_valid(const char *s, size_t len);
/* A copy of s[0..len) with every invalid byte replaced by U+FFFD, NUL-
 * terminated (free with akg_free); its length goes to *out_len. */
char *akg_utf8_repaired(const char *s, size_t len, size_t *out_len);

#endif

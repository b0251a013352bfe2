/* utf8.h: decoding one UTF-8 code point, tolerant of bad bytes.
 *
 * Internal to src/text. Invalid or truncated sequences decode as U+FFFD and
 * advance one byte, so every byte is visited once and no input can make a
 * scanner stall or read past the end. */
#ifndef ACTORKG_TEXT_UTF8_H
#define ACTORKG_TEXT_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes the code point at s[0..len) (len > 0); stores its byte length. */
uint32_t akg_utf8_decode(const unsigned char *s, size_t len, size_t *size);
/* Encodes cp into out (4 bytes room); returns the byte count. */
size_t akg_utf8_encode(uint32_t cp, char *out);

#endif

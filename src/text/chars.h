/* chars.h: the character classes the tokenizer and the sentence splitter
 * agree on. Internal to src/text. */
#ifndef ACTORKG_TEXT_CHARS_H
#define ACTORKG_TEXT_CHARS_H

#include <stdbool.h>
#include <stdint.h>

typedef enum akg_char_class {
  AKG_CHAR_SPACE,
  AKG_CHAR_NEWLINE,
  AKG_CHAR_LETTER,
  AKG_CHAR_DIGIT,
  AKG_CHAR_APOSTROPHE, /* ' ’ ‘ ʼ: apostrophe or single quote */
  AKG_CHAR_HYPHEN,     /* - ‐ ‑ */
  AKG_CHAR_DASH,       /* ‒ – — ― */
  AKG_CHAR_QUOTE,      /* " “ ” „ « » */
  AKG_CHAR_DOT,
  AKG_CHAR_OTHER
} akg_char_class;

/* The class of any code point. */
akg_char_class akg_char_classify_any(uint32_t cp);

/* akg_char_classify_any's answer for each ASCII code point. Text is
 * mostly ASCII and the tokenizer asks for every character, so ASCII is a
 * table lookup inlined at the call (test_chars checks it against the
 * rules). */
extern const uint8_t akg_char_ascii_class[128];

static inline akg_char_class akg_char_classify(uint32_t cp) {
  return cp < 0x80 ? (akg_char_class)akg_char_ascii_class[cp] : akg_char_classify_any(cp);
}
/* Simple case mapping for Latin, Greek and Cyrillic; others unchanged. */
uint32_t akg_char_to_lower(uint32_t cp);
bool akg_char_is_upper(uint32_t cp);
bool akg_char_is_lower(uint32_t cp);

#endif

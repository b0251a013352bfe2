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

akg_char_class akg_char_classify(uint32_t cp);
/* Simple case mapping for Latin, Greek and Cyrillic; others unchanged. */
uint32_t akg_char_to_lower(uint32_t cp);
bool akg_char_is_upper(uint32_t cp);
bool akg_char_is_lower(uint32_t cp);

#endif

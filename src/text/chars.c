/* chars.c: character classes (see chars.h). Deliberately small tables:
 * actorkg reads English news, where names may carry Latin diacritics
 * ("Türkiye", "Côte d'Ivoire") but the grammar words are ASCII. */
#include "text/chars.h"

#define S AKG_CHAR_SPACE
#define N AKG_CHAR_NEWLINE
#define L AKG_CHAR_LETTER
#define D AKG_CHAR_DIGIT
#define A AKG_CHAR_APOSTROPHE
#define H AKG_CHAR_HYPHEN
#define Q AKG_CHAR_QUOTE
#define P AKG_CHAR_DOT
#define O AKG_CHAR_OTHER
const uint8_t akg_char_ascii_class[128] = {
    O, O, O, O, O, O, O, O, O, S, N, S, S, S, O, O, /* 0x00: \t \n \v \f \r */
    O, O, O, O, O, O, O, O, O, O, O, O, O, O, O, O, /* 0x10 */
    S, O, Q, O, O, O, O, A, O, O, O, O, O, H, P, O, /* 0x20: space " ' - . */
    D, D, D, D, D, D, D, D, D, D, O, O, O, O, O, O, /* 0x30: digits */
    O, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, /* 0x40: @ A-O */
    L, L, L, L, L, L, L, L, L, L, L, O, O, O, O, O, /* 0x50: P-Z */
    O, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, /* 0x60: ` a-o */
    L, L, L, L, L, L, L, L, L, L, L, O, O, O, O, O, /* 0x70: p-z, DEL */
};
#undef S
#undef N
#undef L
#undef D
#undef A
#undef H
#undef Q
#undef P
#undef O

akg_char_class akg_char_classify_any(uint32_t cp) {
  if (cp == '\n' || cp == 0x2028 || cp == 0x2029 || cp == 0x85)
    return AKG_CHAR_NEWLINE;
  if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
      (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
      cp == 0xFEFF)
    return AKG_CHAR_SPACE;
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
    return AKG_CHAR_LETTER;
  if (cp >= '0' && cp <= '9')
    return AKG_CHAR_DIGIT;
  if (cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x02BC)
    return AKG_CHAR_APOSTROPHE;
  if (cp == '-' || cp == 0x2010 || cp == 0x2011)
    return AKG_CHAR_HYPHEN;
  if (cp >= 0x2012 && cp <= 0x2015)
    return AKG_CHAR_DASH;
  if (cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB ||
      cp == 0xBB)
    return AKG_CHAR_QUOTE;
  if (cp == '.')
    return AKG_CHAR_DOT;
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
      (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
      (cp >= 0xFF00 && cp <= 0xFF0F) || cp == 0xFFFD || cp >= 0x1F000)
    return AKG_CHAR_OTHER;
  return AKG_CHAR_LETTER;
}

uint32_t akg_char_to_lower(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z')
    return cp + 32;
  if (cp < 0xC0)
    return cp;
  if (cp <= 0xDE && cp != 0xD7)
    return cp + 32;
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
    return cp % 2 ? cp : cp + 1;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
    return cp % 2 ? cp + 1 : cp;
  if (cp == 0x178)
    return 0xFF;
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2)
    return cp + 32;
  if (cp >= 0x410 && cp <= 0x42F)
    return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F)
    return cp + 80;
  return cp;
}

bool akg_char_is_upper(uint32_t cp) {
  return akg_char_to_lower(cp) != cp;
}

bool akg_char_is_lower(uint32_t cp) {
  if (cp >= 'a' && cp <= 'z')
    return true;
  if (cp < 0xDF)
    return false;
  if (cp <= 0xFF)
    return cp != 0xF7;
  /* A lower-case letter is one that some upper-case letter maps to. */
  return (cp >= 0x101 && cp <= 0x17F && !akg_char_is_upper(cp)) ||
         (cp >= 0x3B1 && cp <= 0x3C9) || (cp >= 0x430 && cp <= 0x45F);
}

/* tokens.c: the tokenizer (see tokens.h for the rules).
 *
 * One left-to-right pass; each code point is decoded once or twice (the
 * lookahead for apostrophes and abbreviations), so time is linear in the
 * input whatever it holds. ASCII, nearly all of English news, skips the
 * UTF-8 decoder and the general case tables (same answers, fewer steps). */
#include "actorkg/tokens.h"

#include <stdbool.h>
#include <string.h>

#include "actorkg/alloc.h"
#include "actorkg/hash.h"
#include "text/chars.h"
#include "text/utf8.h"

typedef struct scanner {
  const unsigned char *s;
  size_t len;
  akg_tokens *out;
} scanner;

static uint32_t peek(const scanner *sc, size_t at, size_t *size) {
  if (at >= sc->len) {
    *size = 0;
    return 0;
  }
  if (sc->s[at] < 0x80) {
    *size = 1;
    return sc->s[at];
  }
  return akg_utf8_decode(sc->s + at, sc->len - at, size);
}

static akg_char_class class_at(const scanner *sc, size_t at) {
  size_t size;
  if (at >= sc->len)
    return AKG_CHAR_SPACE;
  return akg_char_classify(peek(sc, at, &size));
}

static bool is_word_char(const scanner *sc, size_t at) {
  akg_char_class c = class_at(sc, at);
  return c == AKG_CHAR_LETTER || c == AKG_CHAR_DIGIT;
}

static bool is_ascii_letter(const scanner *sc, size_t at) {
  return at < sc->len && ((sc->s[at] | 0x20) >= 'a' && (sc->s[at] | 0x20) <= 'z');
}

/* Appends the normal form of s[start..end) and returns its offset. */
static uint32_t push_norm(akg_tokens *out, const unsigned char *s, size_t start,
                          size_t end) {
  uint32_t offset = (uint32_t)out->norms.len;
  size_t size;
  /* A byte becomes at most 3 (a stray byte is U+FFFD). */
  akg_buf_reserve(&out->norms, 3 * (end - start) + 1);
  for (size_t i = start; i < end; i += size) {
    unsigned char b = s[i];
    if (b < 0x80) {
      /* ASCII: letters lower-cased, the apostrophe, quote and hyphen are
       * themselves; no ASCII character is a dash. */
      out->norms.data[out->norms.len++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
      size = 1;
      continue;
    }
    uint32_t cp = akg_utf8_decode(s + i, end - i, &size);
    char enc[4];
    switch (akg_char_classify(cp)) {
    case AKG_CHAR_APOSTROPHE: akg_buf_putc(&out->norms, '\''); continue;
    case AKG_CHAR_QUOTE: akg_buf_putc(&out->norms, '"'); continue;
    case AKG_CHAR_HYPHEN: akg_buf_putc(&out->norms, '-'); continue;
    case AKG_CHAR_DASH: akg_buf_puts(&out->norms, "--"); continue;
    default: break;
    }
    if (cp == 0x2026) {
      akg_buf_puts(&out->norms, "...");
      continue;
    }
    akg_buf_append(&out->norms, enc, akg_utf8_encode(akg_char_to_lower(cp), enc));
  }
  akg_buf_putc(&out->norms, '\0');
  return offset;
}

static void emit(scanner *sc, size_t start, size_t end, akg_token_kind kind,
                 unsigned flags) {
  akg_tokens *out = sc->out;
  if (out->count == out->cap) {
    out->cap = out->cap ? out->cap * 2 : 64;
    out->items = akg_reallocarray(out->items, out->cap, sizeof *out->items);
  }
  unsigned letters = 0, upper = 0, lower = 0;
  size_t size;
  for (size_t i = start; i < end; i += size) {
    unsigned char b = sc->s[i];
    if (b < 0x80) {
      size = 1;
      if (b >= 'A' && b <= 'Z') {
        if (!letters)
          flags |= AKG_TOKEN_CAPITALIZED;
        upper++;
        letters++;
      } else if (b >= 'a' && b <= 'z') {
        lower++;
        letters++;
      }
      continue;
    }
    uint32_t cp = akg_utf8_decode(sc->s + i, end - i, &size);
    if (akg_char_classify(cp) != AKG_CHAR_LETTER)
      continue;
    if (akg_char_is_upper(cp)) {
      if (!letters)
        flags |= AKG_TOKEN_CAPITALIZED;
      upper++;
    } else if (akg_char_is_lower(cp)) {
      lower++;
    }
    letters++;
  }
  if (upper >= 2 && !lower)
    flags |= AKG_TOKEN_ALL_CAPS;
  akg_token *t = &out->items[out->count++];
  t->start = (uint32_t)start;
  t->len = (uint32_t)(end - start);
  t->kind = (uint8_t)kind;
  t->flags = (uint8_t)flags;
  t->norm = push_norm(out, sc->s, start, end);
  t->norm_len = (uint32_t)(out->norms.len - 1 - t->norm);
  t->hash = akg_fnv1a_64(AKG_FNV1A_64_INIT, out->norms.data + t->norm, t->norm_len);
}

/* "U.S.", "D.P.R.K.", "e.g." (two or more single letters each followed by a
 * dot) or an initial "N." (one capital and a dot). Returns the length, or 0. */
static size_t abbreviation_length(const scanner *sc, size_t at) {
  size_t p = at, segments = 0;
  /* Each segment is one ASCII letter and a dot; `at` starts a token, so the
   * first letter has no word character before it. */
  while (is_ascii_letter(sc, p) && p + 1 < sc->len && sc->s[p + 1] == '.') {
    p += 2;
    segments++;
  }
  if (segments >= 2)
    return p - at;
  if (segments == 1 && sc->s[at] >= 'A' && sc->s[at] <= 'Z')
    return 2;
  return 0;
}

/* A possessive "'s" or "'" or a negation "n't" attached to the word ending
 * at `at`; returns its length or 0. */
static size_t clitic_length(const scanner *sc, size_t at) {
  size_t size;
  size_t p = at;
  bool negation = false;
  if (p < sc->len && (sc->s[p] == 'n' || sc->s[p] == 'N')) {
    negation = true;
    p++;
  }
  if (class_at(sc, p) != AKG_CHAR_APOSTROPHE)
    return 0;
  peek(sc, p, &size);
  p += size;
  if (negation) {
    if (p < sc->len && (sc->s[p] == 't' || sc->s[p] == 'T') && !is_word_char(sc, p + 1))
      return p + 1 - at;
    return 0;
  }
  if (p < sc->len && (sc->s[p] == 's' || sc->s[p] == 'S') && !is_word_char(sc, p + 1))
    return p + 1 - at;
  return 0;
}

static size_t scan_word(const scanner *sc, size_t at) {
  size_t p = at, size;
  while (p < sc->len) {
    akg_char_class c = akg_char_classify(peek(sc, p, &size));
    if (c == AKG_CHAR_LETTER || c == AKG_CHAR_DIGIT) {
      /* Stop before a negation clitic: "didn't" -> "did" + "n't". */
      if ((sc->s[p] == 'n' || sc->s[p] == 'N') && p > at && clitic_length(sc, p))
        return p;
      p += size;
      continue;
    }
    if (c == AKG_CHAR_APOSTROPHE && !clitic_length(sc, p)) {
      size_t next;
      peek(sc, p, &next);
      /* An apostrophe inside a name ("O'Brien", "d'Ivoire") stays in it. */
      if (class_at(sc, p + next) == AKG_CHAR_LETTER) {
        p += next;
        continue;
      }
    }
    break;
  }
  return p;
}

static size_t scan_number(const scanner *sc, size_t at) {
  size_t p = at, size;
  while (p < sc->len) {
    akg_char_class c = akg_char_classify(peek(sc, p, &size));
    if (c == AKG_CHAR_DIGIT) {
      p += size;
    } else if ((sc->s[p] == ',' || sc->s[p] == '.') && p + 1 < sc->len &&
               sc->s[p + 1] >= '0' && sc->s[p + 1] <= '9') {
      p++;
    } else {
      break;
    }
  }
  /* An ordinal or unit suffix ("27th", "5km") belongs to the number. */
  while (p < sc->len && akg_char_classify(peek(sc, p, &size)) == AKG_CHAR_LETTER)
    p += size;
  return p;
}

void akg_tokenize(const char *text, size_t len, akg_tokens *out) {
  if (len > UINT32_MAX)
    len = UINT32_MAX;
  out->count = 0;
  akg_buf_clear(&out->norms);
  scanner sc = {(const unsigned char *)text, len, out};
  unsigned pending = AKG_TOKEN_SPACE_BEFORE;
  size_t p = 0, size;
  while (p < len) {
    uint32_t cp = peek(&sc, p, &size);
    akg_char_class c = akg_char_classify(cp);
    if (c == AKG_CHAR_SPACE || c == AKG_CHAR_NEWLINE) {
      pending |= AKG_TOKEN_SPACE_BEFORE;
      if (c == AKG_CHAR_NEWLINE)
        pending |= AKG_TOKEN_NEWLINE_BEFORE;
      p += size;
      continue;
    }
    size_t end;
    akg_token_kind kind = AKG_TOKEN_WORD;
    size_t clitic = (pending & AKG_TOKEN_SPACE_BEFORE) ? 0 : clitic_length(&sc, p);
    if (clitic) {
      end = p + clitic;
    } else if (c == AKG_CHAR_LETTER) {
      size_t abbr = abbreviation_length(&sc, p);
      end = abbr ? p + abbr : scan_word(&sc, p);
    } else if (c == AKG_CHAR_DIGIT) {
      end = scan_number(&sc, p);
      kind = AKG_TOKEN_NUMBER;
    } else {
      kind = AKG_TOKEN_PUNCT;
      end = p + size;
      /* Runs of dots or dashes are one token ("...", "--"), and so is a
       * run of ASCII hyphens, the plain-text dash ("Japan--China"). */
      size_t more;
      bool hyphen_run = c == AKG_CHAR_HYPHEN && end < len &&
                        akg_char_classify(peek(&sc, end, &more)) == AKG_CHAR_HYPHEN;
      if (c == AKG_CHAR_DOT || c == AKG_CHAR_DASH || hyphen_run) {
        while (end < len && akg_char_classify(peek(&sc, end, &more)) == c)
          end += more;
      }
    }
    emit(&sc, p, end, kind, pending);
    pending = 0;
    p = end;
  }
}

void akg_tokens_free(akg_tokens *tokens) {
  akg_free(tokens->items);
  akg_buf_free(&tokens->norms);
  memset(tokens, 0, sizeof *tokens);
}

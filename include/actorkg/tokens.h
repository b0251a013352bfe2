/* tokens.h: splitting text into word, number and punctuation tokens.
 *
 * Every matcher in actorkg (actor names, relation words, cue words, date
 * expressions) works on tokens, and lexicon phrases are tokenized with this
 * same function, so "N.Korea", "N. Korea", "Japan-U.S." and "Japan’s" are
 * seen the same way in the lexicon and in text. Each token keeps its byte
 * span in the source and a normalised form: ASCII letters lower-cased,
 * typographic apostrophes, quotes and dashes folded to ASCII.
 *
 * Splits: a possessive "'s" (or a bare "'" after a plural) and a negation
 * "n't" become their own tokens; hyphens between words are their own "-"
 * tokens; dotted abbreviations ("U.S.", "D.P.R.K.") stay one token with
 * their dots; a single capital followed by a dot ("N.") is one token. */
#ifndef ACTORKG_TOKENS_H
#define ACTORKG_TOKENS_H

#include <stddef.h>
#include <stdint.h>

#include "actorkg/buf.h"

typedef enum akg_token_kind {
  AKG_TOKEN_WORD,
  AKG_TOKEN_NUMBER, /* starts with a digit: "2021", "27th", "5,000" */
  AKG_TOKEN_PUNCT
} akg_token_kind;

enum {
  AKG_TOKEN_SPACE_BEFORE = 1, /* white space (or the start) precedes it */
  AKG_TOKEN_CAPITALIZED = 2,  /* first letter upper-case */
  AKG_TOKEN_ALL_CAPS = 4,     /* two or more letters, all upper-case */
  AKG_TOKEN_NEWLINE_BEFORE = 8
};

typedef struct akg_token {
  uint32_t start;    /* byte offset in the tokenized text */
  uint32_t len;      /* bytes in the text */
  uint32_t norm;     /* offset of the NUL-terminated normal form in `norms` */
  uint32_t norm_len; /* its bytes, without the NUL */
  /* FNV-1a (hash.h) of the normal form: every dictionary looks each token
   * up, several times a sentence, so it is computed once, here. */
  uint64_t hash;
  uint8_t kind; /* akg_token_kind */
  uint8_t flags;
} akg_token;

typedef struct akg_tokens {
  akg_token *items;
  size_t count;
  size_t cap;
  akg_buf norms; /* the normal forms, each NUL-terminated */
} akg_tokens;

/* Tokenizes text[0..len) into `out`, which is emptied first. Offsets are
 * relative to `text`. Text longer than 4 GiB is cut (offsets are 32-bit);
 * callers feed sentences, which are far shorter. */
void akg_tokenize(const char *text, size_t len, akg_tokens *out);
/* The normal form of token i. */
static inline const char *akg_token_norm(const akg_tokens *tokens, size_t i) {
  return tokens->norms.data + tokens->items[i].norm;
}
void akg_tokens_free(akg_tokens *tokens);

#endif

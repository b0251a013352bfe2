/* sentences.h: splitting an article's text into blocks and sentences.
 *
 * A block is a paragraph (lines up to a blank line) or a line that stands
 * alone (a heading, a caption, a date line); hard-wrapped lines of one
 * paragraph are joined. Sentences end at ".", "!" or "?" (after closing
 * quotes or brackets) before a capital, digit or opening quote, except
 * after abbreviations ("Mr.", "Gen.", "Nov."), initials ("N. Korea") and
 * dotted short forms that open a name ("U.S. President"). A sentence never
 * spans two blocks and never exceeds AKG_SENTENCE_MAX_BYTES (longer ones are
 * cut at white space), so work per sentence stays bounded on any input. */
#ifndef ACTORKG_SENTENCES_H
#define ACTORKG_SENTENCES_H

#include <stddef.h>

#define AKG_SENTENCE_MAX_BYTES 4096

enum {
  AKG_SENTENCE_BLOCK_START = 1, /* first sentence of its block */
  AKG_SENTENCE_BLOCK_END = 2,   /* last sentence of its block */
  AKG_SENTENCE_CUT = 4          /* ended by the length limit, not the text */
};

typedef struct akg_sentence {
  size_t start; /* byte offsets in the text, trimmed of white space */
  size_t end;
  unsigned block; /* 0-based block number */
  unsigned flags;
} akg_sentence;

typedef struct akg_sentences {
  akg_sentence *items;
  size_t count;
  size_t cap;
  unsigned blocks; /* number of blocks */
} akg_sentences;

/* Splits text[0..len) into `out`, which is emptied first. */
void akg_sentences_split(const char *text, size_t len, akg_sentences *out);
void akg_sentences_free(akg_sentences *sentences);

#endif

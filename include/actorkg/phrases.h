/* phrases.h: a dictionary of token sequences with longest-match lookup.
 *
 * Actor names, relation words and cue words are all phrases: tokenized
 * with akg_tokenize and matched against tokenized text by normal form, the
 * longest phrase winning. A phrase added with AKG_PHRASE_CASED also carries
 * the capitalisation of its own spelling: an all-caps token ("US", "NATO")
 * must be all-caps in the text, and a capitalised first token ("Chad",
 * "Jordan") must be capitalised, so "us" and "chad" are not actors. Other
 * tokens of a multi-word name match in any case ("NATO's cyber defence
 * centre").
 *
 * Each phrase has one 32-bit value, which the caller defines (an actor
 * index, a bit set of cue classes...). */
#ifndef ACTORKG_PHRASES_H
#define ACTORKG_PHRASES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "actorkg/tokens.h"

typedef struct akg_phrase_dict akg_phrase_dict;

enum { AKG_PHRASE_CASED = 1 };

akg_phrase_dict *akg_phrase_dict_new(void);
/* Accepts NULL. */
void akg_phrase_dict_free(akg_phrase_dict *dict);

/* Finds `phrase` or adds it (value 0). Returns its value slot, valid until
 * the next put, or NULL when the phrase has no tokens; *created says
 * whether it was new. The same words with different case rules are
 * different phrases. */
uint32_t *akg_phrase_dict_put(akg_phrase_dict *dict, const char *phrase, unsigned flags,
                              bool *created);

/* The longest phrase whose tokens equal tokens[at..]: returns its length in
 * tokens and stores its value, or returns 0. */
size_t akg_phrase_dict_match(const akg_phrase_dict *dict, const akg_tokens *tokens,
                             size_t at, uint32_t *value);

size_t akg_phrase_dict_count(const akg_phrase_dict *dict);
/* The number of tokens of the longest phrase (0 when empty): a match at a
 * token looks no further than this. */
size_t akg_phrase_dict_longest(const akg_phrase_dict *dict);

#endif

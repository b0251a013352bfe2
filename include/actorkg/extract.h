/* extract.h: from an article to the relation facts its sentences state.
 *
 * The extractor reads an article sentence by sentence (the title first),
 * skips page furniture (captions, "WATCH:" lines, related-article lists),
 * finds actor names, relation words and cue words with the lexicon, and
 * resolves each relation word's subject and object by its frame: active or
 * passive verbs, nouns with their markers and possessives, coordinated
 * lists, hyphenated pairs, the article's topic actor for "it" and for
 * agentless passives, and demands to stop. Negation, denial, conditionals
 * and (for accusations and joinings) intentions cancel a relation.
 *
 * An extractor holds scratch memory only; the lexicon is shared and
 * read-only, so each thread uses its own extractor with one lexicon. */
#ifndef ACTORKG_EXTRACT_H
#define ACTORKG_EXTRACT_H

#include "actorkg/article.h"
#include "actorkg/fact.h"
#include "actorkg/lexicon.h"
#include "actorkg/status.h"

typedef struct akg_extractor akg_extractor;

/* `lexicon` is borrowed and must outlive the extractor. */
akg_extractor *akg_extractor_new(const akg_lexicon *lexicon);
/* Accepts NULL. */
void akg_extractor_free(akg_extractor *extractor);

/* At most this many facts come from one article: a bound on memory and
 * time against hostile text (thousands of sentences, each listing dozens
 * of actors, each list a pairwise product). News articles give tens. */
#define AKG_EXTRACT_MAX_FACTS 10000

/* Appends the facts of `article` to `out`, in text order. Returns
 * AKG_ERR_TOO_LARGE, with the first AKG_EXTRACT_MAX_FACTS facts appended,
 * when the article states more. */
akg_status akg_extract_article(akg_extractor *extractor, const akg_article *article,
                               akg_facts *out);

/* Sentences read so far by this extractor (titles count as one), for
 * throughput figures. */
size_t akg_extractor_sentence_count(const akg_extractor *extractor);

#endif

/* fuzz_extract.c: libFuzzer target for the relation extractor.
 *
 * The lexicon is loaded once from ontology/ ($ACTORKG_ONTOLOGY, else the
 * source tree's); each input is read as a plain-text article, as actorkg
 * build would read a file, and its facts extracted. Every fact must join
 * two different actors of the lexicon, name an organization as the object
 * of joins, carry its evidence sentence (never longer than the splitter's
 * cap, the title included) and a writable date; an article gives at most
 * AKG_EXTRACT_MAX_FACTS facts. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "actorkg/extract.h"
#include "actorkg/lexicon.h"
#include "actorkg/reader.h"
#include "actorkg/sentences.h"
#include "fuzz_check.h"
#include "fuzz_utf8.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Loaded once and kept for the whole run (the process ends with it). */
static akg_lexicon *lexicon;
static akg_extractor *extractor;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  const char *dir = getenv("ACTORKG_ONTOLOGY");
  akg_diag diag = {.fn = akg_diag_to_stderr};
  if (akg_lexicon_load(dir && *dir ? dir : AKG_DEFAULT_ONTOLOGY_DIR, &lexicon, &diag) !=
      AKG_OK)
    abort();
  extractor = akg_extractor_new(lexicon);
  return 0;
}

static bool in_lexicon(const akg_actor *actor) {
  return actor && akg_lexicon_find_id(lexicon, actor->id) == actor;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  akg_article article;
  akg_diag diag = {0};
  if (akg_text_parse("fuzz.txt", "fuzz.txt", (const char *)data, size, &article, &diag) !=
      AKG_OK)
    return 0;
  akg_facts facts = {0};
  akg_status status = akg_extract_article(extractor, &article, &facts);
  FUZZ_CHECK(status == AKG_OK || status == AKG_ERR_TOO_LARGE);
  FUZZ_CHECK(facts.count <= AKG_EXTRACT_MAX_FACTS);
  FUZZ_CHECK(status == AKG_OK || facts.count == AKG_EXTRACT_MAX_FACTS);
  for (size_t i = 0; i < facts.count; i++) {
    const akg_fact *f = &facts.items[i];
    FUZZ_CHECK(in_lexicon(f->subject) && in_lexicon(f->object));
    FUZZ_CHECK(f->subject != f->object);
    FUZZ_CHECK(f->relation != AKG_REL_JOINS || f->object->kind == AKG_ACTOR_ORGANIZATION);
    FUZZ_CHECK(f->evidence && *f->evidence && fuzz_valid_utf8(f->evidence));
    FUZZ_CHECK(strlen(f->evidence) <= AKG_SENTENCE_MAX_BYTES);
    FUZZ_CHECK(f->position <= article.text_len);
    FUZZ_CHECK(!akg_date_is_known(f->date) ||
               akg_date_is_valid_day(f->date.year, f->date.month ? f->date.month : 1,
                                     f->date.day ? f->date.day : 1));
  }
  akg_facts_free(&facts);
  akg_article_clear(&article);
  return 0;
}

/* fuzz_sentences.c: libFuzzer target for the sentence splitter.
 *
 * Any bytes (the splitter must tolerate bad UTF-8 even though the readers
 * never pass it any) go to akg_sentences_split. The sentences must lie in
 * the text, in order, without overlap, trimmed, within
 * AKG_SENTENCE_MAX_BYTES, with block numbers that never go down; on valid
 * UTF-8 no cut may fall inside a character. */
#include <stdint.h>

#include "actorkg/sentences.h"
#include "fuzz_check.h"
#include "fuzz_utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool is_blank(uint8_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *text = (const char *)data;
  bool valid = fuzz_valid_utf8_n(text, size);
  akg_sentences out = {0};
  akg_sentences_split(text, size, &out);
  size_t previous_end = 0;
  unsigned previous_block = 0;
  for (size_t i = 0; i < out.count; i++) {
    const akg_sentence *s = &out.items[i];
    FUZZ_CHECK(s->start < s->end && s->end <= size);
    FUZZ_CHECK(s->start >= previous_end);
    FUZZ_CHECK(s->end - s->start <= AKG_SENTENCE_MAX_BYTES);
    FUZZ_CHECK(!is_blank(data[s->start]) && !is_blank(data[s->end - 1]));
    FUZZ_CHECK(s->block >= previous_block && s->block < out.blocks);
    FUZZ_CHECK((s->flags & ~7u) == 0);
    if (valid) {
      FUZZ_CHECK((data[s->start] & 0xC0) != 0x80);
      FUZZ_CHECK(s->end == size || (data[s->end] & 0xC0) != 0x80);
    }
    if (i > 0 && s->block != previous_block) {
      FUZZ_CHECK(s->flags & AKG_SENTENCE_BLOCK_START);
      FUZZ_CHECK(out.items[i - 1].flags & AKG_SENTENCE_BLOCK_END);
    }
    previous_end = s->end;
    previous_block = s->block;
  }
  if (out.count) {
    FUZZ_CHECK(out.items[0].flags & AKG_SENTENCE_BLOCK_START);
    FUZZ_CHECK(out.items[out.count - 1].flags & AKG_SENTENCE_BLOCK_END);
  }
  akg_sentences_free(&out);
  return 0;
}

/* fuzz_read_buffer.c: libFuzzer target for reading one input buffer into
 * articles, whatever its format.
 *
 * Any bytes go to akg_read_buffer, which picks the reader by content (HTML,
 * RSS or Atom feed, PETRARCH XML records, plain text), as actorkg build
 * does for a file. A refused buffer gets a message and leaves the list as
 * it was; every article read has an identifier and a body of valid,
 * NUL-free UTF-8, and header fields that are either absent or non-empty
 * valid UTF-8. */
#include <stdint.h>
#include <string.h>

#include "actorkg/reader.h"
#include "fuzz_check.h"
#include "fuzz_utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool absent_or_text(const char *field) {
  return !field || (*field && fuzz_valid_utf8(field));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  akg_articles articles = {0};
  akg_diag diag = {0};
  akg_status status =
      akg_read_buffer("fuzz.txt", "fuzz.txt", (const char *)data, size, &articles, &diag);
  FUZZ_CHECK(status == AKG_OK || (diag.errors >= 1 && articles.count == 0));
  for (size_t i = 0; i < articles.count; i++) {
    const akg_article *a = &articles.items[i];
    FUZZ_CHECK(a->id && *a->id && a->origin && *a->origin);
    FUZZ_CHECK(a->text && strlen(a->text) == a->text_len && fuzz_valid_utf8(a->text));
    FUZZ_CHECK(absent_or_text(a->title) && absent_or_text(a->publisher) &&
               absent_or_text(a->creator) && absent_or_text(a->url));
  }
  akg_articles_free(&articles);
  return 0;
}

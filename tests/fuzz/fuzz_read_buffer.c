/* fuzz_read_buffer.c: libFuzzer target for reading one input buffer into
 * articles, whatever its format.
 *
 * read_buffer() below is the one line that names the reader under test:
 * the plain-text reader today, the content-sniffing reader (HTML, feeds,
 * event-data XML, text) when it exists. The checks hold for any reader: a
 * refused buffer gets a message, and every article read has an identifier
 * and a body of valid, NUL-free UTF-8, and header fields that are either
 * absent or non-empty valid UTF-8. */
#include <stdint.h>
#include <string.h>

#include "actorkg/reader.h"
#include "fuzz_check.h"
#include "fuzz_utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Appends the articles of data[0..size) to `out`. */
static akg_status read_buffer(const uint8_t *data, size_t size, akg_articles *out,
                              akg_diag *diag) {
  akg_article *article = akg_articles_add(out);
  akg_status status =
      akg_text_parse("fuzz.txt", "fuzz.txt", (const char *)data, size, article, diag);
  if (status != AKG_OK)
    out->count--;
  return status;
}

static bool absent_or_text(const char *field) {
  return !field || (*field && fuzz_valid_utf8(field));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  akg_articles articles = {0};
  akg_diag diag = {0};
  akg_status status = read_buffer(data, size, &articles, &diag);
  /* A refusal is always explained; a container may be refused after some
   * of its articles were read, so the count is not checked. */
  FUZZ_CHECK(status == AKG_OK || diag.errors >= 1);
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

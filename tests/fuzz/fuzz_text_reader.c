/* fuzz_text_reader.c: libFuzzer target for the plain-text reader.
 *
 * Any bytes go to akg_text_parse, as a file's content would. It must either
 * refuse them with an error status (leaving the article empty) or return
 * an article whose strings are valid, NUL-free UTF-8 cut from the input. */
#include <stdint.h>
#include <string.h>

#include "actorkg/article.h"
#include "actorkg/reader.h"
#include "fuzz_check.h"
#include "fuzz_utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  akg_article article;
  akg_diag diag = {0};
  akg_status status =
      akg_text_parse("fuzz.txt", "fuzz.txt", (const char *)data, size, &article, &diag);
  if (status != AKG_OK) {
    FUZZ_CHECK(diag.errors == 1); /* one message per refused input */
    FUZZ_CHECK(!article.id && !article.text);
    return 0;
  }
  FUZZ_CHECK(diag.errors == 0);
  FUZZ_CHECK(article.id && !strcmp(article.id, "fuzz.txt"));
  FUZZ_CHECK(article.text && strlen(article.text) == article.text_len);
  FUZZ_CHECK(article.text_len <= size);
  FUZZ_CHECK(fuzz_valid_utf8(article.text));
  const char *fields[] = {article.title, article.publisher, article.creator, article.url};
  for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
    FUZZ_CHECK(!fields[i] || (*fields[i] && fuzz_valid_utf8(fields[i])));
  FUZZ_CHECK(!akg_date_is_known(article.date) ||
             akg_date_is_valid_day(article.date.year,
                                   article.date.month ? article.date.month : 1,
                                   article.date.day ? article.date.day : 1));
  akg_article_clear(&article);
  return 0;
}

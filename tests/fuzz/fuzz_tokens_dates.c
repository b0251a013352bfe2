/* fuzz_tokens_dates.c: libFuzzer target for the tokenizer and the date
 * scanner, which run together on every sentence.
 *
 * Any bytes are tokenized; each token must lie in the text, in order, with
 * a NUL-terminated normal form inside `norms`. The tokens are then scanned
 * for dates without a reference date and with one: every mention must span
 * tokens that exist and carry a date exporters can write (a real day,
 * month or year, years 1000-9999); without a reference, only complete
 * dates. */
#include <stdint.h>
#include <string.h>

#include "actorkg/date_scan.h"
#include "actorkg/tokens.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { MAX_MENTIONS = 16 };

static void check_dates(const akg_tokens *tokens, akg_date reference) {
  akg_date_mention found[MAX_MENTIONS];
  size_t n = akg_dates_find(tokens, reference, found, MAX_MENTIONS);
  FUZZ_CHECK(n <= MAX_MENTIONS);
  size_t previous_end = 0;
  for (size_t i = 0; i < n; i++) {
    const akg_date_mention *m = &found[i];
    FUZZ_CHECK(m->first < m->end && m->end <= tokens->count);
    FUZZ_CHECK(m->first >= previous_end);
    previous_end = m->end;
    akg_date d = m->date;
    FUZZ_CHECK(akg_date_is_known(d));
    FUZZ_CHECK(d.month <= 12 && (d.month || !d.day));
    FUZZ_CHECK(akg_date_is_valid_day(d.year, d.month ? d.month : 1, d.day ? d.day : 1));
    FUZZ_CHECK(akg_date_is_known(reference) || m->complete);
    char iso[11];
    akg_date parsed;
    FUZZ_CHECK(akg_date_format(d, iso) > 0);
    FUZZ_CHECK(akg_date_parse_iso(iso, &parsed) == AKG_OK &&
               akg_date_compare(parsed, d) == 0);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  akg_tokens tokens = {0};
  akg_tokenize((const char *)data, size, &tokens);
  size_t previous_end = 0;
  for (size_t i = 0; i < tokens.count; i++) {
    const akg_token *t = &tokens.items[i];
    FUZZ_CHECK(t->len > 0 && t->start >= previous_end &&
               (size_t)t->start + t->len <= size);
    FUZZ_CHECK(t->kind <= AKG_TOKEN_PUNCT);
    FUZZ_CHECK(t->norm < tokens.norms.len);
    FUZZ_CHECK(memchr(tokens.norms.data + t->norm, '\0', tokens.norms.len - t->norm));
    previous_end = (size_t)t->start + t->len;
  }
  check_dates(&tokens, AKG_DATE_UNKNOWN);
  check_dates(&tokens, (akg_date){2022, 11, 15});
  check_dates(&tokens, (akg_date){2021, 3, 0});
  akg_tokens_free(&tokens);
  return 0;
}

/* test_date_stamp.c: machine-written dates (src/text/date_stamp.c): RFC
 * 3339 as Atom and meta tags write it, RFC 822 as RSS writes it, and the
 * fallbacks of akg_date_parse_stamp. The date kept is the one written,
 * whatever the zone. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "actorkg/date.h"
#include "actorkg/date_stamp.h"
#include "actorkg/status.h"

typedef akg_status (*parser)(const char *, akg_date *);

static void accepts(parser parse, const char *input, const char *expected) {
  akg_date date = {1, 1, 1};
  if (parse(input, &date) != AKG_OK)
    fail_msg("\"%s\" was refused", input);
  char text[11];
  akg_date_format(date, text);
  if (strcmp(text, expected))
    fail_msg("\"%s\" gave %s, not %s", input, text, expected);
}

static void refuses(parser parse, const char *input) {
  akg_date date = {1999, 9, 9};
  if (parse(input, &date) == AKG_OK)
    fail_msg("\"%s\" was accepted", input);
  /* Left alone. */
  assert_int_equal(date.year, 1999);
}

static void test_rfc3339(void **state) {
  (void)state;
  accepts(akg_date_parse_rfc3339, "2024-05-14", "2024-05-14");
  accepts(akg_date_parse_rfc3339, "2024-05-14T09:30:00+09:00", "2024-05-14");
  accepts(akg_date_parse_rfc3339, "2024-05-14T23:59:59.123-05:00", "2024-05-14");
  accepts(akg_date_parse_rfc3339, "2024-05-14t00:00:00z", "2024-05-14");
  accepts(akg_date_parse_rfc3339, "2024-05-14 09:30", "2024-05-14");
  accepts(akg_date_parse_rfc3339, "2024-05-14T09:30+0900", "2024-05-14");
  accepts(akg_date_parse_rfc3339, "  2024-02-29T10:00:00Z\n", "2024-02-29");
  accepts(akg_date_parse_rfc3339, "2024-05", "2024-05");
  accepts(akg_date_parse_rfc3339, "2024", "2024");
  refuses(akg_date_parse_rfc3339, "");
  refuses(akg_date_parse_rfc3339, "2023-02-29");
  refuses(akg_date_parse_rfc3339, "2024-13-01");
  refuses(akg_date_parse_rfc3339, "2024-05-14T25:00");
  refuses(akg_date_parse_rfc3339, "2024-05-14T9:30");
  refuses(akg_date_parse_rfc3339, "2024-05-14T09:30:00+25:00");
  refuses(akg_date_parse_rfc3339, "2024-05-14 and more");
  refuses(akg_date_parse_rfc3339, "2024-05T09:00");
  refuses(akg_date_parse_rfc3339, "20240514");
  refuses(akg_date_parse_rfc3339, "0999-01-01");
  refuses(akg_date_parse_rfc3339, "May 14, 2024");
}

static void test_rfc822(void **state) {
  (void)state;
  accepts(akg_date_parse_rfc822, "Tue, 14 May 2024 09:30:00 +0900", "2024-05-14");
  accepts(akg_date_parse_rfc822, "Tue, 14 May 2024 23:30:00 -0500", "2024-05-14");
  accepts(akg_date_parse_rfc822, "14 May 2024 09:30 GMT", "2024-05-14");
  accepts(akg_date_parse_rfc822, "Sat, 1 jun 2024 10:00:00 EDT", "2024-06-01");
  accepts(akg_date_parse_rfc822, "Wednesday, 04 September 2024 08:00:00 +09:00",
          "2024-09-04");
  accepts(akg_date_parse_rfc822, "Mon, 02 Sept 2024 08:00:00 Z", "2024-09-02");
  accepts(akg_date_parse_rfc822, "Mon, 20 May 2024", "2024-05-20");
  accepts(akg_date_parse_rfc822, "Thu, 01 Jan 98 00:00:00 GMT", "1998-01-01");
  accepts(akg_date_parse_rfc822, "Thu, 01 Jan 24 00:00:00 GMT", "2024-01-01");
  accepts(akg_date_parse_rfc822, "14-May-2024 09:30:00 +0000", "2024-05-14");
  /* A wrong day name is tolerated: feeds get it wrong. */
  accepts(akg_date_parse_rfc822, "Fri, 14 May 2024 09:30:00 +0900", "2024-05-14");
  refuses(akg_date_parse_rfc822, "");
  refuses(akg_date_parse_rfc822, "Tue, 31 Apr 2024 09:30:00 +0900");
  refuses(akg_date_parse_rfc822, "Tue, 14 Mai 2024 09:30:00 +0900");
  refuses(akg_date_parse_rfc822, "Tue, 14 May 202 09:30:00 +0900");
  refuses(akg_date_parse_rfc822, "Tue, 14 May 2024 9h30");
  refuses(akg_date_parse_rfc822, "Tue, 14 May 2024 09:30:00 +0900 extra");
  refuses(akg_date_parse_rfc822, "2024-05-14");
  refuses(akg_date_parse_rfc822, "May 14, 2024");
}

static void test_stamp_fallbacks(void **state) {
  (void)state;
  accepts(akg_date_parse_stamp, "2024-05-14T09:30:00Z", "2024-05-14");
  accepts(akg_date_parse_stamp, "Tue, 14 May 2024 09:30:00 +0900", "2024-05-14");
  accepts(akg_date_parse_stamp, "20240307", "2024-03-07");
  accepts(akg_date_parse_stamp, "May 14, 2024", "2024-05-14");
  accepts(akg_date_parse_stamp, "Updated 14/05/2024 10:00", "2024-05-14");
  refuses(akg_date_parse_stamp, "20240230");
  refuses(akg_date_parse_stamp, "yesterday");
  refuses(akg_date_parse_stamp, "May 14"); /* no year: nothing to resolve it against */
  refuses(akg_date_parse_stamp, "soon");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rfc3339),
      cmocka_unit_test(test_rfc822),
      cmocka_unit_test(test_stamp_fallbacks),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_date.c: calendar dates of known precision (src/util/date.c):
 * formatting, ordering, XSD types, ISO parsing, weekdays and day
 * arithmetic across month, year and leap-day boundaries. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "actorkg/date.h"
#include "actorkg/status.h"

static akg_date day(int y, int m, int d) {
  return (akg_date){y, (unsigned char)m, (unsigned char)d};
}

static void check_format(akg_date date, const char *expected) {
  char out[11];
  memset(out, 'x', sizeof out);
  assert_int_equal(akg_date_format(date, out), strlen(expected));
  assert_string_equal(out, expected);
}

static void check_same(akg_date got, akg_date want) {
  char g[11], w[11];
  akg_date_format(got, g);
  akg_date_format(want, w);
  assert_string_equal(g, w);
  assert_int_equal(akg_date_compare(got, want), 0);
}

static void test_format(void **state) {
  (void)state;
  check_format(day(2021, 7, 16), "2021-07-16");
  check_format(day(2022, 3, 0), "2022-03");
  check_format(day(2024, 0, 0), "2024");
  check_format(AKG_DATE_UNKNOWN, "");
  check_format(day(1000, 1, 2), "1000-01-02");
  check_format(day(9999, 12, 31), "9999-12-31");
}

static void test_known(void **state) {
  (void)state;
  assert_false(akg_date_is_known(AKG_DATE_UNKNOWN));
  assert_true(akg_date_is_known(day(2024, 0, 0)));
  assert_true(akg_date_is_known(day(2021, 7, 16)));
}

static void test_compare(void **state) {
  (void)state;
  const akg_date ordered[] = {AKG_DATE_UNKNOWN, day(2021, 0, 0),  day(2021, 7, 0),
                              day(2021, 7, 1),  day(2021, 7, 16), day(2021, 8, 0),
                              day(2022, 0, 0),  day(2022, 1, 1)};
  size_t n = sizeof ordered / sizeof ordered[0];
  for (size_t i = 0; i < n; i++) {
    for (size_t j = 0; j < n; j++) {
      int c = akg_date_compare(ordered[i], ordered[j]);
      if (i < j)
        assert_true(c < 0);
      else if (i > j)
        assert_true(c > 0);
      else
        assert_int_equal(c, 0);
    }
  }
}

static void test_xsd_type(void **state) {
  (void)state;
  assert_string_equal(akg_date_xsd_type(day(2021, 7, 16)), "date");
  assert_string_equal(akg_date_xsd_type(day(2022, 3, 0)), "gYearMonth");
  assert_string_equal(akg_date_xsd_type(day(2024, 0, 0)), "gYear");
}

static void test_valid_days(void **state) {
  (void)state;
  assert_true(akg_date_is_valid_day(2024, 2, 29));
  assert_false(akg_date_is_valid_day(2023, 2, 29));
  assert_true(akg_date_is_valid_day(2000, 2, 29));  /* divisible by 400 */
  assert_false(akg_date_is_valid_day(1900, 2, 29)); /* by 100, not 400 */
  assert_true(akg_date_is_valid_day(2021, 12, 31));
  assert_false(akg_date_is_valid_day(2021, 4, 31));
  assert_false(akg_date_is_valid_day(2021, 2, 31));
  assert_false(akg_date_is_valid_day(2021, 0, 1));
  assert_false(akg_date_is_valid_day(2021, 13, 1));
  assert_false(akg_date_is_valid_day(2021, 1, 0));
  assert_false(akg_date_is_valid_day(2021, 1, 32));
  assert_false(akg_date_is_valid_day(999, 1, 1));
  assert_true(akg_date_is_valid_day(1000, 1, 1));
  assert_true(akg_date_is_valid_day(9999, 12, 31));
  assert_false(akg_date_is_valid_day(10000, 1, 1));
}

static void test_parse_iso_valid(void **state) {
  (void)state;
  akg_date d;
  assert_int_equal(akg_date_parse_iso("2021-07-16", &d), AKG_OK);
  check_same(d, day(2021, 7, 16));
  assert_int_equal(akg_date_parse_iso("2022-03", &d), AKG_OK);
  check_same(d, day(2022, 3, 0));
  assert_string_equal(akg_date_xsd_type(d), "gYearMonth");
  assert_int_equal(akg_date_parse_iso("2024", &d), AKG_OK);
  check_same(d, day(2024, 0, 0));
  assert_int_equal(akg_date_parse_iso("2024-02-29", &d), AKG_OK);
  check_same(d, day(2024, 2, 29));
  assert_int_equal(akg_date_parse_iso("1000-01-01", &d), AKG_OK);
  check_same(d, day(1000, 1, 1));
}

static void test_parse_iso_invalid(void **state) {
  (void)state;
  const char *bad[] = {"",           "2021-02-29", "2021-13",    "2021-00",
                       "2021-07-00", "2021-07-32", "0999",       "999",
                       "20211",      "2021-7-16",  "2021/07/16", "2021-07-16T00",
                       " 2021",      "2021 ",      "20a1",       "2021-07-1x",
                       "-2021",      "2021-07-",   "16/07/2021", "+2021-07-16"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    akg_date d = day(1111, 1, 1);
    assert_int_equal(akg_date_parse_iso(bad[i], &d), AKG_ERR_SYNTAX);
    /* The output is left alone. */
    check_same(d, day(1111, 1, 1));
  }
}

static void test_weekday(void **state) {
  (void)state;
  assert_int_equal(akg_date_weekday(day(1970, 1, 1)), 3);
  assert_int_equal(akg_date_weekday(day(1969, 12, 31)), 2);
  assert_int_equal(akg_date_weekday(day(2022, 11, 15)), 1);
  assert_int_equal(akg_date_weekday(day(2021, 7, 16)), 4);
  assert_int_equal(akg_date_weekday(day(2000, 1, 1)), 5);
  assert_int_equal(akg_date_weekday(day(2024, 2, 29)), 3);
  assert_int_equal(akg_date_weekday(day(1000, 1, 1)), 2);
  assert_int_equal(akg_date_weekday(day(9999, 12, 31)), 4);
}

static void test_add_days_across_boundaries(void **state) {
  (void)state;
  check_same(akg_date_add_days(day(2024, 2, 28), 1), day(2024, 2, 29));
  check_same(akg_date_add_days(day(2024, 2, 28), 2), day(2024, 3, 1));
  check_same(akg_date_add_days(day(2023, 2, 28), 1), day(2023, 3, 1));
  check_same(akg_date_add_days(day(2000, 2, 28), 1), day(2000, 2, 29));
  check_same(akg_date_add_days(day(1900, 2, 28), 1), day(1900, 3, 1));
  check_same(akg_date_add_days(day(2021, 12, 31), 1), day(2022, 1, 1));
  check_same(akg_date_add_days(day(2022, 1, 1), -1), day(2021, 12, 31));
  check_same(akg_date_add_days(day(2022, 3, 1), -1), day(2022, 2, 28));
  check_same(akg_date_add_days(day(2024, 3, 1), -1), day(2024, 2, 29));
  check_same(akg_date_add_days(day(2021, 4, 30), 1), day(2021, 5, 1));
  check_same(akg_date_add_days(day(2024, 1, 1), 365), day(2024, 12, 31));
  check_same(akg_date_add_days(day(2024, 1, 1), 366), day(2025, 1, 1));
  check_same(akg_date_add_days(day(2022, 11, 15), 0), day(2022, 11, 15));
  check_same(akg_date_add_days(day(2022, 11, 15), 10000), day(2050, 4, 2));
  check_same(akg_date_add_days(day(2022, 11, 15), -100000), day(1749, 1, 30));
  /* Day by day over eight years: valid days, increasing, weekdays in turn,
   * and adding then subtracting returns the start. */
  akg_date d = day(2019, 1, 1);
  for (int i = 0; i < 8 * 366; i++) {
    akg_date next = akg_date_add_days(d, 1);
    assert_true(akg_date_is_valid_day(next.year, next.month, next.day));
    assert_true(akg_date_compare(d, next) < 0);
    assert_int_equal(akg_date_weekday(next), (akg_date_weekday(d) + 1) % 7);
    check_same(akg_date_add_days(akg_date_add_days(d, i), -i), d);
    d = next;
  }
  check_same(d, akg_date_add_days(day(2019, 1, 1), 8 * 366));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_format),
      cmocka_unit_test(test_known),
      cmocka_unit_test(test_compare),
      cmocka_unit_test(test_xsd_type),
      cmocka_unit_test(test_valid_days),
      cmocka_unit_test(test_parse_iso_valid),
      cmocka_unit_test(test_parse_iso_invalid),
      cmocka_unit_test(test_weekday),
      cmocka_unit_test(test_add_days_across_boundaries),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

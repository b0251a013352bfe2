/* date.c: calendar arithmetic and ISO formatting for akg_date. */
#include "actorkg/date.h"

#include <stdio.h>
#include <string.h>

static bool is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

bool akg_date_is_known(akg_date date) {
  return date.year != 0;
}

bool akg_date_is_valid_day(int year, int month, int day) {
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

int akg_date_compare(akg_date a, akg_date b) {
  if (a.year != b.year)
    return a.year < b.year ? -1 : 1;
  if (a.month != b.month)
    return a.month < b.month ? -1 : 1;
  if (a.day != b.day)
    return a.day < b.day ? -1 : 1;
  return 0;
}

size_t akg_date_format(akg_date date, char out[11]) {
  int n;
  if (!date.year)
    n = 0, out[0] = '\0';
  else if (!date.month)
    n = snprintf(out, 11, "%04d", date.year);
  else if (!date.day)
    n = snprintf(out, 11, "%04d-%02d", date.year, date.month);
  else
    n = snprintf(out, 11, "%04d-%02d-%02d", date.year, date.month, date.day);
  return n > 0 ? (size_t)n : 0;
}

const char *akg_date_xsd_type(akg_date date) {
  return !date.month ? "gYear" : !date.day ? "gYearMonth" : "date";
}

static bool parse_digits(const char *s, int count, int *out) {
  int v = 0;
  for (int i = 0; i < count; i++) {
    if (s[i] < '0' || s[i] > '9')
      return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

akg_status akg_date_parse_iso(const char *s, akg_date *out) {
  int y, m = 0, d = 0;
  size_t len = strlen(s);
  if ((len != 4 && len != 7 && len != 10) || !parse_digits(s, 4, &y))
    return AKG_ERR_SYNTAX;
  if (len >= 7 && (s[4] != '-' || !parse_digits(s + 5, 2, &m)))
    return AKG_ERR_SYNTAX;
  if (len == 10 && (s[7] != '-' || !parse_digits(s + 8, 2, &d)))
    return AKG_ERR_SYNTAX;
  if (y < 1000 || (len >= 7 && (m < 1 || m > 12)) ||
      (len == 10 && !akg_date_is_valid_day(y, m, d)))
    return AKG_ERR_SYNTAX;
  *out = (akg_date){y, (unsigned char)m, (unsigned char)d};
  return AKG_OK;
}

/* Days since 1970-01-01 (a Thursday), proleptic Gregorian; from Howard
 * Hinnant's days_from_civil, which needs no tables and no loops. */
static long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static akg_date civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp + (mp < 10 ? 3 : -9);
  return (akg_date){(int)(y + (m <= 2)), (unsigned char)m, (unsigned char)d};
}

int akg_date_weekday(akg_date date) {
  long days = days_from_civil(date.year, date.month, date.day);
  return (int)(((days % 7) + 7 + 3) % 7); /* 1970-01-01 was a Thursday (3) */
}

akg_date akg_date_add_days(akg_date date, int days) {
  return civil_from_days(days_from_civil(date.year, date.month, date.day) + days);
}

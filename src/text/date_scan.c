/* date_scan.c: date expressions over tokens (see date_scan.h).
 *
 * Month and weekday names are English orthography and live here, like the
 * tokenizer's abbreviations; what a date means for an event is decided by
 * the extractor. */
#include "actorkg/date_scan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const months[] = {"january",   "february", "march",    "april",
                                     "may",       "june",     "july",     "august",
                                     "september", "october",  "november", "december"};
static const char *const month_abbrevs[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                            "jul", "aug", "sep", "oct", "nov", "dec"};
static const char *const weekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                       "friday", "saturday", "sunday"};
static const char *const bounding_words[] = {"through",  "until", "till",      "since",
                                             "by",       "from",  "before",    "to",
                                             "starting", "ahead", "throughout"};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const char *norm(const akg_tokens *t, size_t i) {
  return akg_token_norm(t, i);
}

static int month_at(const akg_tokens *t, size_t i) {
  if (i >= t->count || t->items[i].kind != AKG_TOKEN_WORD)
    return 0;
  const char *w = norm(t, i);
  bool capitalized = t->items[i].flags & AKG_TOKEN_CAPITALIZED;
  /* "may" and "march" are verbs too ("troops march 20 miles"), so in
   * lower case they are not months; nor are the abbreviations below. */
  for (int m = 0; m < 12; m++)
    if (!strcmp(w, months[m]))
      return capitalized || (m != 2 && m != 4) ? m + 1 : 0;
  if (!capitalized)
    return 0;
  for (int m = 0; m < 12; m++)
    if (!strcmp(w, month_abbrevs[m]) || (m == 8 && !strcmp(w, "sept")))
      return m + 1;
  return 0;
}

/* A month name, with its abbreviation's dot if any; returns tokens used. */
static size_t month_tokens(const akg_tokens *t, size_t i, int *month) {
  *month = month_at(t, i);
  if (!*month)
    return 0;
  if (i + 1 < t->count && !strcmp(norm(t, i + 1), ".") && strlen(norm(t, i)) <= 4)
    return 2;
  return 1;
}

/* A number token: plain ("16") or ordinal ("27th"); returns -1 if not. */
static long number_at(const akg_tokens *t, size_t i, size_t max_digits) {
  if (i >= t->count || t->items[i].kind != AKG_TOKEN_NUMBER)
    return -1;
  const char *w = norm(t, i);
  size_t digits = strspn(w, "0123456789");
  if (!digits || digits > max_digits)
    return -1;
  const char *rest = w + digits;
  if (*rest && strcmp(rest, "st") && strcmp(rest, "nd") && strcmp(rest, "rd") &&
      strcmp(rest, "th"))
    return -1;
  return strtol(w, NULL, 10);
}

static bool is_year(long y) {
  return y >= 1900 && y <= 2100;
}

static bool is(const akg_tokens *t, size_t i, const char *w) {
  return i < t->count && !strcmp(norm(t, i), w);
}

static bool adjacent(const akg_tokens *t, size_t i) {
  return i < t->count && !(t->items[i].flags & AKG_TOKEN_SPACE_BEFORE);
}

/* A month-day without a year, placed in the reference's year unless that
 * puts it more than a month after the reference (news reports the past). */
static akg_date resolve_month_day(int month, int day, akg_date ref) {
  if (!ref.year || !ref.month)
    return AKG_DATE_UNKNOWN;
  int year = ref.year;
  int ref_day = ref.day ? ref.day : 28;
  if (month > ref.month + 1 || (month == ref.month + 1 && day > ref_day))
    year--;
  if (!akg_date_is_valid_day(year, month, day))
    return AKG_DATE_UNKNOWN;
  return (akg_date){year, (unsigned char)month, (unsigned char)day};
}

/* "last year" or "this year" after a date without its year ("4 April
 * last year"): the year it names, and the tokens used (0: neither). */
static size_t year_phrase(const akg_tokens *t, size_t i, akg_date ref, int *year) {
  if (!ref.year || !is(t, i + 1, "year"))
    return 0;
  if (is(t, i, "last"))
    *year = ref.year - 1;
  else if (is(t, i, "this"))
    *year = ref.year;
  else
    return 0;
  return 2;
}

/* A month-day given with "last year" or "this year". */
static size_t with_year_phrase(const akg_tokens *t, size_t k, int month, int day,
                               akg_date ref, akg_date *date) {
  int year;
  size_t used = year_phrase(t, k, ref, &year);
  if (!used || !akg_date_is_valid_day(year, month, day))
    return 0;
  *date = (akg_date){year, (unsigned char)month, (unsigned char)day};
  return used;
}

static bool full_day(akg_date d) {
  return d.year && d.month && d.day;
}

/* A day a date can be written as (xsd:date has years 1000-9999 here). */
static bool valid_day(akg_date d) {
  return akg_date_is_valid_day(d.year, d.month, d.day);
}

/* Tries every pattern at token i; returns tokens used, 0 for none. */
static size_t match_at(const akg_tokens *t, size_t i, akg_date ref, akg_date *date,
                       bool *complete) {
  int month;
  long a, b, c;
  *complete = true;
  /* 2022-11-15 */
  if ((a = number_at(t, i, 4)) >= 0 && is_year(a) && is(t, i + 1, "-") &&
      adjacent(t, i + 1) && (b = number_at(t, i + 2, 2)) >= 0 && adjacent(t, i + 2) &&
      is(t, i + 3, "-") && (c = number_at(t, i + 4, 2)) >= 0 && adjacent(t, i + 4) &&
      akg_date_is_valid_day((int)a, (int)b, (int)c)) {
    *date = (akg_date){(int)a, (unsigned char)b, (unsigned char)c};
    return 5;
  }
  /* 2025/01/13, as East Asian sites write it */
  if ((a = number_at(t, i, 4)) >= 0 && is_year(a) && is(t, i + 1, "/") &&
      adjacent(t, i + 1) && (b = number_at(t, i + 2, 2)) >= 0 && adjacent(t, i + 2) &&
      is(t, i + 3, "/") && (c = number_at(t, i + 4, 2)) >= 0 && adjacent(t, i + 4) &&
      akg_date_is_valid_day((int)a, (int)b, (int)c)) {
    *date = (akg_date){(int)a, (unsigned char)b, (unsigned char)c};
    return 5;
  }
  /* "3. 5. 2024": day and month with dots and spaces, as Czech and Slovak
   * sites write it. */
  if ((a = number_at(t, i, 2)) >= 0 && is(t, i + 1, ".") && adjacent(t, i + 1) &&
      (b = number_at(t, i + 2, 2)) >= 0 && is(t, i + 3, ".") && adjacent(t, i + 3) &&
      (c = number_at(t, i + 4, 4)) >= 0 && is_year(c) &&
      akg_date_is_valid_day((int)c, (int)b, (int)a)) {
    *date = (akg_date){(int)c, (unsigned char)b, (unsigned char)a};
    return 5;
  }
  /* 16/07/2021 and 07/16/2021 */
  if ((a = number_at(t, i, 2)) >= 0 && is(t, i + 1, "/") && adjacent(t, i + 1) &&
      (b = number_at(t, i + 2, 2)) >= 0 && adjacent(t, i + 2) && is(t, i + 3, "/") &&
      (c = number_at(t, i + 4, 4)) >= 0 && is_year(c)) {
    long day = a, mon = b;
    if (a <= 12 && b > 12)
      day = b, mon = a;
    if (akg_date_is_valid_day((int)c, (int)mon, (int)day)) {
      *date = (akg_date){(int)c, (unsigned char)mon, (unsigned char)day};
      return 5;
    }
  }
  /* 16.07.2021, one number token */
  if (i < t->count && t->items[i].kind == AKG_TOKEN_NUMBER) {
    int d, m, y, n = 0;
    const char *w = norm(t, i);
    if (strlen(w) == 10 && w[2] == '.' && w[5] == '.' &&
        sscanf(w, "%2d.%2d.%4d%n", &d, &m, &y, &n) == 3 && n == 10 &&
        akg_date_is_valid_day(y, m, d)) {
      *date = (akg_date){y, (unsigned char)m, (unsigned char)d};
      return 1;
    }
    /* 2024.10.02, as Korean sites write it */
    if (strlen(w) == 10 && w[4] == '.' && w[7] == '.' &&
        sscanf(w, "%4d.%2d.%2d%n", &y, &m, &d, &n) == 3 && n == 10 && is_year(y) &&
        akg_date_is_valid_day(y, m, d)) {
      *date = (akg_date){y, (unsigned char)m, (unsigned char)d};
      return 1;
    }
  }
  /* July 09, 2021 / September 27th, 2021 / November 4 / March 2022 */
  size_t mt = month_tokens(t, i, &month);
  if (mt) {
    size_t j = i + mt;
    if ((a = number_at(t, j, 2)) >= 1 && a <= 31) {
      size_t k = j + 1;
      if (is(t, k, ","))
        k++;
      if ((c = number_at(t, k, 4)) >= 0 && is_year(c) &&
          akg_date_is_valid_day((int)c, month, (int)a)) {
        *date = (akg_date){(int)c, (unsigned char)month, (unsigned char)a};
        return k + 1 - i;
      }
      *complete = false;
      size_t used = with_year_phrase(t, j + 1, month, (int)a, ref, date);
      if (used)
        return j + 1 + used - i;
      *date = resolve_month_day(month, (int)a, ref);
      return full_day(*date) ? j + 1 - i : 0;
    }
    if ((c = number_at(t, j, 4)) >= 0 && is_year(c)) {
      *date = (akg_date){(int)c, (unsigned char)month, 0};
      return j + 1 - i;
    }
    /* "in July": July of the reference's year when that is not after the
     * reference, or of the year named after it ("in July last year"). A
     * later month could be last year's or one to come ("would host a drill
     * in October"): no date. Only after "in", as for a year. */
    if (i > 0 && is(t, i - 1, "in") && ref.year && ref.month) {
      int year = ref.year;
      size_t used = year_phrase(t, j, ref, &year);
      if (!used && month > ref.month)
        return 0;
      *complete = false;
      *date = (akg_date){year, (unsigned char)month, 0};
      return j + used - i;
    }
    return 0;
  }
  /* 4 November 2022 / 16 July */
  if ((a = number_at(t, i, 2)) >= 1 && a <= 31 && (mt = month_tokens(t, i + 1, &month))) {
    size_t k = i + 1 + mt;
    if ((c = number_at(t, k, 4)) >= 0 && is_year(c) &&
        akg_date_is_valid_day((int)c, month, (int)a)) {
      *date = (akg_date){(int)c, (unsigned char)month, (unsigned char)a};
      return k + 1 - i;
    }
    *complete = false;
    size_t used = with_year_phrase(t, k, month, (int)a, ref, date);
    if (used)
      return k + used - i;
    *date = resolve_month_day(month, (int)a, ref);
    return full_day(*date) ? k - i : 0;
  }
  /* Relative days, only with a full reference day. */
  if (i < t->count && full_day(ref)) {
    const char *w = norm(t, i);
    for (int d = 0; d < 7; d++) {
      if (!strcmp(w, weekdays[d]) && (t->items[i].flags & AKG_TOKEN_CAPITALIZED)) {
        int back = (akg_date_weekday(ref) - d + 7) % 7;
        *date = akg_date_add_days(ref, -back);
        *complete = false;
        return valid_day(*date); /* before year 1000: no date, as for any */
      }
    }
    if (!strcmp(w, "today") || !strcmp(w, "yesterday")) {
      *date = akg_date_add_days(ref, w[0] == 't' ? 0 : -1);
      *complete = false;
      return valid_day(*date);
    }
  }
  /* "in 2021": a year on its own, only after "in". */
  if (i > 0 && is(t, i - 1, "in") && (a = number_at(t, i, 4)) >= 0 && is_year(a) &&
      strlen(norm(t, i)) == 4) {
    *date = (akg_date){(int)a, 0, 0};
    return 1;
  }
  return 0;
}

static bool bounded(const akg_tokens *t, size_t i) {
  if (i == 0)
    return false;
  const char *w = norm(t, i - 1);
  if (!strcmp(w, "on") || !strcmp(w, "in") || !strcmp(w, "the"))
    w = i >= 2 ? norm(t, i - 2) : "";
  for (size_t b = 0; b < COUNT(bounding_words); b++)
    if (!strcmp(w, bounding_words[b]))
      return true;
  return false;
}

size_t akg_dates_find(const akg_tokens *tokens, akg_date reference, akg_date_mention *out,
                      size_t max) {
  size_t found = 0;
  for (size_t i = 0; i < tokens->count && found < max;) {
    akg_date date;
    bool complete;
    size_t used = match_at(tokens, i, reference, &date, &complete);
    if (!used || !akg_date_is_known(date)) {
      i++;
      continue;
    }
    out[found++] = (akg_date_mention){i, i + used, date, complete, bounded(tokens, i)};
    i += used;
  }
  return found;
}

bool akg_is_calendar_word(const char *norm) {
  for (size_t m = 0; m < COUNT(months); m++)
    if (!strcmp(norm, months[m]))
      return true;
  for (size_t d = 0; d < COUNT(weekdays); d++)
    if (!strcmp(norm, weekdays[d]))
      return true;
  return false;
}

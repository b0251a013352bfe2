/* date_stamp.c: RFC 3339 and RFC 822 dates, as metadata writes them (see
 * date_stamp.h). Hand-written scanners rather than strptime: strptime
 * depends on the locale, accepts more than the formats allow, and knows no
 * two-digit-year rule. */
#include "actorkg/date_stamp.h"

#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "actorkg/date_scan.h"
#include "actorkg/tokens.h"

static bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

static bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static const char *skip_space(const char *p) {
  while (is_space(*p))
    p++;
  return p;
}

/* Reads exactly `count` digits. */
static bool digits(const char **p, int count, int *out) {
  int v = 0;
  for (int i = 0; i < count; i++) {
    if (!is_digit((*p)[i]))
      return false;
    v = v * 10 + ((*p)[i] - '0');
  }
  *p += count;
  *out = v;
  return true;
}

/* Reads 1 to `max` digits. */
static bool some_digits(const char **p, int max, int *out, int *count) {
  int v = 0, n = 0;
  while (n < max && is_digit((*p)[n]))
    v = v * 10 + ((*p)[n++] - '0');
  if (!n || is_digit((*p)[n]))
    return false;
  *p += n;
  *out = v;
  *count = n;
  return true;
}

/* "HH:MM" with an optional ":SS"; leaves *p after it. */
static bool clock_time(const char **p) {
  int h, m, s;
  if (!digits(p, 2, &h) || **p != ':')
    return false;
  (*p)++;
  if (!digits(p, 2, &m) || h > 24 || m > 59)
    return false;
  if (**p == ':') {
    (*p)++;
    if (!digits(p, 2, &s) || s > 60)
      return false;
  }
  return true;
}

akg_status akg_date_parse_rfc3339(const char *s, akg_date *out) {
  const char *p = skip_space(s);
  int y, m = 0, d = 0;
  if (!digits(&p, 4, &y) || y < 1000)
    return AKG_ERR_SYNTAX;
  if (*p == '-') {
    p++;
    if (!digits(&p, 2, &m) || m < 1 || m > 12)
      return AKG_ERR_SYNTAX;
    if (*p == '-') {
      p++;
      if (!digits(&p, 2, &d) || !akg_date_is_valid_day(y, m, d))
        return AKG_ERR_SYNTAX;
    }
  }
  if (d && (*p == 'T' || *p == 't' || (*p == ' ' && is_digit(p[1])))) {
    p++;
    if (!clock_time(&p))
      return AKG_ERR_SYNTAX;
    if (*p == '.' || *p == ',') /* fraction of a second */
      for (p++; is_digit(*p); p++) {
      }
    int zh, zm;
    if (*p == 'Z' || *p == 'z') {
      p++;
    } else if (*p == '+' || *p == '-') {
      p++;
      if (!digits(&p, 2, &zh) || zh > 23)
        return AKG_ERR_SYNTAX;
      if (*p == ':')
        p++;
      if (!digits(&p, 2, &zm) || zm > 59)
        return AKG_ERR_SYNTAX;
    }
  }
  if (*skip_space(p))
    return AKG_ERR_SYNTAX;
  *out = (akg_date){y, (unsigned char)m, (unsigned char)d};
  return AKG_OK;
}

static const char *const month_names[] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

/* A month name in full or as its first three letters ("Sept" too). */
static int month_of(const char *w, size_t len) {
  for (int i = 0; i < 12; i++) {
    size_t full = strlen(month_names[i]);
    if ((len == full || len == 3 || (i == 8 && len == 4)) &&
        !strncasecmp(w, month_names[i], len))
      return i + 1;
  }
  return 0;
}

static size_t word_length(const char *p) {
  size_t n = 0;
  while ((p[n] >= 'A' && p[n] <= 'Z') || (p[n] >= 'a' && p[n] <= 'z'))
    n++;
  return n;
}

/* The zone after the time: a numeric offset, or a name of letters (RFC
 * 822's UT, GMT, EST... and the military letters; others such as "JST" or
 * "CEST" appear in the wild and are accepted too). */
static bool zone(const char **p) {
  int zh, zm;
  if (**p == '+' || **p == '-') {
    (*p)++;
    if (!digits(p, 2, &zh) || zh > 23)
      return false;
    if (**p == ':')
      (*p)++;
    return digits(p, 2, &zm) && zm <= 59;
  }
  size_t n = word_length(*p);
  if (n == 0 || n > 5)
    return false;
  *p += n;
  return true;
}

akg_status akg_date_parse_rfc822(const char *s, akg_date *out) {
  const char *p = skip_space(s);
  size_t n = word_length(p);
  if (n) { /* a day name, checked only for being a word */
    if (n < 3 || n > 9)
      return AKG_ERR_SYNTAX;
    p = skip_space(p + n);
    if (*p == ',')
      p = skip_space(p + 1);
  }
  int day, year, count;
  if (!some_digits(&p, 2, &day, &count))
    return AKG_ERR_SYNTAX;
  p = skip_space(p);
  if (*p == '-') /* "14-May-2024", RFC 850 style */
    p++;
  n = word_length(p);
  int month = month_of(p, n);
  if (!month)
    return AKG_ERR_SYNTAX;
  p += n;
  if (*p == '-')
    p++;
  p = skip_space(p);
  if (!some_digits(&p, 4, &year, &count) || (count != 2 && count != 4))
    return AKG_ERR_SYNTAX;
  if (count == 2)
    year += year < 50 ? 2000 : 1900;
  if (!akg_date_is_valid_day(year, month, day))
    return AKG_ERR_SYNTAX;
  p = skip_space(p);
  if (*p) {
    if (!clock_time(&p))
      return AKG_ERR_SYNTAX;
    p = skip_space(p);
    if (*p && !zone(&p))
      return AKG_ERR_SYNTAX;
    if (*skip_space(p))
      return AKG_ERR_SYNTAX;
  }
  *out = (akg_date){year, (unsigned char)month, (unsigned char)day};
  return AKG_OK;
}

/* "20240514", as event data writes dates. */
static akg_status parse_basic(const char *s, akg_date *out) {
  const char *p = skip_space(s);
  int y, m, d;
  if (!digits(&p, 4, &y) || !digits(&p, 2, &m) || !digits(&p, 2, &d) || *skip_space(p) ||
      !akg_date_is_valid_day(y, m, d))
    return AKG_ERR_SYNTAX;
  *out = (akg_date){y, (unsigned char)m, (unsigned char)d};
  return AKG_OK;
}

akg_status akg_date_parse_stamp(const char *s, akg_date *out) {
  if (akg_date_parse_rfc3339(s, out) == AKG_OK ||
      akg_date_parse_rfc822(s, out) == AKG_OK || parse_basic(s, out) == AKG_OK)
    return AKG_OK;
  /* Free text is short in a metadata field; a long value is not a date. */
  size_t len = strlen(s);
  if (len > 200)
    return AKG_ERR_SYNTAX;
  akg_tokens tokens = {0};
  akg_tokenize(s, len, &tokens);
  akg_date_mention found[4];
  size_t count = akg_dates_find(&tokens, AKG_DATE_UNKNOWN, found, 4);
  akg_tokens_free(&tokens);
  for (size_t i = 0; i < count; i++) {
    if (found[i].complete) {
      *out = found[i].date;
      return AKG_OK;
    }
  }
  return AKG_ERR_SYNTAX;
}

/* date.h: calendar dates of known precision.
 *
 * Articles and sentences give dates as a day ("On November 4"), a month
 * ("in March 2022") or only a year; an akg_date keeps what was given and no
 * more, so exporters can type it as xsd:date, xsd:gYearMonth or xsd:gYear. */
#ifndef ACTORKG_DATE_H
#define ACTORKG_DATE_H

#include <stdbool.h>
#include <stddef.h>

#include "actorkg/status.h"

typedef struct akg_date {
  int year;            /* 0 when the date is unknown */
  unsigned char month; /* 1-12; 0 when only the year is known */
  unsigned char day;   /* 1-31; 0 when only year and month are known */
} akg_date;

#define AKG_DATE_UNKNOWN ((akg_date){0, 0, 0})

bool akg_date_is_known(akg_date date);
/* True for a real calendar day (leap years included), years 1000-9999. */
bool akg_date_is_valid_day(int year, int month, int day);
/* Orders unknown first, then by year, month, day (coarser before finer). */
int akg_date_compare(akg_date a, akg_date b);
/* Writes "YYYY-MM-DD", "YYYY-MM" or "YYYY" and a NUL into out; returns the
 * length, 0 (and "") for an unknown date. */
size_t akg_date_format(akg_date date, char out[11]);
/* "date", "gYearMonth" or "gYear": the XSD datatype's local name. */
const char *akg_date_xsd_type(akg_date date);
/* Parses exactly "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
akg_status akg_date_parse_iso(const char *s, akg_date *out);
/* 0 = Monday ... 6 = Sunday, for a full day. */
int akg_date_weekday(akg_date date);
/* The full day `days` days after (negative: before) `date`. */
akg_date akg_date_add_days(akg_date date, int days);

#endif

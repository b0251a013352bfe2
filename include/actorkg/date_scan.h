/* date_scan.h: finding date expressions in tokenized text.
 *
 * Recognises what news writes: "2022-11-15", "16/07/2021", "July 09, 2021",
 * "September 27th, 2021", "4 November 2022", "On November 4", "in March
 * 2022", "on Wednesday", "today", "yesterday". Expressions that lack a year
 * or are relative are resolved against a reference date (the article's);
 * without one they are skipped. A date right after "through", "until",
 * "since", "by", "from" or "before" bounds a period rather than dating an
 * event, and is marked so. Numeric dates with both parts ≤ 12 are read day
 * first (16/07/2021 style), as in most of the world's press. */
#ifndef ACTORKG_DATE_SCAN_H
#define ACTORKG_DATE_SCAN_H

#include <stdbool.h>
#include <stddef.h>

#include "actorkg/date.h"
#include "actorkg/tokens.h"

typedef struct akg_date_mention {
  size_t first; /* token index of the first token */
  size_t end;   /* one past the last token */
  akg_date date;
  bool complete; /* the text gave the year itself */
  bool bound;    /* after "through", "until"...: not an event's date */
} akg_date_mention;

/* Stores up to `max` mentions in text order and returns how many. */
size_t akg_dates_find(const akg_tokens *tokens, akg_date reference, akg_date_mention *out,
                      size_t max);

/* Whether a token's normal form is a month or weekday name ("may",
 * "monday"), which must not be taken for a person's name. */
bool akg_is_calendar_word(const char *norm);

#endif

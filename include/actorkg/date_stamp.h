/* date_stamp.h: machine-written dates in metadata fields.
 *
 * Feeds and pages state their publication date in a few fixed formats:
 * RFC 822 in RSS (`<pubDate>Tue, 14 May 2024 09:30:00 +0900</pubDate>`),
 * RFC 3339 in Atom and HTML meta tags (`2024-05-14T09:30:00+09:00`). The
 * date kept is the one written, that is the calendar day in the writer's
 * own time zone, which is the day the article was published where it was
 * published; times and zones are checked for form and then dropped. Free
 * text in such fields ("May 14, 2024") goes to date_scan.h. */
#ifndef ACTORKG_DATE_STAMP_H
#define ACTORKG_DATE_STAMP_H

#include "actorkg/date.h"
#include "actorkg/status.h"

/* RFC 3339 / ISO 8601 extended form: "2024-05-14", optionally followed by
 * "T" (or "t" or a space) and a time of at least "HH:MM", with seconds,
 * fraction and zone ("Z", "+09:00", "+0900") after it; "2024-05" and "2024"
 * give a month or a year. Surrounding white space is allowed. Returns
 * AKG_ERR_SYNTAX (and leaves *out alone) for anything else. */
akg_status akg_date_parse_rfc3339(const char *s, akg_date *out);

/* RFC 822 as updated by RFC 1123 and RFC 2822: an optional day name and
 * comma, day, month name (three letters or in full, any case), year (four
 * digits, or two: 00-49 are 20xx, 50-99 are 19xx), then optionally a time
 * "HH:MM[:SS]" and a zone ("+0900", "GMT", "EST", ...). A day name that
 * does not match the date is tolerated, as feeds get it wrong often. */
akg_status akg_date_parse_rfc822(const char *s, akg_date *out);

/* RFC 3339, then RFC 822, then "YYYYMMDD", then the first complete date
 * that date_scan.h finds in the text ("May 14, 2024", "14/05/2024"). */
akg_status akg_date_parse_stamp(const char *s, akg_date *out);

#endif

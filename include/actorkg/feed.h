/* feed.h: RSS 2.0 and Atom feeds, one article per item or entry.
 *
 * Feeds are XML and are parsed as such: well-formed or refused, never
 * fetching anything (no DTD, no external entity). HTML inside a feed
 * (escaped or in CDATA) is reduced to text as html.h does (see feed.c for
 * what is taken from where). */
#ifndef ACTORKG_FEED_H
#define ACTORKG_FEED_H

#include <stddef.h>

#include "actorkg/reader.h"
#include "actorkg/status.h"

/* Appends one article per item (RSS, root <rss>) or entry (Atom, root
 * <feed>) of data[0..len) to `out`. An item's identifier is its guid, else
 * its link (Atom: its id, else its link), else "<file_id>#N" with N its
 * 1-based position; messages name it "<origin>#N". Fails with
 * AKG_ERR_BAD_INPUT after one message naming `origin`, the line and
 * libxml2's diagnosis when the XML is not well-formed or its root is
 * neither; `out` is then as it was. An item with neither title nor text is
 * left out with a warning. */
akg_status akg_feed_parse(const char *file_id, const char *origin, const char *data,
                          size_t len, akg_articles *out, akg_diag *diag);

#endif

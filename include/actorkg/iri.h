/* iri.h: building IRIs from identifiers.
 *
 * Instance IRIs are a base IRI plus path segments made from identifiers
 * (actor ids, article file names, event keys). These helpers make any string
 * a safe segment, and derive an article's local name from its file name. */
#ifndef ACTORKG_IRI_H
#define ACTORKG_IRI_H

#include <stdbool.h>

#include "actorkg/buf.h"

/* Appends `s` to `buf` as one IRI path segment: the unreserved characters
 * A-Z a-z 0-9 - . _ ~ stay, every other byte becomes %XX (upper case), so
 * the result is plain ASCII and distinct strings stay distinct. */
void akg_iri_append_segment(akg_buf *buf, const char *s);
/* The same as a new string (free with akg_free). */
char *akg_iri_encode_segment(const char *s);

/* An article's local name: its id without a final extension (a last dot
 * followed by 1 to 5 ASCII letters or digits, as in ".txt" or ".html"),
 * encoded as a segment; "001_93ae.txt" gives "001_93ae". An id that would
 * be left empty keeps its extension. Free with akg_free. The graph falls
 * back to the whole encoded id when two articles share a local name. */
char *akg_iri_article_name(const char *id);

/* True when `s` is an absolute IRI that can be written as <s> in Turtle and
 * N-Triples: a scheme (a letter, then letters, digits, "+", "-" or "."), a
 * colon, and at least one more character, with no spaces, control
 * characters or any of < > " { } | \ ^ `, and valid UTF-8. */
bool akg_iri_is_absolute(const char *s);

#endif

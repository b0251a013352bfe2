/* format.h: telling input formats apart by their content.
 *
 * Analysts save pages as ".txt", feeds as ".html" and event data without
 * an extension, so the reader is chosen from the first markup of the bytes,
 * never from the file name: the root element after any byte-order mark,
 * white space, XML declaration, processing instructions, comments and
 * DOCTYPE. Only the start of the input is looked at; the cost is bounded by
 * the length of that prolog. */
#ifndef ACTORKG_FORMAT_H
#define ACTORKG_FORMAT_H

#include <stddef.h>

typedef enum akg_format {
  AKG_FORMAT_TEXT,     /* anything that does not start with markup */
  AKG_FORMAT_HTML,     /* <!DOCTYPE html>, <html>, or a known HTML element */
  AKG_FORMAT_RSS,      /* root <rss> (RSS 2.0 and its 0.9x forerunners) */
  AKG_FORMAT_ATOM,     /* root <feed> */
  AKG_FORMAT_PETRARCH, /* root <Sentences>: PETRARCH-style event records */
  AKG_FORMAT_XML_OTHER /* an XML declaration, then some other root */
} akg_format;

/* The format of data[0..len). */
akg_format akg_format_sniff(const char *data, size_t len);

/* "text", "HTML", "RSS", "Atom", "PETRARCH XML" or "XML". */
const char *akg_format_name(akg_format format);

/* The root element's name of an AKG_FORMAT_XML_OTHER input, for messages:
 * copied into out (NUL-terminated, cut to fit); "" if there is none. */
void akg_format_root_name(const char *data, size_t len, char *out, size_t out_size);

#endif

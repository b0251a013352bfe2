/* html_text.h: rendering an HTML or XHTML tree as paragraphs of text.
 * Internal to src/read/ (html.c implements it; feed.c uses it for Atom's
 * XHTML content, which arrives as elements rather than markup in text). */
#ifndef ACTORKG_READ_HTML_TEXT_H
#define ACTORKG_READ_HTML_TEXT_H

#include <libxml/tree.h>

#include "actorkg/buf.h"

/* Appends the text under `root` (not counting `root`'s own exclusion) to
 * `out`: furniture elements and link lists left out, block elements
 * separated by a blank line, two <br> in a row too, white space
 * collapsed. Nothing is added for a tree without text. */
void akg_html_render(xmlNode *root, akg_buf *out);

#endif

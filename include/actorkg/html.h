/* html.h: saved web pages and HTML fragments as articles and text.
 *
 * A page gives one article: its metadata from the tags pages carry for
 * search engines and social networks (Open Graph, schema.org, Dublin
 * Core), its text from the main content only, with page furniture left
 * out and every block element made a paragraph of its own (see html.c for
 * what is taken from where). */
#ifndef ACTORKG_HTML_H
#define ACTORKG_HTML_H

#include <stddef.h>

#include "actorkg/article.h"
#include "actorkg/status.h"

/* Parses the page data[0..len) into `out` (zeroed first; cleared again on
 * failure). The page's declared charset is honoured. `id` becomes the
 * article's identifier and `origin` names it in messages. Fails with
 * AKG_ERR_BAD_INPUT, after one message to `diag`, when libxml2 cannot read
 * the page to its end (nesting deeper than its limit of 256, bytes invalid
 * in the declared charset) or the page has neither a title nor text. */
akg_status akg_html_parse(const char *id, const char *origin, const char *data,
                          size_t len, akg_article *out, akg_diag *diag);

/* The text of an HTML fragment in UTF-8, such as a feed item's
 * description: furniture left out, blocks separated by blank lines, white
 * space collapsed, entities decoded. Returns an owned string (free with
 * akg_free), "" when there is no text. */
char *akg_html_fragment_to_text(const char *html, size_t len);

#endif

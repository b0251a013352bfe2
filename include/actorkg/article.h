/* article.h: one article as the readers deliver it to the extractor.
 *
 * All strings are UTF-8, NUL-terminated and owned by the article; fields a
 * source does not give are NULL (dates: AKG_DATE_UNKNOWN). */
#ifndef ACTORKG_ARTICLE_H
#define ACTORKG_ARTICLE_H

#include <stddef.h>

#include "actorkg/date.h"

typedef struct akg_article {
  char *id;        /* dcterms:identifier: the file name, or a record's id */
  char *origin;    /* where it came from (path[#record]), for messages */
  char *title;     /* dcterms:title */
  char *publisher; /* dcterms:publisher */
  char *creator;   /* dcterms:creator */
  char *url;       /* schema:url */
  akg_date date;   /* schema:datePublished */
  char *text;      /* the body, without the title and header lines */
  size_t text_len;
} akg_article;

/* Frees every field and zeroes the struct; accepts a zeroed article. */
void akg_article_clear(akg_article *article);

#endif

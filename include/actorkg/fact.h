/* fact.h: one relation as one sentence of one article states it.
 *
 * The extractor produces facts; the graph merges them into events. A fact
 * owns its evidence string; the actors and the code strings are borrowed
 * from the lexicon. */
#ifndef ACTORKG_FACT_H
#define ACTORKG_FACT_H

#include <stddef.h>

#include "actorkg/actor.h"
#include "actorkg/date.h"
#include "actorkg/relation.h"

typedef struct akg_fact {
  const akg_actor *subject;
  akg_relation relation;
  const akg_actor *object;
  akg_date date;      /* the event's date, or AKG_DATE_UNKNOWN */
  char *evidence;     /* the sentence, as written (owned) */
  size_t position;    /* byte offset of the sentence in the article; the
                         title counts as offset 0 */
  const char *cameo;  /* CAMEO code ("112"), or NULL; borrowed */
  const char *plover; /* PLOVER category ("ACCUSE"), or NULL; borrowed */
} akg_fact;

typedef struct akg_facts {
  akg_fact *items;
  size_t count;
  size_t cap;
} akg_facts;

/* Appends a copy of `fact`, duplicating its evidence string. */
void akg_facts_push(akg_facts *facts, const akg_fact *fact);
/* Frees the evidence strings and empties the list, keeping its memory. */
void akg_facts_clear(akg_facts *facts);
void akg_facts_free(akg_facts *facts);

#endif

/* actor.h: a state or organization of the actor lexicon.
 *
 * Actors are made by the lexicon loader and live as long as the lexicon;
 * everything downstream (facts, the graph, exporters) holds borrowed
 * `const akg_actor *` pointers and compares actors by pointer. */
#ifndef ACTORKG_ACTOR_H
#define ACTORKG_ACTOR_H

#include <stddef.h>

typedef enum akg_actor_kind {
  AKG_ACTOR_COUNTRY,     /* akg:Country: states and territories */
  AKG_ACTOR_ORGANIZATION /* akg:Organization: alliances, IGOs, centres */
} akg_actor_kind;

typedef struct akg_actor {
  const char *id;       /* IRI local name: "JPN", "CCDCOE" */
  const char *label;    /* rdfs:label, the short English name */
  const char *iso_code; /* akg:isoCode (alpha-3), NULL for organizations */
  const char *same_as;  /* owl:sameAs IRI, or NULL */
  akg_actor_kind kind;
  const char *const *alt_labels; /* skos:altLabel values, sorted */
  size_t alt_label_count;
} akg_actor;

/* Orders actors by id (strcmp); for qsort and deterministic output. */
int akg_actor_compare(const akg_actor *a, const akg_actor *b);

#endif

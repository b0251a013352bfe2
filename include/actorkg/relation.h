/* relation.h: the three relations actorkg extracts. */
#ifndef ACTORKG_RELATION_H
#define ACTORKG_RELATION_H

#include <stdbool.h>

typedef enum akg_relation {
  AKG_REL_ACCUSES,
  AKG_REL_COOPERATES_WITH,
  AKG_REL_JOINS,
  AKG_REL_COUNT
} akg_relation;

/* The property's local name in the akg: namespace ("accuses", ...). */
const char *akg_relation_name(akg_relation relation);
/* The gold-file spelling ("ACCUSES", "COOPERATES_WITH", "JOINS"). */
const char *akg_relation_gold_name(akg_relation relation);
/* Accepts either spelling; false when `name` is neither. */
bool akg_relation_from_name(const char *name, akg_relation *out);
/* cooperatesWith is symmetric: its facts are stored with the two actors in
 * a fixed order and exported in both directions. */
bool akg_relation_is_symmetric(akg_relation relation);

#endif

/* relation.c: names of the three relations. */
#include "actorkg/relation.h"

#include <string.h>

static const char *const names[AKG_REL_COUNT] = {"accuses", "cooperatesWith", "joins"};
static const char *const gold_names[AKG_REL_COUNT] = {"ACCUSES", "COOPERATES_WITH",
                                                      "JOINS"};

const char *akg_relation_name(akg_relation relation) {
  return names[relation];
}

const char *akg_relation_gold_name(akg_relation relation) {
  return gold_names[relation];
}

bool akg_relation_from_name(const char *name, akg_relation *out) {
  for (int r = 0; r < AKG_REL_COUNT; r++) {
    if (!strcmp(name, names[r]) || !strcmp(name, gold_names[r])) {
      *out = (akg_relation)r;
      return true;
    }
  }
  return false;
}

bool akg_relation_is_symmetric(akg_relation relation) {
  return relation == AKG_REL_COOPERATES_WITH;
}

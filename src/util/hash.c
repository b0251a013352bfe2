/* hash.c: FNV-1a and the open-addressing string map (see hash.h).
 *
 * The table uses linear probing over a power-of-two array and grows at 70%
 * load. Each entry keeps its full hash, so probing compares strings only on
 * a hash match and growing never rehashes a key. There is no deletion:
 * actorkg only interns and merges, so tombstones would be dead weight. */
#include "actorkg/hash.h"

#include <string.h>

#include "actorkg/alloc.h"

#define FNV1A_64_PRIME UINT64_C(0x100000001b3)

uint64_t akg_fnv1a_64(uint64_t h, const void *bytes, size_t len) {
  const unsigned char *p = bytes;
  for (size_t i = 0; i < len; i++) {
    h ^= p[i];
    h *= FNV1A_64_PRIME;
  }
  return h;
}

typedef struct entry {
  char *key; /* NULL: empty slot */
  uint64_t hash;
  void *value;
} entry;

struct akg_strmap {
  entry *entries;
  size_t cap; /* 0 or a power of two */
  size_t count;
  bool borrowing; /* keys are the caller's, not copies */
};

akg_strmap *akg_strmap_new(void) {
  return akg_calloc(1, sizeof(akg_strmap));
}

akg_strmap *akg_strmap_new_borrowing(void) {
  akg_strmap *map = akg_strmap_new();
  map->borrowing = true;
  return map;
}

void akg_strmap_clear(akg_strmap *map) {
  for (size_t i = 0; i < map->cap; i++) {
    if (!map->borrowing)
      akg_free(map->entries[i].key);
    map->entries[i].key = NULL;
  }
  map->count = 0;
}

void akg_strmap_free(akg_strmap *map) {
  if (!map)
    return;
  akg_strmap_clear(map);
  akg_free(map->entries);
  akg_free(map);
}

size_t akg_strmap_count(const akg_strmap *map) {
  return map->count;
}

/* The slot of `key`, or of the empty slot where it would go. */
static entry *find(const akg_strmap *map, const char *key, uint64_t hash) {
  size_t mask = map->cap - 1;
  for (size_t i = (size_t)hash & mask;; i = (i + 1) & mask) {
    entry *e = &map->entries[i];
    if (!e->key || (e->hash == hash && !strcmp(e->key, key)))
      return e;
  }
}

static void grow(akg_strmap *map) {
  entry *old = map->entries;
  size_t old_cap = map->cap;
  map->cap = old_cap ? old_cap * 2 : 16;
  map->entries = akg_calloc(map->cap, sizeof *map->entries);
  size_t mask = map->cap - 1;
  for (size_t i = 0; i < old_cap; i++) {
    if (!old[i].key)
      continue;
    size_t j = (size_t)old[i].hash & mask;
    while (map->entries[j].key)
      j = (j + 1) & mask;
    map->entries[j] = old[i];
  }
  akg_free(old);
}

void *akg_strmap_get(const akg_strmap *map, const char *key) {
  if (!map->count)
    return NULL;
  entry *e = find(map, key, akg_fnv1a_64(AKG_FNV1A_64_INIT, key, strlen(key)));
  return e->key ? e->value : NULL;
}

void **akg_strmap_slot(akg_strmap *map, const char *key, bool *inserted) {
  if ((map->count + 1) * 10 > map->cap * 7)
    grow(map);
  size_t len = strlen(key);
  uint64_t hash = akg_fnv1a_64(AKG_FNV1A_64_INIT, key, len);
  entry *e = find(map, key, hash);
  bool added = !e->key;
  if (added) {
    e->key = map->borrowing ? (char *)key : akg_strndup(key, len);
    e->hash = hash;
    e->value = NULL;
    map->count++;
  }
  if (inserted)
    *inserted = added;
  return &e->value;
}

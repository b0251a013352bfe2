/* hash.h: FNV-1a hashing and a string-keyed hash map.
 *
 * FNV-1a (64-bit) is used where a hash must be stable across runs and
 * machines, such as the event keys that name event IRIs. The map is a plain
 * open-addressing table from NUL-terminated strings to pointers, for the
 * interning and merging that would otherwise need linear scans. */
#ifndef ACTORKG_HASH_H
#define ACTORKG_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define AKG_FNV1A_64_INIT UINT64_C(0xcbf29ce484222325)

/* Continues a 64-bit FNV-1a hash `h` over `len` bytes; start from
 * AKG_FNV1A_64_INIT. Feeding a string in pieces gives the same value as
 * feeding it whole. */
uint64_t akg_fnv1a_64(uint64_t h, const void *bytes, size_t len);

/* A map from strings to pointers. Keys are copied; values are borrowed and
 * never freed by the map. Lookups and insertions take expected O(1). */
typedef struct akg_strmap akg_strmap;

akg_strmap *akg_strmap_new(void);
/* A map that keeps the caller's key pointers instead of copies: every key
 * inserted must stay unchanged for as long as the map (the graph's article
 * ids, which live in its arena). Saves a copy per key. */
akg_strmap *akg_strmap_new_borrowing(void);
/* Accepts NULL. */
void akg_strmap_free(akg_strmap *map);
size_t akg_strmap_count(const akg_strmap *map);
/* The value stored under `key`, or NULL when there is none. */
void *akg_strmap_get(const akg_strmap *map, const char *key);
/* The slot holding the value of `key`, inserting the key with a NULL value
 * when it is absent (then *inserted is true, if `inserted` is not NULL).
 * Valid until the next insertion; store the value through it. */
void **akg_strmap_slot(akg_strmap *map, const char *key, bool *inserted);
/* Removes every key, keeping the table's memory. */
void akg_strmap_clear(akg_strmap *map);

#endif

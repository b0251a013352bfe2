/* arena.h: many small allocations that live and die together.
 *
 * The graph keeps hundreds of thousands of short strings (identifiers,
 * titles, evidence sentences) for the whole run; malloc spends 8 to 24
 * bytes of bookkeeping and rounding on each. An arena hands out pieces of
 * 64 KiB blocks instead and frees them all at once, so a string costs its
 * bytes and nothing more. Nothing in an arena is freed alone. */
#ifndef ACTORKG_ARENA_H
#define ACTORKG_ARENA_H

#include <stddef.h>

typedef struct akg_arena akg_arena;

akg_arena *akg_arena_new(void);
/* Frees the arena and everything allocated from it; accepts NULL. */
void akg_arena_free(akg_arena *arena);

/* `size` bytes aligned for any pointer or integer type, valid until the
 * arena is freed; aborts on out-of-memory (alloc.h). */
void *akg_arena_alloc(akg_arena *arena, size_t size);
/* A copy of `s` in the arena; NULL gives NULL. */
char *akg_arena_strdup(akg_arena *arena, const char *s);

/* Bytes the arena holds from malloc (its blocks), for figures and tests. */
size_t akg_arena_footprint(const akg_arena *arena);

#endif

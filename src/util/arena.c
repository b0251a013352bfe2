/* arena.c: bump allocation in 64 KiB blocks (see arena.h).
 *
 * Blocks form a list, newest first; a request that does not fit the
 * current block opens a new one (a request larger than a quarter block
 * gets a block of its own, so a long evidence sentence wastes no more than
 * the rest of one block). */
#include "actorkg/arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <string.h>

#include "actorkg/alloc.h"

enum { BLOCK_SIZE = 64 * 1024 };

typedef struct block {
  struct block *next;
  size_t size; /* bytes of data[] */
  size_t used;
  alignas(max_align_t) unsigned char data[];
} block;

struct akg_arena {
  block *blocks;
  size_t footprint;
};

akg_arena *akg_arena_new(void) {
  return akg_calloc(1, sizeof(akg_arena));
}

void akg_arena_free(akg_arena *arena) {
  if (!arena)
    return;
  for (block *b = arena->blocks, *next; b; b = next) {
    next = b->next;
    akg_free(b);
  }
  akg_free(arena);
}

static block *new_block(akg_arena *arena, size_t size) {
  block *b = akg_malloc(sizeof *b + size);
  b->size = size;
  b->used = 0;
  arena->footprint += sizeof *b + size;
  return b;
}

void *akg_arena_alloc(akg_arena *arena, size_t size) {
  const size_t align = alignof(max_align_t) < 8 ? alignof(max_align_t) : 8;
  size = (size + align - 1) & ~(align - 1);
  if (!size)
    size = align;
  if (size > BLOCK_SIZE / 4) {
    /* Behind the current block, which stays the one being filled. */
    block *b = new_block(arena, size);
    if (arena->blocks) {
      b->next = arena->blocks->next;
      arena->blocks->next = b;
    } else {
      b->next = NULL;
      arena->blocks = b;
    }
    b->used = size;
    return b->data;
  }
  block *b = arena->blocks;
  if (!b || b->size - b->used < size) {
    b = new_block(arena, BLOCK_SIZE);
    b->next = arena->blocks;
    arena->blocks = b;
  }
  void *p = b->data + b->used;
  b->used += size;
  return p;
}

char *akg_arena_strdup(akg_arena *arena, const char *s) {
  if (!s)
    return NULL;
  size_t n = strlen(s) + 1;
  return memcpy(akg_arena_alloc(arena, n), s, n);
}

size_t akg_arena_footprint(const akg_arena *arena) {
  return arena->footprint;
}

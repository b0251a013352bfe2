/* alloc.c: the abort-on-exhaustion allocation wrappers (see alloc.h). */
#include "actorkg/alloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *out_of_memory(size_t size) {
  fprintf(stderr, "actorkg: out of memory (%zu bytes)\n", size);
  abort();
}

void *akg_malloc(size_t size) {
  void *p = malloc(size ? size : 1);
  return p ? p : out_of_memory(size);
}

void *akg_calloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  return p ? p : out_of_memory(count * size);
}

void *akg_realloc(void *ptr, size_t size) {
  void *p = realloc(ptr, size ? size : 1);
  return p ? p : out_of_memory(size);
}

void *akg_reallocarray(void *ptr, size_t count, size_t size) {
  if (size && count > SIZE_MAX / size)
    return out_of_memory(SIZE_MAX);
  return akg_realloc(ptr, count * size);
}

char *akg_strdup(const char *s) {
  return akg_strndup(s, strlen(s));
}

char *akg_strndup(const char *s, size_t n) {
  char *p = akg_malloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

void akg_free(void *ptr) {
  free(ptr);
}

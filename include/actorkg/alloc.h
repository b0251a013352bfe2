/* alloc.h: allocation that cannot fail.
 *
 * actorkg treats running out of memory as fatal: every allocation goes
 * through these wrappers, which print one line and abort() when malloc
 * returns NULL. That keeps every other error path about real input
 * problems, and keeps the code free of NULL checks that could never be
 * tested. This is the only place in the library that may end the process. */
#ifndef ACTORKG_ALLOC_H
#define ACTORKG_ALLOC_H

#include <stddef.h>

void *akg_malloc(size_t size);
void *akg_calloc(size_t count, size_t size);
void *akg_realloc(void *ptr, size_t size);
/* Grows an array: returns ptr resized to hold `count` items of `size`,
 * aborting on overflow. */
void *akg_reallocarray(void *ptr, size_t count, size_t size);
char *akg_strdup(const char *s);
char *akg_strndup(const char *s, size_t n);
/* Frees with free(); named so ownership reads clearly at call sites. */
void akg_free(void *ptr);

#endif

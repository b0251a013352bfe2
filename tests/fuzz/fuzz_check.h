/* fuzz_check.h: the one assertion the fuzz targets share.
 *
 * A broken invariant aborts with the condition and its line, so libFuzzer
 * saves the input as a crash just as it does for a sanitizer report. Kept
 * apart from <assert.h> because the targets must check in every build. */
#ifndef ACTORKG_FUZZ_CHECK_H
#define ACTORKG_FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>

#define FUZZ_CHECK(cond)                                                                 \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond);       \
      abort();                                                                           \
    }                                                                                    \
  } while (0)

#endif

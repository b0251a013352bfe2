/* sink_support.h: what the exporter tests share: a sink that refuses every
 * write (counting the calls in an int at ctx, if any), to check that a
 * writer returns the sink's failure, and a fact with only its actors, its
 * relation and a placeholder sentence. Included after <cmocka.h>. */
#ifndef ACTORKG_TESTS_SINK_SUPPORT_H
#define ACTORKG_TESTS_SINK_SUPPORT_H

#include <stddef.h>

#include "actorkg/fact.h"
#include "actorkg/status.h"

static inline akg_status refuse(void *ctx, const char *bytes, size_t len) {
  (void)bytes;
  (void)len;
  if (ctx)
    (*(int *)ctx)++;
  return AKG_ERR_IO;
}

static inline akg_fact plain_fact(const akg_actor *s, akg_relation r,
                                  const akg_actor *o) {
  akg_fact f = {0};
  f.subject = s;
  f.relation = r;
  f.object = o;
  f.evidence = "sentence";
  return f;
}

#endif

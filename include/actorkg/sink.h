/* sink.h: where exporters write bytes.
 *
 * Exporters never open files themselves: they write through a sink, so the
 * CLI can point them at an atomically replaced output file and unit tests
 * can point them at memory and compare strings. */
#ifndef ACTORKG_SINK_H
#define ACTORKG_SINK_H

#include <stddef.h>

#include "actorkg/buf.h"
#include "actorkg/status.h"

typedef akg_status (*akg_sink_write_fn)(void *ctx, const char *bytes, size_t len);

typedef struct akg_sink {
  akg_sink_write_fn write;
  void *ctx;
} akg_sink;

/* A sink appending to `buf`, which the caller owns and must outlive it. */
akg_sink akg_sink_to_buf(akg_buf *buf);

akg_status akg_sink_write(const akg_sink *sink, const char *bytes, size_t len);
akg_status akg_sink_puts(const akg_sink *sink, const char *s);

#endif

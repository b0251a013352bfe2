/* sink.c: byte sinks (see sink.h). */
#include "actorkg/sink.h"

#include <string.h>

static akg_status write_to_buf(void *ctx, const char *bytes, size_t len) {
  akg_buf_append(ctx, bytes, len);
  return AKG_OK;
}

akg_sink akg_sink_to_buf(akg_buf *buf) {
  return (akg_sink){write_to_buf, buf};
}

akg_status akg_sink_write(const akg_sink *sink, const char *bytes, size_t len) {
  return len ? sink->write(sink->ctx, bytes, len) : AKG_OK;
}

akg_status akg_sink_puts(const akg_sink *sink, const char *s) {
  return akg_sink_write(sink, s, strlen(s));
}

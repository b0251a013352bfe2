/* diag_buffer.c: diagnostics held back for in-order delivery (see
 * diag_buffer.h). */
#include "actorkg/diag_buffer.h"

#include <string.h>

#include "actorkg/alloc.h"

static void hold_message(void *ctx, akg_diag_level level, const char *file,
                         unsigned long line, const char *message) {
  akg_diag_buffer *buffer = ctx;
  if (buffer->count == buffer->cap) {
    buffer->cap = buffer->cap ? buffer->cap * 2 : 4;
    buffer->items = akg_reallocarray(buffer->items, buffer->cap, sizeof *buffer->items);
  }
  buffer->items[buffer->count++] = (akg_diag_message){
      .level = level,
      .file = file ? akg_strdup(file) : NULL,
      .line = line,
      .text = akg_strdup(message),
  };
}

akg_diag akg_diag_buffer_sink(akg_diag_buffer *buffer) {
  return (akg_diag){.fn = hold_message, .ctx = buffer};
}

static void clear_messages(akg_diag_buffer *buffer) {
  for (size_t i = 0; i < buffer->count; i++) {
    akg_free(buffer->items[i].file);
    akg_free(buffer->items[i].text);
  }
  buffer->count = 0;
}

void akg_diag_buffer_replay(akg_diag_buffer *buffer, akg_diag *to) {
  for (size_t i = 0; i < buffer->count; i++) {
    const akg_diag_message *m = &buffer->items[i];
    akg_diag_report(to, m->level, m->file, m->line, "%s", m->text);
  }
  clear_messages(buffer);
}

void akg_diag_buffer_free(akg_diag_buffer *buffer) {
  clear_messages(buffer);
  akg_free(buffer->items);
  memset(buffer, 0, sizeof *buffer);
}

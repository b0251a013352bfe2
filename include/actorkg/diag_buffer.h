/* diag_buffer.h: diagnostics held back and delivered later.
 *
 * Worker threads must not write to the shared diagnostics sink: messages
 * would interleave in whatever order the threads ran. Each item of work
 * collects its messages in a buffer instead, and the thread that delivers
 * results in input order replays them, so stderr is the same for any
 * number of threads. */
#ifndef ACTORKG_DIAG_BUFFER_H
#define ACTORKG_DIAG_BUFFER_H

#include <stddef.h>

#include "actorkg/status.h"

typedef struct akg_diag_message {
  akg_diag_level level;
  char *file; /* owned, or NULL */
  unsigned long line;
  char *text; /* owned */
} akg_diag_message;

typedef struct akg_diag_buffer {
  akg_diag_message *items;
  size_t count;
  size_t cap;
} akg_diag_buffer;

/* A sink that appends to `buffer` (which must outlive the sink's use). */
akg_diag akg_diag_buffer_sink(akg_diag_buffer *buffer);
/* Sends every held message to `to`, in the order received, and empties
 * the buffer. */
void akg_diag_buffer_replay(akg_diag_buffer *buffer, akg_diag *to);
/* Frees the messages and the buffer's memory; accepts a zeroed buffer. */
void akg_diag_buffer_free(akg_diag_buffer *buffer);

#endif

/* file_copy.c: see file_copy.h. Reads in 64 KiB blocks, so the size of
 * the file does not matter. */
#include "actorkg/file_copy.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "actorkg/alloc.h"

enum { BLOCK = 64 * 1024 };

akg_status akg_file_copy(const char *path, const akg_sink *sink, akg_diag *diag) {
  FILE *in = fopen(path, "rb");
  if (!in) {
    int err = errno;
    akg_diag_report(diag, AKG_DIAG_ERROR, path, 0, "cannot open: %s", strerror(err));
    return err == ENOENT ? AKG_ERR_NOT_FOUND : AKG_ERR_IO;
  }
  char *block = akg_malloc(BLOCK);
  akg_status status = AKG_OK;
  size_t n;
  while (status == AKG_OK && (n = fread(block, 1, BLOCK, in)) > 0)
    status = akg_sink_write(sink, block, n);
  if (status == AKG_OK && ferror(in)) {
    akg_diag_report(diag, AKG_DIAG_ERROR, path, 0, "cannot read: %s", strerror(errno));
    status = AKG_ERR_IO;
  }
  akg_free(block);
  fclose(in);
  return status;
}

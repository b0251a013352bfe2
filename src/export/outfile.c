/* outfile.c: output files replaced atomically (see outfile.h).
 *
 * Bytes go to DIR/.NAME.XXXXXX through a 64 KiB buffer and write(2); commit
 * flushes, fsyncs, closes and renames over DIR/NAME, then fsyncs DIR so the
 * rename itself survives a crash. Any failure removes the temporary file,
 * so a reader of DIR/NAME sees either the old file or the complete new one.
 * Errors name the destination and give strerror(errno). */
#define _XOPEN_SOURCE 700

#include "actorkg/outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"

enum { BUFFER_SIZE = 64 * 1024 };

struct akg_outfile {
  int fd; /* -1 once closed */
  char *dir;
  char *path; /* the destination */
  char *temp; /* the temporary file beside it */
  akg_diag *diag;
  int error;  /* errno of the first failed write, or 0 */
  size_t len; /* bytes waiting in buffer */
  char buffer[BUFFER_SIZE];
};

static char *join_path(const char *dir, const char *prefix, const char *name,
                       const char *suffix) {
  akg_buf buf = AKG_BUF_INIT;
  akg_buf_puts(&buf, dir);
  if (buf.len && buf.data[buf.len - 1] != '/')
    akg_buf_putc(&buf, '/');
  akg_buf_puts(&buf, prefix);
  akg_buf_puts(&buf, name);
  akg_buf_puts(&buf, suffix);
  return akg_buf_steal(&buf);
}

/* The process's umask, read without changing it (umask(2) can only be read
 * by setting it, which would race with other threads creating files). */
static mode_t current_umask(void) {
  mode_t mask = 022;
  FILE *f = fopen("/proc/self/status", "r");
  if (!f)
    return mask;
  char line[256];
  unsigned int value;
  while (fgets(line, sizeof line, f)) {
    if (sscanf(line, "Umask: %o", &value) == 1) {
      mask = (mode_t)value;
      break;
    }
  }
  fclose(f);
  return mask;
}

static void free_outfile(akg_outfile *file) {
  akg_free(file->dir);
  akg_free(file->path);
  akg_free(file->temp);
  akg_free(file);
}

akg_status akg_outfile_open(const char *dir, const char *name, akg_outfile **out,
                            akg_diag *diag) {
  *out = NULL;
  if (!dir || !*dir || !name || !*name || strchr(name, '/')) {
    akg_diag_report(diag, AKG_DIAG_ERROR, NULL, 0, "invalid output file name \"%s\"",
                    name ? name : "");
    return AKG_ERR_BAD_ARG;
  }
  struct stat st;
  if (stat(dir, &st) != 0) {
    int err = errno;
    if (err == ENOENT || err == ENOTDIR) {
      akg_diag_report(diag, AKG_DIAG_ERROR, dir, 0, "output folder does not exist");
      return AKG_ERR_NOT_FOUND;
    }
    akg_diag_report(diag, AKG_DIAG_ERROR, dir, 0, "cannot use output folder: %s",
                    strerror(err));
    return AKG_ERR_IO;
  }
  if (!S_ISDIR(st.st_mode)) {
    akg_diag_report(diag, AKG_DIAG_ERROR, dir, 0, "output folder is not a folder");
    return AKG_ERR_NOT_FOUND;
  }

  akg_outfile *file = akg_calloc(1, sizeof *file);
  file->dir = akg_strdup(dir);
  file->path = join_path(dir, "", name, "");
  file->temp = join_path(dir, ".", name, ".XXXXXX");
  file->diag = diag;
  file->fd = mkstemp(file->temp);
  if (file->fd < 0) {
    akg_diag_report(diag, AKG_DIAG_ERROR, file->temp, 0,
                    "cannot create temporary file: %s", strerror(errno));
    free_outfile(file);
    return AKG_ERR_IO;
  }
  /* mkstemp makes the file private (0600); outputs get the mode any newly
   * created file would, 0644 less the umask. */
  if (fchmod(file->fd, 0644 & ~current_umask()) != 0) {
    akg_diag_report(diag, AKG_DIAG_ERROR, file->temp, 0, "cannot set permissions: %s",
                    strerror(errno));
    akg_outfile_abort(file);
    return AKG_ERR_IO;
  }
  *out = file;
  return AKG_OK;
}

static int write_all(int fd, const char *bytes, size_t len) {
  while (len) {
    ssize_t n = write(fd, bytes, len);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return errno;
    }
    bytes += n;
    len -= (size_t)n;
  }
  return 0;
}

/* Records the first write error and reports it at once: the exporter that
 * sees the failing write only gets a status, and the caller may then abort
 * without ever committing. */
static void fail(akg_outfile *file, int err) {
  if (file->error)
    return;
  file->error = err;
  akg_diag_report(file->diag, AKG_DIAG_ERROR, file->path, 0, "cannot write: %s",
                  strerror(err));
}

static akg_status flush_buffer(akg_outfile *file) {
  if (file->error)
    return AKG_ERR_IO;
  int err = write_all(file->fd, file->buffer, file->len);
  file->len = 0;
  if (err)
    fail(file, err);
  return err ? AKG_ERR_IO : AKG_OK;
}

static akg_status write_to_file(void *ctx, const char *bytes, size_t len) {
  akg_outfile *file = ctx;
  if (file->error)
    return AKG_ERR_IO;
  if (file->len + len <= BUFFER_SIZE) {
    memcpy(file->buffer + file->len, bytes, len);
    file->len += len;
    return AKG_OK;
  }
  if (flush_buffer(file) != AKG_OK)
    return AKG_ERR_IO;
  if (len < BUFFER_SIZE) {
    memcpy(file->buffer, bytes, len);
    file->len = len;
    return AKG_OK;
  }
  int err = write_all(file->fd, bytes, len);
  if (err)
    fail(file, err);
  return err ? AKG_ERR_IO : AKG_OK;
}

akg_sink akg_outfile_sink(akg_outfile *file) {
  return (akg_sink){write_to_file, file};
}

/* Makes the rename durable. Best effort: some file systems refuse to sync
 * a directory, and the data itself is already safe. */
static void sync_dir(const char *dir) {
  int fd = open(dir, O_RDONLY | O_DIRECTORY);
  if (fd >= 0) {
    fsync(fd);
    close(fd);
  }
}

akg_status akg_outfile_commit(akg_outfile *file, akg_diag *diag) {
  if (!file)
    return AKG_ERR_BAD_ARG;
  /* Later messages go to the caller's diag of this call. */
  file->diag = diag;
  const char *step = NULL;
  int err = 0;
  if (file->error) {
    err = file->error; /* reported when it happened */
  } else if (flush_buffer(file) != AKG_OK) {
    err = file->error; /* reported by flush_buffer */
  } else if (fsync(file->fd) != 0) {
    step = "cannot sync", err = errno;
  } else {
    int fd = file->fd;
    file->fd = -1;
    if (close(fd) != 0)
      step = "cannot close", err = errno;
    else if (rename(file->temp, file->path) != 0)
      step = "cannot rename the temporary file into place", err = errno;
  }
  if (err) {
    if (step)
      akg_diag_report(diag, AKG_DIAG_ERROR, file->path, 0, "%s: %s", step, strerror(err));
    akg_outfile_abort(file);
    return AKG_ERR_IO;
  }
  sync_dir(file->dir);
  free_outfile(file);
  return AKG_OK;
}

void akg_outfile_abort(akg_outfile *file) {
  if (!file)
    return;
  if (file->fd >= 0)
    close(file->fd);
  unlink(file->temp);
  free_outfile(file);
}

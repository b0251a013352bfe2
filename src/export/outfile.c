/* outfile.c: output files replaced atomically (see outfile.h).
 *
 * Bytes go to DIR/.NAME.XXXXXX through a 64 KiB buffer and write(2); commit
 * flushes, fsyncs and closes every file of the set first, then renames each
 * over DIR/NAME and fsyncs DIR so the renames survive a crash. Any failure
 * removes the temporary files, so a reader of DIR/NAME sees either the old
 * file or the complete new one. Before each rename the old file gets a
 * second name (a hard link, DIR/.NAME.XXXXXX.old), so that if a later
 * rename of the set fails the earlier ones can be undone; the renames run
 * with SIGINT, SIGTERM and SIGHUP blocked, so those signals cannot split
 * the set either. Errors name the destination and give strerror(errno).
 *
 * The one piece of global state is the list of temporary files not yet
 * renamed, read by akg_outfile_remove_temporaries from a signal handler. */
#define _XOPEN_SOURCE 700

#include "actorkg/outfile.h"

#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <signal.h>
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
  char *path;   /* the destination */
  char *temp;   /* the temporary file beside it */
  char *backup; /* a second name for the old destination while committing */
  bool had_old; /* the destination existed when the rename was made */
  akg_diag *diag;
  int error;  /* errno of the first failed write, or 0 */
  int slot;   /* index in live_temps, or -1 */
  size_t len; /* bytes waiting in buffer */
  char buffer[BUFFER_SIZE];
};

/* Temporary files of this process not yet renamed or removed, for
 * akg_outfile_remove_temporaries. A slot is set after its string is
 * complete and cleared before the string is freed, so a signal handler
 * that interrupts either step sees a whole path or NULL. Files beyond the
 * slots still work; only their clean-up on a signal is lost. */
enum { LIVE_SLOTS = 16 };
static const char *volatile live_temps[LIVE_SLOTS];

static int track_temp(const char *temp) {
  for (int i = 0; i < LIVE_SLOTS; i++) {
    if (!live_temps[i]) {
      live_temps[i] = temp;
      return i;
    }
  }
  return -1;
}

static void untrack_temp(akg_outfile *file) {
  if (file->slot >= 0)
    live_temps[file->slot] = NULL;
  file->slot = -1;
}

void akg_outfile_remove_temporaries(void) {
  for (int i = 0; i < LIVE_SLOTS; i++) {
    const char *temp = live_temps[i];
    if (temp)
      unlink(temp);
  }
}

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
  untrack_temp(file);
  akg_free(file->dir);
  akg_free(file->path);
  akg_free(file->temp);
  akg_free(file->backup);
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
  file->slot = -1;
  file->fd = mkstemp(file->temp);
  if (file->fd < 0) {
    akg_diag_report(diag, AKG_DIAG_ERROR, file->temp, 0,
                    "cannot create temporary file: %s", strerror(errno));
    free_outfile(file);
    return AKG_ERR_IO;
  }
  file->slot = track_temp(file->temp);
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

void akg_outfile_set_diag(akg_outfile *file, akg_diag *diag) {
  file->diag = diag;
}

akg_sink akg_outfile_sink(akg_outfile *file) {
  return (akg_sink){write_to_file, file};
}

akg_status akg_outfile_read_back(akg_outfile *file, const akg_sink *to) {
  if (flush_buffer(file) != AKG_OK)
    return AKG_ERR_IO;
  char *chunk = akg_malloc(BUFFER_SIZE);
  akg_status status = AKG_OK;
  for (off_t at = 0; status == AKG_OK;) {
    ssize_t n = pread(file->fd, chunk, BUFFER_SIZE, at);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      akg_diag_report(file->diag, AKG_DIAG_ERROR, file->temp, 0, "cannot read back: %s",
                      strerror(errno));
      status = AKG_ERR_IO;
    } else if (n == 0) {
      break;
    } else {
      status = akg_sink_write(to, chunk, (size_t)n);
      at += n;
    }
  }
  akg_free(chunk);
  return status;
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

/* Flushes, syncs and closes `file`; 0 or an errno, with `*step` naming the
 * step for the message (NULL when the error was reported already). */
static int finish(akg_outfile *file, const char **step) {
  *step = NULL;
  if (file->error)
    return file->error; /* reported when it happened */
  if (flush_buffer(file) != AKG_OK)
    return file->error; /* reported by flush_buffer */
  if (fsync(file->fd) != 0) {
    *step = "cannot sync";
    return errno;
  }
  int fd = file->fd;
  file->fd = -1;
  if (close(fd) != 0) {
    *step = "cannot close";
    return errno;
  }
  return 0;
}

/* Gives the current destination, if it is a regular file, a second name
 * beside it, so a later failure can put it back. */
static void keep_old(akg_outfile *file) {
  struct stat st;
  file->had_old = lstat(file->path, &st) == 0;
  if (!file->had_old || !S_ISREG(st.st_mode))
    return;
  akg_buf name = AKG_BUF_INIT;
  akg_buf_puts(&name, file->temp);
  akg_buf_puts(&name, ".old");
  if (link(file->path, name.data) == 0)
    file->backup = akg_buf_steal(&name);
  else
    akg_buf_free(&name);
}

/* Puts back what was at the destination before `file` was renamed there:
 * the old file from its second name, or nothing if there was none. Should
 * that fail, the old file keeps its hidden second name rather than be
 * lost; and an old file without a second name (a file system without hard
 * links) cannot come back, so the new one stays rather than leave none. */
static void undo_rename(akg_outfile *file) {
  if (file->backup) {
    rename(file->backup, file->path);
    akg_free(file->backup);
    file->backup = NULL;
  } else if (!file->had_old) {
    unlink(file->path);
  }
}

static void drop_backup(akg_outfile *file) {
  if (file->backup)
    unlink(file->backup);
}

akg_status akg_outfile_commit_all(akg_outfile **files, size_t count, akg_diag *diag) {
  int err = 0;
  size_t failed = count;
  const char *step = NULL;
  for (size_t i = 0; i < count && !err; i++) {
    files[i]->diag = diag; /* later messages go to this call's diag */
    if ((err = finish(files[i], &step)) != 0)
      failed = i;
  }
  size_t renamed = 0;
  if (!err) {
    sigset_t stop, old;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGHUP);
    sigprocmask(SIG_BLOCK, &stop, &old);
    for (; renamed < count; renamed++) {
      akg_outfile *file = files[renamed];
      keep_old(file);
      if (rename(file->temp, file->path) != 0) {
        err = errno;
        step = "cannot rename the temporary file into place";
        failed = renamed;
        break;
      }
      untrack_temp(file);
    }
    if (err)
      for (size_t i = renamed; i-- > 0;)
        undo_rename(files[i]);
    for (size_t i = 0; i < count; i++)
      drop_backup(files[i]);
    sigprocmask(SIG_SETMASK, &old, NULL);
  }
  if (err && step)
    akg_diag_report(diag, AKG_DIAG_ERROR, files[failed]->path, 0, "%s: %s", step,
                    strerror(err));
  if (!err && count)
    sync_dir(files[0]->dir);
  for (size_t i = 0; i < count; i++) {
    if (err && i >= renamed)
      akg_outfile_abort(files[i]);
    else
      free_outfile(files[i]);
  }
  return err ? AKG_ERR_IO : AKG_OK;
}

akg_status akg_outfile_commit(akg_outfile *file, akg_diag *diag) {
  if (!file)
    return AKG_ERR_BAD_ARG;
  return akg_outfile_commit_all(&file, 1, diag);
}

void akg_outfile_abort(akg_outfile *file) {
  if (!file)
    return;
  if (file->fd >= 0)
    close(file->fd);
  unlink(file->temp);
  free_outfile(file);
}

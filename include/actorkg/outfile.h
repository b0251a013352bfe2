/* outfile.h: output files that appear complete or not at all.
 *
 * An outfile writes to a temporary file beside its destination (".NAME.XXXXXX"
 * in the same folder, so rename is atomic) and renames it into place only on
 * commit. An interrupted or failed run leaves the previous file untouched. */
#ifndef ACTORKG_OUTFILE_H
#define ACTORKG_OUTFILE_H

#include "actorkg/sink.h"
#include "actorkg/status.h"

typedef struct akg_outfile akg_outfile;

/* Creates the temporary file for `dir`/`name`. `dir` must exist
 * (AKG_ERR_NOT_FOUND otherwise); `name` is a plain file name. A write error
 * is reported to `diag` when it happens (naming the file), so `diag` must
 * stay valid until commit or abort. */
akg_status akg_outfile_open(const char *dir, const char *name, akg_outfile **out,
                            akg_diag *diag);
/* Reports the write errors from now on to `diag` instead (a writer
 * thread's own buffer, say); `diag` must stay valid until commit or abort,
 * and commit reports to the diag it is given. */
void akg_outfile_set_diag(akg_outfile *file, akg_diag *diag);
/* A sink writing into the temporary file; valid until commit or abort. */
akg_sink akg_outfile_sink(akg_outfile *file);
/* Writes everything written to `file` so far to `to`, from the first
 * byte, and leaves `file` open for more: a later output can embed an
 * earlier one without either being held in memory. The file's own write
 * error, a read error (both reported to the file's diag) or the sink's
 * status is returned. */
akg_status akg_outfile_read_back(akg_outfile *file, const akg_sink *to);

/* Flushes, syncs and renames into place, then frees `file`. On failure the
 * temporary file is removed and the destination left as it was. */
akg_status akg_outfile_commit(akg_outfile *file, akg_diag *diag);
/* Commits `count` files of one folder as a set: all are flushed, synced
 * and closed before any is renamed, and if one rename fails the others
 * are undone, so the destinations hold all the old files or all the new
 * ones (only a crash or SIGKILL between two renames can mix them; SIGINT,
 * SIGTERM and SIGHUP wait until the renames are done). Frees every file
 * whatever the outcome; the first failure is reported, naming its file. */
akg_status akg_outfile_commit_all(akg_outfile **files, size_t count, akg_diag *diag);
/* Removes the temporary file and frees `file`; accepts NULL. */
void akg_outfile_abort(akg_outfile *file);

/* Removes the temporary files of every outfile still open, and nothing
 * else. Async-signal-safe: for a SIGINT or SIGTERM handler, so an
 * interrupted run leaves no temporary file behind (SIGKILL leaves them, as
 * hidden files that no later run reads or minds). */
void akg_outfile_remove_temporaries(void);

#endif

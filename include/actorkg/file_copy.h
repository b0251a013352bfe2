/* file_copy.h: a file's bytes, unchanged, into a sink.
 *
 * For outputs that are copies of an input, such as out/ontology.ttl (the
 * ontology beside the data it describes): the copy goes through the same
 * atomically replaced output files as the generated ones. */
#ifndef ACTORKG_FILE_COPY_H
#define ACTORKG_FILE_COPY_H

#include "actorkg/sink.h"
#include "actorkg/status.h"

/* Copies `path` to `sink`. A file that cannot be opened or read is
 * reported to `diag`, naming it (AKG_ERR_NOT_FOUND when it does not
 * exist, AKG_ERR_IO otherwise); a sink failure returns its status. */
akg_status akg_file_copy(const char *path, const akg_sink *sink, akg_diag *diag);

#endif

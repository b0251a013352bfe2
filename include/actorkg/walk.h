/* walk.h: the input files under a list of paths, one at a time.
 *
 * Paths are taken in the order given; a folder is walked depth-first with
 * its entries sorted by name (byte order) and hidden entries (".name")
 * left out, so the same tree always gives the same order. A folder already
 * visited (by device and inode) is not entered again, so symlink loops
 * end. "-" is standard input (a file called "-" can still be read as
 * "./-").
 *
 * Only the folders on the way down to the current file are held (each
 * with its sorted entries), never the whole listing: memory grows with
 * the depth and width of the tree, not with the number of files. */
#ifndef ACTORKG_WALK_H
#define ACTORKG_WALK_H

#include <stddef.h>
#include <stdio.h>

typedef struct akg_walk akg_walk;

typedef enum akg_walk_step {
  AKG_WALK_FILE,    /* a file to read */
  AKG_WALK_PROBLEM, /* a path that cannot be walked: skip it, say why */
  AKG_WALK_END
} akg_walk_step;

/* `paths` (and its strings) are borrowed and must outlive the walk. */
akg_walk *akg_walk_new(const char *const *paths, size_t path_count);
/* Accepts NULL. */
void akg_walk_free(akg_walk *walk);

/* After `paths`, also walks the paths listed in `list`, one a line (empty
 * lines skipped), read as the walk goes, so a list of millions of files
 * is never held either. The stream is borrowed; `list_name` (borrowed)
 * names it in the problem a read error gives. */
void akg_walk_add_list(akg_walk *walk, FILE *list, const char *list_name);

/* Steps to the next file or problem. *path is the file's path or the path
 * with the problem, *why the problem (NULL for a file); both strings
 * belong to the walk and stay valid until the next call. */
akg_walk_step akg_walk_next(akg_walk *walk, const char **path, const char **why);

/* The size in bytes of the file the last step gave, as it was then (0 for
 * standard input or after a problem). */
unsigned long long akg_walk_file_size(const akg_walk *walk);

#endif

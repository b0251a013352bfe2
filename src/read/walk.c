/* walk.c: see walk.h.
 *
 * A stack of open folders, each with its entries read and sorted when it
 * is entered and a cursor into them. The folder's file descriptor is not
 * kept open: the entries are read at once, so a deep tree cannot run out
 * of descriptors. */
#define _XOPEN_SOURCE 700 /* and getline */
#include "actorkg/walk.h"

#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/reader.h"

typedef struct folder {
  char *path; /* without trailing slashes, but "/" stays "/" */
  akg_strlist names;
  size_t next;
} folder;

struct akg_walk {
  const char *const *paths;
  size_t path_count, next_path;
  FILE *list; /* more paths after `paths`, until its end */
  const char *list_name;
  char *line;
  size_t line_cap;
  folder *stack;
  size_t depth, stack_cap;
  dev_t *devs; /* folders entered, so that none is entered twice */
  ino_t *inos;
  size_t visited, visited_cap;
  akg_buf current;         /* the path handed out last */
  unsigned long long size; /* its size, if a file */
  char *why;               /* the problem handed out last */
};

akg_walk *akg_walk_new(const char *const *paths, size_t path_count) {
  akg_walk *w = akg_calloc(1, sizeof *w);
  w->paths = paths;
  w->path_count = path_count;
  return w; /* calloc: w->current is an empty buffer */
}

void akg_walk_add_list(akg_walk *w, FILE *list, const char *list_name) {
  w->list = list;
  w->list_name = list_name;
}

/* The next path of the list into w->current: 1, or 0 at its end, or
 * -errno on a read error (the list is then given up). */
static int next_listed(akg_walk *w) {
  ssize_t len;
  while ((len = getline(&w->line, &w->line_cap, w->list)) >= 0) {
    if (len && w->line[len - 1] == '\n')
      w->line[--len] = '\0';
    if (len) {
      akg_buf_append(&w->current, w->line, (size_t)len);
      return 1;
    }
  }
  int failed = ferror(w->list) ? -(errno ? errno : EIO) : 0;
  w->list = NULL;
  return failed;
}

static void pop(akg_walk *w) {
  folder *f = &w->stack[--w->depth];
  akg_free(f->path);
  akg_strlist_free(&f->names);
}

void akg_walk_free(akg_walk *w) {
  if (!w)
    return;
  while (w->depth)
    pop(w);
  akg_free(w->stack);
  akg_free(w->devs);
  akg_free(w->inos);
  akg_buf_free(&w->current);
  akg_free(w->why);
  free(w->line); /* getline's */
  akg_free(w);
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool seen_before(akg_walk *w, const struct stat *st) {
  for (size_t i = 0; i < w->visited; i++)
    if (w->devs[i] == st->st_dev && w->inos[i] == st->st_ino)
      return true;
  if (w->visited == w->visited_cap) {
    w->visited_cap = w->visited_cap ? w->visited_cap * 2 : 16;
    w->devs = akg_reallocarray(w->devs, w->visited_cap, sizeof(dev_t));
    w->inos = akg_reallocarray(w->inos, w->visited_cap, sizeof(ino_t));
  }
  w->devs[w->visited] = st->st_dev;
  w->inos[w->visited] = st->st_ino;
  w->visited++;
  return false;
}

static akg_walk_step problem(akg_walk *w, const char *why, const char **out_why) {
  akg_free(w->why);
  w->why = akg_strdup(why);
  *out_why = w->why;
  return AKG_WALK_PROBLEM;
}

/* Enters the folder at w->current: its sorted entries go on the stack.
 * Returns NULL or the problem. */
static const char *enter(akg_walk *w) {
  DIR *dir = opendir(akg_buf_str(&w->current));
  if (!dir)
    return strerror(errno);
  akg_strlist names = {0};
  struct dirent *e;
  while ((e = readdir(dir)) != NULL)
    if (e->d_name[0] != '.')
      akg_strlist_push(&names, e->d_name);
  closedir(dir);
  if (names.count > 1)
    qsort(names.items, names.count, sizeof(char *), compare_names);
  if (w->depth == w->stack_cap) {
    w->stack_cap = w->stack_cap ? w->stack_cap * 2 : 8;
    w->stack = akg_reallocarray(w->stack, w->stack_cap, sizeof *w->stack);
  }
  size_t len = w->current.len;
  while (len > 1 && w->current.data[len - 1] == '/')
    len--;
  w->stack[w->depth++] =
      (folder){.path = akg_strndup(w->current.data, len), .names = names, .next = 0};
  return NULL;
}

/* What w->current is: a file, a problem, or a folder entered (or a thing
 * inside a folder that is no file, passed over): then -1. */
static int visit(akg_walk *w, bool top, const char **why) {
  const char *path = akg_buf_str(&w->current);
  if (top && !strcmp(path, AKG_STDIN_PATH))
    return AKG_WALK_FILE;
  struct stat st;
  if (stat(path, &st) != 0) {
    int err = errno; /* before lstat */
    struct stat link;
    if (err == ELOOP)
      return problem(w, "symbolic link loop", why);
    if (err == ENOENT && lstat(path, &link) == 0 && S_ISLNK(link.st_mode))
      return problem(w, "broken symbolic link: its target does not exist", why);
    if (err == ENOENT)
      return problem(w, "no such file or folder", why);
    return problem(w, strerror(err), why);
  }
  if (S_ISREG(st.st_mode)) {
    w->size = (unsigned long long)st.st_size;
    return AKG_WALK_FILE;
  }
  if (!S_ISDIR(st.st_mode))
    return top ? (int)problem(w, "not a regular file or folder", why) : -1;
  if (seen_before(w, &st))
    return problem(w, "folder already visited (symbolic link loop)", why);
  const char *failed = enter(w);
  return failed ? (int)problem(w, failed, why) : -1;
}

unsigned long long akg_walk_file_size(const akg_walk *w) {
  return w->size;
}

akg_walk_step akg_walk_next(akg_walk *w, const char **path, const char **why) {
  *why = NULL;
  w->size = 0;
  for (;;) {
    bool top = w->depth == 0;
    akg_buf_clear(&w->current);
    if (top && w->next_path < w->path_count) {
      akg_buf_puts(&w->current, w->paths[w->next_path++]);
    } else if (top && w->list) {
      int listed = next_listed(w);
      if (listed < 0) {
        akg_buf_puts(&w->current, w->list_name);
        *path = akg_buf_str(&w->current);
        char message[256];
        snprintf(message, sizeof message, "cannot read the list of paths: %s",
                 strerror(-listed));
        return problem(w, message, why);
      }
      if (!listed)
        continue;
    } else if (top) {
      *path = NULL;
      return AKG_WALK_END;
    } else {
      folder *f = &w->stack[w->depth - 1];
      if (f->next == f->names.count) {
        pop(w);
        continue;
      }
      akg_buf_puts(&w->current, f->path);
      if (strcmp(f->path, "/"))
        akg_buf_putc(&w->current, '/');
      akg_buf_puts(&w->current, f->names.items[f->next++]);
    }
    int step = visit(w, top, why);
    if (step >= 0) {
      *path = akg_buf_str(&w->current);
      return (akg_walk_step)step;
    }
  }
}

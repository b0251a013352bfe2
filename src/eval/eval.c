/* eval.c: gold files and scoring (see eval.h).
 *
 * Gold rows and graph events are both reduced to unit keys
 * "article\tSUBJECT\trelation\tOBJECT" (symmetric relations with the two
 * actor ids in order) and compared through hash maps. */
#define _POSIX_C_SOURCE 200809L /* getline */
#include "actorkg/eval.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/hash.h"

typedef struct gold_row {
  char *article, *subject_name, *object_name, *evidence;
  const akg_actor *subject, *object;
  akg_relation relation;
  akg_date date;
  bool required;
  char *key; /* NULL when an actor is unknown to the lexicon */
} gold_row;

struct akg_gold {
  gold_row *rows;
  size_t count, cap;
  akg_strmap *by_key; /* key -> first row with it */
};

static char *unit_key(const char *article, const akg_actor *s, akg_relation r,
                      const akg_actor *o) {
  if (akg_relation_is_symmetric(r) && strcmp(s->id, o->id) > 0) {
    const akg_actor *t = s;
    s = o;
    o = t;
  }
  akg_buf b = AKG_BUF_INIT;
  akg_buf_printf(&b, "%s\t%s\t%s\t%s", article, s->id, akg_relation_name(r), o->id);
  return akg_buf_steal(&b);
}

void akg_gold_free(akg_gold *gold) {
  if (!gold)
    return;
  for (size_t i = 0; i < gold->count; i++) {
    gold_row *r = &gold->rows[i];
    akg_free(r->article);
    akg_free(r->subject_name);
    akg_free(r->object_name);
    akg_free(r->evidence);
    akg_free(r->key);
  }
  akg_free(gold->rows);
  akg_strmap_free(gold->by_key);
  akg_free(gold);
}

/* Splits `line` in place at tabs; returns the number of fields. */
static size_t split_tabs(char *line, char **fields, size_t max) {
  size_t n = 0;
  fields[n++] = line;
  for (char *p = line; *p && n < max; p++) {
    if (*p == '\t') {
      *p = '\0';
      fields[n++] = p + 1;
    }
  }
  return n;
}

akg_status akg_gold_load(const char *path, const akg_lexicon *lexicon, akg_gold **out,
                         akg_diag *diag) {
  *out = NULL;
  FILE *f = fopen(path, "r");
  if (!f) {
    akg_diag_report(diag, AKG_DIAG_ERROR, path, 0, "cannot open the gold file: %s",
                    strerror(errno));
    return AKG_ERR_NOT_FOUND;
  }
  akg_gold *gold = akg_calloc(1, sizeof *gold);
  gold->by_key = akg_strmap_new();
  char *line = NULL;
  size_t line_cap = 0;
  ssize_t len;
  unsigned long line_no = 0;
  akg_status status = AKG_OK;
  while (status == AKG_OK && (len = getline(&line, &line_cap, f)) >= 0) {
    line_no++;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      line[--len] = '\0';
    if (line_no == 1 || len == 0)
      continue; /* the header */
    char *fields[8];
    size_t n = split_tabs(line, fields, 8);
    akg_relation relation;
    akg_date date = AKG_DATE_UNKNOWN;
    if (n < 6 || !akg_relation_from_name(fields[2], &relation) ||
        (*fields[4] && akg_date_parse_iso(fields[4], &date) != AKG_OK) ||
        (strcmp(fields[5], "required") && strcmp(fields[5], "acceptable"))) {
      akg_diag_report(diag, AKG_DIAG_ERROR, path, line_no,
                      "expected article, subject, relation (ACCUSES, "
                      "COOPERATES_WITH, JOINS), object, date (YYYY-MM-DD or "
                      "empty), status (required or acceptable), evidence");
      status = AKG_ERR_SYNTAX;
      break;
    }
    if (gold->count == gold->cap) {
      gold->cap = gold->cap ? gold->cap * 2 : 64;
      gold->rows = akg_reallocarray(gold->rows, gold->cap, sizeof(gold_row));
    }
    gold_row *r = &gold->rows[gold->count++];
    memset(r, 0, sizeof *r);
    r->article = akg_strdup(fields[0]);
    r->subject_name = akg_strdup(fields[1]);
    r->object_name = akg_strdup(fields[3]);
    r->evidence = akg_strdup(n > 6 ? fields[6] : "");
    r->relation = relation;
    r->date = date;
    r->required = !strcmp(fields[5], "required");
    r->subject = akg_lexicon_find_name(lexicon, fields[1]);
    r->object = akg_lexicon_find_name(lexicon, fields[3]);
    if (r->subject && r->object)
      r->key = unit_key(r->article, r->subject, relation, r->object);
  }
  /* getline also ends on a read error: a folder opens, but reading it
   * fails with EISDIR, which must not pass for an empty gold file. */
  if (status == AKG_OK && ferror(f)) {
    akg_diag_report(diag, AKG_DIAG_ERROR, path, 0, "cannot read the gold file: %s",
                    strerror(errno));
    status = AKG_ERR_IO;
  }
  free(line);
  fclose(f);
  if (status != AKG_OK) {
    akg_gold_free(gold);
    return status;
  }
  /* Indexed once all rows are read, since the array moves as it grows. A
   * unit is required if any of its rows is. */
  for (size_t i = 0; i < gold->count; i++) {
    gold_row *r = &gold->rows[i];
    if (!r->key)
      continue;
    void **slot = akg_strmap_slot(gold->by_key, r->key, NULL);
    if (!*slot)
      *slot = r;
    else if (r->required)
      ((gold_row *)*slot)->required = true;
  }
  *out = gold;
  return AKG_OK;
}

double akg_eval_precision(const akg_eval_counts *c) {
  size_t d = c->true_positives + c->false_positives;
  return d ? (double)c->true_positives / (double)d : 1.0;
}

double akg_eval_recall(const akg_eval_counts *c) {
  size_t d = c->true_positives + c->false_negatives;
  return d ? (double)c->true_positives / (double)d : 1.0;
}

double akg_eval_f1(const akg_eval_counts *c) {
  double p = akg_eval_precision(c), r = akg_eval_recall(c);
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

static void say(const akg_sink *report, akg_buf *b) {
  if (report)
    akg_sink_write(report, b->data ? b->data : "", b->len);
  akg_buf_clear(b);
}

static bool has_date(const akg_event *e, akg_date d) {
  for (size_t i = 0; i < e->date_count; i++)
    if (!akg_date_compare(e->dates[i], d))
      return true;
  return false;
}

/* The gold row's date for a unit, from any of its rows. */
static akg_date gold_date(const akg_gold *gold, const char *key) {
  for (size_t i = 0; i < gold->count; i++)
    if (gold->rows[i].key && !strcmp(gold->rows[i].key, key) &&
        akg_date_is_known(gold->rows[i].date))
      return gold->rows[i].date;
  return AKG_DATE_UNKNOWN;
}

akg_status akg_eval_run(const akg_gold *gold, const akg_graph *graph,
                        akg_eval_result *result, const akg_sink *report) {
  memset(result, 0, sizeof *result);
  akg_strmap *found = akg_strmap_new();
  akg_strmap *fp_articles = akg_strmap_new();
  akg_buf b = AKG_BUF_INIT, dates = AKG_BUF_INIT;
  akg_buf_puts(&b, "false positives:\n");
  say(report, &b);
  for (size_t i = 0; i < akg_graph_event_count(graph); i++) {
    const akg_event *e = akg_graph_event_at(graph, i);
    char *key = unit_key(e->article->id, e->subject, e->relation, e->object);
    const gold_row *row = akg_strmap_get(gold->by_key, key);
    akg_eval_counts *rel = &result->by_relation[e->relation];
    if (row && row->required) {
      result->overall.true_positives++;
      rel->true_positives++;
      *akg_strmap_slot(found, key, NULL) = (void *)e;
      akg_date d = gold_date(gold, key);
      if (akg_date_is_known(d)) {
        result->dated++;
        result->dated_correct += has_date(e, d);
        if (!has_date(e, d)) {
          char want[11];
          akg_date_format(d, want);
          akg_buf_printf(&dates, "  %s %s %s %s: gold %s not among the event's dates\n",
                         e->article->id, e->subject->label,
                         akg_relation_name(e->relation), e->object->label, want);
        }
      }
    } else if (!row) {
      result->overall.false_positives++;
      rel->false_positives++;
      *akg_strmap_slot(fp_articles, e->article->id, NULL) = (void *)e;
      akg_buf_printf(&b, "  FP %s\t%s %s %s\n", e->article->id, e->subject->label,
                     akg_relation_name(e->relation), e->object->label);
      for (size_t k = 0; k < e->evidence_count; k++)
        akg_buf_printf(&b, "     | %s\n", e->evidence[k]);
      say(report, &b);
    }
    akg_free(key);
  }
  akg_buf_puts(&b, "false negatives:\n");
  say(report, &b);
  for (size_t i = 0; i < gold->count; i++) {
    const gold_row *r = &gold->rows[i];
    if (!r->required)
      continue;
    /* Count each unit once: the map points at its first row. */
    if (r->key &&
        (akg_strmap_get(gold->by_key, r->key) != r || akg_strmap_get(found, r->key)))
      continue;
    result->overall.false_negatives++;
    result->by_relation[r->relation].false_negatives++;
    akg_buf_printf(&b, "  FN %s\t%s %s %s%s\n     | %s\n", r->article, r->subject_name,
                   akg_relation_name(r->relation), r->object_name,
                   r->key ? "" : " (an actor unknown to the lexicon)", r->evidence);
    say(report, &b);
  }
  akg_buf_puts(&b, "wrong dates:\n");
  say(report, &b);
  say(report, &dates);
  akg_buf_free(&dates);
  result->articles = akg_graph_article_count(graph);
  result->articles_with_fp = akg_strmap_count(fp_articles);
  akg_buf_puts(&b, "\nrelation          precision  recall     F1   TP  FP  FN\n");
  for (int r = 0; r <= AKG_REL_COUNT; r++) {
    const akg_eval_counts *c =
        r < AKG_REL_COUNT ? &result->by_relation[r] : &result->overall;
    akg_buf_printf(&b, "%-16s  %9.3f  %6.3f  %5.3f  %3zu %3zu %3zu\n",
                   r < AKG_REL_COUNT ? akg_relation_name((akg_relation)r) : "overall",
                   akg_eval_precision(c), akg_eval_recall(c), akg_eval_f1(c),
                   c->true_positives, c->false_positives, c->false_negatives);
  }
  akg_buf_printf(&b, "date accuracy: %zu of %zu found rows with a gold date (%.3f)\n",
                 result->dated_correct, result->dated,
                 result->dated ? (double)result->dated_correct / (double)result->dated
                               : 1.0);
  akg_buf_printf(&b, "articles with a false positive: %zu of %zu (%.1f%%)\n",
                 result->articles_with_fp, result->articles,
                 result->articles
                     ? 100.0 * (double)result->articles_with_fp / (double)result->articles
                     : 0.0);
  say(report, &b);
  akg_buf_free(&b);
  akg_strmap_free(found);
  akg_strmap_free(fp_articles);
  return AKG_OK;
}

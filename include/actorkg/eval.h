/* eval.h: scoring a graph against a gold file.
 *
 * A gold file is tab-separated with a header line and the columns
 * article, subject, relation, object, date, status, evidence (see
 * tests/seeds.tsv). The unit is (article, subject, relation, object), with
 * cooperatesWith symmetric; rows marked "acceptable" are neither required
 * nor counted as wrong. Actor names are resolved through the lexicon. */
#ifndef ACTORKG_EVAL_H
#define ACTORKG_EVAL_H

#include <stddef.h>

#include "actorkg/graph.h"
#include "actorkg/lexicon.h"
#include "actorkg/sink.h"
#include "actorkg/status.h"

typedef struct akg_gold akg_gold;

/* Reads a gold file; malformed lines are errors naming file and line. */
akg_status akg_gold_load(const char *path, const akg_lexicon *lexicon, akg_gold **out,
                         akg_diag *diag);
/* Accepts NULL. */
void akg_gold_free(akg_gold *gold);

typedef struct akg_eval_counts {
  size_t true_positives, false_positives, false_negatives;
} akg_eval_counts;

typedef struct akg_eval_result {
  akg_eval_counts overall;
  akg_eval_counts by_relation[3];
  size_t dated;            /* true positives whose gold row has a date */
  size_t dated_correct;    /* ... whose date is among the event's dates */
  size_t articles;         /* articles in the graph */
  size_t articles_with_fp; /* articles with at least one false positive */
} akg_eval_result;

/* Scores `graph` (finished) and writes a report (per-relation figures and
 * every false positive and false negative with its evidence) to `report`,
 * which may be NULL. */
akg_status akg_eval_run(const akg_gold *gold, const akg_graph *graph,
                        akg_eval_result *result, const akg_sink *report);

double akg_eval_precision(const akg_eval_counts *c);
double akg_eval_recall(const akg_eval_counts *c);
double akg_eval_f1(const akg_eval_counts *c);

#endif

/* test_eval.c: gold files and scoring. */
#define _XOPEN_SOURCE 700
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "actorkg/buf.h"
#include "actorkg/eval.h"
#include "actorkg/graph.h"
#include "actorkg/lexicon.h"

static const char actors[] =
    "@prefix akg: <https://w3id.org/actorkg/ns#> .\n"
    "@prefix actor: <https://w3id.org/actorkg/id/actor/> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "actor:JPN a akg:Country ; rdfs:label \"Japan\"@en .\n"
    "actor:CHN a akg:Country ; rdfs:label \"China\"@en .\n"
    "actor:USA a akg:Country ; rdfs:label \"United States\"@en .\n"
    "actor:RUS a akg:Country ; rdfs:label \"Russia\"@en .\n";

static char *write_temp(const char *content) {
  char *path = strdup("/tmp/akg-gold-XXXXXX");
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  assert_int_equal(write(fd, content, strlen(content)), (ssize_t)strlen(content));
  close(fd);
  return path;
}

static akg_fact fact(const akg_lexicon *lex, const char *s, akg_relation r, const char *o,
                     const char *date) {
  akg_fact f = {0};
  f.subject = akg_lexicon_find_id(lex, s);
  f.relation = r;
  f.object = akg_lexicon_find_id(lex, o);
  f.evidence = "evidence";
  if (date)
    akg_date_parse_iso(date, &f.date);
  return f;
}

static void scores_units_symmetrically_and_ignores_acceptable(void **state) {
  (void)state;
  akg_lexicon *lex;
  akg_diag diag = {0};
  assert_int_equal(akg_lexicon_load_strings(actors, NULL, &lex, &diag), AKG_OK);
  char *path = write_temp("article\tsubject\trelation\tobject\tdate\tstatus\tevidence\n"
                          "a.txt\tJapan\tACCUSES\tChina\t2021-07-16\trequired\tx\n"
                          "a.txt\tUnited States\tCOOPERATES_WITH\tJapan\t\trequired\ty\n"
                          "a.txt\tJapan\tACCUSES\tRussia\t\trequired\tmissed\n"
                          "a.txt\tChina\tACCUSES\tJapan\t\tacceptable\tz\n"
                          "a.txt\tAtlantis\tACCUSES\tJapan\t\trequired\tunknown actor\n");
  akg_gold *gold;
  assert_int_equal(akg_gold_load(path, lex, &gold, &diag), AKG_OK);
  akg_graph *graph = akg_graph_new();
  akg_article article = {.id = "a.txt"};
  akg_fact facts[] = {
      fact(lex, "JPN", AKG_REL_ACCUSES, "CHN", "2021-07-16"),
      fact(lex, "JPN", AKG_REL_COOPERATES_WITH, "USA", NULL), /* reversed */
      fact(lex, "CHN", AKG_REL_ACCUSES, "JPN", NULL),         /* acceptable */
      fact(lex, "USA", AKG_REL_ACCUSES, "RUS", NULL),         /* wrong */
  };
  assert_int_equal(akg_graph_add_article(graph, &article, facts, 4), AKG_OK);
  akg_graph_finish(graph);
  akg_eval_result r;
  akg_buf report = AKG_BUF_INIT;
  akg_sink sink = akg_sink_to_buf(&report);
  assert_int_equal(akg_eval_run(gold, graph, &r, &sink), AKG_OK);
  assert_int_equal(r.overall.true_positives, 2);
  assert_int_equal(r.overall.false_positives, 1);
  assert_int_equal(r.overall.false_negatives, 2); /* Russia, Atlantis */
  assert_int_equal(r.by_relation[AKG_REL_COOPERATES_WITH].true_positives, 1);
  assert_int_equal(r.dated, 1);
  assert_int_equal(r.dated_correct, 1);
  assert_int_equal(r.articles_with_fp, 1);
  assert_non_null(strstr(report.data, "FP a.txt\tUnited States accuses Russia"));
  assert_non_null(strstr(report.data, "FN a.txt\tJapan accuses Russia"));
  assert_non_null(strstr(report.data, "unknown to the lexicon"));
  assert_true(akg_eval_precision(&r.overall) > 0.66 &&
              akg_eval_precision(&r.overall) < 0.67);
  assert_true(akg_eval_recall(&r.overall) == 0.5);
  akg_buf_free(&report);
  akg_graph_free(graph);
  akg_gold_free(gold);
  akg_lexicon_free(lex);
  unlink(path);
  free(path);
}

static void malformed_line_names_file_and_line(void **state) {
  (void)state;
  akg_lexicon *lex;
  akg_diag diag = {0};
  assert_int_equal(akg_lexicon_load_strings(actors, NULL, &lex, &diag), AKG_OK);
  char *path = write_temp("header\na.txt\tJapan\tLIKES\tChina\t\trequired\tx\n");
  akg_gold *gold = NULL;
  assert_int_equal(akg_gold_load(path, lex, &gold, &diag), AKG_ERR_SYNTAX);
  assert_null(gold);
  assert_int_equal(diag.errors, 1);
  assert_int_equal(akg_gold_load("/nonexistent/gold.tsv", lex, &gold, &diag),
                   AKG_ERR_NOT_FOUND);
  akg_gold_free(NULL);
  akg_lexicon_free(lex);
  unlink(path);
  free(path);
}

static void remember(void *ctx, akg_diag_level level, const char *file,
                     unsigned long line, const char *message) {
  (void)level, (void)line;
  akg_buf_printf(ctx, "%s: %s\n", file ? file : "-", message);
}

/* Was a bug: a folder given as the gold file opens, and getline's read
 * error (EISDIR) ended the loop like the end of a file, so eval scored
 * against an empty gold set and exited 0. Expected: AKG_ERR_IO and one
 * message naming the folder. */
static void bug_folder_as_gold_file_read_as_empty(void **state) {
  (void)state;
  akg_lexicon *lex;
  akg_diag quiet = {0};
  assert_int_equal(akg_lexicon_load_strings(actors, NULL, &lex, &quiet), AKG_OK);
  akg_buf messages = AKG_BUF_INIT;
  akg_diag diag = {remember, &messages, 0, 0};
  akg_gold *gold = NULL;
  assert_int_equal(akg_gold_load("/tmp", lex, &gold, &diag), AKG_ERR_IO);
  assert_null(gold);
  assert_int_equal(diag.errors, 1);
  assert_string_equal(akg_buf_str(&messages),
                      "/tmp: cannot read the gold file: Is a directory\n");
  akg_buf_free(&messages);
  akg_lexicon_free(lex);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(scores_units_symmetrically_and_ignores_acceptable),
      cmocka_unit_test(malformed_line_names_file_and_line),
      cmocka_unit_test(bug_folder_as_gold_file_read_as_empty),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_csv_export.c: events.csv (src/export/csv_export.c): the header, one
 * row per event in the graph's order, RFC 4180 quoting of commas, quotes,
 * LF and CR, cells with several values, codes of countries and
 * organizations, and a failing sink. Rows are read back with a small RFC
 * 4180 parser written here, so the test checks what a reader sees. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "sink_support.h"

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/csv_export.h"
#include "actorkg/graph.h"

static const akg_actor JPN = {"JPN", "Japan", "JPN", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor CHN = {"CHN", "China", "CHN", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor NATO = {"NATO", "NATO", NULL, NULL, AKG_ACTOR_ORGANIZATION,
                               NULL,   0};
/* A label with every character CSV has to quote. */
static const akg_actor ODD = {
    "ODD", "Say \"hi\", then\nbreak\rhere", "XOD", NULL, AKG_ACTOR_COUNTRY, NULL, 0};

enum { MAX_FIELDS = 16, MAX_ROWS = 16 };

typedef struct table {
  char *cells[MAX_ROWS][MAX_FIELDS];
  size_t fields[MAX_ROWS];
  size_t rows;
} table;

/* Parses RFC 4180 CSV with CRLF row ends; fails the test on anything
 * else (a bare LF or CR outside quotes, a stray quote, no final CRLF). */
static void parse_csv(const char *s, table *t) {
  memset(t, 0, sizeof *t);
  akg_buf cell = AKG_BUF_INIT;
  while (*s) {
    assert_true(t->rows < MAX_ROWS);
    size_t row = t->rows++;
    for (;;) {
      akg_buf_clear(&cell);
      akg_buf_puts(&cell, "");
      if (*s == '"') {
        for (s++;; s++) {
          assert_true(*s != '\0');
          if (*s == '"' && s[1] == '"')
            akg_buf_putc(&cell, *s++);
          else if (*s == '"')
            break;
          else
            akg_buf_putc(&cell, *s);
        }
        s++;
      } else {
        for (; *s && *s != ',' && *s != '\r'; s++) {
          assert_true(*s != '\n' && *s != '"');
          akg_buf_putc(&cell, *s);
        }
      }
      assert_true(t->fields[row] < MAX_FIELDS);
      t->cells[row][t->fields[row]++] = akg_buf_steal(&cell);
      if (*s == ',') {
        s++;
        continue;
      }
      assert_int_equal(s[0], '\r');
      assert_int_equal(s[1], '\n');
      s += 2;
      break;
    }
  }
  akg_buf_free(&cell);
}

static void free_table(table *t) {
  for (size_t r = 0; r < t->rows; r++)
    for (size_t f = 0; f < t->fields[r]; f++)
      akg_free(t->cells[r][f]);
}

static akg_fact fact(const akg_actor *s, akg_relation r, const akg_actor *o,
                     akg_date date, const char *evidence, size_t position,
                     const char *cameo) {
  akg_fact f = {0};
  f.subject = s;
  f.relation = r;
  f.object = o;
  f.date = date;
  f.evidence = (char *)evidence;
  f.position = position;
  f.cameo = cameo;
  return f;
}

/* Article a: Japan accuses China in two sentences with two dates and two
 * CAMEO codes, and joins NATO; article b: ODD accuses Japan. */
static akg_graph *small_graph(void) {
  akg_graph *g = akg_graph_new();
  akg_fact fa[] = {
      fact(&JPN, AKG_REL_ACCUSES, &CHN, (akg_date){2022, 11, 15},
           "Japan accused China, again.", 10, "112"),
      fact(&JPN, AKG_REL_ACCUSES, &CHN, (akg_date){2022, 11, 4},
           "Tokyo said \"enough\"\nand left.", 50, "111"),
      fact(&JPN, AKG_REL_JOINS, &NATO, (akg_date){2022, 0, 0}, "Japan joined NATO.", 80,
           NULL),
  };
  akg_fact fb[] = {fact(&ODD, AKG_REL_ACCUSES, &JPN, AKG_DATE_UNKNOWN,
                        "Odd accused Japan.", 5, "112")};
  akg_article a = {0}, b = {0};
  a.id = "a.txt";
  a.publisher = "Daily, \"Quoted\" News";
  a.url = "https://example.org/a?x=1,2";
  b.id = "b.txt";
  assert_int_equal(akg_graph_add_article(g, &a, fa, 3), AKG_OK);
  assert_int_equal(akg_graph_add_article(g, &b, fb, 1), AKG_OK);
  akg_graph_finish(g);
  return g;
}

static char *export(const akg_graph *g) {
  akg_buf buf = AKG_BUF_INIT;
  akg_sink sink = akg_sink_to_buf(&buf);
  akg_diag diag = {0};
  assert_int_equal(akg_csv_export_events(g, &sink, &diag), AKG_OK);
  assert_int_equal(diag.errors + diag.warnings, 0);
  return akg_buf_steal(&buf);
}

/* The row of table `t` whose subject and relation are these. */
static char **row_of(table *t, const char *subject, const char *relation) {
  for (size_t r = 1; r < t->rows; r++)
    if (!strcmp(t->cells[r][1], subject) && !strcmp(t->cells[r][3], relation))
      return t->cells[r];
  fail_msg("no row for %s %s", subject, relation);
  return NULL;
}

static void test_header_and_one_row_per_event(void **state) {
  (void)state;
  akg_graph *g = small_graph();
  char *csv = export(g);
  assert_true(!strncmp(csv,
                       "date,subject,subject_code,relation,object,object_code,cameo,"
                       "article,publisher,url,evidence\r\n",
                       strlen("date,subject,subject_code,relation,object,object_code,"
                              "cameo,article,publisher,url,evidence\r\n")));
  table t;
  parse_csv(csv, &t);
  assert_int_equal(t.rows, 1 + akg_graph_event_count(g));
  assert_int_equal(akg_graph_event_count(g), 3);
  for (size_t r = 0; r < t.rows; r++)
    assert_int_equal(t.fields[r], 11);
  /* In the graph's order: the same as akg_graph_event_at. */
  for (size_t i = 0; i < akg_graph_event_count(g); i++) {
    const akg_event *e = akg_graph_event_at(g, i);
    assert_string_equal(t.cells[i + 1][1], e->subject->label);
    assert_string_equal(t.cells[i + 1][3], akg_relation_name(e->relation));
    assert_string_equal(t.cells[i + 1][7], e->article->id);
  }
  free_table(&t);
  akg_free(csv);
  akg_graph_free(g);
}

static void test_cells(void **state) {
  (void)state;
  akg_graph *g = small_graph();
  char *csv = export(g);
  table t;
  parse_csv(csv, &t);
  char **accuses = row_of(&t, "Japan", "accuses");
  assert_string_equal(accuses[0], "2022-11-04 | 2022-11-15"); /* ascending */
  assert_string_equal(accuses[2], "JPN");
  assert_string_equal(accuses[4], "China");
  assert_string_equal(accuses[5], "CHN");
  assert_string_equal(accuses[6], "111 | 112");
  assert_string_equal(accuses[7], "a.txt");
  assert_string_equal(accuses[8], "Daily, \"Quoted\" News");
  assert_string_equal(accuses[9], "https://example.org/a?x=1,2");
  assert_string_equal(accuses[10],
                      "Japan accused China, again. | Tokyo said \"enough\"\nand left.");
  char **joins = row_of(&t, "Japan", "joins");
  assert_string_equal(joins[0], "2022");         /* a year alone stays a year */
  assert_string_equal(joins[5], "NATO");         /* an organization: its id */
  assert_string_equal(joins[6], "");             /* no CAMEO code for joining */
  char **odd = row_of(&t, ODD.label, "accuses"); /* read back as written */
  assert_string_equal(odd[0], "");               /* no date */
  assert_string_equal(odd[2], "XOD");
  assert_string_equal(odd[8], ""); /* no publisher, no URL */
  assert_string_equal(odd[9], "");
  free_table(&t);
  /* The raw bytes: quoted once per cell, quotes doubled, CR and LF kept. */
  assert_non_null(strstr(csv, "\"Say \"\"hi\"\", then\nbreak\rhere\",XOD,"));
  assert_non_null(strstr(csv, ",\"Daily, \"\"Quoted\"\" News\","));
  akg_free(csv);
  akg_graph_free(g);
}

static void test_field_quoting(void **state) {
  (void)state;
  static const struct {
    const char *in, *out;
  } cases[] = {
      {"plain", "plain"},
      {"", ""},
      {"a,b", "\"a,b\""},
      {"say \"x\"", "\"say \"\"x\"\"\""},
      {"\"", "\"\"\"\""},
      {"line\nbreak", "\"line\nbreak\""},
      {"carriage\rreturn", "\"carriage\rreturn\""},
      {"semi; colon | pipe 'tick'", "semi; colon | pipe 'tick'"},
      {"日本, 中国", "\"日本, 中国\""},
  };
  akg_buf buf = AKG_BUF_INIT;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    akg_buf_clear(&buf);
    akg_buf_puts(&buf, "");
    akg_csv_append_field(&buf, cases[i].in);
    assert_string_equal(akg_buf_str(&buf), cases[i].out);
  }
  akg_buf_clear(&buf);
  akg_csv_append_field(&buf, NULL);
  assert_int_equal(buf.len, 0);
  akg_buf_free(&buf);
}

static void test_empty_graph_is_the_header(void **state) {
  (void)state;
  akg_graph *g = akg_graph_new();
  akg_graph_finish(g);
  char *csv = export(g);
  assert_string_equal(csv, "date,subject,subject_code,relation,object,object_code,"
                           "cameo,article,publisher,url,evidence\r\n");
  akg_free(csv);
  akg_graph_free(g);
}

static void test_sink_failure_is_returned(void **state) {
  (void)state;
  akg_graph *g = small_graph();
  int calls = 0;
  akg_sink bad = {refuse, &calls};
  akg_diag diag = {0};
  assert_int_equal(akg_csv_export_events(g, &bad, &diag), AKG_ERR_IO);
  assert_int_equal(calls, 1);
  akg_graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_header_and_one_row_per_event),
      cmocka_unit_test(test_cells),
      cmocka_unit_test(test_field_quoting),
      cmocka_unit_test(test_empty_graph_is_the_header),
      cmocka_unit_test(test_sink_failure_is_returned),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

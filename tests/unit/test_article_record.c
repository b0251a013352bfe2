/* test_article_record.c: article records (src/mapred/article_record.c and
 * json.c): an article and its facts survive the trip through one N-Quads
 * line exactly, whatever their strings hold (quotes, backslashes, line
 * breaks, control characters, non-ASCII, bytes that are not UTF-8); the
 * same record reads back however N-Quads escapes it; and bad lines are
 * named by file and line with the reason. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "actorkg/alloc.h"
#include "actorkg/article_record.h"
#include "actorkg/buf.h"
#include "actorkg/lexicon.h"

static const char actors[] = "@prefix akg: <https://w3id.org/actorkg/ns#> .\n"
                             "@prefix actor: <https://w3id.org/actorkg/id/actor/> .\n"
                             "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                             "actor:JPN a akg:Country ; rdfs:label \"Japan\"@en .\n"
                             "actor:CHN a akg:Country ; rdfs:label \"China\"@en .\n"
                             "actor:NATO a akg:Organization ; rdfs:label \"NATO\"@en .\n";

static const char base[] = "https://example.org/kg/";

typedef struct fixture {
  akg_lexicon *lexicon;
  akg_record_reader *reader;
  akg_buf messages; /* "FILE:LINE: MESSAGE\n" for each diagnostic */
  akg_diag diag;
  akg_record record;
} fixture;

static void collect(void *ctx, akg_diag_level level, const char *file, unsigned long line,
                    const char *message) {
  (void)level;
  akg_buf_printf(ctx, "%s:%lu: %s\n", file ? file : "-", line, message);
}

static int set_up(void **state) {
  fixture *f = akg_calloc(1, sizeof *f);
  akg_diag quiet = {0};
  if (akg_lexicon_load_strings(actors, NULL, &f->lexicon, &quiet) != AKG_OK)
    return -1;
  f->reader = akg_record_reader_new(f->lexicon);
  f->diag = (akg_diag){.fn = collect, .ctx = &f->messages};
  *state = f;
  return 0;
}

static int tear_down(void **state) {
  fixture *f = *state;
  akg_record_free(&f->record);
  akg_record_reader_free(f->reader);
  akg_lexicon_free(f->lexicon);
  akg_buf_free(&f->messages);
  akg_free(f);
  return 0;
}

static akg_fact make_fact(const akg_lexicon *lex, const char *s, akg_relation r,
                          const char *o, akg_date date, const char *evidence,
                          size_t position, const char *cameo, const char *plover) {
  akg_fact f = {0};
  f.subject = akg_lexicon_find_id(lex, s);
  f.relation = r;
  f.object = akg_lexicon_find_id(lex, o);
  f.date = date;
  f.evidence = (char *)evidence;
  f.position = position;
  f.cameo = cameo;
  f.plover = plover;
  return f;
}

/* An article whose strings hold everything that needs escaping. */
static akg_article awkward_article(void) {
  akg_article a = {0};
  a.id = "a \"quoted\" \\ name.txt";
  a.origin = "dir/\xff\xfe-not-utf8/\xc3\x28.txt"; /* bytes, as file names may be */
  a.title = "Line one\nline two\twith tab, \x01 control, \xe2\x80\x9cquotes\xe2\x80\x9d";
  a.publisher = ""; /* empty, not absent */
  a.creator = NULL;
  a.url = "http://example.org/?a=1&b=\"2\"";
  a.date = (akg_date){2021, 9, 0};
  return a;
}

static void check_same_string(const char *expected, const char *actual) {
  if (!expected) {
    assert_null(actual);
    return;
  }
  assert_non_null(actual);
  assert_string_equal(expected, actual);
}

/* Parses `line` (one line, with its "\n") and checks it gives `a` and
 * `facts` back. */
static void check_reads_back(fixture *f, const char *line, const akg_article *a,
                             const akg_fact *facts, size_t count) {
  size_t len = strlen(line);
  assert_true(len > 0 && line[len - 1] == '\n');
  assert_null(memchr(line, '\n', len - 1)); /* one line */
  bool found = false;
  assert_int_equal(
      akg_record_parse(f->reader, line, len - 1, "r.nq", 1, &f->record, &found, &f->diag),
      AKG_OK);
  assert_string_equal(akg_buf_str(&f->messages), "");
  assert_true(found);
  const akg_article *b = &f->record.article;
  check_same_string(a->id, b->id);
  check_same_string(a->origin, b->origin);
  check_same_string(a->title, b->title);
  check_same_string(a->publisher, b->publisher);
  check_same_string(a->creator, b->creator);
  check_same_string(a->url, b->url);
  assert_int_equal(akg_date_compare(a->date, b->date), 0);
  assert_null(b->text);
  assert_int_equal(f->record.facts.count, count);
  for (size_t i = 0; i < count; i++) {
    const akg_fact *x = &facts[i], *y = &f->record.facts.items[i];
    assert_ptr_equal(x->subject, y->subject);
    assert_int_equal(x->relation, y->relation);
    assert_ptr_equal(x->object, y->object);
    assert_int_equal(akg_date_compare(x->date, y->date), 0);
    assert_string_equal(x->evidence, y->evidence);
    assert_int_equal(x->position, y->position);
    check_same_string(x->cameo, y->cameo);
    check_same_string(x->plover, y->plover);
  }
}

static void round_trip_keeps_every_byte(void **state) {
  fixture *f = *state;
  akg_article a = awkward_article();
  const char *s1 =
      "Japan said \"no\" \\ then\nChina\t\xc3\xa9\xe2\x80\x99\xf0\x9f\x99\x82.";
  akg_fact facts[] = {
      make_fact(f->lexicon, "JPN", AKG_REL_ACCUSES, "CHN", (akg_date){2021, 7, 16}, s1,
                512, "112", "ACCUSE"),
      make_fact(f->lexicon, "CHN", AKG_REL_COOPERATES_WITH, "JPN", AKG_DATE_UNKNOWN, "",
                0, NULL, NULL),
      make_fact(f->lexicon, "JPN", AKG_REL_JOINS, "NATO", (akg_date){2022, 0, 0}, s1, 512,
                NULL, NULL),
  };
  for (int syntax = 0; syntax < 2; syntax++) {
    akg_buf line = AKG_BUF_INIT;
    akg_record_write(&line, &a, facts, 3, base, (akg_record_syntax)syntax);
    check_reads_back(f, line.data, &a, facts, 3);
    /* A repeated sentence is written once. */
    const char *first = strstr(line.data, "Japan said");
    assert_non_null(first);
    assert_null(strstr(first + 1, "Japan said"));
    assert_true(!strncmp(line.data, "<https://example.org/kg/article/", 32));
    if (syntax == AKG_RECORD_NQUADS)
      assert_non_null(strstr(line.data, "> <https://example.org/kg/record/"));
    else
      assert_null(strstr(line.data, "/record/"));
    akg_buf_free(&line);
  }
}

static void article_without_facts_or_fields(void **state) {
  fixture *f = *state;
  akg_article a = {0};
  a.id = "bare.txt";
  akg_buf line = AKG_BUF_INIT;
  akg_record_write(&line, &a, NULL, 0, base, AKG_RECORD_NQUADS);
  check_reads_back(f, line.data, &a, NULL, 0);
  akg_buf_free(&line);
}

/* The hash names the content: the same record gives the same hash, any
 * change another, and the N-Quads graph label carries it. */
static void hash_follows_content(void **state) {
  fixture *f = *state;
  akg_article a = awkward_article();
  akg_fact fact = make_fact(f->lexicon, "JPN", AKG_REL_ACCUSES, "CHN", AKG_DATE_UNKNOWN,
                            "Japan accused China.", 3, NULL, NULL);
  uint64_t hashes[3];
  for (int i = 0; i < 3; i++) {
    if (i == 2)
      a.origin = "elsewhere/a.txt";
    akg_buf line = AKG_BUF_INIT;
    akg_record_write(&line, &a, &fact, 1, base, AKG_RECORD_NQUADS);
    bool found;
    assert_int_equal(akg_record_parse(f->reader, line.data, line.len - 1, "r.nq", 1,
                                      &f->record, &found, &f->diag),
                     AKG_OK);
    hashes[i] = f->record.hash;
    char hex[17];
    snprintf(hex, sizeof hex, "%016llx", (unsigned long long)hashes[i]);
    assert_non_null(strstr(line.data, hex));
    akg_buf_free(&line);
  }
  assert_true(hashes[0] == hashes[1]);
  assert_true(hashes[0] != hashes[2]);
}

/* Replaces the first `from` in `buf` by `to`. */
static void replace(akg_buf *buf, const char *from, const char *to) {
  char *at = strstr(buf->data, from);
  assert_non_null(at);
  akg_buf out = AKG_BUF_INIT;
  akg_buf_append(&out, buf->data, (size_t)(at - buf->data));
  akg_buf_puts(&out, to);
  akg_buf_puts(&out, at + strlen(from));
  akg_buf_free(buf);
  *buf = out;
}

/* A store may write the same statement with other escapes and spacing. */
static void reads_other_n_quads_spellings(void **state) {
  fixture *f = *state;
  akg_article a = {0};
  a.id = "caf\xc3\xa9.txt";
  a.title = "Sa\xc3\xaf"
            "d \xe2\x80\x99";
  akg_buf line = AKG_BUF_INIT;
  akg_record_write(&line, &a, NULL, 0, base, AKG_RECORD_NQUADS);
  bool found;
  assert_int_equal(akg_record_parse(f->reader, line.data, line.len - 1, "r.nq", 1,
                                    &f->record, &found, &f->diag),
                   AKG_OK);
  uint64_t hash = f->record.hash;
  replace(&line, "caf\xc3\xa9", "caf\\u00E9");
  replace(&line, "\xe2\x80\x99", "\\U00002019");
  replace(&line, "> <https://w3id", ">\t  <https://w3id");
  replace(&line, " .\n", ".  # a comment\n");
  check_reads_back(f, line.data, &a, NULL, 0);
  assert_true(f->record.hash == hash);
  akg_buf_free(&line);
}

static void blank_and_comment_lines_hold_no_record(void **state) {
  fixture *f = *state;
  const char *lines[] = {"", "   \t ", "# a comment", "  # indented comment"};
  for (size_t i = 0; i < 4; i++) {
    bool found = true;
    assert_int_equal(akg_record_parse(f->reader, lines[i], strlen(lines[i]), "r.nq", 1,
                                      &f->record, &found, &f->diag),
                     AKG_OK);
    assert_false(found);
    assert_null(f->record.article.id);
  }
  assert_string_equal(akg_buf_str(&f->messages), "");
}

/* Parses `line`, expects a syntax error at r.nq:7 containing `needle`. */
static void check_rejected(fixture *f, const char *line, const char *needle) {
  akg_buf_clear(&f->messages);
  bool found = true;
  assert_int_equal(akg_record_parse(f->reader, line, strlen(line), "r.nq", 7, &f->record,
                                    &found, &f->diag),
                   AKG_ERR_SYNTAX);
  assert_false(found);
  assert_null(f->record.article.id);
  const char *got = akg_buf_str(&f->messages);
  if (strncmp(got, "r.nq:7: ", 8) || !strstr(got, needle))
    fail_msg("for line\n  %s\nexpected a message at r.nq:7 with \"%s\", got:\n  %s", line,
             needle, got);
}

#define SUBJECT "<https://example.org/kg/article/a> "
#define PREDICATE "<" AKG_RECORD_PREDICATE "> "
#define TYPED "^^<" AKG_RECORD_DATATYPE ">"
#define FACT                                                                             \
  "{\\\"s\\\":\\\"JPN\\\",\\\"p\\\":\\\"accuses\\\",\\\"o\\\":\\\"CHN\\\",\\\"pos\\\":0"

static void bad_lines_are_named_with_the_reason(void **state) {
  fixture *f = *state;
  check_rejected(f, SUBJECT "<http://example.org/other> \"{}\"" TYPED " .",
                 "not an actorkg record");
  check_rejected(f, "_:b0 " PREDICATE "\"{}\"" TYPED " .", "blank node");
  check_rejected(f, SUBJECT PREDICATE "\"{}\" .", "must be typed");
  check_rejected(f, SUBJECT PREDICATE "\"{\\\"actorkg\\\":1", "unterminated literal");
  check_rejected(f, SUBJECT PREDICATE "\"{}\"" TYPED, "expected '.'");
  check_rejected(f, SUBJECT PREDICATE "\"{}\"" TYPED " . extra", "unexpected text");
  check_rejected(f, SUBJECT PREDICATE "\"{}\"" TYPED " .", "a record needs");
  check_rejected(f, SUBJECT PREDICATE "\"{\\\"actorkg\\\":2}\"" TYPED " .",
                 "version 2 is not supported");
  check_rejected(f, SUBJECT PREDICATE "\"{\\\"actorkg\\\":1,}\"" TYPED " .",
                 "in the record's JSON at byte");
  check_rejected(f,
                 SUBJECT PREDICATE
                 "\"{\\\"actorkg\\\":1,\\\"id\\\":\\\"a\\\",\\\"colour\\\":1}"
                 "\"" TYPED " .",
                 "unknown key \"colour\"");
  check_rejected(
      f,
      SUBJECT PREDICATE
      "\"{\\\"actorkg\\\":1,\\\"id\\\":\\\"a\\\",\\\"sentences\\\":[],\\\"facts\\\":"
      "[{\\\"s\\\":\\\"XXX\\\",\\\"p\\\":\\\"accuses\\\"}]}\"" TYPED " .",
      "actor \"XXX\" is not in the lexicon");
  check_rejected(
      f,
      SUBJECT PREDICATE
      "\"{\\\"actorkg\\\":1,\\\"id\\\":\\\"a\\\",\\\"sentences\\\":[],\\\"facts\\\":"
      "[" FACT ",\\\"sentence\\\":0}]}\"" TYPED " .",
      "refers to sentence 0 of 0");
  check_rejected(
      f,
      SUBJECT PREDICATE
      "\"{\\\"actorkg\\\":1,\\\"id\\\":\\\"a\\\",\\\"sentences\\\":[\\\"s\\\"],"
      "\\\"facts\\\":[" FACT "}]}\"" TYPED " .",
      "a fact needs");
  check_rejected(
      f,
      SUBJECT PREDICATE
      "\"{\\\"actorkg\\\":1,\\\"id\\\":\\\"a\\\",\\\"date\\\":\\\"2021-13\\\"}\"" TYPED
      " .",
      "is not a date");
}

/* A record changed after extraction no longer fits its graph label. */
static void changed_record_does_not_fit_its_label(void **state) {
  fixture *f = *state;
  akg_article a = {0};
  a.id = "a.txt";
  a.title = "Original";
  akg_buf line = AKG_BUF_INIT;
  akg_record_write(&line, &a, NULL, 0, base, AKG_RECORD_NQUADS);
  replace(&line, "Original", "Edited");
  line.data[--line.len] = '\0'; /* no line end */
  check_rejected(f, line.data, "does not fit the record's content");
  akg_buf_free(&line);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(round_trip_keeps_every_byte, set_up, tear_down),
      cmocka_unit_test_setup_teardown(article_without_facts_or_fields, set_up, tear_down),
      cmocka_unit_test_setup_teardown(hash_follows_content, set_up, tear_down),
      cmocka_unit_test_setup_teardown(reads_other_n_quads_spellings, set_up, tear_down),
      cmocka_unit_test_setup_teardown(blank_and_comment_lines_hold_no_record, set_up,
                                      tear_down),
      cmocka_unit_test_setup_teardown(bad_lines_are_named_with_the_reason, set_up,
                                      tear_down),
      cmocka_unit_test_setup_teardown(changed_record_does_not_fit_its_label, set_up,
                                      tear_down),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

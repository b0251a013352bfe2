/* test_graph.c: the graph core (src/graph/graph.c): merging facts into
 * events, symmetric ordering, the output order and the event keys. Actors,
 * articles and facts are built by hand; no lexicon is involved. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "actorkg/alloc.h"
#include "actorkg/graph.h"
#include "actorkg/hash.h"

static const akg_actor JPN = {"JPN", "Japan", "JPN", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor CHN = {"CHN", "China", "CHN", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor USA = {
    "USA", "United States", "USA", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor NATO = {"NATO", "NATO", NULL, NULL, AKG_ACTOR_ORGANIZATION,
                               NULL,   0};

static akg_article article(const char *id) {
  akg_article a = {0};
  a.id = (char *)id;
  return a;
}

static akg_fact fact(const akg_actor *s, akg_relation r, const akg_actor *o,
                     akg_date date, const char *evidence, size_t position) {
  akg_fact f = {0};
  f.subject = s;
  f.relation = r;
  f.object = o;
  f.date = date;
  f.evidence = (char *)evidence;
  f.position = position;
  return f;
}

static akg_date day(int y, int m, int d) {
  return (akg_date){y, (unsigned char)m, (unsigned char)d};
}

static void test_same_fact_in_two_sentences_merges(void **state) {
  (void)state;
  akg_graph *g = akg_graph_new();
  akg_article a = article("a1.txt");
  /* Given out of position order, with a repeated date, an unknown date and
   * a repeated sentence. */
  akg_fact facts[] = {
      fact(&JPN, AKG_REL_ACCUSES, &CHN, day(2021, 9, 27), "Second.", 200),
      fact(&JPN, AKG_REL_ACCUSES, &CHN, (akg_date){2021, 9, 0}, "First.", 10),
      fact(&JPN, AKG_REL_ACCUSES, &CHN, day(2021, 9, 27), "Second.", 200),
      fact(&JPN, AKG_REL_ACCUSES, &CHN, AKG_DATE_UNKNOWN, "Third.", 300),
  };
  facts[1].cameo = "112";
  facts[1].plover = "ACCUSE";
  facts[3].cameo = "111";
  facts[3].plover = "ACCUSE";
  assert_int_equal(akg_graph_add_article(g, &a, facts, 4), AKG_OK);
  akg_graph_finish(g);

  assert_int_equal(akg_graph_event_count(g), 1);
  const akg_event *e = akg_graph_event_at(g, 0);
  assert_int_equal(e->mentions, 4);
  assert_int_equal(e->evidence_count, 3);
  assert_string_equal(e->evidence[0], "First.");
  assert_string_equal(e->evidence[1], "Second.");
  assert_string_equal(e->evidence[2], "Third.");
  /* Unknown dates are not kept; the month sorts before the day in it. */
  assert_int_equal(e->date_count, 2);
  assert_true(akg_date_compare(e->dates[0], (akg_date){2021, 9, 0}) == 0);
  assert_true(akg_date_compare(e->dates[1], day(2021, 9, 27)) == 0);
  assert_int_equal(e->cameo_count, 2);
  assert_string_equal(e->cameo[0], "111");
  assert_string_equal(e->cameo[1], "112");
  assert_int_equal(e->plover_count, 1);
  assert_string_equal(e->plover[0], "ACCUSE");
  assert_ptr_equal(e->subject, &JPN);
  assert_ptr_equal(e->object, &CHN);
  assert_string_equal(e->article->id, "a1.txt");
  akg_graph_free(g);
}

static void test_evidence_ties_keep_input_order(void **state) {
  (void)state;
  akg_graph *g = akg_graph_new();
  akg_article a = article("a");
  akg_fact facts[] = {
      fact(&JPN, AKG_REL_ACCUSES, &CHN, AKG_DATE_UNKNOWN, "B", 0),
      fact(&JPN, AKG_REL_ACCUSES, &CHN, AKG_DATE_UNKNOWN, "A", 0),
  };
  assert_int_equal(akg_graph_add_article(g, &a, facts, 2), AKG_OK);
  akg_graph_finish(g);
  const akg_event *e = akg_graph_event_at(g, 0);
  assert_int_equal(e->evidence_count, 2);
  assert_string_equal(e->evidence[0], "B");
  assert_string_equal(e->evidence[1], "A");
  akg_graph_free(g);
}

static void test_symmetric_relation_is_ordered(void **state) {
  (void)state;
  akg_graph *g = akg_graph_new();
  akg_article a = article("a1.txt");
  akg_fact facts[] = {
      fact(&USA, AKG_REL_COOPERATES_WITH, &JPN, AKG_DATE_UNKNOWN, "One.", 0),
      fact(&JPN, AKG_REL_COOPERATES_WITH, &USA, AKG_DATE_UNKNOWN, "Two.", 5),
      /* accuses is not symmetric: these stay two events. */
      fact(&USA, AKG_REL_ACCUSES, &JPN, AKG_DATE_UNKNOWN, "Three.", 9),
      fact(&JPN, AKG_REL_ACCUSES, &USA, AKG_DATE_UNKNOWN, "Four.", 12),
  };
  assert_int_equal(akg_graph_add_article(g, &a, facts, 4), AKG_OK);
  akg_graph_finish(g);
  assert_int_equal(akg_graph_event_count(g), 3);
  /* Events: by relation (accuses first), then subject id. */
  assert_ptr_equal(akg_graph_event_at(g, 0)->subject, &JPN);
  assert_int_equal(akg_graph_event_at(g, 0)->relation, AKG_REL_ACCUSES);
  assert_ptr_equal(akg_graph_event_at(g, 1)->subject, &USA);
  const akg_event *coop = akg_graph_event_at(g, 2);
  assert_int_equal(coop->relation, AKG_REL_COOPERATES_WITH);
  assert_ptr_equal(coop->subject, &JPN);
  assert_ptr_equal(coop->object, &USA);
  assert_int_equal(coop->mentions, 2);
  assert_int_equal(coop->evidence_count, 2);
  assert_int_equal(akg_graph_fact_count(g), 3);
  akg_graph_free(g);
}

static void test_self_relation_is_dropped(void **state) {
  (void)state;
  akg_graph *g = akg_graph_new();
  akg_article a = article("a");
  akg_fact facts[] = {
      fact(&JPN, AKG_REL_ACCUSES, &JPN, AKG_DATE_UNKNOWN, "Self.", 0),
      fact(&NATO, AKG_REL_JOINS, &NATO, AKG_DATE_UNKNOWN, "Self.", 0),
  };
  assert_int_equal(akg_graph_add_article(g, &a, facts, 2), AKG_OK);
  akg_graph_finish(g);
  assert_int_equal(akg_graph_event_count(g), 0);
  assert_int_equal(akg_graph_fact_count(g), 0);
  assert_int_equal(akg_graph_actor_count(g), 0);
  /* The article is kept even without events. */
  assert_int_equal(akg_graph_article_count(g), 1);
  akg_graph_free(g);
}

/* Two articles with one id: which is kept depends on content only. */
static void test_silent_articles_skipped_on_request(void **state) {
  (void)state;
  akg_graph *g = akg_graph_new();
  akg_graph_skip_silent_articles(g, true);
  akg_article cited = article("a"), silent = article("b"), selfish = article("c"),
              again = article("a");
  again.origin = "other/a";
  akg_fact facts[] = {fact(&JPN, AKG_REL_ACCUSES, &CHN, AKG_DATE_UNKNOWN, "J.", 0)};
  akg_fact self[] = {fact(&JPN, AKG_REL_ACCUSES, &JPN, AKG_DATE_UNKNOWN, "Self.", 0)};
  assert_int_equal(akg_graph_add_article(g, &cited, facts, 1), AKG_OK);
  assert_int_equal(akg_graph_add_article(g, &silent, NULL, 0), AKG_OK);
  assert_int_equal(akg_graph_add_article(g, &selfish, self, 1), AKG_OK);
  /* A silent article never meets the identifier of a kept one. */
  assert_int_equal(akg_graph_add_article(g, &again, NULL, 0), AKG_OK);
  akg_graph_finish(g);
  assert_int_equal(akg_graph_article_count(g), 1);
  assert_string_equal(akg_graph_article_at(g, 0)->id, "a");
  assert_int_equal(akg_graph_event_count(g), 1);
  akg_graph_free(g);
}

static void add_both(akg_graph *g, const akg_article *first, const akg_fact *f1,
                     const akg_article *second, const akg_fact *f2, char **kept,
                     char **left_out) {
  akg_graph_duplicate dup;
  assert_int_equal(akg_graph_add(g, first, f1, 1, &dup), AKG_OK);
  assert_null(dup.left_out);
  assert_int_equal(akg_graph_add(g, second, f2, 1, &dup), AKG_ERR_BAD_INPUT);
  assert_non_null(dup.kept);
  assert_non_null(dup.left_out);
  *kept = dup.kept;
  *left_out = dup.left_out;
}

static void test_duplicate_id_keeps_one_whatever_the_order(void **state) {
  (void)state;
  akg_article a = article("same.txt"), b = article("same.txt"), other = article("o.txt");
  a.origin = "x/same.txt";
  b.origin = "y/same.txt";
  akg_fact fa = fact(&JPN, AKG_REL_ACCUSES, &CHN, AKG_DATE_UNKNOWN, "x", 0);
  akg_fact fb = fact(&USA, AKG_REL_ACCUSES, &NATO, AKG_DATE_UNKNOWN, "y", 0);
  /* A third article states a's fact too: taking a out must leave it. */
  akg_fact fo = fact(&JPN, AKG_REL_ACCUSES, &CHN, AKG_DATE_UNKNOWN, "z", 0);

  akg_graph *g[2];
  char *kept[2], *left_out[2];
  for (int order = 0; order < 2; order++) {
    g[order] = akg_graph_new();
    assert_int_equal(akg_graph_add_article(g[order], &other, &fo, 1), AKG_OK);
    if (order == 0)
      add_both(g[order], &a, &fa, &b, &fb, &kept[order], &left_out[order]);
    else
      add_both(g[order], &b, &fb, &a, &fa, &kept[order], &left_out[order]);
    akg_graph_finish(g[order]);
  }
  assert_string_equal(kept[0], kept[1]);
  assert_string_equal(left_out[0], left_out[1]);
  assert_string_not_equal(kept[0], left_out[0]);
  bool a_kept = !strcmp(kept[0], "x/same.txt");
  for (int order = 0; order < 2; order++) {
    akg_graph *gr = g[order];
    assert_int_equal(akg_graph_article_count(gr), 2);
    assert_int_equal(akg_graph_event_count(gr), 2);
    /* Only the kept article's facts and actors remain. */
    assert_int_equal(akg_graph_fact_count(gr), a_kept ? 1 : 2);
    assert_int_equal(akg_graph_fact_at(gr, 0)->event_count, a_kept ? 2 : 1);
    assert_int_equal(akg_graph_actor_count(gr), a_kept ? 2 : 4);
    const akg_event *e = akg_graph_event_at(gr, 1);
    assert_string_equal(e->article->id, "same.txt");
    assert_string_equal(e->evidence[0], a_kept ? "x" : "y");
    akg_free(kept[order]);
    akg_free(left_out[order]);
    akg_graph_free(gr);
  }
}

static void test_duplicate_with_equal_content_keeps_smaller_origin(void **state) {
  (void)state;
  akg_article a = article("same.txt"), b = article("same.txt");
  a.origin = "b/same.txt";
  b.origin = "a/same.txt";
  akg_fact f = fact(&JPN, AKG_REL_ACCUSES, &CHN, AKG_DATE_UNKNOWN, "x", 0);
  for (int order = 0; order < 2; order++) {
    akg_graph *g = akg_graph_new();
    char *kept, *left_out;
    if (order == 0)
      add_both(g, &a, &f, &b, &f, &kept, &left_out);
    else
      add_both(g, &b, &f, &a, &f, &kept, &left_out);
    assert_string_equal(kept, "a/same.txt");
    assert_string_equal(left_out, "b/same.txt");
    akg_graph_finish(g);
    assert_int_equal(akg_graph_article_count(g), 1);
    assert_int_equal(akg_graph_event_count(g), 1);
    assert_int_equal(akg_graph_fact_at(g, 0)->event_count, 1);
    akg_free(kept);
    akg_free(left_out);
    akg_graph_free(g);
  }
}

static void test_invalid_arguments(void **state) {
  (void)state;
  akg_graph *g = akg_graph_new();
  akg_article no_id = {0};
  assert_int_equal(akg_graph_add_article(g, &no_id, NULL, 0), AKG_ERR_BAD_ARG);
  akg_article a = article("a");
  akg_fact f = fact(&JPN, AKG_REL_ACCUSES, NULL, AKG_DATE_UNKNOWN, "x", 0);
  assert_int_equal(akg_graph_add_article(g, &a, &f, 1), AKG_ERR_BAD_ARG);
  assert_int_equal(akg_graph_article_count(g), 0);
  akg_graph_finish(g);
  /* No adding after finish. */
  assert_int_equal(akg_graph_add_article(g, &a, NULL, 0), AKG_ERR_BAD_ARG);
  akg_graph_free(g);
  akg_graph_free(NULL);
}

/* Three articles with overlapping facts, added in the order given. */
static akg_graph *build(const int order[3]) {
  static const char *const ids[3] = {"b.txt", "a.txt", "c.txt"};
  akg_fact facts[3][3] = {
      {fact(&USA, AKG_REL_ACCUSES, &CHN, day(2022, 1, 2), "b1", 0),
       fact(&JPN, AKG_REL_JOINS, &NATO, day(2022, 1, 3), "b2", 10),
       fact(&USA, AKG_REL_COOPERATES_WITH, &JPN, AKG_DATE_UNKNOWN, "b3", 20)},
      {fact(&JPN, AKG_REL_ACCUSES, &CHN, day(2021, 5, 1), "a1", 0),
       fact(&JPN, AKG_REL_COOPERATES_WITH, &USA, AKG_DATE_UNKNOWN, "a2", 3),
       fact(&USA, AKG_REL_ACCUSES, &CHN, AKG_DATE_UNKNOWN, "a3", 7)},
      {fact(&CHN, AKG_REL_ACCUSES, &USA, AKG_DATE_UNKNOWN, "c1", 0),
       fact(&USA, AKG_REL_ACCUSES, &CHN, AKG_DATE_UNKNOWN, "c2", 5),
       fact(&USA, AKG_REL_ACCUSES, &CHN, AKG_DATE_UNKNOWN, "c3", 9)},
  };
  akg_graph *g = akg_graph_new();
  for (int i = 0; i < 3; i++) {
    akg_article a = article(ids[order[i]]);
    assert_int_equal(akg_graph_add_article(g, &a, facts[order[i]], 3), AKG_OK);
  }
  akg_graph_finish(g);
  return g;
}

static void assert_same_graph(const akg_graph *x, const akg_graph *y) {
  assert_int_equal(akg_graph_article_count(x), akg_graph_article_count(y));
  for (size_t i = 0; i < akg_graph_article_count(x); i++) {
    assert_string_equal(akg_graph_article_at(x, i)->id, akg_graph_article_at(y, i)->id);
    assert_string_equal(akg_graph_article_at(x, i)->key, akg_graph_article_at(y, i)->key);
  }
  assert_int_equal(akg_graph_event_count(x), akg_graph_event_count(y));
  for (size_t i = 0; i < akg_graph_event_count(x); i++) {
    const akg_event *a = akg_graph_event_at(x, i), *b = akg_graph_event_at(y, i);
    assert_string_equal(a->key, b->key);
    assert_string_equal(a->article->id, b->article->id);
    assert_ptr_equal(a->subject, b->subject);
    assert_ptr_equal(a->object, b->object);
    assert_int_equal(a->relation, b->relation);
    assert_int_equal(a->mentions, b->mentions);
    assert_int_equal(a->evidence_count, b->evidence_count);
    for (size_t j = 0; j < a->evidence_count; j++)
      assert_string_equal(a->evidence[j], b->evidence[j]);
  }
  assert_int_equal(akg_graph_fact_count(x), akg_graph_fact_count(y));
  for (size_t i = 0; i < akg_graph_fact_count(x); i++) {
    const akg_graph_fact *a = akg_graph_fact_at(x, i);
    const akg_graph_fact *b = akg_graph_fact_at(y, i);
    assert_ptr_equal(a->subject, b->subject);
    assert_ptr_equal(a->object, b->object);
    assert_int_equal(a->relation, b->relation);
    assert_int_equal(a->event_count, b->event_count);
  }
  assert_int_equal(akg_graph_actor_count(x), akg_graph_actor_count(y));
  for (size_t i = 0; i < akg_graph_actor_count(x); i++)
    assert_ptr_equal(akg_graph_actor_at(x, i), akg_graph_actor_at(y, i));
}

static void test_order_does_not_depend_on_input_order(void **state) {
  (void)state;
  akg_graph *x = build((const int[3]){0, 1, 2});
  akg_graph *y = build((const int[3]){2, 0, 1});
  assert_same_graph(x, y);

  /* And the order is the documented one. */
  assert_string_equal(akg_graph_article_at(x, 0)->id, "a.txt");
  assert_string_equal(akg_graph_article_at(x, 1)->id, "b.txt");
  assert_string_equal(akg_graph_article_at(x, 2)->id, "c.txt");
  const akg_event *e0 = akg_graph_event_at(x, 0);
  assert_string_equal(e0->article->id, "a.txt");
  assert_ptr_equal(e0->subject, &JPN); /* accuses: JPN < USA */
  assert_ptr_equal(akg_graph_event_at(x, 1)->subject, &USA);
  assert_int_equal(akg_graph_event_at(x, 2)->relation, AKG_REL_COOPERATES_WITH);
  akg_graph_free(x);
  akg_graph_free(y);
}

static void test_facts_count_articles(void **state) {
  (void)state;
  akg_graph *g = build((const int[3]){0, 1, 2});
  /* Distinct facts, by relation then subject then object:
   * accuses CHN>USA (c), JPN>CHN (a), USA>CHN (a, b, c twice: 3 articles),
   * cooperatesWith JPN-USA (a, b), joins JPN>NATO (b). */
  assert_int_equal(akg_graph_fact_count(g), 5);
  static const struct {
    const akg_actor *s;
    akg_relation r;
    const akg_actor *o;
    size_t count;
  } want[] = {
      {&CHN, AKG_REL_ACCUSES, &USA, 1}, {&JPN, AKG_REL_ACCUSES, &CHN, 1},
      {&USA, AKG_REL_ACCUSES, &CHN, 3}, {&JPN, AKG_REL_COOPERATES_WITH, &USA, 2},
      {&JPN, AKG_REL_JOINS, &NATO, 1},
  };
  for (size_t i = 0; i < 5; i++) {
    const akg_graph_fact *f = akg_graph_fact_at(g, i);
    assert_ptr_equal(f->subject, want[i].s);
    assert_int_equal(f->relation, want[i].r);
    assert_ptr_equal(f->object, want[i].o);
    assert_int_equal(f->event_count, want[i].count);
  }
  assert_null(akg_graph_fact_at(g, 5));

  /* c.txt states USA accuses CHN twice: one event, two mentions. */
  size_t events_in_c = 0;
  for (size_t i = 0; i < akg_graph_event_count(g); i++) {
    const akg_event *e = akg_graph_event_at(g, i);
    if (!strcmp(e->article->id, "c.txt") && e->subject == &USA) {
      events_in_c++;
      assert_int_equal(e->mentions, 2);
    }
  }
  assert_int_equal(events_in_c, 1);
  assert_int_equal(akg_graph_event_count(g), 8);

  /* Actors taking part in any event, by id. */
  assert_int_equal(akg_graph_actor_count(g), 4);
  assert_ptr_equal(akg_graph_actor_at(g, 0), &CHN);
  assert_ptr_equal(akg_graph_actor_at(g, 1), &JPN);
  assert_ptr_equal(akg_graph_actor_at(g, 2), &NATO);
  assert_ptr_equal(akg_graph_actor_at(g, 3), &USA);
  assert_null(akg_graph_actor_at(g, 4));
  akg_graph_free(g);
}

static void test_event_key_is_pinned(void **state) {
  (void)state;
  /* The expected values were computed independently with Python:
   *   def fnv(b):
   *     h = 0xcbf29ce484222325
   *     for c in b: h ^= c; h = (h * 0x100000001b3) % 2**64
   *     return '%016x' % h
   *   fnv(b'a1.txt\x1fJPN\x1faccuses\x1fCHN')        -> 07c686c38f80b0b0
   *   fnv(b'a1.txt\x1fJPN\x1fcooperatesWith\x1fUSA') -> 91c31b03936fb328
   * The second is given as USA-JPN: the key is taken after ordering. A
   * change here changes every event IRI ever published. */
  akg_graph *g = akg_graph_new();
  akg_article a = article("a1.txt");
  akg_fact facts[] = {
      fact(&JPN, AKG_REL_ACCUSES, &CHN, AKG_DATE_UNKNOWN, "x", 0),
      fact(&USA, AKG_REL_COOPERATES_WITH, &JPN, AKG_DATE_UNKNOWN, "y", 1),
  };
  assert_int_equal(akg_graph_add_article(g, &a, facts, 2), AKG_OK);
  akg_graph_finish(g);
  assert_string_equal(akg_graph_event_at(g, 0)->key, "07c686c38f80b0b0");
  assert_string_equal(akg_graph_event_at(g, 1)->key, "91c31b03936fb328");
  akg_graph_free(g);

  /* The published FNV-1a 64 test vectors. */
  assert_true(akg_fnv1a_64(AKG_FNV1A_64_INIT, "", 0) == UINT64_C(0xcbf29ce484222325));
  assert_true(akg_fnv1a_64(AKG_FNV1A_64_INIT, "a", 1) == UINT64_C(0xaf63dc4c8601ec8c));
}

static void test_article_metadata_and_keys(void **state) {
  (void)state;
  akg_graph *g = akg_graph_new();
  akg_article a = article("003_55838ce8ae7e30bf.txt");
  a.title = "Japan joins";
  a.publisher = "China Military Online";
  a.date = day(2022, 11, 15);
  akg_article b = article("x.html");
  akg_article c = article("x.txt");
  assert_int_equal(akg_graph_add_article(g, &a, NULL, 0), AKG_OK);
  assert_int_equal(akg_graph_add_article(g, &b, NULL, 0), AKG_OK);
  assert_int_equal(akg_graph_add_article(g, &c, NULL, 0), AKG_OK);
  akg_graph_finish(g);
  const akg_graph_article *r = akg_graph_article_at(g, 0);
  assert_string_equal(r->id, "003_55838ce8ae7e30bf.txt");
  assert_string_equal(r->key, "003_55838ce8ae7e30bf");
  assert_string_equal(r->title, "Japan joins");
  assert_string_equal(r->publisher, "China Military Online");
  assert_null(r->creator);
  assert_null(r->url);
  assert_true(akg_date_compare(r->date, day(2022, 11, 15)) == 0);
  /* x.html and x.txt would both be "x": both keep their whole ids. */
  assert_string_equal(akg_graph_article_at(g, 1)->key, "x.html");
  assert_string_equal(akg_graph_article_at(g, 2)->key, "x.txt");
  akg_graph_free(g);
}

/* Many events: merging must not scan, and the output must be sorted. */
static void test_many_events(void **state) {
  (void)state;
  enum { ARTICLES = 20000 };
  const akg_actor *actors[] = {&CHN, &JPN, &NATO, &USA};
  akg_graph *g = akg_graph_new();
  char id[32];
  for (int i = 0; i < ARTICLES; i++) {
    snprintf(id, sizeof id, "art%05d.txt", (i * 7919) % ARTICLES);
    akg_article a = article(id);
    akg_fact facts[6];
    for (int j = 0; j < 6; j++)
      facts[j] = fact(actors[(i + j) % 4], (akg_relation)(j % 3),
                      actors[(i + j + 1 + j / 3) % 4], AKG_DATE_UNKNOWN, "s", (size_t)j);
    assert_int_equal(akg_graph_add_article(g, &a, facts, 6), AKG_OK);
  }
  akg_graph_finish(g);
  assert_true(akg_graph_event_count(g) >= 5 * ARTICLES);
  for (size_t i = 1; i < akg_graph_event_count(g); i++) {
    const akg_event *p = akg_graph_event_at(g, i - 1);
    const akg_event *e = akg_graph_event_at(g, i);
    int c = strcmp(p->article->id, e->article->id);
    assert_true(c < 0 || (c == 0 && p->relation <= e->relation));
  }
  akg_graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_same_fact_in_two_sentences_merges),
      cmocka_unit_test(test_evidence_ties_keep_input_order),
      cmocka_unit_test(test_symmetric_relation_is_ordered),
      cmocka_unit_test(test_self_relation_is_dropped),
      cmocka_unit_test(test_silent_articles_skipped_on_request),
      cmocka_unit_test(test_duplicate_id_keeps_one_whatever_the_order),
      cmocka_unit_test(test_duplicate_with_equal_content_keeps_smaller_origin),
      cmocka_unit_test(test_invalid_arguments),
      cmocka_unit_test(test_order_does_not_depend_on_input_order),
      cmocka_unit_test(test_facts_count_articles),
      cmocka_unit_test(test_event_key_is_pinned),
      cmocka_unit_test(test_article_metadata_and_keys),
      cmocka_unit_test(test_many_events),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

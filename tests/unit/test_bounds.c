/* test_bounds.c: the caps that keep time and memory bounded on hostile
 * input (README, "Errors and exit statuses"): the extractor reads at most
 * AKG_SENTENCE_MAX_BYTES of a title and gives at most AKG_EXTRACT_MAX_FACTS
 * facts per article; an event keeps at most AKG_GRAPH_MAX_EVIDENCE
 * sentences. Each test would fail (or explode) without its cap. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "actorkg/buf.h"
#include "actorkg/extract.h"
#include "actorkg/graph.h"
#include "actorkg/lexicon.h"
#include "actorkg/sentences.h"

static akg_lexicon *lexicon;

static int load_lexicon(void **state) {
  (void)state;
  akg_diag diag = {0};
  return akg_lexicon_load(AKG_SOURCE_DIR "/ontology", &lexicon, &diag) == AKG_OK ? 0 : -1;
}

static int free_lexicon(void **state) {
  (void)state;
  akg_lexicon_free(lexicon);
  return 0;
}

static akg_status extract(const char *title, const char *body, akg_facts *facts) {
  akg_article article = {0};
  article.id = "bounds.txt";
  article.title = (char *)title;
  article.text = (char *)body;
  article.text_len = strlen(body);
  akg_extractor *ex = akg_extractor_new(lexicon);
  akg_status status = akg_extract_article(ex, &article, facts);
  akg_extractor_free(ex);
  return status;
}

/* A title is one header line, which may be megabytes long: it is read
 * like a sentence, cut at white space within AKG_SENTENCE_MAX_BYTES. Was
 * a bug: a 850 KB title listing 100,000 actors took 31 s and 3.3 GB, each
 * of its 2,016 facts carrying a copy of the whole title. */
static void long_title_is_cut_like_a_sentence(void **state) {
  (void)state;
  akg_buf title = AKG_BUF_INIT;
  akg_buf_puts(&title, "Japan accused China of hacking");
  while (title.len < 3 * AKG_SENTENCE_MAX_BYTES)
    akg_buf_puts(&title, ", and Russia accused India");
  akg_facts facts = {0};
  assert_int_equal(extract(title.data, "", &facts), AKG_OK);
  assert_true(facts.count >= 1);
  for (size_t i = 0; i < facts.count; i++) {
    size_t len = strlen(facts.items[i].evidence);
    assert_true(len <= AKG_SENTENCE_MAX_BYTES);
    assert_true(len > AKG_SENTENCE_MAX_BYTES / 2); /* cut near the cap, not at 0 */
    /* The title's beginning, cut at a space. */
    assert_memory_equal(facts.items[i].evidence, title.data, len);
    assert_int_equal(title.data[len], ' ');
  }
  assert_string_equal(facts.items[0].subject->id, "JPN");
  akg_facts_free(&facts);
  akg_buf_free(&title);
}

/* A title without white space is cut at a character boundary. */
static void long_title_without_spaces_is_cut_between_characters(void **state) {
  (void)state;
  akg_buf title = AKG_BUF_INIT;
  akg_buf_puts(&title, "Japan accused China ");
  while (title.len < 2 * AKG_SENTENCE_MAX_BYTES)
    akg_buf_puts(&title, "\xE2\x80\x94"); /* em dashes, 3 bytes each */
  akg_facts facts = {0};
  assert_int_equal(extract(title.data, "", &facts), AKG_OK);
  assert_int_equal(facts.count, 1);
  size_t len = strlen(facts.items[0].evidence);
  assert_true(len <= AKG_SENTENCE_MAX_BYTES);
  assert_int_equal((len - strlen("Japan accused China ")) % 3, 0);
  akg_facts_free(&facts);
  akg_buf_free(&title);
}

/* Thousands of sentences, each a pairwise product of a long list: the
 * facts of one article stop at AKG_EXTRACT_MAX_FACTS and the status says
 * so. Was a bug: 10 MB of such text took 2.5 GB. */
static void facts_per_article_are_capped(void **state) {
  (void)state;
  static const char *const names[] = {"China",  "Russia",  "Japan", "India",
                                      "France", "Germany", "Italy", "Spain"};
  akg_buf body = AKG_BUF_INIT;
  /* 8 coordinated actors cooperating: 28 facts per sentence. */
  for (int s = 0; s < 1000; s++) {
    for (int i = 0; i < 8; i++)
      akg_buf_printf(&body, "%s%s", i ? (i == 7 ? " and " : ", ") : "", names[i]);
    /* Distinct: a block repeated word for word is skipped as furniture. */
    akg_buf_printf(&body, " cooperate closely in round %d.\n\n", s);
  }
  akg_facts facts = {0};
  assert_int_equal(extract(NULL, body.data, &facts), AKG_ERR_TOO_LARGE);
  assert_int_equal(facts.count, AKG_EXTRACT_MAX_FACTS);
  /* Facts are appended: the cap counts this article's facts only. */
  assert_int_equal(extract(NULL, "Japan accused China.", &facts), AKG_OK);
  assert_int_equal(facts.count, AKG_EXTRACT_MAX_FACTS + 1);
  akg_facts_free(&facts);
  /* Below the cap nothing is lost. */
  akg_buf_clear(&body);
  for (int s = 0; s < 100; s++)
    akg_buf_printf(&body, "China, Russia and Japan cooperate closely in round %d.\n\n",
                   s);
  assert_int_equal(extract(NULL, body.data, &facts), AKG_OK);
  assert_int_equal(facts.count, 300);
  akg_facts_free(&facts);
  akg_buf_free(&body);
}

/* One fact stated in many sentences: the event keeps the first
 * AKG_GRAPH_MAX_EVIDENCE and counts them all. Was a bug: 200,000 such
 * sentences took 82 s in a quadratic duplicate check. */
static void evidence_per_event_is_capped(void **state) {
  (void)state;
  const akg_actor *jpn = akg_lexicon_find_id(lexicon, "JPN");
  const akg_actor *chn = akg_lexicon_find_id(lexicon, "CHN");
  enum { N = AKG_GRAPH_MAX_EVIDENCE + 50 };
  akg_facts facts = {0};
  akg_buf sentence = AKG_BUF_INIT;
  for (size_t i = 0; i < N; i++) {
    akg_buf_clear(&sentence);
    akg_buf_printf(&sentence, "Japan accused China, time %zu.", i);
    akg_fact f = {.subject = jpn,
                  .relation = AKG_REL_ACCUSES,
                  .object = chn,
                  .evidence = sentence.data,
                  .position = i + 1};
    akg_facts_push(&facts, &f);
  }
  akg_graph *graph = akg_graph_new();
  akg_article article = {0};
  article.id = "many.txt";
  assert_int_equal(akg_graph_add_article(graph, &article, facts.items, facts.count),
                   AKG_OK);
  akg_graph_finish(graph);
  assert_int_equal(akg_graph_event_count(graph), 1);
  const akg_event *e = akg_graph_event_at(graph, 0);
  assert_int_equal(e->mentions, N);
  assert_int_equal(e->evidence_count, AKG_GRAPH_MAX_EVIDENCE);
  assert_string_equal(e->evidence[0], "Japan accused China, time 0.");
  akg_graph_free(graph);
  akg_facts_free(&facts);
  akg_buf_free(&sentence);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(long_title_is_cut_like_a_sentence),
      cmocka_unit_test(long_title_without_spaces_is_cut_between_characters),
      cmocka_unit_test(facts_per_article_are_capped),
      cmocka_unit_test(evidence_per_event_is_capped),
  };
  return cmocka_run_group_tests(tests, load_lexicon, free_lexicon);
}

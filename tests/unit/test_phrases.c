/* test_phrases.c: the phrase dictionary (src/text/phrases.c): longest match,
 * the case rules of AKG_PHRASE_CASED, value slots and counting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "actorkg/phrases.h"
#include "actorkg/tokens.h"

static void put(akg_phrase_dict *dict, const char *phrase, unsigned flags,
                uint32_t value) {
  bool created;
  uint32_t *slot = akg_phrase_dict_put(dict, phrase, flags, &created);
  assert_non_null(slot);
  assert_true(created);
  *slot = value;
}

/* Matches `text` at token `at`: returns the length and stores the value
 * (UINT32_MAX when nothing matched). */
static size_t match(const akg_phrase_dict *dict, const char *text, size_t at,
                    uint32_t *value) {
  akg_tokens toks = {0};
  akg_tokenize(text, strlen(text), &toks);
  *value = UINT32_MAX;
  size_t n = akg_phrase_dict_match(dict, &toks, at, value);
  akg_tokens_free(&toks);
  return n;
}

static void test_longest_match_wins(void **state) {
  (void)state;
  akg_phrase_dict *dict = akg_phrase_dict_new();
  /* Added shortest first, so the order of adding cannot explain the result. */
  put(dict, "North", 0, 1);
  put(dict, "North Korea", 0, 2);
  put(dict, "North Atlantic Treaty Organization", 0, 3);
  uint32_t value;
  assert_int_equal(match(dict, "North Korea fired", 0, &value), 2);
  assert_int_equal(value, 2);
  assert_int_equal(match(dict, "the North Atlantic Treaty Organization", 1, &value), 4);
  assert_int_equal(value, 3);
  /* A longer phrase that does not fit falls back to the shorter one. */
  assert_int_equal(match(dict, "North Atlantic coast", 0, &value), 1);
  assert_int_equal(value, 1);
  assert_int_equal(match(dict, "North Atlantic Treaty", 0, &value), 1);
  assert_int_equal(value, 1);
  /* Matches by normal form: case (without CASED), typographic marks. */
  put(dict, "Japan's", 0, 4);
  assert_int_equal(match(dict, "JAPAN\u2019S", 0, &value), 2);
  assert_int_equal(value, 4);
  /* Nothing at that position, or past the end. */
  assert_int_equal(match(dict, "South Korea", 0, &value), 0);
  assert_int_equal(value, UINT32_MAX);
  assert_int_equal(match(dict, "North", 1, &value), 0);
  assert_int_equal(match(dict, "", 0, &value), 0);
  akg_phrase_dict_free(dict);
}

static void test_spelling_variants_tokenize_alike(void **state) {
  (void)state;
  akg_phrase_dict *dict = akg_phrase_dict_new();
  put(dict, "N. Korea", AKG_PHRASE_CASED, 7);
  put(dict, "Japan-U.S.", AKG_PHRASE_CASED, 8);
  uint32_t value;
  assert_int_equal(match(dict, "N.Korea", 0, &value), 2);
  assert_int_equal(value, 7);
  assert_int_equal(match(dict, "against N. Korea", 1, &value), 2);
  assert_int_equal(match(dict, "the Japan - U.S. alliance", 1, &value), 3);
  assert_int_equal(value, 8);
  akg_phrase_dict_free(dict);
}

static void test_cased_all_caps(void **state) {
  (void)state;
  akg_phrase_dict *dict = akg_phrase_dict_new();
  put(dict, "US", AKG_PHRASE_CASED, 1);
  put(dict, "NATO", AKG_PHRASE_CASED, 2);
  uint32_t value;
  assert_int_equal(match(dict, "US", 0, &value), 1);
  assert_int_equal(value, 1);
  assert_int_equal(match(dict, "told us", 1, &value), 0);
  assert_int_equal(match(dict, "Us", 0, &value), 0);
  assert_int_equal(match(dict, "NATO", 0, &value), 1);
  assert_int_equal(match(dict, "Nato", 0, &value), 0);
  /* The same words without CASED are another phrase, matching any case. */
  bool created;
  uint32_t *slot = akg_phrase_dict_put(dict, "US", 0, &created);
  assert_true(created);
  *slot = 9;
  assert_int_equal(akg_phrase_dict_count(dict), 3);
  assert_int_equal(match(dict, "told us", 1, &value), 1);
  assert_int_equal(value, 9);
  /* Both fit "US": the first added wins among equal lengths. */
  assert_int_equal(match(dict, "US", 0, &value), 1);
  assert_int_equal(value, 1);
  akg_phrase_dict_free(dict);
}

static void test_cased_capitalized(void **state) {
  (void)state;
  akg_phrase_dict *dict = akg_phrase_dict_new();
  put(dict, "Chad", AKG_PHRASE_CASED, 1);
  put(dict, "Jordan", AKG_PHRASE_CASED, 2);
  uint32_t value;
  assert_int_equal(match(dict, "Chad", 0, &value), 1);
  assert_int_equal(value, 1);
  assert_int_equal(match(dict, "a hanging chad", 2, &value), 0);
  /* All-caps text is capitalised too. */
  assert_int_equal(match(dict, "CHAD", 0, &value), 1);
  assert_int_equal(match(dict, "jordan", 0, &value), 0);
  akg_phrase_dict_free(dict);
}

static void test_cased_multiword_only_constrains_its_capitals(void **state) {
  (void)state;
  akg_phrase_dict *dict = akg_phrase_dict_new();
  put(dict, "NATO's cyber defence centre", AKG_PHRASE_CASED, 5);
  uint32_t value;
  assert_int_equal(match(dict, "at NATO's cyber defence centre in Tallinn", 1, &value),
                   5);
  assert_int_equal(value, 5);
  assert_int_equal(match(dict, "NATO\u2019s Cyber Defence Centre", 0, &value), 5);
  assert_int_equal(value, 5);
  /* The all-caps first token still must be all-caps. */
  assert_int_equal(match(dict, "Nato's cyber defence centre", 0, &value), 0);
  /* Capitalised later tokens impose nothing: "Korea" in "North Korea". */
  put(dict, "North Korea", AKG_PHRASE_CASED, 6);
  assert_int_equal(match(dict, "North korea", 0, &value), 2);
  assert_int_equal(value, 6);
  assert_int_equal(match(dict, "north Korea", 0, &value), 0);
  akg_phrase_dict_free(dict);
}

static void test_put_returns_the_existing_slot(void **state) {
  (void)state;
  akg_phrase_dict *dict = akg_phrase_dict_new();
  bool created = false;
  uint32_t *slot = akg_phrase_dict_put(dict, "South Korea", 0, &created);
  assert_non_null(slot);
  assert_true(created);
  assert_int_equal(*slot, 0);
  *slot = 42;
  /* Same tokens, spelled differently: the same phrase. */
  created = true;
  slot = akg_phrase_dict_put(dict, "south  KOREA", 0, &created);
  assert_non_null(slot);
  assert_false(created);
  assert_int_equal(*slot, 42);
  *slot |= 0x100;
  uint32_t value;
  assert_int_equal(match(dict, "South Korea", 0, &value), 2);
  assert_int_equal(value, 42 | 0x100);
  assert_int_equal(akg_phrase_dict_count(dict), 1);
  /* A phrase sharing the first token is a different phrase. */
  slot = akg_phrase_dict_put(dict, "South", 0, &created);
  assert_true(created);
  assert_int_equal(*slot, 0);
  assert_int_equal(akg_phrase_dict_count(dict), 2);
  akg_phrase_dict_free(dict);
}

static void test_phrase_without_tokens(void **state) {
  (void)state;
  akg_phrase_dict *dict = akg_phrase_dict_new();
  bool created = true;
  assert_null(akg_phrase_dict_put(dict, "", 0, &created));
  assert_false(created);
  created = true;
  assert_null(akg_phrase_dict_put(dict, " \t\n", AKG_PHRASE_CASED, &created));
  assert_false(created);
  assert_int_equal(akg_phrase_dict_count(dict), 0);
  uint32_t value;
  assert_int_equal(match(dict, "anything", 0, &value), 0);
  akg_phrase_dict_free(dict);
  akg_phrase_dict_free(NULL);
}

static void test_many_phrases(void **state) {
  (void)state;
  /* Enough first tokens to grow the hash table several times, and enough
   * phrases per first token to grow a group. */
  akg_phrase_dict *dict = akg_phrase_dict_new();
  char text[64];
  for (uint32_t i = 0; i < 1000; i++) {
    snprintf(text, sizeof text, "actor%u", i);
    put(dict, text, 0, i);
  }
  for (uint32_t i = 0; i < 10; i++) {
    snprintf(text, sizeof text, "actor7 part%u", i);
    put(dict, text, 0, 5000 + i);
  }
  assert_int_equal(akg_phrase_dict_count(dict), 1010);
  uint32_t value;
  for (uint32_t i = 0; i < 1000; i++) {
    snprintf(text, sizeof text, "the actor%u", i);
    assert_int_equal(match(dict, text, 1, &value), 1);
    assert_int_equal(value, i);
  }
  assert_int_equal(match(dict, "actor7 part9", 0, &value), 2);
  assert_int_equal(value, 5009);
  assert_int_equal(match(dict, "actor7 part10", 0, &value), 1);
  assert_int_equal(value, 7);
  assert_int_equal(match(dict, "actor1000", 0, &value), 0);
  akg_phrase_dict_free(dict);
}

/* One first word opening many phrases ("the" opens hundreds of names):
 * each is found by its own next words, the longest fitting one wins, and
 * a phrase that would need more tokens than the text has is not read. */
static void test_shared_first_word(void **state) {
  (void)state;
  akg_phrase_dict *dict = akg_phrase_dict_new();
  char text[64];
  for (uint32_t i = 0; i < 300; i++) {
    snprintf(text, sizeof text, "the land%u", i);
    put(dict, text, 0, i);
  }
  put(dict, "the land7 of plenty", 0, 1000);
  assert_int_equal(akg_phrase_dict_longest(dict), 4);
  uint32_t value;
  for (uint32_t i = 0; i < 300; i++) {
    snprintf(text, sizeof text, "in the land%u today", i);
    assert_int_equal(match(dict, text, 1, &value), 2);
    assert_int_equal(value, i);
  }
  assert_int_equal(match(dict, "the land7 of plenty", 0, &value), 4);
  assert_int_equal(value, 1000);
  assert_int_equal(match(dict, "the land7 of", 0, &value), 2);
  assert_int_equal(value, 7);
  assert_int_equal(match(dict, "the", 0, &value), 0);
  assert_int_equal(match(dict, "the land300", 0, &value), 0);
  akg_phrase_dict_free(dict);
}

/* The same words under two case rules are two phrases of one node; the
 * text takes the first added whose rule it meets, else a shorter one. */
static void test_case_variants_of_one_phrase(void **state) {
  (void)state;
  akg_phrase_dict *dict = akg_phrase_dict_new();
  put(dict, "US", AKG_PHRASE_CASED, 1);
  put(dict, "us", 0, 2);
  put(dict, "US Army", AKG_PHRASE_CASED, 3);
  put(dict, "the", 0, 4);
  uint32_t value;
  assert_int_equal(match(dict, "US", 0, &value), 1);
  assert_int_equal(value, 1);
  assert_int_equal(match(dict, "us", 0, &value), 1);
  assert_int_equal(value, 2);
  assert_int_equal(match(dict, "US army", 0, &value), 2);
  assert_int_equal(value, 3);
  assert_int_equal(match(dict, "us army", 0, &value), 1);
  assert_int_equal(value, 2);
  assert_int_equal(akg_phrase_dict_longest(dict), 2);
  akg_phrase_dict_free(dict);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_longest_match_wins),
      cmocka_unit_test(test_spelling_variants_tokenize_alike),
      cmocka_unit_test(test_cased_all_caps),
      cmocka_unit_test(test_cased_capitalized),
      cmocka_unit_test(test_cased_multiword_only_constrains_its_capitals),
      cmocka_unit_test(test_put_returns_the_existing_slot),
      cmocka_unit_test(test_phrase_without_tokens),
      cmocka_unit_test(test_many_phrases),
      cmocka_unit_test(test_shared_first_word),
      cmocka_unit_test(test_case_variants_of_one_phrase),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

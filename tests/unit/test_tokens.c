/* test_tokens.c: the tokenizer (src/text/tokens.c): where tokens begin and
 * end, their normal forms and flags, and that no byte sequence can make it
 * stall, skip or read past its input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/hash.h"
#include "actorkg/tokens.h"
#include "text/chars.h"
#include "text/utf8.h"

enum {
  SP = AKG_TOKEN_SPACE_BEFORE,
  CAP = AKG_TOKEN_CAPITALIZED,
  ALL = AKG_TOKEN_ALL_CAPS,
  NL = AKG_TOKEN_NEWLINE_BEFORE
};

/* The tokens of `text` as "surface|surface|..." and "norm|norm|...". */
static void check(const char *text, const char *surfaces, const char *norms) {
  akg_tokens toks = {0};
  akg_tokenize(text, strlen(text), &toks);
  akg_buf s = AKG_BUF_INIT, n = AKG_BUF_INIT;
  for (size_t i = 0; i < toks.count; i++) {
    if (i) {
      akg_buf_putc(&s, '|');
      akg_buf_putc(&n, '|');
    }
    akg_buf_append(&s, text + toks.items[i].start, toks.items[i].len);
    akg_buf_puts(&n, akg_token_norm(&toks, i));
  }
  assert_string_equal(akg_buf_str(&s), surfaces);
  assert_string_equal(akg_buf_str(&n), norms);
  akg_buf_free(&s);
  akg_buf_free(&n);
  akg_tokens_free(&toks);
}

/* The flags of every token of `text`, then the kinds when `kinds` is set. */
static void check_flags(const char *text, const unsigned *flags,
                        const akg_token_kind *kinds, size_t count) {
  akg_tokens toks = {0};
  akg_tokenize(text, strlen(text), &toks);
  assert_int_equal(toks.count, count);
  for (size_t i = 0; i < count; i++) {
    assert_int_equal(toks.items[i].flags, flags[i]);
    if (kinds)
      assert_int_equal(toks.items[i].kind, kinds[i]);
  }
  akg_tokens_free(&toks);
}

static void test_possessive_is_split(void **state) {
  (void)state;
  check("Japan's", "Japan|'s", "japan|'s");
  check("Japan\u2019s", "Japan|\u2019s", "japan|'s");
  check("NATO's cyber defence", "NATO|'s|cyber|defence", "nato|'s|cyber|defence");
  check("Japan\u2019S", "Japan|\u2019S", "japan|'s");
  /* A bare apostrophe after a plural is a token of its own. */
  check("the states' rights", "the|states|'|rights", "the|states|'|rights");
  /* Byte spans: the typographic apostrophe is three bytes. */
  akg_tokens toks = {0};
  akg_tokenize("Japan\u2019s move", strlen("Japan\u2019s move"), &toks);
  assert_int_equal(toks.count, 3);
  assert_int_equal(toks.items[0].start, 0);
  assert_int_equal(toks.items[0].len, 5);
  assert_int_equal(toks.items[1].start, 5);
  assert_int_equal(toks.items[1].len, 4);
  assert_int_equal(toks.items[1].kind, AKG_TOKEN_WORD);
  assert_int_equal(toks.items[1].flags, 0);
  assert_int_equal(toks.items[2].start, 10);
  assert_int_equal(toks.items[2].len, 4);
  akg_tokens_free(&toks);
  /* Not a clitic: the apostrophe is followed by more word characters. */
  check("it'same", "it'same", "it'same");
}

static void test_negation_is_split(void **state) {
  (void)state;
  check("didn't", "did|n't", "did|n't");
  check("didn\u2019t", "did|n\u2019t", "did|n't");
  check("DON'T", "DO|N'T", "do|n't");
  check("can't act", "ca|n't|act", "ca|n't|act");
  /* A word ending in n before a possessive is not a negation. */
  check("Iran's", "Iran|'s", "iran|'s");
  /* "n'" not followed by a lone t stays in the word. */
  check("n'twas", "n'twas", "n'twas");
  unsigned flags[] = {SP, 0};
  check_flags("didn't", flags, NULL, 2);
}

static void test_dotted_abbreviations(void **state) {
  (void)state;
  check("U.S.", "U.S.", "u.s.");
  check("D.P.R.K. leader", "D.P.R.K.|leader", "d.p.r.k.|leader");
  check("e.g. this", "e.g.|this", "e.g.|this");
  check("N.Korea", "N.|Korea", "n.|korea");
  check("N. Korea", "N.|Korea", "n.|korea");
  check("with the U.S.", "with|the|U.S.", "with|the|u.s.");
  /* Without the final dot only the initial is an abbreviation. */
  check("U.S", "U.|S", "u.|s");
  /* A lower-case single letter and dot is a word and a full stop. */
  check("item a.", "item|a|.", "item|a|.");
  check("in Japan.", "in|Japan|.", "in|japan|.");
  unsigned abbr[] = {SP | CAP | ALL};
  check_flags("U.S.", abbr, NULL, 1);
  unsigned glued[] = {SP | CAP, CAP};
  check_flags("N.Korea", glued, NULL, 2);
  unsigned spaced[] = {SP | CAP, SP | CAP};
  check_flags("N. Korea", spaced, NULL, 2);
}

static void test_hyphen_pairs(void **state) {
  (void)state;
  check("Japan-U.S. alliance", "Japan|-|U.S.|alliance", "japan|-|u.s.|alliance");
  unsigned flags[] = {SP | CAP, 0, CAP | ALL, SP};
  akg_token_kind kinds[] = {AKG_TOKEN_WORD, AKG_TOKEN_PUNCT, AKG_TOKEN_WORD,
                            AKG_TOKEN_WORD};
  check_flags("Japan-U.S. alliance", flags, kinds, 4);
  check("cyber-attacks", "cyber|-|attacks", "cyber|-|attacks");
  /* U+2011 non-breaking hyphen folds to "-". */
  check("Indo\u2011Pacific", "Indo|\u2011|Pacific", "indo|-|pacific");
  check("F-16", "F|-|16", "f|-|16");
}

static void test_numbers(void **state) {
  (void)state;
  check("5,000 troops", "5,000|troops", "5,000|troops");
  check("the 27th", "the|27th", "the|27th");
  check("2022-11-15", "2022|-|11|-|15", "2022|-|11|-|15");
  check("3.5 and 5km", "3.5|and|5km", "3.5|and|5km");
  /* A comma or dot not followed by a digit ends the number. */
  check("5,000. In 2021, he", "5,000|.|In|2021|,|he", "5,000|.|in|2021|,|he");
  unsigned flags[] = {SP, 0, 0, 0, 0};
  akg_token_kind kinds[] = {AKG_TOKEN_NUMBER, AKG_TOKEN_PUNCT, AKG_TOKEN_NUMBER,
                            AKG_TOKEN_PUNCT, AKG_TOKEN_NUMBER};
  check_flags("2022-11-15", flags, kinds, 5);
  akg_token_kind ordinal[] = {AKG_TOKEN_NUMBER};
  unsigned ordinal_flags[] = {SP};
  check_flags("27th", ordinal_flags, ordinal, 1);
}

static void test_quotes_and_dashes_are_folded(void **state) {
  (void)state;
  check("\u201cHi\u201d \u2014 ok \u2013 x \u2026 \u2018q\u2019",
        "\u201c|Hi|\u201d|\u2014|ok|\u2013|x|\u2026|\u2018|q|\u2019",
        "\"|hi|\"|--|ok|--|x|...|'|q|'");
  check("a \u00abb\u00bb \u201ec\u201c", "a|\u00ab|b|\u00bb|\u201e|c|\u201c",
        "a|\"|b|\"|\"|c|\"");
  /* Runs of dots or of typographic dashes are one token. */
  check("wait... \u2014\u2014 then", "wait|...|\u2014\u2014|then", "wait|...|----|then");
  check("\u2018steal military info\u2019", "\u2018|steal|military|info|\u2019",
        "'|steal|military|info|'");
}

static void test_case_flags(void **state) {
  (void)state;
  unsigned flags[] = {SP | CAP | ALL, SP | CAP, SP | CAP | ALL,
                      SP | CAP | ALL, SP,       SP | CAP,
                      SP | CAP,       SP | CAP, SP};
  check_flags("NATO T\u00fcrkiye T\u00dcRKIYE \u00d6STERREICH iPhone A Us G7 \u00fcnal",
              flags, NULL, 9);
  check("T\u00fcrkiye T\u00dcRKIYE \u00d6STERREICH",
        "T\u00fcrkiye|T\u00dcRKIYE|\u00d6STERREICH",
        "t\u00fcrkiye|t\u00fcrkiye|\u00f6sterreich");
  /* Greek and Cyrillic capitals. */
  unsigned other[] = {SP | CAP | ALL, SP | CAP};
  check_flags("\u0420\u0424 \u0391\u03b8\u03ae\u03bd\u03b1", other, NULL, 2);
  check("\u0420\u0424", "\u0420\u0424", "\u0440\u0444");
}

static void test_newline_before(void **state) {
  (void)state;
  unsigned lf[] = {SP, SP | NL, SP};
  check_flags("a\nb c", lf, NULL, 3);
  unsigned crlf[] = {SP, SP | NL};
  check_flags("a\r\n\r\nb", crlf, NULL, 2);
  unsigned sep[] = {SP | CAP, SP | NL};
  check_flags("A\u2028b", sep, NULL, 2);
  /* Only the first token after the line break carries the flag. */
  unsigned first[] = {SP | NL, 0};
  check_flags("\nb.", first, NULL, 2);
}

static void test_apostrophe_inside_names(void **state) {
  (void)state;
  check("C\u00f4te d'Ivoire", "C\u00f4te|d'Ivoire", "c\u00f4te|d'ivoire");
  check("C\u00f4te d\u2019Ivoire", "C\u00f4te|d\u2019Ivoire", "c\u00f4te|d'ivoire");
  check("O'Brien said", "O'Brien|said", "o'brien|said");
  check("Jin Yi\u2019nan", "Jin|Yi\u2019nan", "jin|yi'nan");
  unsigned flags[] = {SP | CAP, SP};
  check_flags("C\u00f4te d'Ivoire", flags, NULL, 2);
}

/* Asserts that text[from..to) decodes to white space only. */
static void check_space(const char *text, size_t from, size_t to) {
  size_t size;
  for (size_t b = from; b < to; b += size) {
    akg_char_class c = akg_char_classify(
        akg_utf8_decode((const unsigned char *)text + b, to - b, &size));
    assert_true(c == AKG_CHAR_SPACE || c == AKG_CHAR_NEWLINE);
  }
}

/* Asserts that the tokens of text[0..len) are in order, non-empty, inside
 * the text, and that nothing but white space lies between them. */
static void check_covering(const char *text, size_t len) {
  akg_tokens toks = {0};
  akg_tokenize(text, len, &toks);
  size_t at = 0;
  for (size_t i = 0; i < toks.count; i++) {
    const akg_token *t = &toks.items[i];
    assert_true(t->len > 0);
    assert_true(t->start >= at);
    assert_true(t->start + t->len <= len);
    check_space(text, at, t->start);
    at = t->start + t->len;
  }
  check_space(text, at, len);
  akg_tokens_free(&toks);
}

static void test_invalid_utf8_consumes_each_byte(void **state) {
  (void)state;
  /* Each bad byte is a one-byte punctuation token normalised to U+FFFD. */
  check("a\x80"
        "b",
        "a|\x80|b", "a|\xef\xbf\xbd|b");
  akg_tokens toks = {0};
  const char *cases[] = {"\xff\xfe\xfd", "\xe2\x80", "\xc0\xaf", "\xed\xa0\x80",
                         "\xf4\x90\x80\x80"};
  size_t lens[] = {3, 2, 2, 3, 4};
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    akg_tokenize(cases[c], lens[c], &toks);
    assert_int_equal(toks.count, lens[c]);
    for (size_t i = 0; i < toks.count; i++) {
      assert_int_equal(toks.items[i].start, i);
      assert_int_equal(toks.items[i].len, 1);
      assert_int_equal(toks.items[i].kind, AKG_TOKEN_PUNCT);
      assert_string_equal(akg_token_norm(&toks, i), "\xef\xbf\xbd");
    }
  }
  /* A truncated sequence at the end of a word. */
  akg_tokenize("T\xc3", 2, &toks);
  assert_int_equal(toks.count, 2);
  assert_int_equal(toks.items[1].start, 1);
  assert_int_equal(toks.items[1].len, 1);
  akg_tokens_free(&toks);

  /* Random bytes, biased towards UTF-8 lead and continuation bytes. */
  srand(12345);
  char buf[4096];
  for (int round = 0; round < 200; round++) {
    size_t len = (size_t)(rand() % (int)sizeof buf);
    for (size_t i = 0; i < len; i++) {
      int r = rand() % 8;
      buf[i] = r == 0   ? ' '
               : r == 1 ? 'a'
               : r == 2 ? '\''
               : r == 3 ? '.'
                        : (char)(0x80 + rand() % 0x80);
    }
    check_covering(buf, len);
  }
}

/* akg_utf8_valid and akg_utf8_repaired (src/text/utf8.c): each invalid
 * byte becomes one U+FFFD; valid text, a real U+FFFD included, is kept. */
static void test_utf8_repair(void **state) {
  (void)state;
  assert_true(akg_utf8_valid("", 0));
  assert_true(akg_utf8_valid("Japan \xE2\x80\x94 \xEF\xBF\xBD", 13));
  assert_false(akg_utf8_valid("a\xE9 b", 4));
  assert_false(akg_utf8_valid("\xC3", 1));         /* cut sequence */
  assert_false(akg_utf8_valid("\xC0\x80", 2));     /* overlong NUL */
  assert_false(akg_utf8_valid("\xED\xA0\x80", 3)); /* surrogate */
  size_t len;
  char *r = akg_utf8_repaired("Ea&\xE9 t\xC3", 7, &len);
  assert_string_equal(r, "Ea&\xEF\xBF\xBD t\xEF\xBF\xBD");
  assert_int_equal(len, strlen(r));
  assert_true(akg_utf8_valid(r, len));
  akg_free(r);
  r = akg_utf8_repaired("ok \xC3\xA9", 5, &len);
  assert_string_equal(r, "ok \xC3\xA9");
  akg_free(r);
  r = akg_utf8_repaired("", 0, &len);
  assert_string_equal(r, "");
  assert_int_equal(len, 0);
  akg_free(r);
}

static void test_empty_input(void **state) {
  (void)state;
  akg_tokens toks = {0};
  akg_tokenize("", 0, &toks);
  assert_int_equal(toks.count, 0);
  akg_tokenize(" \t\r\n ", 5, &toks);
  assert_int_equal(toks.count, 0);
  /* The output is emptied first: norms restart at offset 0. */
  akg_tokenize("one two", 7, &toks);
  assert_int_equal(toks.count, 2);
  akg_tokenize("three", 5, &toks);
  assert_int_equal(toks.count, 1);
  assert_int_equal(toks.items[0].norm, 0);
  assert_string_equal(akg_token_norm(&toks, 0), "three");
  akg_tokenize("", 0, &toks);
  assert_int_equal(toks.count, 0);
  akg_tokens_free(&toks);
  assert_null(toks.items);
  assert_int_equal(toks.count, 0);
  /* Freeing a zeroed list is harmless. */
  akg_tokens_free(&toks);
}

/* Was a bug: tokens.c says
 * "Runs of dots or dashes are one token ("...", "--")", but the ASCII
 * hyphen is AKG_CHAR_HYPHEN, not AKG_CHAR_DASH, so the plain-text em dash
 * "--" becomes two "-" tokens and never matches the "--" normal form of
 * "—". Input "Japan--China": expected Japan|--|China, actual Japan|-|-|China.
 */
static void bug_ascii_double_hyphen_is_one_token(void **state) {
  (void)state;
  check("Japan--China", "Japan|--|China", "japan|--|china");
}

/* Each token carries its normal form's length and FNV-1a hash, which every
 * dictionary lookup uses instead of hashing the form again. */
static void test_hash_and_length_of_the_normal_form(void **state) {
  (void)state;
  akg_tokens toks = {0};
  const char *text = "Japan\u2019s CCDCOE, 2021 \xff";
  akg_tokenize(text, strlen(text), &toks);
  assert_true(toks.count >= 5);
  for (size_t i = 0; i < toks.count; i++) {
    const char *norm = akg_token_norm(&toks, i);
    assert_int_equal(toks.items[i].norm_len, strlen(norm));
    assert_true(toks.items[i].hash ==
                akg_fnv1a_64(AKG_FNV1A_64_INIT, norm, strlen(norm)));
  }
  akg_tokens_free(&toks);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_possessive_is_split),
      cmocka_unit_test(test_negation_is_split),
      cmocka_unit_test(test_dotted_abbreviations),
      cmocka_unit_test(test_hyphen_pairs),
      cmocka_unit_test(test_numbers),
      cmocka_unit_test(test_quotes_and_dashes_are_folded),
      cmocka_unit_test(test_case_flags),
      cmocka_unit_test(test_newline_before),
      cmocka_unit_test(test_apostrophe_inside_names),
      cmocka_unit_test(test_invalid_utf8_consumes_each_byte),
      cmocka_unit_test(test_utf8_repair),
      cmocka_unit_test(test_empty_input),
      cmocka_unit_test(bug_ascii_double_hyphen_is_one_token),
      cmocka_unit_test(test_hash_and_length_of_the_normal_form),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

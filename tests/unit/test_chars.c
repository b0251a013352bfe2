/* test_chars.c: character classes (src/text/chars.c): the ASCII table the
 * tokenizer reads agrees with the rules for every ASCII code point, and
 * the classes of the characters that matter most. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "text/chars.h"

static void ascii_table_agrees_with_the_rules(void **state) {
  (void)state;
  for (uint32_t cp = 0; cp < 0x80; cp++) {
    if (akg_char_classify(cp) != akg_char_classify_any(cp))
      fail_msg("U+%04X: table says %d, rules say %d", (unsigned)cp,
               (int)akg_char_classify(cp), (int)akg_char_classify_any(cp));
  }
}

static void classes(void **state) {
  (void)state;
  assert_int_equal(akg_char_classify('a'), AKG_CHAR_LETTER);
  assert_int_equal(akg_char_classify('Z'), AKG_CHAR_LETTER);
  assert_int_equal(akg_char_classify('@'), AKG_CHAR_OTHER);
  assert_int_equal(akg_char_classify('['), AKG_CHAR_OTHER);
  assert_int_equal(akg_char_classify('`'), AKG_CHAR_OTHER);
  assert_int_equal(akg_char_classify('{'), AKG_CHAR_OTHER);
  assert_int_equal(akg_char_classify('7'), AKG_CHAR_DIGIT);
  assert_int_equal(akg_char_classify(' '), AKG_CHAR_SPACE);
  assert_int_equal(akg_char_classify('\t'), AKG_CHAR_SPACE);
  assert_int_equal(akg_char_classify('\r'), AKG_CHAR_SPACE);
  assert_int_equal(akg_char_classify('\n'), AKG_CHAR_NEWLINE);
  assert_int_equal(akg_char_classify('\''), AKG_CHAR_APOSTROPHE);
  assert_int_equal(akg_char_classify('"'), AKG_CHAR_QUOTE);
  assert_int_equal(akg_char_classify('-'), AKG_CHAR_HYPHEN);
  assert_int_equal(akg_char_classify('.'), AKG_CHAR_DOT);
  assert_int_equal(akg_char_classify(0x7F), AKG_CHAR_OTHER);
  assert_int_equal(akg_char_classify(0), AKG_CHAR_OTHER);
  /* Beyond ASCII the rules answer. */
  assert_int_equal(akg_char_classify(0x2019), AKG_CHAR_APOSTROPHE);
  assert_int_equal(akg_char_classify(0x2014), AKG_CHAR_DASH);
  assert_int_equal(akg_char_classify(0x201C), AKG_CHAR_QUOTE);
  assert_int_equal(akg_char_classify(0x2028), AKG_CHAR_NEWLINE);
  assert_int_equal(akg_char_classify(0xA0), AKG_CHAR_SPACE);
  assert_int_equal(akg_char_classify(0xE9), AKG_CHAR_LETTER);
  assert_int_equal(akg_char_classify(0x65E5), AKG_CHAR_LETTER);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(ascii_table_agrees_with_the_rules),
      cmocka_unit_test(classes),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

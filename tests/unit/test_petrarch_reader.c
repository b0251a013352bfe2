/* test_petrarch_reader.c: PETRARCH-style event XML (src/read/petrarch.c):
 * one article per <Sentence> with its date, id, source and text; records
 * without an id, text or readable date; files that are not such records. */
#define _XOPEN_SOURCE 700
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "actorkg/petrarch.h"
#include "reader_support.h"

static void test_sentences_file(void **state) {
  (void)state;
  size_t len;
  char *xml = slurp(INPUTS "events-2024-03.xml", &len);
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_articles list = {0};
  assert_int_equal(
      akg_petrarch_parse("events.xml", "in/events.xml", xml, len, &list, &diag), AKG_OK);
  assert_string_equal(akg_buf_str(&got.text), "");
  assert_int_equal(list.count, 3);
  static const char *const ids[] = {"AFP_ENG_20240307.0113-1", "XIN_ENG_20240310.0042-2",
                                    "KYD_ENG_20240312.0007-1"};
  static const char *const dates[] = {"2024-03-07", "2024-03-10", "2024-03-12"};
  static const char *const sources[] = {"AFP", "XIN", "KYD"};
  for (size_t i = 0; i < 3; i++) {
    const akg_article *a = &list.items[i];
    check_field(a->id, ids[i]);
    check_date(a->date, dates[i]);
    check_field(a->publisher, sources[i]);
    check_field(a->title, NULL);
    check_field(a->creator, NULL);
    check_field(a->url, NULL);
    assert_int_equal(a->text_len, strlen(a->text));
  }
  check_field(list.items[0].origin, "in/events.xml#1");
  check_field(list.items[2].origin, "in/events.xml#3");
  /* The <Text>, white space collapsed; the <Parse> is not text. */
  check_field(list.items[0].text,
              "Sweden joined NATO on Thursday after Hungary ratified its "
              "membership, ending two decades of military "
              "non-alignment.");
  check_field(list.items[2].text,
              "Japan and the Philippines signed an agreement to strengthen defence "
              "cooperation in Manila.");
  akg_articles_free(&list);
  akg_buf_free(&got.text);
  akg_free(xml);
}

static void test_incomplete_records(void **state) {
  (void)state;
  static const char xml[] =
      "<Sentences>\n"
      "<Sentence date='20240301'><Text>No id.</Text></Sentence>\n"
      "<Sentence id='s2' date='2024-03-02'><Text> </Text></Sentence>\n"
      "<Sentence id='s3' date='3/2024 maybe'><Text>Bad date."
      "</Text></Sentence>\n"
      "<Sentence id='s4'><Text>No date.</Text></Sentence>\n"
      "<Other/>\n"
      "<Sentence id=' s5 ' date='2024-03-05'><Text>ISO date.</Text>"
      "</Sentence>\n"
      "</Sentences>\n";
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_articles list = {0};
  assert_int_equal(
      akg_petrarch_parse("ev.xml", "ev.xml", xml, sizeof xml - 1, &list, &diag), AKG_OK);
  assert_string_equal(
      akg_buf_str(&got.text),
      "warning ev.xml#2:3: <Sentence> without <Text>; left out\n"
      "warning ev.xml#3:4: date \"3/2024 maybe\" is not a date (YYYYMMDD); "
      "the sentence is left undated\n");
  assert_int_equal(list.count, 4);
  check_field(list.items[0].id, "ev.xml#1");
  check_date(list.items[0].date, "2024-03-01");
  check_field(list.items[1].id, "s3");
  check_date(list.items[1].date, "");
  check_field(list.items[2].id, "s4");
  check_date(list.items[2].date, "");
  check_field(list.items[3].id, "s5");
  check_field(list.items[3].origin, "ev.xml#5");
  check_date(list.items[3].date, "2024-03-05");
  akg_articles_free(&list);
  akg_buf_free(&got.text);
}

static void test_not_sentences(void **state) {
  (void)state;
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_articles list = {0};
  static const char other[] =
      "<Records><Sentence id='1'><Text>x</Text></Sentence></Records>";
  assert_int_equal(
      akg_petrarch_parse("o.xml", "o.xml", other, sizeof other - 1, &list, &diag),
      AKG_ERR_BAD_INPUT);
  static const char cut[] = "<Sentences>\n<Sentence id='1'>\n<Text>Japan and";
  assert_int_equal(
      akg_petrarch_parse("c.xml", "c.xml", cut, sizeof cut - 1, &list, &diag),
      AKG_ERR_BAD_INPUT);
  assert_int_equal(list.count, 0);
  assert_string_equal(
      akg_buf_str(&got.text),
      "error o.xml:0: root element <Records> is not PETRARCH's <Sentences>\n"
      "error c.xml:3: not well-formed XML: Premature end of data in tag Text "
      "line 3\n");
  akg_buf_free(&got.text);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sentences_file),
      cmocka_unit_test(test_incomplete_records),
      cmocka_unit_test(test_not_sentences),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

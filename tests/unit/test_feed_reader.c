/* test_feed_reader.c: RSS 2.0 and Atom feeds (src/read/feed.c): one
 * article per item with its title, link, id, date, author, publisher and
 * text (HTML inside reduced to text), ids for items without one, broken
 * feeds refused with libxml2's diagnosis and line, and no entity ever
 * fetched from outside the feed. */
#define _XOPEN_SOURCE 700
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <cmocka.h>

#include "actorkg/feed.h"
#include "reader_support.h"

static void parse_ok(const char *xml, size_t len, akg_articles *out) {
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  assert_int_equal(akg_feed_parse("feed.xml", "in/feed.xml", xml, len, out, &diag),
                   AKG_OK);
  assert_string_equal(akg_buf_str(&got.text), "");
  akg_buf_free(&got.text);
}

static void test_rss_feed(void **state) {
  (void)state;
  size_t len;
  char *xml = slurp(INPUTS "asia-desk.rss", &len);
  akg_articles list = {0};
  parse_ok(xml, len, &list);
  assert_int_equal(list.count, 3);

  /* A permalink guid; escaped HTML in the description. */
  const akg_article *a = &list.items[0];
  check_field(a->id, "https://wire.example/asia/2024/05/20/china-us-cyberattacks");
  check_field(a->origin, "in/feed.xml#1");
  check_field(a->title,
              "China accuses the United States of cyberattacks on universities");
  check_field(a->url, "https://wire.example/asia/2024/05/20/china-us-cyberattacks");
  check_date(a->date, "2024-05-20");
  check_field(a->creator, "Li Wei");
  check_field(a->publisher, "Example Wire"); /* the channel's dc:publisher */
  check_field(a->text,
              "China's foreign ministry accused the United States of cyberattacks "
              "on Chinese universities and research institutes.\n\nA spokesperson "
              "told reporters in Beijing that the attacks had been traced over "
              "several months.");
  assert_int_equal(a->text_len, strlen(a->text));

  /* A guid that is no permalink is still the id; the link is the URL;
   * content:encoded (CDATA) is preferred to the description; RSS author
   * "mail (Name)" gives the name. */
  a = &list.items[1];
  check_field(a->id, "wire-asia-2024-0521-017");
  check_field(a->origin, "in/feed.xml#2");
  check_field(a->url, "https://wire.example/asia/2024/05/21/india-japan-defence");
  check_date(a->date, "2024-05-21");
  check_field(a->creator, "Priya Raman");
  check_field(a->text,
              "India and Japan agreed to expand defence cooperation, including joint "
              "exercises in the Indian Ocean, after talks in New Delhi on Tuesday."
              "\n\nThe two sides also discussed supply chains for semiconductors and "
              "rare earths.");

  /* No guid: the link is the id; <source> is the publisher. */
  a = &list.items[2];
  check_field(a->id, "https://wire.example/asia/2024/05/22/philippines-china-shoal");
  check_field(a->publisher, "Manila Tribune");
  check_field(a->creator, NULL);
  check_date(a->date, "2024-05-22");
  check_field(a->text,
              "The Philippines accused China of dangerous manoeuvres near Second "
              "Thomas Shoal, where a resupply mission was blocked on Tuesday.");
  akg_articles_free(&list);
  akg_free(xml);
}

static void test_atom_feed(void **state) {
  (void)state;
  size_t len;
  char *xml = slurp(INPUTS "europe-desk.xml", &len);
  akg_articles list = {0};
  parse_ok(xml, len, &list);
  assert_int_equal(list.count, 2);

  /* type="html" title and content; the alternate link resolved against
   * xml:base; <published> over <updated>; content over summary. */
  const akg_article *a = &list.items[0];
  check_field(a->id, "tag:euro-observer.example,2024:entry-4411");
  check_field(a->origin, "in/feed.xml#1");
  check_field(a->title,
              "Ukraine accuses Russia of strikes on the power grid \xE2\x80\x94 again");
  check_field(a->url,
              "https://euro-observer.example/news/2024/03/02/ukraine-russia-grid");
  check_date(a->date, "2024-03-02");
  check_field(a->creator, "Olena Kovalenko");
  check_field(a->publisher, "Euro Observer");
  check_field(a->text,
              "Ukraine accused Russia of striking the power grid in Kharkiv "
              "overnight, leaving 200,000 homes without electricity.\n\nEngineers "
              "were working to restore supplies, the energy ministry said.");

  /* XHTML content; only <updated>; the feed's author. */
  a = &list.items[1];
  check_field(a->id, "urn:uuid:6f0e4c1a-93d2-4b8e-9a57-0c3f8e1d2b44");
  check_field(a->url,
              "https://euro-observer.example/news/2024/03/05/germany-france-procurement");
  check_date(a->date, "2024-03-05");
  check_field(a->creator, "Euro Observer staff");
  check_field(a->text,
              "Germany and France agreed to deepen cooperation on defence "
              "procurement, their defence ministers said in Paris.\n\nThe agreement "
              "covers air defence systems and long-range munitions.");
  akg_articles_free(&list);
  akg_free(xml);
}

static void test_atom_details(void **state) {
  (void)state;
  static const char xml[] =
      "<feed xmlns='http://www.w3.org/2005/Atom'><title>F</title>"
      "<entry><title>One</title><id>urn:x:1</id>"
      "<link rel='alternate' type='application/pdf' href='https://x.example/1.pdf'/>"
      "<link rel='related' href='https://x.example/other'/>"
      "<link rel='alternate' href='https://x.example/1'/>"
      "<author><name>A</name></author><author><name>B</name></author>"
      "<source><title>Origin Wire</title></source>"
      "<summary>First paragraph\n  of the summary.\n\n   Second.</summary>"
      "<content src='https://x.example/1/body'/></entry>"
      "<entry><title type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>"
      "Two <b>bold</b></div></title><link href='https://x.example/2.pdf' "
      "type='application/pdf'/></entry>"
      "</feed>";
  akg_articles list = {0};
  parse_ok(xml, sizeof xml - 1, &list);
  assert_int_equal(list.count, 2);
  const akg_article *a = &list.items[0];
  check_field(a->url, "https://x.example/1"); /* the HTML alternate */
  check_field(a->creator, "A, B");
  check_field(a->publisher, "Origin Wire");
  /* Content held elsewhere (src): the summary, paragraphs kept. */
  check_field(a->text, "First paragraph of the summary.\n\nSecond.");
  a = &list.items[1];
  check_field(a->id, "https://x.example/2.pdf"); /* no <id>: the only link */
  check_field(a->title, "Two bold");
  check_field(a->publisher, "F");
  check_field(a->text, "");
  akg_articles_free(&list);
}

static void test_ids_for_items_without_one(void **state) {
  (void)state;
  static const char xml[] =
      "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
      "<item><title>First</title></item>"
      "<item><title>Second</title><guid>  g-2  "
      "</guid><link>https://x.example/2</link></item>"
      "<item><title>Third</title><link>not a URL</link></item>"
      "</channel></rss>";
  akg_articles list = {0};
  parse_ok(xml, sizeof xml - 1, &list);
  assert_int_equal(list.count, 3);
  check_field(list.items[0].id, "feed.xml#1");
  check_field(list.items[0].origin, "in/feed.xml#1");
  check_field(list.items[0].url, NULL);
  check_field(list.items[0].publisher, "Wire"); /* the channel's title */
  check_field(list.items[0].text, "");
  check_field(list.items[1].id, "g-2"); /* guid over link, trimmed */
  check_field(list.items[1].url, "https://x.example/2");
  check_field(list.items[2].id, "not a URL");
  check_field(list.items[2].url, NULL); /* only absolute IRIs are URLs */
  akg_articles_free(&list);
}

static void test_items_left_out_and_bad_dates(void **state) {
  (void)state;
  static const char xml[] =
      "<rss version='2.0'><channel><title>Wire</title>\n"
      "<item><guid>a</guid><description>  </description></item>\n"
      "<item><guid>b</guid><title>Kept</title>\n<pubDate>next Tuesday</pubDate></item>\n"
      "<item><guid>c</guid><title>ISO date</title><pubDate>2024-05-01T10:00:00Z</pubDate>"
      "</item>\n"
      "</channel></rss>";
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_articles list = {0};
  assert_int_equal(akg_feed_parse("f.rss", "f.rss", xml, sizeof xml - 1, &list, &diag),
                   AKG_OK);
  assert_string_equal(akg_buf_str(&got.text),
                      "warning f.rss#1:0: item with neither a title nor text; left out\n"
                      "warning f.rss#2:4: <pubDate> \"next Tuesday\" is not a date; the "
                      "article is left undated\n");
  assert_int_equal(list.count, 2);
  check_field(list.items[0].id, "b");
  check_date(list.items[0].date, "");
  check_field(list.items[1].id, "c");
  check_date(list.items[1].date, "2024-05-01");
  akg_articles_free(&list);
  akg_buf_free(&got.text);
}

/* A feed cut off mid-item: one error naming the file, the line and
 * libxml2's diagnosis; no article; nothing printed by libxml2. */
static void test_truncated_feed(void **state) {
  (void)state;
  size_t len;
  char *xml = slurp(INPUTS "asia-desk.rss", &len);
  size_t cut = (size_t)(strstr(xml, "<item>\n      <title>India") - xml) + 60;
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_articles list = {0};
  stderr_capture err = stderr_begin();
  assert_int_equal(akg_feed_parse("asia.rss", "in/asia.rss", xml, cut, &list, &diag),
                   AKG_ERR_BAD_INPUT);
  char *printed = stderr_end(&err);
  assert_string_equal(printed, "");
  assert_int_equal(list.count, 0);
  assert_int_equal(diag.errors, 1);
  assert_int_equal(diag.warnings, 0);
  check_contains(akg_buf_str(&got.text), "error in/asia.rss:26: not well-formed XML: ");
  check_contains(akg_buf_str(&got.text), "Premature end of data in tag");
  akg_free(printed);
  akg_free(xml);
  akg_buf_free(&got.text);
}

static void test_not_a_feed(void **state) {
  (void)state;
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_articles list = {0};
  static const char other[] = "<?xml version='1.0'?><catalog><book/></catalog>";
  assert_int_equal(
      akg_feed_parse("c.xml", "c.xml", other, sizeof other - 1, &list, &diag),
      AKG_ERR_BAD_INPUT);
  /* <feed> outside the Atom namespace is no Atom feed. */
  static const char bare_feed[] = "<feed><entry><title>x</title></entry></feed>";
  assert_int_equal(
      akg_feed_parse("b.xml", "b.xml", bare_feed, sizeof bare_feed - 1, &list, &diag),
      AKG_ERR_BAD_INPUT);
  static const char empty[] = "";
  assert_int_equal(akg_feed_parse("e.xml", "e.xml", empty, 0, &list, &diag),
                   AKG_ERR_BAD_INPUT);
  assert_int_equal(list.count, 0);
  check_contains(
      akg_buf_str(&got.text),
      "error c.xml:0: root element <catalog> is neither RSS <rss> nor Atom <feed>");
  check_contains(akg_buf_str(&got.text), "error b.xml:0: root element <feed> is neither");
  check_contains(akg_buf_str(&got.text), "error e.xml:");
  assert_int_equal(diag.errors, 3);
  akg_buf_free(&got.text);
  /* A feed without items is read, with a warning. */
  akg_diag counted = {0};
  static const char no_items[] = "<rss><channel><title>Quiet</title></channel></rss>";
  assert_int_equal(
      akg_feed_parse("q.xml", "q.xml", no_items, sizeof no_items - 1, &list, &counted),
      AKG_OK);
  assert_int_equal(list.count, 0);
  assert_int_equal(counted.warnings, 1);
}

/* An external entity naming a local file is neither loaded nor fetched;
 * internal entities that expand exponentially are refused by libxml2
 * ("billion laughs"). */
static void test_no_external_entities(void **state) {
  (void)state;
  char path[] = "/tmp/akg_secret_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  assert_int_equal(write(fd, "SECRET", 6), 6);
  close(fd);
  char xml[1024];
  snprintf(xml, sizeof xml,
           "<?xml version='1.0'?>\n<!DOCTYPE rss [<!ENTITY leak SYSTEM 'file://%s'>]>\n"
           "<rss version='2.0'><channel><title>T &leak;</title><item><title>Item "
           "&leak;</title><description>Body &amp;leak; &leak;</description></item>"
           "</channel></rss>",
           path);
  akg_diag diag = {0};
  akg_articles list = {0};
  stderr_capture err = stderr_begin();
  akg_status status = akg_feed_parse("x.rss", "x.rss", xml, strlen(xml), &list, &diag);
  char *printed = stderr_end(&err);
  assert_string_equal(printed, "");
  unlink(path);
  /* The references are left out of the text. */
  assert_int_equal(status, AKG_OK);
  assert_int_equal(list.count, 1);
  check_field(list.items[0].title, "Item");
  check_field(list.items[0].publisher, "T");
  check_field(list.items[0].text, "Body &leak;");
  akg_articles_free(&list);
  akg_free(printed);

  static const char laughs[] =
      "<?xml version='1.0'?>\n<!DOCTYPE rss [<!ENTITY a 'aaaaaaaaaa'>"
      "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'><!ENTITY c "
      "'&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>"
      "<!ENTITY d '&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;'><!ENTITY e "
      "'&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;'>"
      "<!ENTITY f '&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;'><!ENTITY g "
      "'&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;'>"
      "<!ENTITY h '&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;'><!ENTITY i "
      "'&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;'>"
      "]>\n<rss><channel><item><title>&i;</title><description>&i;</description></item>"
      "</channel></rss>";
  captured got = {AKG_BUF_INIT};
  akg_diag laugh_diag = {capture, &got, 0, 0};
  clock_t start = clock();
  assert_int_equal(
      akg_feed_parse("l.rss", "l.rss", laughs, sizeof laughs - 1, &list, &laugh_diag),
      AKG_ERR_BAD_INPUT);
  assert_true((double)(clock() - start) / CLOCKS_PER_SEC < 5.0);
  assert_int_equal(list.count, 0);
  assert_string_equal(akg_buf_str(&got.text),
                      "error l.rss:1: not well-formed XML: Detected "
                      "an entity reference loop\n");
  akg_buf_free(&got.text);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rss_feed),
      cmocka_unit_test(test_atom_feed),
      cmocka_unit_test(test_atom_details),
      cmocka_unit_test(test_ids_for_items_without_one),
      cmocka_unit_test(test_items_left_out_and_bad_dates),
      cmocka_unit_test(test_truncated_feed),
      cmocka_unit_test(test_not_a_feed),
      cmocka_unit_test(test_no_external_entities),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

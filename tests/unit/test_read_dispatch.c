/* test_read_dispatch.c: choosing the reader by content (src/read/format.c
 * and akg_read_buffer in src/read/input.c), standard input as "-", and
 * every fixture of tests/fixtures/inputs read without a message. */
#define _XOPEN_SOURCE 700
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "actorkg/format.h"
#include "actorkg/reader.h"
#include "reader_support.h"
#include "text/utf8.h"

static akg_format sniff(const char *s) {
  return akg_format_sniff(s, strlen(s));
}

static void test_sniffing(void **state) {
  (void)state;
  assert_int_equal(sniff("\xEF\xBB\xBF\n  <!DOCTYPE html><p>x"), AKG_FORMAT_HTML);
  assert_int_equal(sniff("<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">"),
                   AKG_FORMAT_HTML);
  assert_int_equal(sniff("<!-- saved from url=(0040)https://x.example/ -->\r\n<html>"),
                   AKG_FORMAT_HTML);
  assert_int_equal(sniff("<HEAD><TITLE>x</TITLE>"), AKG_FORMAT_HTML);
  assert_int_equal(sniff("<p>A fragment saved from a page.</p>"), AKG_FORMAT_HTML);
  assert_int_equal(
      sniff("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML "
            "1.0 Strict//EN\" \"x\"><html xmlns=\"http://www.w3.org/1999/xhtml\">"),
      AKG_FORMAT_HTML);
  assert_int_equal(
      sniff("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"),
      AKG_FORMAT_RSS);
  assert_int_equal(sniff("<?xml version='1.0'?><?xml-stylesheet href='f.xsl'?>\n"
                         "<!-- a comment with <rss> in it -->\n<feed xmlns=\"x\">"),
                   AKG_FORMAT_ATOM);
  assert_int_equal(sniff("<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\">"),
                   AKG_FORMAT_ATOM);
  assert_int_equal(sniff("<!DOCTYPE rss [<!ENTITY a \"<b>\">]>\n<rss>"), AKG_FORMAT_RSS);
  assert_int_equal(sniff("<Sentences>\n<Sentence date=\"20240101\">"),
                   AKG_FORMAT_PETRARCH);
  assert_int_equal(sniff("<?xml version=\"1.0\"?><Sentence/>"), AKG_FORMAT_XML_OTHER);
  assert_int_equal(sniff("<?xml version=\"1.0\"?><catalog/>"), AKG_FORMAT_XML_OTHER);
  assert_int_equal(sniff("<?xml version=\"1.0\"?>"), AKG_FORMAT_XML_OTHER);
  assert_int_equal(sniff("Title: x\n\n<p>not markup first</p>"), AKG_FORMAT_TEXT);
  assert_int_equal(sniff("<Japan> and <China> in brackets"), AKG_FORMAT_TEXT);
  assert_int_equal(sniff("<!-- never closed"), AKG_FORMAT_TEXT);
  assert_int_equal(sniff(""), AKG_FORMAT_TEXT);
  assert_int_equal(sniff("<"), AKG_FORMAT_TEXT);
  assert_string_equal(akg_format_name(AKG_FORMAT_PETRARCH), "PETRARCH XML");
  char root[8];
  static const char cat[] = "<?xml version='1.0'?><catalogue-of-books/>";
  akg_format_root_name(cat, sizeof cat - 1, root, sizeof root);
  assert_string_equal(root, "catalog"); /* cut to fit */
  akg_format_root_name("text", 4, root, sizeof root);
  assert_string_equal(root, "");
}

/* The content decides, not the name. */
static void test_read_buffer_by_content(void **state) {
  (void)state;
  akg_diag diag = {0};
  akg_articles list = {0};
  static const char html[] = "<html><head><title>A page saved as text</title></head>"
                             "<body><p>Japan and Australia agreed.</p></body></html>";
  assert_int_equal(
      akg_read_buffer("page.txt", "in/page.txt", html, sizeof html - 1, &list, &diag),
      AKG_OK);
  static const char feed[] = "<rss><channel><item><title>An item</title><guid>i1</guid>"
                             "</item><item><title>Another</title></item></channel></rss>";
  assert_int_equal(
      akg_read_buffer("feed.html", "in/feed.html", feed, sizeof feed - 1, &list, &diag),
      AKG_OK);
  static const char text[] = "Title: Plain\n\nText with <b>tags</b> inside.";
  assert_int_equal(
      akg_read_buffer("plain.html", "in/plain.html", text, sizeof text - 1, &list, &diag),
      AKG_OK);
  assert_int_equal(diag.errors + diag.warnings, 0);
  assert_int_equal(list.count, 4);
  check_field(list.items[0].id, "page.txt");
  check_field(list.items[0].title, "A page saved as text");
  check_field(list.items[0].text, "Japan and Australia agreed.");
  check_field(list.items[1].id, "i1");
  check_field(list.items[2].id, "feed.html#2");
  check_field(list.items[2].origin, "in/feed.html#2");
  check_field(list.items[3].title, "Plain");
  check_contains(list.items[3].text, "<b>tags</b>");
  akg_articles_free(&list);
}

static void test_other_xml_is_refused(void **state) {
  (void)state;
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_articles list = {0};
  static const char xml[] = "<?xml version=\"1.0\"?>\n<catalog><book/></catalog>";
  assert_int_equal(
      akg_read_buffer("c.xml", "in/c.xml", xml, sizeof xml - 1, &list, &diag),
      AKG_ERR_BAD_INPUT);
  assert_int_equal(list.count, 0);
  assert_string_equal(akg_buf_str(&got.text),
                      "error in/c.xml:0: XML with root element <catalog>: not a format "
                      "actorkg reads (RSS 2.0, Atom, PETRARCH <Sentences>, HTML)\n");
  /* A failing reader leaves the list as it was. */
  akg_article *kept = akg_articles_add(&list);
  kept->id = akg_strdup("kept");
  static const char empty_page[] = "<html><body><nav>menu</nav></body></html>";
  assert_int_equal(akg_read_buffer("e.html", "e.html", empty_page, sizeof empty_page - 1,
                                   &list, &diag),
                   AKG_ERR_BAD_INPUT);
  static const char cut_feed[] = "<rss><channel><item><title>x";
  assert_int_equal(
      akg_read_buffer("f.rss", "f.rss", cut_feed, sizeof cut_feed - 1, &list, &diag),
      AKG_ERR_BAD_INPUT);
  assert_int_equal(list.count, 1);
  check_field(list.items[0].id, "kept");
  akg_articles_free(&list);
  akg_buf_free(&got.text);
}

/* Found by fuzzing: libxml2 2.9's HTML parser, on a page declaring a
 * charset it does not know, passed a raw Latin-1 byte after "&" into the
 * title. Every field leaves the reader as valid UTF-8, the bad byte as
 * U+FFFD, so the Turtle and SVG writers never see broken text. */
static void test_markup_fields_are_valid_utf8(void **state) {
  (void)state;
  akg_diag diag = {0};
  akg_articles list = {0};
  static const char page[] =
      "<html><head><meta http-equiv=\"Content-<Sentence d\"Content-<Sentence "
      "date=\"ext/html; charsetiisg-8859-1\"><title>Ea&\xE9 tdy></html>";
  akg_read_buffer("p.html", "p.html", page, sizeof page - 1, &list, &diag);
  for (size_t i = 0; i < list.count; i++) {
    const akg_article *a = &list.items[i];
    const char *fields[] = {a->title, a->publisher, a->creator, a->url, a->text};
    for (size_t f = 0; f < sizeof fields / sizeof *fields; f++)
      if (fields[f])
        assert_true(akg_utf8_valid(fields[f], strlen(fields[f])));
  }
  akg_articles_free(&list);
}

/* Runs akg_read_file("-") with `input` on standard input. */
static akg_status read_stdin(const char *input, const akg_read_options *options,
                             akg_articles *out, akg_diag *diag) {
  FILE *f = tmpfile();
  assert_non_null(f);
  fputs(input, f);
  fflush(f);
  rewind(f);
  int saved = dup(0);
  assert_true(saved >= 0);
  assert_true(dup2(fileno(f), 0) >= 0);
  akg_status status = akg_read_file("-", options, out, diag);
  assert_true(dup2(saved, 0) >= 0);
  close(saved);
  fclose(f);
  return status;
}

static void test_standard_input(void **state) {
  (void)state;
  akg_diag diag = {0};
  akg_articles list = {0};
  assert_int_equal(
      read_stdin("<html><head><meta property=\"og:title\" content=\"From a "
                 "pipe\"></head><body><p>Finland joined NATO.</p></body></html>",
                 NULL, &list, &diag),
      AKG_OK);
  assert_int_equal(diag.errors + diag.warnings, 0);
  assert_int_equal(list.count, 1);
  check_field(list.items[0].id, "stdin");
  check_field(list.items[0].origin, "stdin");
  check_field(list.items[0].title, "From a pipe");
  check_field(list.items[0].text, "Finland joined NATO.");
  akg_articles_free(&list);

  /* The size limit holds for standard input too, and messages call it
   * "stdin". */
  captured got = {AKG_BUF_INIT};
  akg_diag counted = {capture, &got, 0, 0};
  akg_read_options small = {.max_file_size = 10};
  assert_int_equal(read_stdin("Japan and Australia agreed to deepen cooperation.", &small,
                              &list, &counted),
                   AKG_ERR_TOO_LARGE);
  assert_string_equal(
      akg_buf_str(&got.text),
      "error stdin:0: larger than the limit of 10 bytes (--max-file-size)\n");
  assert_int_equal(list.count, 0);
  akg_buf_free(&got.text);

  /* "-" is listed as given, with no attempt to find a file of that name. */
  akg_strlist files = {0};
  size_t skipped = 0;
  const char *paths[] = {"-"};
  assert_int_equal(akg_inputs_list(paths, 1, &files, &skipped, &diag), AKG_OK);
  assert_int_equal(skipped, 0);
  assert_int_equal(files.count, 1);
  assert_string_equal(files.items[0], "-");
  akg_strlist_free(&files);
}

/* Every fixture is read in listing order without a message, 12 articles
 * in all, each with a title or a publisher and text. */
static void test_all_fixtures(void **state) {
  (void)state;
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_strlist files = {0};
  size_t skipped = 0;
  const char *paths[] = {INPUTS};
  assert_int_equal(akg_inputs_list(paths, 1, &files, &skipped, &diag), AKG_OK);
  assert_int_equal(files.count, 7);
  akg_articles list = {0};
  for (size_t i = 0; i < files.count; i++)
    assert_int_equal(akg_read_file(files.items[i], NULL, &list, &diag), AKG_OK);
  assert_string_equal(akg_buf_str(&got.text), "");
  assert_int_equal(list.count, 12);
  for (size_t i = 0; i < list.count; i++) {
    assert_true(list.items[i].title || list.items[i].publisher);
    assert_true(list.items[i].text_len > 0);
    assert_true(akg_date_is_known(list.items[i].date));
  }
  akg_articles_free(&list);
  akg_strlist_free(&files);
  akg_buf_free(&got.text);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sniffing),
      cmocka_unit_test(test_read_buffer_by_content),
      cmocka_unit_test(test_other_xml_is_refused),
      cmocka_unit_test(test_markup_fields_are_valid_utf8),
      cmocka_unit_test(test_standard_input),
      cmocka_unit_test(test_all_fixtures),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

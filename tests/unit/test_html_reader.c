/* test_html_reader.c: HTML pages (src/read/html.c): metadata and where it
 * comes from, the main content and the furniture left out of it, blocks and
 * white space, charsets, and pages libxml2 cannot read to the end (bytes
 * invalid in the declared charset, nesting 100,000 levels deep), which are
 * reported once, through the sink and never on stderr. */
#define _XOPEN_SOURCE 700
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <cmocka.h>

#include "actorkg/html.h"
#include "reader_support.h"

/* Parses `html` (a NUL-terminated page) expecting success and no message. */
static void parse_ok(const char *html, akg_article *a) {
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  assert_int_equal(
      akg_html_parse("page.html", "dir/page.html", html, strlen(html), a, &diag), AKG_OK);
  assert_string_equal(akg_buf_str(&got.text), "");
  akg_buf_free(&got.text);
}

static void parse_file(const char *name, akg_article *a) {
  size_t len;
  char *data = slurp(name, &len);
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  assert_int_equal(akg_html_parse("page.html", name, data, len, a, &diag), AKG_OK);
  assert_string_equal(akg_buf_str(&got.text), "");
  akg_buf_free(&got.text);
  akg_free(data);
}

static void test_page_with_furniture(void **state) {
  (void)state;
  akg_article a;
  parse_file(INPUTS "pacific-wire-japan-australia.html", &a);
  check_field(a.id, "page.html");
  check_field(a.origin, INPUTS "pacific-wire-japan-australia.html");
  /* og:title over <title>; og:site_name; meta author over the URL in
   * article:author; og:url; article:published_time (a local date) over
   * the JSON-LD datePublished, which is the same moment in UTC. */
  check_field(a.title,
              "Japan and Australia agree to deepen cyber and maritime cooperation");
  check_field(a.publisher, "Pacific Wire");
  check_field(a.creator, "Hana Sato");
  check_field(
      a.url,
      "https://pacificwire.example/politics/2024/05/14/japan-australia-cooperation.html");
  check_date(a.date, "2024-05-14");
  assert_int_equal(strlen(a.text), a.text_len);
  /* The article's paragraphs, each its own block; &mdash; and &nbsp;
   * decoded, the latter made a plain space; a single <br> a line break. */
  assert_memory_equal(a.text, "TOKYO \xE2\x80\x94 Japan and Australia agreed on Tuesday",
                      43);
  check_contains(a.text, "in Tokyo.\n\nThe ministers said");
  check_contains(
      a.text, "in the East China Sea later this year.\n\nCloser than ever\n\nOfficials");
  check_contains(a.text, "in a decade.\nA joint statement is expected on Wednesday.");
  /* Furniture: header, nav, ticker, style, scripts, JSON-LD, breadcrumbs
   * outside the article, the byline header, the figure caption, the
   * related-links list, the share box (role=complementary), the aside,
   * the newsletter form, noscript and the footer. */
  static const char *const absent[] = {"World",        "Politics",
                                       "Breaking",     "font-weight",
                                       "dataLayer",    "schema.org",
                                       "Home",         "By Hana",
                                       "May 14, 2024", "Canada",
                                       "North Korea",  "Sweden",
                                       "Brazil",       "(video)",
                                       "Share",        "Most read",
                                       "Iran",         "Poland",
                                       "Sign up",      "Germany",
                                       "Enable",       "Australia criticized",
                                       "About us",     "\xC2\xA9"};
  for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++)
    check_lacks(a.text, absent[i]);
  /* The title is not repeated as the first block. */
  check_lacks(a.text, "maritime cooperation\n");
  akg_article_clear(&a);
}

static void test_page_in_windows_1252(void **state) {
  (void)state;
  akg_article a;
  parse_file(INPUTS "courrier-finland-nato-cp1252.html", &a);
  /* <title> less " – Le Courrier Diplomatique" (the publisher), its
   * windows-1252 quote and dash read as U+2019 and U+2013. */
  check_field(a.title, "Finland joins NATO as the alliance\xE2\x80\x99s 31st member");
  check_field(a.publisher, "Le Courrier Diplomatique");
  check_field(a.creator, "\xC3\x89lodie Martin"); /* <a rel=author>, É from 0xC9 */
  check_field(a.url, NULL);
  check_date(a.date, "2023-04-04"); /* the first <time datetime> */
  /* <br><br> is a paragraph break, one <br> a line break. */
  check_contains(a.text,
                 "Finland joined NATO on Tuesday, becoming the alliance\xE2\x80\x99s "
                 "31st member, in a ceremony at the alliance\xE2\x80\x99s headquarters "
                 "in Brussels.\n\nThe Finnish flag");
  check_contains(a.text, "\xE2\x80\x9CThis is a historic day\xE2\x80\x9D");
  check_contains(a.text, "accession documents.\nSweden\xE2\x80\x99s application");
  check_contains(a.text, "envoy\xC3\xA9"
                         "e sp\xC3\xA9"
                         "ciale");
  /* The menu and the "to read" column are link lists; the script is out. */
  check_lacks(a.text, "Accueil");
  check_lacks(a.text, "Hungary");
  check_lacks(a.text, "edition");
  akg_article_clear(&a);
}

static void test_page_in_iso_8859_1(void **state) {
  (void)state;
  akg_article a;
  parse_ok("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
           "charset=ISO-8859-1\"><title>Gr\xFC\xDF"
           "e aus Wien</title></head>"
           "<body><p>Caf\xE9 diplomacy in Vienna.</p></body></html>",
           &a);
  check_field(a.title, "Gr\xC3\xBC\xC3\x9F"
                       "e aus Wien");
  check_field(a.text, "Caf\xC3\xA9 diplomacy in Vienna.");
  akg_article_clear(&a);
}

/* A page that declares nothing and is not UTF-8 is read as ISO-8859-1, as
 * libxml2 does, with a warning. */
static void test_undeclared_charset_falls_back(void **state) {
  (void)state;
  const char *html = "<html><body><p>Caf\xE9 diplomacy.</p></body></html>";
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_article a;
  stderr_capture err = stderr_begin();
  assert_int_equal(akg_html_parse("p.html", "p.html", html, strlen(html), &a, &diag),
                   AKG_OK);
  char *printed = stderr_end(&err);
  assert_string_equal(printed, "");
  check_field(a.text, "Caf\xC3\xA9 diplomacy.");
  assert_string_equal(akg_buf_str(&got.text),
                      "warning p.html:0: not valid UTF-8 and no other charset declared: "
                      "read as ISO-8859-1\n");
  akg_free(printed);
  akg_buf_free(&got.text);
  akg_article_clear(&a);
}

/* 0x81 has no character in windows-1252: libxml2 stops converting there,
 * so the page would be cut short. It is refused with one message, and
 * libxml2 itself prints nothing (without our handler it prints four lines
 * even with HTML_PARSE_NOERROR). */
static void test_bytes_invalid_in_declared_charset(void **state) {
  (void)state;
  const char *html = "<html><head><meta charset=\"windows-1252\"></head><body>"
                     "<p>Caf\xE9 \x93quoted\x94 \x81 and the rest.</p></body></html>";
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_article a;
  stderr_capture err = stderr_begin();
  assert_int_equal(akg_html_parse("p.html", "in/p.html", html, strlen(html), &a, &diag),
                   AKG_ERR_BAD_INPUT);
  char *printed = stderr_end(&err);
  assert_string_equal(printed, "");
  assert_int_equal(diag.errors, 1);
  assert_int_equal(diag.warnings, 0);
  check_contains(
      akg_buf_str(&got.text),
      "error in/p.html:0: HTML that cannot be read to its end: input conversion "
      "failed due to input error, bytes 0x81");
  assert_null(a.id);
  assert_null(a.text);
  akg_free(printed);
  akg_buf_free(&got.text);
}

static char *nested(const char *open, const char *close, size_t depth) {
  akg_buf b = AKG_BUF_INIT;
  akg_buf_puts(&b, "<html><head><title>Deep</title></head><body>\n");
  for (size_t i = 0; i < depth; i++)
    akg_buf_puts(&b, open);
  akg_buf_puts(&b, "Japan and Australia agreed to deepen cooperation.");
  for (size_t i = 0; i < depth && close; i++)
    akg_buf_puts(&b, close);
  akg_buf_puts(&b, "</body></html>");
  return akg_buf_steal(&b);
}

/* libxml2 stops at a nesting depth of 256 ("Excessive depth in
 * document"); such a page is refused with that message and its line, at
 * once, without crashing (the tree walks use no recursion). Elements that
 * close themselves (<p>, <li>) do not nest and are read. */
static void test_nested_100000_levels(void **state) {
  (void)state;
  char *html = nested("<div>", "</div>", 100000);
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_article a;
  clock_t start = clock();
  stderr_capture err = stderr_begin();
  assert_int_equal(akg_html_parse("d.html", "d.html", html, strlen(html), &a, &diag),
                   AKG_ERR_BAD_INPUT);
  char *printed = stderr_end(&err);
  double seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
  assert_string_equal(printed, "");
  assert_true(seconds < 5.0);
  assert_int_equal(diag.errors, 1);
  check_contains(akg_buf_str(&got.text),
                 "error d.html:2: HTML that cannot be read to its "
                 "end: Excessive depth in document: 256");
  akg_free(printed);
  akg_free(html);
  akg_buf_free(&got.text);

  html = nested("<p>", NULL, 100000);
  start = clock();
  parse_ok(html, &a);
  assert_true((double)(clock() - start) / CLOCKS_PER_SEC < 5.0);
  check_field(a.text, "Japan and Australia agreed to deepen cooperation.");
  akg_article_clear(&a);
  akg_free(html);
}

/* Articles and lists nested 200 and 120 deep (libxml2 allows 256
 * elements) and a form, around 4 MB of text: each question about an
 * element's whole subtree (how much text, mostly links, holds the page) is
 * answered in one pass, not once per enclosing element, which took one
 * pass over the text per level. */
static void test_nesting_costs_linear_time(void **state) {
  (void)state;
  static const char *const opens[] = {"<article>", "<ul><li>", "<form>"};
  static const char *const closes[] = {"</article>", "</li></ul>", "</form>"};
  static const int depths[] = {200, 120, 200};
  for (size_t k = 0; k < 3; k++) {
    akg_buf b = AKG_BUF_INIT;
    akg_buf_puts(&b, "<html><body>");
    for (int i = 0; i < depths[k]; i++)
      akg_buf_puts(&b, opens[k]);
    akg_buf_puts(&b, "<p>a</p><p>b</p><p>c</p>");
    for (int i = 0; i < 150000; i++)
      akg_buf_puts(&b, "Japan and Australia agreed. ");
    for (int i = 0; i < depths[k]; i++)
      akg_buf_puts(&b, closes[k]);
    akg_buf_puts(&b, "</body></html>");
    akg_article a;
    clock_t start = clock();
    parse_ok(akg_buf_str(&b), &a);
    double seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
    if (seconds > 2.0)
      fail_msg("%s nested %d deep: %.2f s", opens[k], depths[k], seconds);
    assert_true(a.text_len > 4000000);
    akg_article_clear(&a);
    akg_buf_free(&b);
  }
}

static void test_date_sources_ranked(void **state) {
  (void)state;
  akg_article a;
  static const char json_ld[] =
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"datePublished\" : \"2024-01-02T08:00:00+01:00\"}</script>";
  static const char meta_date[] = "<meta name=\"DC.date\" content=\"2024-01-03\">";
  static const char itemprop[] =
      "<meta itemprop=\"datePublished\" content=\"Thu, 04 Jan 2024 10:00:00 GMT\">";
  static const char time_el[] =
      "<p>Text.</p><time datetime=\"2024-01-05\">5 January</time>";
  char page[1024];
  /* JSON-LD over itemprop over meta name=date over <time>. */
  snprintf(page, sizeof page, "<html><head>%s%s%s</head><body>%s</body></html>",
           meta_date, itemprop, json_ld, time_el);
  parse_ok(page, &a);
  check_date(a.date, "2024-01-02");
  akg_article_clear(&a);
  snprintf(page, sizeof page, "<html><head>%s%s</head><body>%s</body></html>", meta_date,
           itemprop, time_el);
  parse_ok(page, &a);
  check_date(a.date, "2024-01-04"); /* RFC 822 in a meta tag */
  akg_article_clear(&a);
  snprintf(page, sizeof page, "<html><head>%s</head><body>%s</body></html>", meta_date,
           time_el);
  parse_ok(page, &a);
  check_date(a.date, "2024-01-03");
  akg_article_clear(&a);
  snprintf(page, sizeof page, "<html><body>%s</body></html>", time_el);
  parse_ok(page, &a);
  check_date(a.date, "2024-01-05");
  akg_article_clear(&a);
  /* article:published_time over all of them; a modified time is no
   * publication date; an unreadable value is passed over. */
  snprintf(
      page, sizeof page,
      "<html><head><meta property=\"article:modified_time\" content=\"2024-02-01\">"
      "<meta property=\"article:published_time\" content=\"soon\">%s"
      "<meta property=\"article:published_time\" content=\"2024-01-01T23:59:00-05:00\">"
      "</head><body>%s</body></html>",
      json_ld, time_el);
  parse_ok(page, &a);
  check_date(a.date, "2024-01-01");
  akg_article_clear(&a);
  /* <time pubdate> over a <time> met first. */
  parse_ok("<html><body><p>On <time datetime=\"2023-12-01\">1 December</time>.</p>"
           "<time pubdate datetime=\"2023-12-24T10:00\">24 December</time></body></html>",
           &a);
  check_date(a.date, "2023-12-24");
  akg_article_clear(&a);
}

static void test_title_sources(void **state) {
  (void)state;
  akg_article a;
  /* <title> less the site name, when the publisher is known. */
  parse_ok("<html><head><title>Quad leaders meet in Tokyo - Example Wire</title>"
           "<meta property=\"og:site_name\" content=\"Example Wire\"></head>"
           "<body><h1>Quad meets</h1><p>Text.</p></body></html>",
           &a);
  check_field(a.title, "Quad leaders meet in Tokyo");
  akg_article_clear(&a);
  /* ... and kept whole when the ending is not the publisher. */
  parse_ok("<html><head><title>Quad leaders meet - in Tokyo</title></head>"
           "<body><p>Text.</p></body></html>",
           &a);
  check_field(a.title, "Quad leaders meet - in Tokyo");
  akg_article_clear(&a);
  /* Without og:title or <title>: the first <h1> of the main content. */
  parse_ok("<html><body><header><h1>Site name</h1></header><article><h1>Quad leaders "
           "meet</h1><p>The Quad met in Tokyo on Monday and discussed maritime "
           "security.</p></article></body></html>",
           &a);
  check_field(a.title, "Quad leaders meet");
  check_field(a.text, "The Quad met in Tokyo on Monday and discussed maritime security.");
  akg_article_clear(&a);
  /* A <title> inside inline SVG is not the page's. */
  parse_ok("<html><body><svg><title>icon</title></svg><h1>Real title</h1><p>Text.</p>"
           "</body></html>",
           &a);
  check_field(a.title, "Real title");
  akg_article_clear(&a);
}

static void test_author_publisher_url_sources(void **state) {
  (void)state;
  akg_article a;
  /* schema.org author with a nested name; "By " dropped; application-name
   * as publisher; a relative canonical link is no URL. */
  parse_ok("<html><head><meta name=\"application-name\" content=\"Daily Example\">"
           "<link rel=\"canonical\" href=\"/news/1\"></head><body><p>Text.</p>"
           "<div itemprop=\"author\" itemscope><span itemprop=\"name\">By Jane Roe</span>"
           "<span>Staff writer</span></div></body></html>",
           &a);
  check_field(a.creator, "Jane Roe");
  check_field(a.publisher, "Daily Example");
  check_field(a.url, NULL);
  akg_article_clear(&a);
  /* article:author as a name; canonical link as the URL. */
  parse_ok("<html><head><meta property=\"article:author\" content=\"Ana Costa\">"
           "<link rel=\"alternate canonical\" href=\"https://x.example/a?id=1&amp;p=2\">"
           "</head><body><p>Text.</p></body></html>",
           &a);
  check_field(a.creator, "Ana Costa");
  check_field(a.url, "https://x.example/a?id=1&p=2");
  akg_article_clear(&a);
}

static void test_main_content_choice(void **state) {
  (void)state;
  akg_article a;
  /* Teaser <article> cards that hold less than a third of the page's
   * text: <main> is the content. */
  parse_ok(
      "<html><body><main><h2>Story</h2><p>Japan and Australia agreed on Tuesday to "
      "deepen cooperation in cyber defence and maritime security.</p><p>The ministers "
      "will meet again in Canberra next year to review progress.</p>"
      "<section><article><h3>Teaser</h3><p>Short.</p></article></section></main>"
      "<div>Outside main.</div></body></html>",
      &a);
  check_contains(a.text, "Japan and Australia agreed");
  check_contains(a.text, "Teaser");
  check_lacks(a.text, "Outside main");
  akg_article_clear(&a);
  /* Of two articles, the longer; [role=main] without <main>. */
  parse_ok("<html><body><div role=\"main\"><article><p>Short one.</p></article>"
           "<article><p>The long one, which is the story the page is about, with more "
           "words.</p></article></div><div>Outside.</div></body></html>",
           &a);
  check_field(a.text,
              "The long one, which is the story the page is about, with more words.");
  akg_article_clear(&a);
  parse_ok("<html><body><div role=\"main\"><p>In the main role.</p></div><p>Outside.</p>"
           "</body></html>",
           &a);
  check_field(a.text, "In the main role.");
  akg_article_clear(&a);
}

static void test_link_lists_and_forms(void **state) {
  (void)state;
  akg_article a;
  /* A list of prose items with a link in one is text; a list of links is
   * not. An ASP.NET page inside one <form> keeps its text; a search form
   * does not. */
  parse_ok("<html><body><form id=\"aspnetForm\" action=\"page.aspx\">"
           "<form role=\"search\"><p>Search the site</p></form>"
           "<p>First paragraph.</p><p>Second paragraph.</p>"
           "<ul><li>Japan signed the pact with <a href=\"/a\">Australia</a>.</li>"
           "<li>India joined later.</li></ul>"
           "<ol><li><a href=\"/1\">Link one</a></li><li><a href=\"/2\">Link two</a> "
           "(2)</li><li>Plain item</li></ol>"
           "<p>Third paragraph.</p></form></body></html>",
           &a);
  check_field(a.text,
              "First paragraph.\n\nSecond paragraph.\n\nJapan signed the pact with "
              "Australia.\n\nIndia joined later.\n\nThird paragraph.");
  akg_article_clear(&a);
  parse_ok("<html><body><p>Story.</p><form action=\"/s\"><p>Newsletter</p></form>"
           "</body></html>",
           &a);
  check_field(a.text, "Story.");
  akg_article_clear(&a);
}

static void test_hidden_and_landmarks(void **state) {
  (void)state;
  akg_article a;
  parse_ok("<html><body><div role=\"navigation\">Menu</div><div hidden>Hidden</div>"
           "<div aria-hidden=\"true\">Icon</div><div aria-hidden=\"false\">Shown</div>"
           "<div role=\"banner\">Banner</div><div role=\"contentinfo\">Legal</div>"
           "<p>Story.</p><template><p>Template</p></template><iframe>Frame</iframe>"
           "</body></html>",
           &a);
  check_field(a.text, "Shown\n\nStory.");
  akg_article_clear(&a);
}

static void test_blocks_and_white_space(void **state) {
  (void)state;
  akg_article a;
  parse_ok(
      "<html><body><p>One\n   two\t<b>three</b>,&#160;four</p>text after"
      "<div>In a div</div><br><br>After breaks<h2>Heading</h2>"
      "<table><tr><td>cell a</td><td>cell b</td></tr><tr><td>cell c</td></tr></table>"
      "<blockquote>Quoted &amp; &eacute;&#8217;s</blockquote><p>  </p><p></p>"
      "<p>Last<br>line</p></body></html>",
      &a);
  check_field(a.text,
              "One two three, four\n\ntext after\n\nIn a div\n\nAfter breaks\n\n"
              "Heading\n\ncell a cell b\n\ncell c\n\nQuoted & \xC3\xA9\xE2\x80\x99s"
              "\n\nLast\nline");
  akg_article_clear(&a);
}

static void test_page_without_text(void **state) {
  (void)state;
  const char *html = "<html><body><nav><p>Only a menu</p></nav></body></html>";
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_article a;
  assert_int_equal(akg_html_parse("e.html", "e.html", html, strlen(html), &a, &diag),
                   AKG_ERR_BAD_INPUT);
  assert_string_equal(
      akg_buf_str(&got.text),
      "error e.html:0: HTML page with neither a title nor text in its main "
      "content\n");
  assert_null(a.id);
  akg_buf_free(&got.text);
  /* A title alone is an article: feeds and pages of headlines have them. */
  akg_article b;
  parse_ok("<html><head><title>Japan and Australia agree</title></head></html>", &b);
  check_field(b.title, "Japan and Australia agree");
  check_field(b.text, "");
  akg_article_clear(&b);
}

static void test_fragment_to_text(void **state) {
  (void)state;
  const char *html = "<p>A &amp; B</p><script>x()</script><p>C&nbsp;D</p>"
                     "<ul><li><a href=\"/r\">Related</a></li></ul>";
  char *text = akg_html_fragment_to_text(html, strlen(html));
  assert_string_equal(text, "A & B\n\nC D");
  akg_free(text);
  /* Fragments are UTF-8, whatever they declare. */
  html = "<meta charset=\"iso-8859-1\"><p>caf\xC3\xA9</p>";
  text = akg_html_fragment_to_text(html, strlen(html));
  assert_string_equal(text, "caf\xC3\xA9");
  akg_free(text);
  text = akg_html_fragment_to_text("", 0);
  assert_string_equal(text, "");
  akg_free(text);
  text = akg_html_fragment_to_text("plain words", 11);
  assert_string_equal(text, "plain words");
  akg_free(text);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_page_with_furniture),
      cmocka_unit_test(test_page_in_windows_1252),
      cmocka_unit_test(test_page_in_iso_8859_1),
      cmocka_unit_test(test_undeclared_charset_falls_back),
      cmocka_unit_test(test_bytes_invalid_in_declared_charset),
      cmocka_unit_test(test_nested_100000_levels),
      cmocka_unit_test(test_nesting_costs_linear_time),
      cmocka_unit_test(test_date_sources_ranked),
      cmocka_unit_test(test_title_sources),
      cmocka_unit_test(test_author_publisher_url_sources),
      cmocka_unit_test(test_main_content_choice),
      cmocka_unit_test(test_link_lists_and_forms),
      cmocka_unit_test(test_hidden_and_landmarks),
      cmocka_unit_test(test_blocks_and_white_space),
      cmocka_unit_test(test_page_without_text),
      cmocka_unit_test(test_fragment_to_text),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

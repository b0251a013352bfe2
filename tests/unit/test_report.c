/* test_report.c: the HTML report (src/export/report.c): the summary's
 * counts and date range, one table row per event, every text escaped
 * (hostile titles, names, evidence and URLs), the diagram inline without
 * its XML prologue, nothing loaded from elsewhere, the diagram options
 * applied to the diagram only, and the same bytes on every run. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "sink_support.h"

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/graph.h"
#include "actorkg/report.h"

static const akg_actor JPN = {"JPN", "Japan", "JPN", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor CHN = {"CHN", "China", "CHN", NULL, AKG_ACTOR_COUNTRY, NULL, 0};
static const akg_actor BAD = {
    "BAD", "<script>alert('x')</script> & \"Co\"", NULL, NULL, AKG_ACTOR_COUNTRY, NULL,
    0};

static akg_fact fact(const akg_actor *s, akg_relation r, const akg_actor *o,
                     const char *evidence, akg_date date) {
  akg_fact f = {0};
  f.subject = s;
  f.relation = r;
  f.object = o;
  f.evidence = (char *)evidence;
  f.date = date;
  return f;
}

/* a.txt: a web URL, a hostile title; b.txt: a javascript: URL, a hostile
 * actor and evidence. Three events. */
static akg_graph *hostile_graph(void) {
  akg_graph *g = akg_graph_new();
  akg_fact fa[] = {
      fact(&JPN, AKG_REL_ACCUSES, &CHN, "Japan accused China.", (akg_date){2021, 9, 27}),
      fact(&JPN, AKG_REL_COOPERATES_WITH, &CHN, "They work together.",
           (akg_date){2021, 7, 9}),
  };
  akg_fact fb[] = {fact(&BAD, AKG_REL_ACCUSES, &JPN,
                        "It said </td></tr></table><img src=x onerror=alert(1)> & more.",
                        (akg_date){2022, 11, 15})};
  akg_article a = {0}, b = {0};
  a.id = "a.txt";
  a.title = "A \"quoted\" <b>bold</b> title & more";
  a.url = "https://example.org/news?id=1&lang=en";
  b.id = "b<&>.txt";
  b.url = "javascript:alert(1)";
  assert_int_equal(akg_graph_add_article(g, &a, fa, 2), AKG_OK);
  assert_int_equal(akg_graph_add_article(g, &b, fb, 1), AKG_OK);
  akg_graph_finish(g);
  return g;
}

static char *report(const akg_graph *g, const akg_diagram_options *options) {
  akg_buf buf = AKG_BUF_INIT;
  akg_sink sink = akg_sink_to_buf(&buf);
  akg_diag diag = {akg_diag_to_stderr, NULL, 0, 0};
  assert_int_equal(akg_report_write(g, options, &sink, &diag), AKG_OK);
  assert_int_equal(diag.errors, 0);
  return akg_buf_steal(&buf);
}

static size_t count(const char *haystack, const char *needle) {
  size_t n = 0;
  for (const char *p = strstr(haystack, needle); p; p = strstr(p + 1, needle))
    n++;
  return n;
}

static void test_summary_and_rows(void **state) {
  (void)state;
  akg_graph *g = hostile_graph();
  char *html = report(g, NULL);
  assert_true(!strncmp(html, "<!DOCTYPE html>\n", 16));
  assert_non_null(strstr(html, "<p id=\"summary\" data-articles=\"2\" data-actors=\"3\" "
                               "data-events=\"3\" data-facts=\"3\">2 articles, 3 actors, "
                               "3 events, 3 distinct facts; events dated from 2021-07-09 "
                               "to 2022-11-15.</p>"));
  assert_int_equal(count(html, "<tr><td>"), 3);
  assert_non_null(
      strstr(html, "<span id=\"shown\" data-shown=\"3\">3 of 3 events shown"));
  assert_non_null(strstr(html, "<tr><td>2021-09-27</td><td>Japan</td><td>accuses</td>"
                               "<td>China</td><td><a href=\"https://example.org/news?id=1"
                               "&amp;lang=en\">a.txt</a>"));
  assert_true(strstr(html, "</html>\n") == html + strlen(html) - 8);
  akg_free(html);
  akg_graph_free(g);
}

/* No text of the graph can open or close an element. */
static void test_everything_escaped(void **state) {
  (void)state;
  akg_graph *g = hostile_graph();
  char *html = report(g, NULL);
  assert_non_null(strstr(html, "A &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt; title &amp; "
                               "more"));
  assert_non_null(strstr(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
                               "&quot;Co&quot;"));
  assert_non_null(strstr(html, "It said &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;img "
                               "src=x onerror=alert(1)&gt; &amp; more."));
  assert_non_null(strstr(html, "<td>b&lt;&amp;&gt;.txt</td>"));
  assert_null(strstr(html, "<img"));
  assert_null(strstr(html, "<b>"));
  assert_null(strstr(html, "javascript:"));
  assert_int_equal(count(html, "<script"), 1);
  assert_int_equal(count(html, "</table>"), 1);
  akg_free(html);
  akg_graph_free(g);
}

/* The page loads nothing: no script, style, image or frame from anywhere;
 * its only web addresses are the article's link and the SVG's XML
 * namespaces. */
static void test_self_contained(void **state) {
  (void)state;
  akg_graph *g = hostile_graph();
  char *html = report(g, NULL);
  assert_null(strstr(html, "src=\""));
  assert_null(strstr(html, "src='"));
  assert_null(strstr(html, "<link"));
  assert_null(strstr(html, "@import"));
  assert_null(strstr(html, "url("));
  assert_null(strstr(html, "<iframe"));
  size_t web = count(html, "http://") + count(html, "https://");
  size_t allowed = count(html, "href=\"https://example.org/news") +
                   count(html, "xmlns=\"http://www.w3.org/2000/svg\"") +
                   count(html, "xmlns:xlink=\"http://www.w3.org/1999/xlink\"");
  assert_int_equal(allowed, 2 + 2); /* a.txt has two events */
  assert_int_equal(web, allowed);
  /* The SVG inline, without the prologue HTML has no place for. */
  assert_null(strstr(html, "<?xml"));
  assert_null(strstr(html, "<!DOCTYPE svg"));
  const char *div = strstr(html, "<div id=\"diagram\">\n<svg ");
  assert_non_null(div);
  assert_non_null(strstr(div, "</svg>\n</div>"));
  assert_int_equal(count(html, "class=\"node actor"), 3);
  akg_free(html);
  akg_graph_free(g);
}

/* The options thin the diagram; the summary and table stay whole. */
static void test_options_filter_the_diagram_only(void **state) {
  (void)state;
  akg_graph *g = hostile_graph();
  akg_diagram_options options = {0, 2, 0};
  char *html = report(g, &options);
  assert_int_equal(count(html, "class=\"node actor"), 2);
  assert_int_equal(count(html, "<tr><td>"), 3);
  assert_non_null(strstr(html, "data-events=\"3\""));
  assert_non_null(strstr(html, "the facts among the 2 actors with most events"));
  akg_free(html);
  options = (akg_diagram_options){2, 0, 0};
  html = report(g, &options);
  assert_int_equal(count(html, "class=\"node actor"), 0);
  assert_int_equal(count(html, "<tr><td>"), 3);
  assert_non_null(strstr(html, "stated by at least 2 articles"));
  akg_free(html);
  options = (akg_diagram_options){0, 0, 1};
  html = report(g, &options);
  assert_int_equal(count(html, "<tr><td>"), 3);
  assert_non_null(strstr(html, "at most 1 of the "));
  akg_free(html);
  akg_graph_free(g);
}

static void test_same_bytes_every_run(void **state) {
  (void)state;
  akg_graph *g = hostile_graph();
  char *a = report(g, NULL), *b = report(g, NULL);
  assert_string_equal(a, b);
  akg_free(a);
  akg_free(b);
  akg_graph_free(g);
}

/* An event of many sentences shows the first AKG_REPORT_EVIDENCE. */
static void test_evidence_capped(void **state) {
  (void)state;
  akg_graph *g = akg_graph_new();
  akg_fact facts[5];
  static const char *const sentences[] = {"One.", "Two.", "Three.", "Four.", "Five."};
  for (size_t i = 0; i < 5; i++) {
    facts[i] = fact(&JPN, AKG_REL_ACCUSES, &CHN, sentences[i], AKG_DATE_UNKNOWN);
    facts[i].position = i;
  }
  akg_article a = {0};
  a.id = "a.txt";
  assert_int_equal(akg_graph_add_article(g, &a, facts, 5), AKG_OK);
  akg_graph_finish(g);
  char *html = report(g, NULL);
  assert_non_null(strstr(html, "<td>One.<br>Two.<br>Three.<br><span class=\"more\">and 2 "
                               "more</span></td>"));
  assert_non_null(strstr(html, "1 article, 2 actors, 1 event, 1 distinct fact."));
  akg_free(html);
  akg_graph_free(g);
}

static void test_sink_failure_is_returned(void **state) {
  (void)state;
  akg_graph *g = hostile_graph();
  akg_sink bad = {refuse, NULL};
  akg_diag diag = {0};
  assert_int_equal(akg_report_write(g, NULL, &bad, &diag), AKG_ERR_IO);
  akg_graph_free(g);
}

/* A given SVG, written in pieces as a file is read back: the element's
 * start split across writes. */
static akg_status write_in_pieces(void *ctx, const akg_sink *to, akg_diag *diag) {
  (void)diag;
  const char *svg = ctx;
  size_t len = strlen(svg);
  for (size_t i = 0; i < len; i += 3) {
    size_t n = len - i < 3 ? len - i : 3;
    akg_status status = akg_sink_write(to, svg + i, n);
    if (status != AKG_OK)
      return status;
  }
  return AKG_OK;
}

/* Given graph.svg's SVG, the page embeds it as it is, from its <svg>
 * element on, instead of laying the diagram out again. */
static void test_given_svg_is_embedded(void **state) {
  (void)state;
  akg_graph *g = hostile_graph();
  akg_buf buf = AKG_BUF_INIT;
  akg_sink sink = akg_sink_to_buf(&buf);
  akg_diag diag = {akg_diag_to_stderr, NULL, 0, 0};
  char svg[] =
      "<?xml version=\"1.0\"?>\n<!-- <s <sv drawn -->\n<svg id=\"given\"></svg>\n";
  akg_report_svg given = {write_in_pieces, svg};
  assert_int_equal(akg_report_write_with_svg(g, NULL, &given, &sink, &diag), AKG_OK);
  const char *page = akg_buf_str(&buf);
  assert_non_null(strstr(page, "<div id=\"diagram\">\n<svg id=\"given\"></svg>\n</div>"));
  assert_null(strstr(page, "<?xml"));
  assert_null(strstr(page, "drawn"));
  assert_int_equal(count(page, "<svg"), 1);
  /* Without one, it draws the same diagram as akg_report_write does. */
  char *drawn = report(g, NULL);
  akg_buf_clear(&buf);
  assert_int_equal(akg_report_write_with_svg(g, NULL, NULL, &sink, &diag), AKG_OK);
  assert_string_equal(akg_buf_str(&buf), drawn);
  akg_free(drawn);
  akg_buf_free(&buf);
  akg_graph_free(g);
}

/* The given SVG's error is the page's. */
static akg_status refuse_svg(void *ctx, const akg_sink *to, akg_diag *diag) {
  (void)ctx, (void)to, (void)diag;
  return AKG_ERR_IO;
}

static void test_given_svg_error_is_returned(void **state) {
  (void)state;
  akg_graph *g = hostile_graph();
  akg_buf buf = AKG_BUF_INIT;
  akg_sink sink = akg_sink_to_buf(&buf);
  akg_diag diag = {0};
  akg_report_svg given = {refuse_svg, NULL};
  assert_int_equal(akg_report_write_with_svg(g, NULL, &given, &sink, &diag), AKG_ERR_IO);
  akg_buf_free(&buf);
  akg_graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_summary_and_rows),
      cmocka_unit_test(test_everything_escaped),
      cmocka_unit_test(test_self_contained),
      cmocka_unit_test(test_options_filter_the_diagram_only),
      cmocka_unit_test(test_same_bytes_every_run),
      cmocka_unit_test(test_evidence_capped),
      cmocka_unit_test(test_sink_failure_is_returned),
      cmocka_unit_test(test_given_svg_is_embedded),
      cmocka_unit_test(test_given_svg_error_is_returned),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

/* test_iri.c: IRI segments, article local names (src/util/iri.c) and how
 * the graph resolves two articles that would share a name. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "actorkg/alloc.h"
#include "actorkg/graph.h"
#include "actorkg/iri.h"

static void assert_encodes(const char *in, const char *want) {
  char *got = akg_iri_encode_segment(in);
  assert_string_equal(got, want);
  akg_free(got);
}

static void assert_article_name(const char *id, const char *want) {
  char *got = akg_iri_article_name(id);
  assert_string_equal(got, want);
  akg_free(got);
}

static void test_unreserved_characters_stay(void **state) {
  (void)state;
  assert_encodes("AZaz09-._~", "AZaz09-._~");
  assert_encodes("", "");
}

static void test_everything_else_is_percent_encoded(void **state) {
  (void)state;
  assert_encodes("a b", "a%20b");
  assert_encodes("say \"hi\" 'x'", "say%20%22hi%22%20%27x%27");
  assert_encodes("feed.xml#item3", "feed.xml%23item3");
  assert_encodes("100%", "100%25");
  assert_encodes("a/b?c=d&e", "a%2Fb%3Fc%3Dd%26e");
  assert_encodes("<>\\", "%3C%3E%5C");
  /* UTF-8 byte by byte, upper-case hex: "é" is C3 A9, "’" is E2 80 99. */
  assert_encodes("caf\xc3\xa9", "caf%C3%A9");
  assert_encodes("Jin Yi\xe2\x80\x99nan", "Jin%20Yi%E2%80%99nan");
  assert_encodes("\x01\x7f\xff", "%01%7F%FF");
}

static void test_append_keeps_what_is_there(void **state) {
  (void)state;
  akg_buf buf = AKG_BUF_INIT;
  akg_buf_puts(&buf, "https://x/actor/");
  akg_iri_append_segment(&buf, "A B");
  assert_string_equal(akg_buf_str(&buf), "https://x/actor/A%20B");
  akg_buf_free(&buf);
}

static void test_article_name_strips_the_extension(void **state) {
  (void)state;
  assert_article_name("001_93ae5d72f34d4644.txt", "001_93ae5d72f34d4644");
  assert_article_name("page.html", "page");
  assert_article_name("x.HTML5", "x");
  assert_article_name("archive.tar.gz", "archive.tar");
  /* Not an extension: none, too long, not alphanumeric, nothing after the
   * dot, or nothing before it. */
  assert_article_name("README", "README");
  assert_article_name("report.backup", "report.backup");
  assert_article_name("feed.xml#item3", "feed.xml%23item3");
  assert_article_name("a.t-t", "a.t-t");
  assert_article_name("trailing.", "trailing.");
  assert_article_name(".txt", ".txt");
  /* The stem is encoded like any segment. */
  assert_article_name("my file \"1\".txt", "my%20file%20%221%22");
}

static void test_absolute_iri(void **state) {
  (void)state;
  assert_true(akg_iri_is_absolute("https://example.org/a?b=c&d#e"));
  assert_true(akg_iri_is_absolute("urn:isbn:123"));
  assert_true(akg_iri_is_absolute("http://example.org/caf\xc3\xa9"));
  assert_true(akg_iri_is_absolute("svn+ssh://host/x"));
  assert_false(akg_iri_is_absolute(""));
  assert_false(akg_iri_is_absolute("example.org/page"));
  assert_false(akg_iri_is_absolute("/relative/path"));
  assert_false(akg_iri_is_absolute("1http://x"));
  assert_false(akg_iri_is_absolute("http:"));
  assert_false(akg_iri_is_absolute("http://x/a b"));
  assert_false(akg_iri_is_absolute("http://x/<a>"));
  assert_false(akg_iri_is_absolute("http://x/\"q\""));
  assert_false(akg_iri_is_absolute("http://x/{a}|^`\\"));
  assert_false(akg_iri_is_absolute("http://x/\ttab"));
  /* Raptor would write these bytes raw, and no parser would read them. */
  assert_false(akg_iri_is_absolute("http://x/caf\xe9"));
  assert_false(akg_iri_is_absolute("http://x/\xc3"));
  assert_false(akg_iri_is_absolute("http://x/\xed\xa0\x80")); /* a surrogate */
}

/* The keys the graph gives articles with these ids, in id order. */
static void assert_keys(const char *const *ids, size_t n, const char *const *want) {
  akg_graph *g = akg_graph_new();
  for (size_t i = 0; i < n; i++) {
    akg_article a = {0};
    a.id = (char *)ids[i];
    assert_int_equal(akg_graph_add_article(g, &a, NULL, 0), AKG_OK);
  }
  akg_graph_finish(g);
  assert_int_equal(akg_graph_article_count(g), n);
  for (size_t i = 0; i < n; i++)
    assert_string_equal(akg_graph_article_at(g, i)->key, want[i]);
  akg_graph_free(g);
}

static void test_colliding_names_use_whole_ids(void **state) {
  (void)state;
  /* Sorted by id: "a.html" < "a.txt" < "a.txt.md" < "b c.txt". */
  const char *const want[] = {"a.html", "a.txt", "a.txt.md", "b%20c"};
  /* "a.html" and "a.txt" both strip to "a"; "a.txt.md" strips to "a.txt",
   * which is then "a.txt"'s whole id, so it falls back too. */
  const char *const order1[] = {"a.txt", "a.html", "a.txt.md", "b c.txt"};
  const char *const order2[] = {"b c.txt", "a.txt.md", "a.html", "a.txt"};
  assert_keys(order1, 4, want);
  assert_keys(order2, 4, want);

  /* Without the clash, names are stripped. */
  const char *const alone[] = {"a.txt", "b.html"};
  const char *const alone_want[] = {"a", "b"};
  assert_keys(alone, 2, alone_want);

  /* A stripped name equal to another article's plain id. */
  const char *const plain[] = {"x", "x.txt"};
  const char *const plain_want[] = {"x", "x.txt"};
  assert_keys(plain, 2, plain_want);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_unreserved_characters_stay),
      cmocka_unit_test(test_everything_else_is_percent_encoded),
      cmocka_unit_test(test_append_keeps_what_is_there),
      cmocka_unit_test(test_article_name_strips_the_extension),
      cmocka_unit_test(test_absolute_iri),
      cmocka_unit_test(test_colliding_names_use_whole_ids),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

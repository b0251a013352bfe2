/* test_text_reader.c: plain-text articles (src/read/text.c): the three
 * header forms, the ranking of publication dates, where the body starts,
 * CRLF and BOM, the errors a file gets, and the five seed articles. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "actorkg/article.h"
#include "actorkg/buf.h"
#include "actorkg/date.h"
#include "actorkg/reader.h"
#include "actorkg/status.h"

#define FIXTURES AKG_TESTS_DIR "/fixtures/text/"
#define CORPUS AKG_SOURCE_DIR "/corpus/"

/* Every message as "LEVEL FILE:LINE: MESSAGE\n". */
typedef struct captured {
  akg_buf text;
} captured;

static void capture(void *ctx, akg_diag_level level, const char *file, unsigned long line,
                    const char *message) {
  static const char *const names[] = {"note", "warning", "error"};
  akg_buf_printf(&((captured *)ctx)->text, "%s %s:%lu: %s\n", names[level],
                 file ? file : "-", line, message);
}

/* Reads one file that must give exactly one article, with no message. */
static void read_one(const char *path, akg_articles *out) {
  akg_diag diag = {0};
  assert_int_equal(akg_read_file(path, NULL, out, &diag), AKG_OK);
  assert_int_equal(out->count, 1);
  assert_int_equal(diag.errors + diag.warnings, 0);
}

static void check_date(akg_date date, const char *expected) {
  char text[11];
  akg_date_format(date, text);
  assert_string_equal(text, expected);
}

static void check_field(const char *field, const char *expected) {
  if (!expected) {
    assert_null(field);
    return;
  }
  assert_non_null(field);
  assert_string_equal(field, expected);
}

/* The body, after any blank lines left from the header, starts with
 * `prefix`, and holds no carriage return. */
static void check_body_starts(const akg_article *a, const char *prefix) {
  assert_non_null(a->text);
  assert_int_equal(strlen(a->text), a->text_len);
  const char *body = a->text + strspn(a->text, "\n");
  assert_memory_equal(body, prefix, strlen(prefix));
  assert_null(strchr(a->text, '\r'));
}

static void test_front_matter(void **state) {
  (void)state;
  akg_articles list = {0};
  read_one(FIXTURES "front_matter.txt", &list);
  const akg_article *a = &list.items[0];
  check_field(a->id, "front_matter.txt");
  check_field(a->origin, FIXTURES "front_matter.txt");
  /* YAML quotes are removed. */
  check_field(a->title, "Japan joins the NATO cyber defence centre");
  check_field(a->publisher, "Example Wire");
  check_field(a->creator, "A. N. Writer");
  check_field(a->url, "https://example.org/news/japan-ccdcoe");
  check_date(a->date, "2022-11-05");
  check_body_starts(a, "Japan joined the NATO Cooperative");
  /* "Key: value" lines after the front matter are body text. */
  assert_non_null(strstr(a->text, "Title: this line is body text"));
  assert_null(strstr(a->text, "tags:"));
  akg_articles_free(&list);
}

static void test_key_value_header(void **state) {
  (void)state;
  akg_articles list = {0};
  read_one(FIXTURES "key_value_header.txt", &list);
  const akg_article *a = &list.items[0];
  check_field(a->title, "Tokyo names three states as cyber threats");
  check_field(a->publisher, "Example News Agency");
  check_field(a->creator, "Jane Roe");
  check_field(a->url, "https://example.com/world/2021/09/28/tokyo-cyber");
  check_date(a->date, "2021-09-28");
  check_body_starts(a, "Japan's new cybersecurity strategy");
  assert_null(strstr(a->text, "Author"));
  akg_articles_free(&list);
}

static void test_free_form_date_label_beats_bare_date(void **state) {
  (void)state;
  akg_articles list = {0};
  read_one(FIXTURES "free_form_date_label_beats_bare_date.txt", &list);
  const akg_article *a = &list.items[0];
  /* The longest header line is the title; the labelled date in the
   * "|" line beats the bare "April 18, 2024". */
  check_field(a->title, "Japan\u2019s Cyber-Security Strategy Warrants Sharp Vigilance");
  check_field(a->publisher, "Ministry of Foreign Affairs (EN)");
  check_field(a->creator, NULL);
  check_date(a->date, "2021-07-16");
  check_body_starts(a, "It is a well-known fact");
  assert_memory_equal(a->text, "It is", 5);
  akg_articles_free(&list);
}

static void test_free_form_listed_date_beats_bare_date(void **state) {
  (void)state;
  akg_articles list = {0};
  read_one(FIXTURES "free_form_listed_date_beats_bare_date.txt", &list);
  const akg_article *a = &list.items[0];
  check_field(a->title,
              "Japan seeks stronger cybersecurity due to threats from China and Russia");
  check_date(a->date, "2021-07-09");
  check_body_starts(a, "A new and improved");
  akg_articles_free(&list);
}

static void test_free_form_wire_dateline(void **state) {
  (void)state;
  akg_articles list = {0};
  read_one(FIXTURES "free_form_wire_dateline.txt", &list);
  const akg_article *a = &list.items[0];
  check_field(a->title, "Ukraine presses bid while others hesitate");
  check_date(a->date, "2023-06-14");
  check_body_starts(a, "KYIV, June 14, 2023");
  akg_articles_free(&list);
}

static void test_free_form_published_after_summary(void **state) {
  (void)state;
  akg_articles list = {0};
  read_one(FIXTURES "free_form_published_after_summary.txt", &list);
  const akg_article *a = &list.items[0];
  check_field(a->title, "UK exposes malicious cyber activity by state-affiliated actors");
  check_date(a->date, "2024-03-25");
  akg_articles_free(&list);
}

static void test_free_form_bare_date_when_nothing_better(void **state) {
  (void)state;
  akg_articles list = {0};
  read_one(FIXTURES "free_form_bare_date_only.txt", &list);
  const akg_article *a = &list.items[0];
  check_field(a->title, "Allies discuss cyber defence in Tallinn");
  check_date(a->date, "2022-03-03");
  check_body_starts(a, "Ministers from Japan");
  akg_articles_free(&list);
}

static void test_free_form_published_trailer_beats_updated(void **state) {
  (void)state;
  akg_articles list = {0};
  read_one(FIXTURES "free_form_published_trailer_beats_updated.txt", &list);
  const akg_article *a = &list.items[0];
  check_field(a->title, "Japan names three cyberspace threats");
  /* "Updated September 28th" at the top loses to "Published September
   * 27th" in the last lines. */
  check_date(a->date, "2021-09-27");
  /* A "Reported by:" line below the first paragraph. */
  check_field(a->creator, "Zaini Majeed");
  check_body_starts(a, "\u201c"
                       "Cyberspace has become");
  akg_articles_free(&list);
}

static void test_free_form_label_on_next_line(void **state) {
  (void)state;
  akg_articles list = {0};
  read_one(FIXTURES "free_form_label_on_next_line.txt", &list);
  const akg_article *a = &list.items[0];
  check_field(a->title,
              "Japan joins NATO Cyber Defense Center not just for cybersecurity");
  check_field(a->publisher, "China Military Online");
  /* "By ..." names the creator; "Editor" and its value are skipped. */
  check_field(a->creator, "Jin Yi\u2019nan");
  check_date(a->date, "2022-11-15");
  check_body_starts(a, "On November 4, local time");
  assert_null(strstr(a->text, "Li Weichao"));
  akg_articles_free(&list);
}

static void test_free_form_without_date(void **state) {
  (void)state;
  akg_articles list = {0};
  read_one(FIXTURES "free_form_no_date.txt", &list);
  const akg_article *a = &list.items[0];
  check_field(a->title, "Japan Keen To Enhance Ties With India To Counter Cybersecurity "
                        "Threats From China, Russia & N.Korea");
  /* "on Wednesday" needs a reference date, which the article lacks. */
  assert_false(akg_date_is_known(a->date));
  check_field(a->publisher, NULL);
  check_field(a->creator, NULL);
  check_field(a->url, NULL);
  check_body_starts(a, "Japan has defined Russia");
  akg_articles_free(&list);
}

static void test_crlf_and_bom(void **state) {
  (void)state;
  akg_articles list = {0};
  read_one(FIXTURES "crlf_bom.txt", &list);
  const akg_article *a = &list.items[0];
  /* No BOM in the title, no CR anywhere. */
  check_field(a->title, "Seoul and Tokyo agree on cyber drills");
  check_field(a->publisher, "Example Daily");
  check_date(a->date, "2023-03-16");
  check_body_starts(a, "South Korea and Japan");
  assert_string_equal(a->text + strspn(a->text, "\n"),
                      "South Korea and Japan agreed on Thursday to hold joint cyber "
                      "drills.\nA second line.\n");
  akg_articles_free(&list);

  /* A lone CR ends a line too. */
  static const char old_mac[] = "Title: Old line ends\rDate: 2020-01-02\r\rBody here.\r";
  akg_article art;
  akg_diag diag = {0};
  assert_int_equal(
      akg_text_parse("m.txt", "m.txt", old_mac, strlen(old_mac), &art, &diag), AKG_OK);
  check_field(art.title, "Old line ends");
  check_date(art.date, "2020-01-02");
  assert_string_equal(art.text + strspn(art.text, "\n"), "Body here.\n");
  akg_article_clear(&art);
}

static void test_header_details(void **state) {
  (void)state;
  akg_article a;
  akg_diag diag = {0};
  /* The first value of a key wins; keys are case-insensitive; values are
   * trimmed and may hold colons. */
  static const char repeated[] = "TITLE:  First: a title  \n"
                                 "title: Second title\n"
                                 "Updated: 5 November 2022\n"
                                 "Published: 4 November 2022\n"
                                 "\n"
                                 "Body.\n";
  assert_int_equal(akg_text_parse("r", "r", repeated, strlen(repeated), &a, &diag),
                   AKG_OK);
  check_field(a.title, "First: a title");
  /* "Published" outranks "Updated" whatever the order. */
  check_date(a.date, "2022-11-04");
  check_field(a.id, "r");
  akg_article_clear(&a);

  /* Without a better date, "Updated" is used; an incomplete date is not. */
  static const char updated[] = "Title: Only updated\n"
                                "Date: November 4\n"
                                "Updated: 5 November 2022\n"
                                "\n"
                                "Body.\n";
  assert_int_equal(akg_text_parse("u", "u", updated, strlen(updated), &a, &diag), AKG_OK);
  check_date(a.date, "2022-11-05");
  akg_article_clear(&a);

  /* More than 15 short lines: the header ends at the 16th; the title is
   * the first of the longest. */
  akg_buf menu = AKG_BUF_INIT;
  for (int i = 1; i <= 20; i++)
    akg_buf_printf(&menu, "Menu item %d\n", i);
  assert_int_equal(akg_text_parse("m", "m", menu.data, menu.len, &a, &diag), AKG_OK);
  check_field(a.title, "Menu item 10");
  assert_memory_equal(a.text, "Menu item 16\n", 13);
  akg_article_clear(&a);
  akg_buf_free(&menu);

  /* A short first paragraph after the title and the date is body, not
   * the title (bug: it was read as the header's longest line, and its
   * relation lost). */
  static const char short_first[] = "Japan joins cyber centre\n"
                                    "\n"
                                    "17 Oct 2023\n"
                                    "\n"
                                    "Japan joined the NATO CCDCOE on Tuesday.\n"
                                    "\n"
                                    "Tokyo welcomed the decision warmly.\n";
  assert_int_equal(akg_text_parse("s", "s", short_first, strlen(short_first), &a, &diag),
                   AKG_OK);
  check_field(a.title, "Japan joins cyber centre");
  check_date(a.date, "2023-10-17");
  check_body_starts(&a, "Japan joined the NATO CCDCOE on Tuesday.");
  akg_article_clear(&a);

  /* A headline of 25 words or more is still a headline, not prose, as
   * long as it does not end as a sentence does (bug: the whole headline
   * was read as the body's first paragraph, and the article had no
   * title). */
  static const char long_title[] =
      "Joint Statement by the Governments of Japan, the Republic of Korea, the United "
      "Kingdom and the United States on North Korean Ransomware Attacks Against the "
      "Healthcare Sector\n"
      "25 July 2024\n"
      "\n"
      "The Governments of Japan, the Republic of Korea, the United Kingdom and the "
      "United States today jointly condemn the malicious cyber activities of the DPRK.\n";
  assert_int_equal(akg_text_parse("l", "l", long_title, strlen(long_title), &a, &diag),
                   AKG_OK);
  check_field(a.title, "Joint Statement by the Governments of Japan, the Republic of "
                       "Korea, the United Kingdom and the United States on North Korean "
                       "Ransomware Attacks Against the Healthcare Sector");
  check_date(a.date, "2024-07-25");
  check_body_starts(&a, "The Governments of Japan");
  akg_article_clear(&a);

  /* Date lines with a weekday, a place or a time before the date, or the
   * year first (bug: none of these gave the article a date). */
  static const char *const date_lines[][2] = {
      {"Thursday, November 7, 2024", "2024-11-07"},
      {"Tue Oct 13, 2020 / 9:27 AM EDT", "2020-10-13"},
      {"Kyiv, 12.09.2024", "2024-09-12"},
      {"Updated 9:15 PM GMT+8, February 20, 2024", "2024-02-20"},
      {"2024/03/27", "2024-03-27"},
      {"3. 5. 2024", "2024-05-03"},
      {"2024.10.02 15:41 KST", "2024-10-02"},
      {"Washington, D.C., 18 October 2023", "2023-10-18"},
      {"Zagreb, Podgorica, Skopje - 9 September 2022", "2022-09-09"},
      {"Madrid, Thursday 15 May 2025", "2025-05-15"},
  };
  for (size_t i = 0; i < sizeof date_lines / sizeof *date_lines; i++) {
    akg_buf page = AKG_BUF_INIT;
    akg_buf_printf(&page,
                   "A headline of several words\n\n%s\n\nJapan accused China of "
                   "hacking on a large scale this week.\n",
                   date_lines[i][0]);
    assert_int_equal(akg_text_parse("d", "d", page.data, page.len, &a, &diag), AKG_OK);
    check_date(a.date, date_lines[i][1]);
    akg_article_clear(&a);
    akg_buf_free(&page);
  }

  /* The first line is the title when it reads as one, also before a "|"
   * and a site name; without a date line, the title's own date. */
  static const char site_title[] = "Moldova blames Russia for cyberattacks on election "
                                   "authority | EastBridge News\n"
                                   "Home | Politics | World\n"
                                   "Federal Ministry of Foreign Affairs of the Republic\n"
                                   "\n"
                                   "CHISINAU - Moldova's authorities blamed Russia for a "
                                   "series of cyberattacks on the election authority.\n";
  assert_int_equal(akg_text_parse("t", "t", site_title, strlen(site_title), &a, &diag),
                   AKG_OK);
  check_field(a.title, "Moldova blames Russia for cyberattacks on election authority");
  akg_article_clear(&a);
  static const char dated_title[] =
      "Regular Press Conference on February 8, 2024\n"
      "\n"
      "Q: The accusation is groundless, and China firmly "
      "opposes all forms of cyber attacks, the spokesman said.\n";
  assert_int_equal(akg_text_parse("t", "t", dated_title, strlen(dated_title), &a, &diag),
                   AKG_OK);
  check_date(a.date, "2024-02-08");
  akg_article_clear(&a);
  /* An unlabelled line right after the date line is the publisher. */
  static const char publisher[] =
      "Foreign Ministry Spokesperson's Regular Press "
      "Conference\n"
      "2024-03-26 15:30\n"
      "Ministry of Foreign Affairs of the People's Republic "
      "of China\n"
      "\n"
      "Q: The accusation is groundless, and China firmly "
      "opposes all forms of cyber attacks, the spokesman said.\n";
  assert_int_equal(akg_text_parse("p", "p", publisher, strlen(publisher), &a, &diag),
                   AKG_OK);
  check_field(a.publisher,
              "Ministry of Foreign Affairs of the People's Republic of China");
  akg_article_clear(&a);

  /* No header at all: the whole text is the body. */
  static const char prose[] = "China and Russia held joint naval drills in the Sea of "
                              "Japan this week, the defence ministry said.\n";
  assert_int_equal(akg_text_parse("p", "p", prose, strlen(prose), &a, &diag), AKG_OK);
  check_field(a.title, NULL);
  assert_false(akg_date_is_known(a.date));
  assert_string_equal(a.text, prose);
  assert_int_equal(a.text_len, strlen(prose));
  akg_article_clear(&a);
  assert_int_equal(diag.errors + diag.warnings, 0);
}

/* Reads `name` from the fixtures, expecting `status` and exactly one
 * message: an error naming the file, at `line`. */
static void check_read_error(const char *name, akg_status status, unsigned long line,
                             const char *message) {
  char path[512];
  snprintf(path, sizeof path, FIXTURES "%s", name);
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_articles list = {0};
  assert_int_equal(akg_read_file(path, NULL, &list, &diag), status);
  assert_int_equal(list.count, 0);
  assert_int_equal(diag.errors, 1);
  akg_buf want = AKG_BUF_INIT;
  akg_buf_printf(&want, "error %s:%lu: %s\n", path, line, message);
  assert_string_equal(akg_buf_str(&got.text), akg_buf_str(&want));
  akg_buf_free(&want);
  akg_buf_free(&got.text);
  akg_articles_free(&list);
}

static void test_errors_name_the_file(void **state) {
  (void)state;
  check_read_error("empty.txt", AKG_ERR_BAD_INPUT, 0, "empty: no text to read");
  check_read_error("blank.txt", AKG_ERR_BAD_INPUT, 0, "empty: no text to read");
  check_read_error("nul_byte.txt", AKG_ERR_BAD_INPUT, 0,
                   "contains NUL bytes: a binary file, not text");
  check_read_error("invalid_utf8.txt", AKG_ERR_BAD_INPUT, 3, "invalid UTF-8 at byte 22");
}

static void test_errors_in_memory(void **state) {
  (void)state;
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_article a;
  /* A truncated sequence at the very end; an overlong encoding. */
  assert_int_equal(akg_text_parse("t", "origin.txt", "abc\xe2\x80", 5, &a, &diag),
                   AKG_ERR_BAD_INPUT);
  assert_null(a.title);
  assert_null(a.text);
  assert_int_equal(akg_text_parse("t", "two.txt", "ok\n\xc0\xaf", 5, &a, &diag),
                   AKG_ERR_BAD_INPUT);
  assert_string_equal(akg_buf_str(&got.text),
                      "error origin.txt:1: invalid UTF-8 at byte 3\n"
                      "error two.txt:2: invalid UTF-8 at byte 3\n");
  assert_int_equal(diag.errors, 2);
  /* A literal U+FFFD is valid text. */
  static const char replacement[] = "Title: A \xef\xbf\xbd sign\n\nBody.\n";
  assert_int_equal(akg_text_parse("t", "t", replacement, strlen(replacement), &a, &diag),
                   AKG_OK);
  check_field(a.title, "A \xef\xbf\xbd sign");
  akg_article_clear(&a);
  akg_buf_free(&got.text);
}

/* The seed articles: what each header gives. */
typedef struct seed {
  const char *file, *title, *publisher, *creator, *date, *body;
} seed;

static const seed seeds[] = {
    {"000_3851dfb9e86f56df.txt",
     "Japan\u2019s Cyber-Security Strategy Warrants Sharp Vigilance",
     "Ministry of Foreign Affairs (EN)", NULL, "2021-07-16", "It is a well-known fact"},
    /* Only "Updated" above the title; "Published" in the last line. */
    {"001_93ae5d72f34d4644.txt",
     "Japan names China, Russia and N Korea as cyberspace threats who 'steal military "
     "info'",
     NULL, "Zaini Majeed", "2021-09-27",
     "\u201c"
     "Cyberspace has become"},
    {"002_16328a1d64ade50c.txt",
     "Japan seeks stronger cybersecurity due to threats from China and Russia", NULL,
     NULL, "2021-07-09", "A new and improved cybersecurity strategy"},
    {"003_55838ce8ae7e30bf.txt",
     "Japan joins NATO Cyber Defense Center not just for cybersecurity",
     "China Military Online", "Jin Yi\u2019nan", "2022-11-15",
     "On November 4, local time"},
    {"004_a3ca93d55036ef69.txt",
     "Japan Keen To Enhance Ties With India To Counter Cybersecurity Threats From China, "
     "Russia & N.Korea",
     NULL, NULL, "", "Japan has defined Russia"},
};

static void test_seed_corpus(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
    const seed *s = &seeds[i];
    char path[512];
    snprintf(path, sizeof path, CORPUS "%s", s->file);
    akg_articles list = {0};
    read_one(path, &list);
    const akg_article *a = &list.items[0];
    check_field(a->id, s->file);
    check_field(a->title, s->title);
    check_field(a->publisher, s->publisher);
    check_field(a->creator, s->creator);
    check_field(a->url, NULL);
    check_date(a->date, s->date);
    check_body_starts(a, s->body);
    akg_articles_free(&list);
  }
}

/* A headline of 12 to 24 words that ends in a quoted phrase is a title,
 * while a sentence ending in punctuation inside or before its closing
 * quote is prose (seed 001 once lost its title this way). */
static void test_headline_ending_in_quote_is_the_title(void **state) {
  (void)state;
  akg_article a;
  akg_diag diag = {0};
  static const char text[] =
      "Japan names China, Russia and N Korea as cyberspace threats who 'steal "
      "military info'\n\nThe strategy, to be endorsed by the Japanese Cabinet soon, "
      "names the three countries.\n";
  assert_int_equal(akg_text_parse("q", "q", text, strlen(text), &a, &diag), AKG_OK);
  check_field(a.title, "Japan names China, Russia and N Korea as cyberspace threats who "
                       "'steal military info'");
  check_body_starts(&a, "The strategy, to be endorsed");
  akg_article_clear(&a);

  static const char quoted[] =
      "Short headline here\n\nThe minister told reporters that Tokyo would \u201crespond "
      "with every effective means.\u201d\n";
  assert_int_equal(akg_text_parse("q", "q", quoted, strlen(quoted), &a, &diag), AKG_OK);
  check_field(a.title, "Short headline here");
  check_body_starts(&a, "The minister told");
  akg_article_clear(&a);
}

/* ---- Regression tests for bugs found while writing this suite. ---- */

/* Was a bug: the emptiness check looks for a byte other than space, tab, CR and
 * LF before the byte-order mark is dropped, so a file holding only a BOM
 * (or a BOM and blank lines) is accepted as an article with an empty body.
 * Input "\xEF\xBB\xBF\r\n": expected AKG_ERR_BAD_INPUT and "empty: no text
 * to read"; actual AKG_OK, text "\n". */
static void bug_bom_only_file_is_empty(void **state) {
  (void)state;
  captured got = {AKG_BUF_INIT};
  akg_diag diag = {capture, &got, 0, 0};
  akg_article a;
  assert_int_equal(akg_text_parse("t", "bom.txt", "\xef\xbb\xbf\r\n", 5, &a, &diag),
                   AKG_ERR_BAD_INPUT);
  assert_string_equal(akg_buf_str(&got.text),
                      "error bom.txt:0: empty: no text to read\n");
  akg_buf_free(&got.text);
}

/* Headers written by tools give dates with a time, as RFC 3339 or RFC
 * 822; every field of both header forms is read. */
static void test_header_dates_with_times(void **state) {
  (void)state;
  static const char front[] = "---\ntitle: Poland and Lithuania to expand cooperation\n"
                              "publisher: Baltic Review\nauthor: Ieva\n"
                              "url: https://baltic-review.example/a\n"
                              "date: 2024-02-28T14:05:00+01:00\n---\n\nBody.\n";
  static const char labelled[] =
      "Title: Canada accuses India\nPublisher: Northern Ledger\n"
      "Author: Marc Tremblay\nURL: https://x.example/c\n"
      "Date: Tue, 19 Sep 2023 08:00:00 -0400\n\nBody.\n";
  akg_diag diag = {0};
  akg_article a;
  assert_int_equal(akg_text_parse("f.txt", "f.txt", front, sizeof front - 1, &a, &diag),
                   AKG_OK);
  check_field(a.title, "Poland and Lithuania to expand cooperation");
  check_field(a.publisher, "Baltic Review");
  check_field(a.creator, "Ieva");
  check_field(a.url, "https://baltic-review.example/a");
  check_date(a.date, "2024-02-28");
  akg_article_clear(&a);
  assert_int_equal(
      akg_text_parse("k.txt", "k.txt", labelled, sizeof labelled - 1, &a, &diag), AKG_OK);
  check_field(a.title, "Canada accuses India");
  check_field(a.publisher, "Northern Ledger");
  check_field(a.creator, "Marc Tremblay");
  check_field(a.url, "https://x.example/c");
  check_date(a.date, "2023-09-19");
  check_body_starts(&a, "Body.");
  akg_article_clear(&a);
  assert_int_equal(diag.errors + diag.warnings, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_front_matter),
      cmocka_unit_test(test_key_value_header),
      cmocka_unit_test(test_free_form_date_label_beats_bare_date),
      cmocka_unit_test(test_free_form_listed_date_beats_bare_date),
      cmocka_unit_test(test_free_form_bare_date_when_nothing_better),
      cmocka_unit_test(test_free_form_wire_dateline),
      cmocka_unit_test(test_free_form_published_after_summary),
      cmocka_unit_test(test_free_form_published_trailer_beats_updated),
      cmocka_unit_test(test_free_form_label_on_next_line),
      cmocka_unit_test(test_free_form_without_date),
      cmocka_unit_test(test_crlf_and_bom),
      cmocka_unit_test(test_header_details),
      cmocka_unit_test(test_errors_name_the_file),
      cmocka_unit_test(test_errors_in_memory),
      cmocka_unit_test(test_headline_ending_in_quote_is_the_title),
      cmocka_unit_test(test_seed_corpus),
      cmocka_unit_test(bug_bom_only_file_is_empty),
      cmocka_unit_test(test_header_dates_with_times),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

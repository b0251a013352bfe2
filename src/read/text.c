/* text.c: plain-text articles and their headers.
 *
 * Three header forms are recognised: YAML-style front matter between "---"
 * lines; a first block of "Key: value" lines (Title, Source or Publisher,
 * Author, URL, Date...); and, failing both, the free form of saved web
 * text, where the lines before the first paragraph of prose hold the title
 * (the longest of them), labelled values ("Date: 16/07/2021 | Source: ...",
 * "Source" then "China Military Online" on the next line, "By Jin Yi'nan")
 * and bare dates. The publication date is the best-ranked candidate: a
 * "Published"/"Date"/"Time" label over "Updated", over a date in a
 * "|"-separated line, over a date standing alone on a line (often the day a
 * page was saved). Labelled dates in the last lines ("Published September
 * 27th, 2021") and in the first lines after a summary paragraph count too.
 * A value in RFC 3339 or RFC 822 form, as front matter and feeds write it,
 * is read as such (date_stamp.h). */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/date_scan.h"
#include "actorkg/date_stamp.h"
#include "actorkg/reader.h"
#include "actorkg/tokens.h"
#include "text/utf8.h"

enum {
  HEADER_LINES_MAX = 15,
  TRAILER_LINES = 3,
  CREATOR_SCAN_LINES = 20,
  SHORT_PARAGRAPH_WORDS = 5,  /* "Japan accused China of hacking." */
  DATE_LINE_TOKENS = 20,      /* "Updated 9:15 PM GMT+8, February 20, 2024" */
  FIRST_LINE_TITLE_WORDS = 5, /* more than "Skip to main content" */
  PUBLISHER_LINE_WORDS = 12
};

/* Date ranks. */
enum { RANK_NONE, RANK_BARE, RANK_DATELINE, RANK_LISTED, RANK_UPDATED, RANK_PUBLISHED };

typedef enum field {
  F_NONE,
  F_TITLE,
  F_PUBLISHER,
  F_CREATOR,
  F_URL,
  F_DATE,
  F_UPDATED,
  F_IGNORED
} field;

static const struct {
  const char *key;
  field field;
} keys[] = {
    {"title", F_TITLE},
    {"headline", F_TITLE},
    {"source", F_PUBLISHER},
    {"publisher", F_PUBLISHER},
    {"site", F_PUBLISHER},
    {"author", F_CREATOR},
    {"creator", F_CREATOR},
    {"by", F_CREATOR},
    {"reported by", F_CREATOR},
    {"written by", F_CREATOR},
    {"url", F_URL},
    {"link", F_URL},
    {"canonical", F_URL},
    {"date", F_DATE},
    {"published", F_DATE},
    {"publication date", F_DATE},
    {"pubdate", F_DATE},
    {"posted", F_DATE},
    {"posted on", F_DATE},
    {"published on", F_DATE},
    {"time", F_DATE},
    {"dated", F_DATE},
    {"updated", F_UPDATED},
    {"last updated", F_UPDATED},
    {"modified", F_UPDATED},
    {"editor", F_IGNORED},
    {"tags", F_IGNORED},
    {"category", F_IGNORED},
    {"language", F_IGNORED},
    {"id", F_IGNORED},
};

static field field_of(const char *key, size_t len) {
  while (len && (key[len - 1] == ' ' || key[len - 1] == '\t'))
    len--;
  while (len && (*key == ' ' || *key == '\t'))
    key++, len--;
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    if (strlen(keys[i].key) == len && !strncasecmp(keys[i].key, key, len))
      return keys[i].field;
  return F_NONE;
}

typedef struct line {
  const char *s;
  size_t len;
} line;

typedef struct header {
  char *title, *publisher, *creator, *url;
  akg_date date;
  int date_rank;
  akg_tokens tokens;
  akg_date_mention dates[4];
} header;

static line trim(const char *s, size_t len) {
  while (len && (*s == ' ' || *s == '\t'))
    s++, len--;
  while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
    len--;
  return (line){s, len};
}

static void set_once(char **slot, line value) {
  if (!*slot && value.len)
    *slot = akg_strndup(value.s, value.len);
}

/* The first complete date in `value`; true if it starts the value. */
/* What may stand before a bare date on its line: a weekday ("Thursday,
 * November 7, 2024", "Tue Oct 13, 2020"), or places and a comma or dash
 * ("Kyiv, 12.09.2024", "Zagreb, Podgorica, Skopje - 9 September 2022"),
 * perhaps with the weekday ("Madrid, Thursday 15 May 2025"), as datelines
 * of statements put it. */
static bool only_weekday_or_place_before(const akg_tokens *t, size_t first) {
  if (first == 0)
    return true;
  if (first <= 2 && akg_is_calendar_word(akg_token_norm(t, 0)))
    return true;
  /* "Tue Oct 13, 2020": an abbreviated weekday */
  if (first == 1 && t->items[0].kind == AKG_TOKEN_WORD &&
      (t->items[0].flags & AKG_TOKEN_CAPITALIZED) && t->items[0].len <= 3)
    return true;
  /* "Madrid, Thursday 15 May 2025": the weekday after the place. */
  size_t end = first;
  if (end >= 2 && akg_is_calendar_word(akg_token_norm(t, end - 1)))
    end--;
  /* "Zagreb, Podgorica, Skopje - 9 September 2022": a dash may end the
   * places, as a comma does. */
  const char *sep = akg_token_norm(t, end - 1);
  if (end > 6 || (strcmp(sep, ",") && strcmp(sep, "-") && strcmp(sep, "--")))
    return false;
  /* "Washington, D.C., 18 October 2023" */
  for (size_t i = 0; i + 1 < end; i++)
    if (strcmp(akg_token_norm(t, i), ",") &&
        (t->items[i].kind != AKG_TOKEN_WORD ||
         !(t->items[i].flags & AKG_TOKEN_CAPITALIZED)))
      return false;
  return true;
}

static bool find_date(header *h, line value, akg_date *date, bool *leading,
                      size_t *tokens) {
  akg_tokenize(value.s, value.len, &h->tokens);
  size_t n = akg_dates_find(&h->tokens, AKG_DATE_UNKNOWN, h->dates, 4);
  for (size_t i = 0; i < n; i++) {
    if (!h->dates[i].complete)
      continue;
    *date = h->dates[i].date;
    *leading = only_weekday_or_place_before(&h->tokens, h->dates[i].first);
    *tokens = h->tokens.count;
    return true;
  }
  return false;
}

/* A whole value in a machine format ("2024-02-28T14:05:00+01:00", "Wed,
 * 28 Feb 2024 14:05:00 +0100"), which the tokenizer would split apart. */
static bool stamp_date(line value, akg_date *date) {
  char stamp[64];
  if (value.len >= sizeof stamp)
    return false;
  memcpy(stamp, value.s, value.len);
  stamp[value.len] = '\0';
  return akg_date_parse_rfc3339(stamp, date) == AKG_OK ||
         akg_date_parse_rfc822(stamp, date) == AKG_OK;
}

static void offer_date(header *h, line value, int rank) {
  akg_date date;
  bool leading;
  size_t tokens;
  if (rank > h->date_rank && (stamp_date(trim(value.s, value.len), &date) ||
                              find_date(h, value, &date, &leading, &tokens))) {
    h->date = date;
    h->date_rank = rank;
  }
}

static void set_field(header *h, field f, line value) {
  value = trim(value.s, value.len);
  switch (f) {
  case F_TITLE: set_once(&h->title, value); break;
  case F_PUBLISHER: set_once(&h->publisher, value); break;
  case F_CREATOR: set_once(&h->creator, value); break;
  case F_URL: set_once(&h->url, value); break;
  case F_DATE: offer_date(h, value, RANK_PUBLISHED); break;
  case F_UPDATED: offer_date(h, value, RANK_UPDATED); break;
  default: break;
  }
}

/* "Key: value" with a known key; the key may have spaces ("Reported by"). */
static field labelled(line l, line *value) {
  const char *colon = memchr(l.s, ':', l.len);
  if (!colon || colon == l.s || colon - l.s > 24)
    return F_NONE;
  field f = field_of(l.s, (size_t)(colon - l.s));
  if (f != F_NONE)
    *value = (line){colon + 1, l.len - (size_t)(colon + 1 - l.s)};
  return f;
}

static size_t count_words(line l) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < l.len; i++) {
    bool space = l.s[i] == ' ' || l.s[i] == '\t';
    if (!space && !in_word)
      words++;
    in_word = !space;
  }
  return words;
}

/* A paragraph of prose: long, or a full sentence. */
static bool ends_sentence(line l);

static bool is_prose(line l) {
  size_t words = count_words(l);
  /* A long headline ("Joint Statement by the Governments of Japan, the
   * Republic of Korea, ... on North Korean Ransomware Attacks Against the
   * Healthcare Sector") does not end as a sentence does. */
  if (words >= 40 || (words >= 25 && ends_sentence(l)))
    return true;
  if (words < 12 || !l.len)
    return false;
  return ends_sentence(l);
}

/* Whether the line ends as a sentence does, in ".", "!" or "?". */
static bool ends_sentence(line l) {
  /* Trailing blanks, a no-break space among them, are no ending. */
  for (;;) {
    if (l.len && (l.s[l.len - 1] == ' ' || l.s[l.len - 1] == '\t'))
      l.len--;
    else if (l.len >= 2 && !memcmp(l.s + l.len - 2, "\xC2\xA0", 2))
      l.len -= 2;
    else
      break;
  }
  if (!l.len)
    return false;
  /* The last character, stepping back over closing quotes: a headline
   * may end in a quoted phrase ('steal military info'), a sentence ends
   * in punctuation before or after its quote. */
  const char *end = l.s + l.len;
  for (;;) {
    const char *p = end - 1;
    while (p > l.s && ((unsigned char)*p & 0xC0) == 0x80)
      p--;
    size_t size;
    uint32_t last = akg_utf8_decode((const unsigned char *)p, (size_t)(end - p), &size);
    if ((last == '"' || last == 0x201D || last == 0x2019 || last == '\'') && p > l.s) {
      end = p;
      continue;
    }
    return last == '.' || last == '!' || last == '?';
  }
}

/* More than `limit` runs of characters between ASCII blanks. Each such run
 * is at least one token, so a line with more has more tokens: a cheap test
 * that spares tokenizing whole paragraphs. */
static bool has_more_words(line l, size_t limit) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < l.len; i++) {
    bool blank_char = l.s[i] == ' ' || l.s[i] == '\t' || l.s[i] == '\r';
    if (!blank_char && !in_word && ++words > limit)
      return true;
    in_word = !blank_char;
  }
  return false;
}

/* A line that is only a date (and perhaps a time), or a date after a word
 * like "Updated". Returns the rank it deserves, or RANK_NONE. */
static int date_line_rank(header *h, line l) {
  akg_date date;
  bool leading;
  size_t tokens;
  /* Words are at most tokens: a longer line is no date line, and is not
   * tokenized to find out. */
  if (has_more_words(l, DATE_LINE_TOKENS) || !find_date(h, l, &date, &leading, &tokens) ||
      tokens > DATE_LINE_TOKENS)
    return RANK_NONE;
  if (leading)
    return RANK_BARE;
  field f = field_of(h->tokens.norms.data, strlen(h->tokens.norms.data));
  if (f == F_DATE)
    return RANK_PUBLISHED;
  if (f == F_UPDATED)
    return RANK_UPDATED;
  return RANK_NONE;
}

typedef struct lines {
  line *items;
  size_t count, cap;
} lines;

static void split_lines(const char *s, size_t len, lines *out) {
  size_t start = 0;
  for (size_t i = 0; i <= len; i++) {
    if (i < len && s[i] != '\n')
      continue;
    if (out->count == out->cap) {
      out->cap = out->cap ? out->cap * 2 : 64;
      out->items = akg_reallocarray(out->items, out->cap, sizeof(line));
    }
    out->items[out->count++] = trim(s + start, i - start);
    start = i + 1;
  }
}

static bool blank(line l) {
  return l.len == 0;
}

/* Front matter or a "Key: value" block; returns the first body line, or 0
 * when the text has neither. */
static size_t structured_header(header *h, const lines *ls) {
  size_t first = 0;
  while (first < ls->count && blank(ls->items[first]))
    first++;
  if (first < ls->count && ls->items[first].len == 3 &&
      !memcmp(ls->items[first].s, "---", 3)) {
    for (size_t i = first + 1; i < ls->count && i < first + 50; i++) {
      line l = ls->items[i];
      if (l.len == 3 && !memcmp(l.s, "---", 3)) {
        for (size_t k = first + 1; k < i; k++) {
          line value;
          field f = labelled(ls->items[k], &value);
          if (f != F_NONE) {
            /* YAML may quote values. */
            value = trim(value.s, value.len);
            if (value.len >= 2 && (value.s[0] == '"' || value.s[0] == '\'') &&
                value.s[value.len - 1] == value.s[0])
              value = (line){value.s + 1, value.len - 2};
            set_field(h, f, value);
          }
        }
        return i + 1;
      }
    }
    return 0;
  }
  size_t i = first;
  while (i < ls->count && !blank(ls->items[i])) {
    line value;
    if (labelled(ls->items[i], &value) == F_NONE)
      return 0;
    i++;
  }
  if (i == first)
    return 0;
  for (size_t k = first; k < i; k++) {
    line value = {NULL, 0};
    set_field(h, labelled(ls->items[k], &value), value);
  }
  return i;
}

/* A title, then a date line, then a sentence: the sentence opens the body
 * even when it is short ("Japan joined the NATO CCDCOE on Tuesday."), as
 * in the seeds' form. Without a date line between them a short sentence
 * could be page furniture before the title, so it does not count. */
static size_t short_first_paragraph(header *h, const lines *ls, size_t body) {
  bool titled = false, dated = false;
  for (size_t i = 0; i < body; i++) {
    line l = ls->items[i], value;
    if (blank(l) || labelled(l, &value) != F_NONE || memchr(l.s, '|', l.len))
      continue;
    if (date_line_rank(h, l) != RANK_NONE) {
      dated = dated || titled;
      continue;
    }
    if (titled && dated && count_words(l) >= SHORT_PARAGRAPH_WORDS && ends_sentence(l))
      return i;
    titled = titled || count_words(l) >= 3;
  }
  return body;
}

/* The free form: see the file comment. Returns the first body line. */
static size_t free_header(header *h, const lines *ls) {
  size_t body = ls->count, seen = 0;
  for (size_t i = 0; i < ls->count; i++) {
    if (blank(ls->items[i]))
      continue;
    if (is_prose(ls->items[i]) || seen == HEADER_LINES_MAX) {
      body = i;
      break;
    }
    seen++;
  }
  body = short_first_paragraph(h, ls, body);
  line title = {NULL, 0};
  size_t title_line = ls->count;
  for (size_t i = 0; i < body; i++) {
    line l = ls->items[i], value;
    if (blank(l))
      continue;
    if (memchr(l.s, '|', l.len)) {
      /* "Date: 16/07/2021 | Source: ... | Read original" */
      const char *p = l.s, *end = l.s + l.len;
      while (p < end) {
        const char *bar = memchr(p, '|', (size_t)(end - p));
        line seg = trim(p, (size_t)((bar ? bar : end) - p));
        field f = labelled(seg, &value);
        if (f != F_NONE)
          set_field(h, f, value);
        else
          offer_date(h, seg, RANK_LISTED);
        p = bar ? bar + 1 : end;
      }
      continue;
    }
    field f = labelled(l, &value);
    if (f != F_NONE) {
      set_field(h, f, value);
      continue;
    }
    f = field_of(l.s, l.len);
    if (f != F_NONE) {
      /* A label alone on its line, its value on the next. */
      size_t next = i + 1;
      while (next < body && blank(ls->items[next]))
        next++;
      if (next < body) {
        set_field(h, f, ls->items[next]);
        i = next;
      }
      continue;
    }
    int rank = date_line_rank(h, l);
    if (rank != RANK_NONE) {
      offer_date(h, l, rank);
      continue;
    }
    if (l.len > 3 && !strncasecmp(l.s, "by ", 3) && count_words(l) <= 6) {
      set_once(&h->creator, trim(l.s + 3, l.len - 3));
      continue;
    }
    if (count_words(l) >= 3 && l.len > title.len) {
      title = l;
      title_line = i;
    }
  }
  /* The first line, when it reads as a headline (five words or more, or
   * its first "|" segment: "Moldova blames Russia ... | EastBridge News"),
   * is the title as in the seeds; the longest line is only the fallback
   * for pages that open with menus. */
  for (size_t i = 0; i < body; i++) {
    line l = ls->items[i], value;
    if (blank(l))
      continue;
    const char *bar = memchr(l.s, '|', l.len);
    line first = bar ? trim(l.s, (size_t)(bar - l.s)) : l;
    if (labelled(first, &value) == F_NONE && date_line_rank(h, first) == RANK_NONE &&
        count_words(first) >= FIRST_LINE_TITLE_WORDS)
      title = first;
    break;
  }
  if (!h->title && title.len)
    h->title = akg_strndup(title.s, title.len);
  /* "2024-03-26 15:30" then "Ministry of Foreign Affairs of the People's
   * Republic of China": an unlabelled line right after the date line (its
   * first "|" segment) names who published it. */
  for (size_t i = 0; i + 1 < body && !h->publisher; i++) {
    line l = ls->items[i], next = ls->items[i + 1], value;
    if (blank(l) || blank(next) || date_line_rank(h, l) == RANK_NONE ||
        labelled(l, &value) != F_NONE)
      continue;
    const char *bar = memchr(next.s, '|', next.len);
    line first = bar ? trim(next.s, (size_t)(bar - next.s)) : next;
    size_t words = count_words(first);
    if (words >= 2 && words <= PUBLISHER_LINE_WORDS &&
        labelled(first, &value) == F_NONE && date_line_rank(h, first) == RANK_NONE &&
        strncasecmp(first.s, "by ", 3) && (!title.len || first.s != title.s))
      h->publisher = akg_strndup(first.s, first.len);
    break;
  }
  /* "Regular Press Conference on February 8, 2024": without a date line,
   * the headline's own date. */
  if (title.len && h->date_rank == RANK_NONE)
    offer_date(h, title, RANK_BARE);
  (void)title_line;
  return body;
}

/* A wire dateline opening the first paragraph: "KYIV, June 14, 2023 --
 * Ukraine wants ...", "WASHINGTON, March 3, 2022 (AP) - ...": a place in
 * capitals or title case, a comma, the date, then a dash. */
static void scan_dateline(header *h, const lines *ls, size_t body) {
  while (body < ls->count && blank(ls->items[body]))
    body++;
  if (body >= ls->count)
    return;
  line l = ls->items[body];
  if (!l.len || l.s[0] < 'A' || l.s[0] > 'Z')
    return;
  size_t limit = l.len < 80 ? l.len : 80;
  const char *comma = memchr(l.s, ',', limit);
  if (!comma)
    return;
  for (const char *p = comma; p + 1 < l.s + limit; p++) {
    bool ascii_dash = p[0] == '-' && (p[1] == ' ' || p[1] == '-');
    bool unicode_dash = (unsigned char)p[0] == 0xE2 && p + 2 < l.s + l.len &&
                        (unsigned char)p[1] == 0x80 &&
                        ((unsigned char)p[2] == 0x93 || (unsigned char)p[2] == 0x94);
    if (ascii_dash || unicode_dash) {
      offer_date(h, (line){comma + 1, (size_t)(p - comma - 1)}, RANK_DATELINE);
      return;
    }
  }
}

/* Labelled dates and bylines outside the header. */
static void scan_rest(header *h, const lines *ls) {
  size_t seen = 0;
  for (size_t i = ls->count; i-- > 0 && seen < TRAILER_LINES;) {
    if (blank(ls->items[i]))
      continue;
    seen++;
    int rank = date_line_rank(h, ls->items[i]);
    if (rank >= RANK_UPDATED)
      offer_date(h, ls->items[i], rank);
  }
  /* Pages that open with a summary paragraph put their labels after it
   * ("Published 25 March 2024" on government sites), so labelled dates
   * and bylines in the first lines count too; bare dates do not, since the
   * body's first lines also hold dates of events. */
  for (size_t i = 0; i < ls->count && i < CREATOR_SCAN_LINES; i++) {
    line value;
    if (labelled(ls->items[i], &value) == F_CREATOR)
      set_field(h, F_CREATOR, value);
    else if (!blank(ls->items[i]) && !is_prose(ls->items[i])) {
      int rank = date_line_rank(h, ls->items[i]);
      if (rank >= RANK_UPDATED)
        offer_date(h, ls->items[i], rank);
    }
  }
}

static akg_status check_text(const char *origin, const char *data, size_t len,
                             akg_diag *diag) {
  if (memchr(data, '\0', len)) {
    akg_diag_report(diag, AKG_DIAG_ERROR, origin, 0,
                    "contains NUL bytes: a binary file, not text");
    return AKG_ERR_BAD_INPUT;
  }
  size_t line_no = 1, size;
  for (size_t i = 0; i < len; i += size) {
    uint32_t cp = akg_utf8_decode((const unsigned char *)data + i, len - i, &size);
    if (cp == 0xFFFD && !(size == 3 && !memcmp(data + i, "\xEF\xBF\xBD", 3))) {
      akg_diag_report(diag, AKG_DIAG_ERROR, origin, line_no, "invalid UTF-8 at byte %zu",
                      i);
      return AKG_ERR_BAD_INPUT;
    }
    if (cp == '\n')
      line_no++;
  }
  /* The byte-order mark is not text: a file of only a BOM is empty. */
  size_t first = len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3) ? 3 : 0;
  for (size_t i = first; i < len; i++)
    if (data[i] != ' ' && data[i] != '\n' && data[i] != '\r' && data[i] != '\t')
      return AKG_OK;
  akg_diag_report(diag, AKG_DIAG_ERROR, origin, 0, "empty: no text to read");
  return AKG_ERR_BAD_INPUT;
}

akg_status akg_text_parse(const char *id, const char *origin, const char *data,
                          size_t len, akg_article *out, akg_diag *diag) {
  memset(out, 0, sizeof *out);
  akg_status status = check_text(origin, data, len, diag);
  if (status != AKG_OK)
    return status;
  /* One copy with the byte-order mark dropped and line ends made "\n". */
  akg_buf text = AKG_BUF_INIT;
  if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
    data += 3, len -= 3;
  akg_buf_reserve(&text, len);
  for (size_t i = 0; i < len;) {
    const char *cr = memchr(data + i, '\r', len - i);
    size_t run = cr ? (size_t)(cr - (data + i)) : len - i;
    akg_buf_append(&text, data + i, run); /* the lines between CRs at once */
    i += run;
    if (i < len) {
      akg_buf_putc(&text, '\n');
      i += i + 1 < len && data[i + 1] == '\n' ? 2 : 1;
    }
  }
  lines ls = {0};
  split_lines(akg_buf_str(&text), text.len, &ls);
  header h = {0};
  size_t body = structured_header(&h, &ls);
  if (!body)
    body = free_header(&h, &ls);
  scan_rest(&h, &ls);
  scan_dateline(&h, &ls, body);
  const char *start = body < ls.count ? ls.items[body].s : akg_buf_str(&text) + text.len;
  size_t offset = (size_t)(start - akg_buf_str(&text));
  out->id = akg_strdup(id);
  out->origin = akg_strdup(origin);
  out->title = h.title;
  out->publisher = h.publisher;
  out->creator = h.creator;
  out->url = h.url;
  out->date = h.date;
  out->text = akg_strndup(akg_buf_str(&text) + offset, text.len - offset);
  out->text_len = text.len - offset;
  akg_tokens_free(&h.tokens);
  akg_free(ls.items);
  akg_buf_free(&text);
  return AKG_OK;
}

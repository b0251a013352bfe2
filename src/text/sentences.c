/* sentences.c: the block and sentence splitter (see sentences.h).
 *
 * Two linear passes: lines are grouped into blocks, then each block is
 * scanned once for sentence ends. The abbreviation list is English
 * orthography (titles, months, corporate suffixes), not domain knowledge. */
#include "actorkg/sentences.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "actorkg/alloc.h"
#include "text/chars.h"
#include "text/utf8.h"

static const char *const abbreviations[] = {
    "mr",   "mrs",    "ms",   "dr",   "prof", "gen", "lt",  "col", "maj",    "capt",
    "cpt",  "sgt",    "adm",  "cmdr", "gov",  "sen", "rep", "st",  "mt",     "jr",
    "sr",   "inc",    "ltd",  "co",   "corp", "vs",  "jan", "feb", "mar",    "apr",
    "jun",  "jul",    "aug",  "sep",  "sept", "oct", "nov", "dec", "approx", "dept",
    "univ", "hon",    "rev",  "pres", "fig",  "vol", "pp",  "ft",  "est",    "govt",
    "amb",  "messrs", "excl", "incl", "art",  "sec"};

/* Words that start a new sentence after a dotted short form ("... with
 * the U.S. The strategy ..."); any other capitalised word continues a
 * name ("U.S. President"). */
static const char *const sentence_openers[] = {
    "The",  "This", "That", "These", "Those",  "It",    "Its",  "He",        "She",
    "They", "We",   "I",    "In",    "On",     "At",    "But",  "And",       "However",
    "A",    "An",   "As",   "After", "Before", "While", "When", "Meanwhile", "There"};

static bool in_list(const char *const *list, size_t n, const char *w, size_t len,
                    bool ignore_case) {
  for (size_t i = 0; i < n; i++) {
    if (strlen(list[i]) == len &&
        (ignore_case ? !strncasecmp(list[i], w, len) : !strncmp(list[i], w, len)))
      return true;
  }
  return false;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct splitter {
  const unsigned char *s;
  size_t len;
  akg_sentences *out;
} splitter;

static akg_char_class class_at(const splitter *sp, size_t at, size_t *size) {
  if (at >= sp->len) {
    *size = 0;
    return AKG_CHAR_SPACE;
  }
  return akg_char_classify(akg_utf8_decode(sp->s + at, sp->len - at, size));
}

static bool is_space(akg_char_class c) {
  return c == AKG_CHAR_SPACE || c == AKG_CHAR_NEWLINE;
}

static void push(splitter *sp, size_t start, size_t end, unsigned block, unsigned flags) {
  size_t size;
  while (start < end && is_space(class_at(sp, start, &size)))
    start += size ? size : 1;
  while (end > start && (sp->s[end - 1] == ' ' || sp->s[end - 1] == '\t' ||
                         sp->s[end - 1] == '\n' || sp->s[end - 1] == '\r'))
    end--;
  if (start >= end)
    return;
  akg_sentences *out = sp->out;
  if (out->count == out->cap) {
    out->cap = out->cap ? out->cap * 2 : 32;
    out->items = akg_reallocarray(out->items, out->cap, sizeof *out->items);
  }
  if (out->count && out->items[out->count - 1].block != block)
    flags |= AKG_SENTENCE_BLOCK_START;
  else if (!out->count)
    flags |= AKG_SENTENCE_BLOCK_START;
  out->items[out->count++] = (akg_sentence){start, end, block, flags};
}

/* "No." and "Nos." abbreviate "number" only before one ("No. 5"). */
static bool is_number_abbreviation(const char *word, size_t len) {
  return (len == 2 && !strncasecmp(word, "no", 2)) ||
         (len == 3 && !strncasecmp(word, "nos", 3));
}

/* The word (letters and dots) that ends just before `dot`. */
static size_t word_before(const splitter *sp, size_t dot, size_t block_start) {
  size_t w = dot;
  while (w > block_start) {
    unsigned char c = sp->s[w - 1];
    if (c == '.' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
      w--;
    else
      break;
  }
  return w;
}

/* Decides whether the terminal punctuation at `at` (ending at `after`)
 * ends a sentence; `next` is where the next word starts. */
static bool ends_sentence(const splitter *sp, size_t at, size_t after, size_t next,
                          size_t block_start, size_t block_end) {
  size_t size;
  /* Closing quotes and brackets stay with the sentence they close. */
  (void)after;
  if (next >= block_end)
    return true;
  akg_char_class c = class_at(sp, next, &size);
  uint32_t cp = akg_utf8_decode(sp->s + next, block_end - next, &size);
  bool opener = c == AKG_CHAR_DIGIT || c == AKG_CHAR_QUOTE || c == AKG_CHAR_APOSTROPHE ||
                cp == '(' || cp == '[' || (c == AKG_CHAR_LETTER && akg_char_is_upper(cp));
  if (!opener)
    return false;
  if (sp->s[at] != '.')
    return true;
  size_t w = word_before(sp, at, block_start);
  size_t wlen = at - w;
  const char *word = (const char *)sp->s + w;
  if (wlen == 0)
    return true;
  /* An initial ("N. Korea", "John F. Kennedy"). */
  if (wlen == 1 && word[0] >= 'A' && word[0] <= 'Z')
    return false;
  if (in_list(abbreviations, COUNT(abbreviations), word, wlen, true))
    return false;
  if (is_number_abbreviation(word, wlen))
    return c != AKG_CHAR_DIGIT;
  /* A dotted short form ("U.S.", "U.N.") ends a sentence only before a
   * word that typically opens one. */
  if (memchr(word, '.', wlen)) {
    size_t e = next;
    while (e < block_end && ((sp->s[e] | 0x20) >= 'a' && (sp->s[e] | 0x20) <= 'z'))
      e++;
    return in_list(sentence_openers, COUNT(sentence_openers), (const char *)sp->s + next,
                   e - next, false);
  }
  return true;
}

/* Where to cut a sentence that has reached the length cap: at the last
 * ASCII white space in its second half, or else hard at the cap, moved
 * back to a character boundary. Always past `sentence`, so the splitter
 * makes progress on any bytes, even stray continuation bytes. Only ASCII
 * bytes are tested for space: a lone byte of a multi-byte sequence (0xA0
 * in "à") is not a space. */
static size_t cap_cut(const splitter *sp, size_t sentence) {
  size_t hard = sentence + AKG_SENTENCE_MAX_BYTES;
  for (size_t cut = hard; cut > sentence + AKG_SENTENCE_MAX_BYTES / 2; cut--) {
    unsigned char b = sp->s[cut - 1];
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r')
      return cut;
  }
  size_t cut = hard;
  while (cut > sentence && (sp->s[cut] & 0xC0) == 0x80)
    cut--;
  return cut > sentence ? cut : hard;
}

static void split_block(splitter *sp, size_t start, size_t end, unsigned block) {
  size_t sentence = start, p = start, size;
  for (;;) {
    if (p - sentence >= AKG_SENTENCE_MAX_BYTES &&
        end - sentence > AKG_SENTENCE_MAX_BYTES) {
      size_t cut = cap_cut(sp, sentence);
      push(sp, sentence, cut, block, AKG_SENTENCE_CUT);
      sentence = p = cut;
      continue;
    }
    if (p >= end)
      break;
    uint32_t cp = akg_utf8_decode(sp->s + p, end - p, &size);
    if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026) {
      size_t after = p + size;
      while (after < end &&
             (sp->s[after] == '.' || sp->s[after] == '!' || sp->s[after] == '?'))
        after++;
      /* Closing quotes and brackets stay with the sentence they close. */
      for (;;) {
        size_t q;
        akg_char_class qc = class_at(sp, after, &q);
        if (after < end && (qc == AKG_CHAR_QUOTE || qc == AKG_CHAR_APOSTROPHE ||
                            sp->s[after] == ')' || sp->s[after] == ']'))
          after += q;
        else
          break;
      }
      if (after - sentence > AKG_SENTENCE_MAX_BYTES) {
        p = after; /* the cap handling above cuts inside the run */
        continue;
      }
      size_t next = after;
      bool spaced = false;
      while (next < end && is_space(class_at(sp, next, &size))) {
        next += size;
        spaced = true;
      }
      if ((spaced || next >= end) && ends_sentence(sp, p, after, next, start, end)) {
        push(sp, sentence, after, block, 0);
        sentence = p = next;
        continue;
      }
      p = after;
      continue;
    }
    p += size;
  }
  push(sp, sentence, end, block, 0);
}

static size_t line_end(const splitter *sp, size_t at) {
  const unsigned char *nl = memchr(sp->s + at, '\n', sp->len - at);
  return nl ? (size_t)(nl - sp->s) : sp->len;
}

static bool is_blank(const splitter *sp, size_t start, size_t end) {
  size_t size;
  for (size_t p = start; p < end; p += size ? size : 1)
    if (!is_space(class_at(sp, p, &size)))
      return false;
  return true;
}

/* Hard-wrapped prose: a long line without final punctuation followed by a
 * line that continues in lower case, or one ending in a comma or hyphen. */
static bool continues(const splitter *sp, size_t start, size_t end, size_t next_start,
                      size_t next_end) {
  while (end > start &&
         (sp->s[end - 1] == ' ' || sp->s[end - 1] == '\r' || sp->s[end - 1] == '\t'))
    end--;
  while (next_start < next_end && (sp->s[next_start] == ' ' || sp->s[next_start] == '\t'))
    next_start++;
  if (end == start || next_start >= next_end)
    return false;
  unsigned char last = sp->s[end - 1];
  if (last == ',' || last == '-')
    return true;
  size_t size;
  uint32_t first = akg_utf8_decode(sp->s + next_start, next_end - next_start, &size);
  return end - start >= 60 && strchr(".!?:;\"')", last) == NULL &&
         akg_char_is_lower(first);
}

void akg_sentences_split(const char *text, size_t len, akg_sentences *out) {
  out->count = 0;
  out->blocks = 0;
  splitter sp = {(const unsigned char *)text, len, out};
  size_t p = 0;
  while (p < len) {
    size_t e = line_end(&sp, p);
    if (is_blank(&sp, p, e)) {
      p = e + 1;
      continue;
    }
    size_t block_start = p, block_end = e;
    while (block_end < len) {
      size_t n = block_end + 1;
      size_t ne = line_end(&sp, n);
      if (n >= len || is_blank(&sp, n, ne) || !continues(&sp, p, block_end, n, ne))
        break;
      p = n;
      block_end = ne;
    }
    size_t before = out->count;
    split_block(&sp, block_start, block_end, out->blocks);
    if (out->count > before) {
      out->items[out->count - 1].flags |= AKG_SENTENCE_BLOCK_END;
      out->blocks++;
    }
    p = block_end + 1;
  }
}

void akg_sentences_free(akg_sentences *sentences) {
  akg_free(sentences->items);
  memset(sentences, 0, sizeof *sentences);
}

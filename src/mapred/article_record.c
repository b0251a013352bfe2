/* article_record.c: article records written and read (see article_record.h).
 *
 * The line parser is our own and strict rather than Raptor's N-Quads
 * parser: it reads only the one statement shape records have, gives the
 * file, line and column of what is wrong, and costs no RDF world per line.
 * Anything N-Quads allows in that shape is accepted (white space between
 * terms, any escapes in the literal, a trailing comment), so records that
 * went through a triple store and back still merge. */
#include "actorkg/article_record.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "actorkg/alloc.h"
#include "actorkg/hash.h"
#include "actorkg/iri.h"
#include "actorkg/reader.h"
#include "mapred/json.h"
#include "text/utf8.h"

/* ---- writing ---- */

static void put_key(akg_buf *json, const char *key) {
  akg_buf_putc(json, ',');
  akg_json_put_string(json, key);
  akg_buf_putc(json, ':');
}

static void put_optional(akg_buf *json, const char *key, const char *value) {
  if (value) {
    put_key(json, key);
    akg_json_put_string(json, value);
  }
}

static void put_date(akg_buf *json, akg_date date) {
  char text[11];
  if (akg_date_format(date, text))
    put_optional(json, "date", text);
}

static void put_fact(akg_buf *json, const akg_fact *f, size_t sentence) {
  akg_buf_puts(json, "{\"s\":");
  akg_json_put_string(json, f->subject->id);
  put_optional(json, "p", akg_relation_name(f->relation));
  put_optional(json, "o", f->object->id);
  put_date(json, f->date);
  put_key(json, "pos");
  akg_buf_printf(json, "%zu", f->position);
  put_optional(json, "cameo", f->cameo);
  put_optional(json, "plover", f->plover);
  put_key(json, "sentence");
  akg_buf_printf(json, "%zu", sentence);
  akg_buf_putc(json, '}');
}

/* A sentence often states several facts ("with the U.S., Australia, India
 * and ASEAN"), so each distinct one is written once, in order of first
 * use, and facts refer to it by number. */
static void put_sentences(akg_buf *json, const akg_fact *facts, size_t fact_count,
                          size_t *numbers) {
  akg_strmap *seen = akg_strmap_new();
  size_t count = 0;
  put_key(json, "sentences");
  akg_buf_putc(json, '[');
  for (size_t i = 0; i < fact_count; i++) {
    const char *sentence = facts[i].evidence ? facts[i].evidence : "";
    bool inserted;
    void **slot = akg_strmap_slot(seen, sentence, &inserted);
    if (inserted) {
      *slot = (void *)(uintptr_t)(count + 1); /* not NULL */
      if (count++)
        akg_buf_putc(json, ',');
      akg_json_put_string(json, sentence);
    }
    numbers[i] = (size_t)(uintptr_t)*slot - 1;
  }
  akg_buf_putc(json, ']');
  akg_strmap_free(seen);
}

static void put_payload(akg_buf *json, const akg_article *a, const akg_fact *facts,
                        size_t fact_count) {
  akg_buf_puts(json, "{\"actorkg\":1");
  put_optional(json, "id", a->id);
  put_optional(json, "origin", a->origin);
  put_optional(json, "title", a->title);
  put_optional(json, "publisher", a->publisher);
  put_optional(json, "creator", a->creator);
  put_optional(json, "url", a->url);
  put_date(json, a->date);
  size_t *numbers = akg_reallocarray(NULL, fact_count, sizeof *numbers);
  put_sentences(json, facts, fact_count, numbers);
  put_key(json, "facts");
  akg_buf_putc(json, '[');
  for (size_t i = 0; i < fact_count; i++) {
    if (i)
      akg_buf_putc(json, ',');
    put_fact(json, &facts[i], numbers[i]);
  }
  akg_buf_puts(json, "]}");
  akg_free(numbers);
}

static uint64_t payload_hash(const char *payload, size_t len) {
  return akg_fnv1a_64(AKG_FNV1A_64_INIT, payload, len);
}

static void format_hash(uint64_t h, char out[17]) {
  static const char hex[] = "0123456789abcdef";
  for (int i = 0; i < 16; i++)
    out[i] = hex[(h >> (60 - 4 * i)) & 15];
  out[16] = '\0';
}

/* The payload as an N-Quads string body: JSON text has no raw control
 * characters, so only quotes and backslashes need escaping. */
static void put_literal_body(akg_buf *out, const akg_buf *json) {
  const char *p = akg_buf_str(json);
  const char *run = p;
  for (; *p; p++) {
    if (*p != '"' && *p != '\\')
      continue;
    akg_buf_append(out, run, (size_t)(p - run));
    akg_buf_putc(out, '\\');
    run = p;
  }
  akg_buf_append(out, run, (size_t)(p - run));
}

void akg_record_write(akg_buf *out, const akg_article *article, const akg_fact *facts,
                      size_t fact_count, const char *base_iri, akg_record_syntax syntax) {
  akg_buf json = AKG_BUF_INIT;
  put_payload(&json, article, facts, fact_count);

  char *name = akg_iri_article_name(article->id);
  akg_buf_printf(out, "<%sarticle/%s> <" AKG_RECORD_PREDICATE "> \"", base_iri, name);
  akg_free(name);
  put_literal_body(out, &json);
  akg_buf_puts(out, "\"^^<" AKG_RECORD_DATATYPE ">");
  if (syntax == AKG_RECORD_NQUADS) {
    char hash[17];
    format_hash(payload_hash(json.data, json.len), hash);
    akg_buf_printf(out, " <%srecord/%s>", base_iri, hash);
  }
  akg_buf_puts(out, " .\n");
  akg_buf_free(&json);
}

/* ---- reading ---- */

struct akg_record_reader {
  const akg_lexicon *lexicon;
  akg_strmap *codes;      /* code -> its interned copy in code_strings */
  akg_strlist owned;      /* the interned code strings */
  akg_buf payload;        /* the literal, unescaped */
  akg_buf graph;          /* the graph label, if any */
  akg_buf text;           /* scratch for JSON strings and IRIs */
  akg_strlist sentences;  /* the record's "sentences" */
  size_t *fact_sentences; /* each fact's sentence number */
  size_t fact_sentences_cap;
};

akg_record_reader *akg_record_reader_new(const akg_lexicon *lexicon) {
  akg_record_reader *r = akg_calloc(1, sizeof *r);
  r->lexicon = lexicon;
  r->codes = akg_strmap_new();
  return r;
}

void akg_record_reader_free(akg_record_reader *reader) {
  if (!reader)
    return;
  akg_strmap_free(reader->codes);
  akg_strlist_free(&reader->owned);
  akg_buf_free(&reader->payload);
  akg_buf_free(&reader->graph);
  akg_buf_free(&reader->text);
  akg_strlist_free(&reader->sentences);
  akg_free(reader->fact_sentences);
  akg_free(reader);
}

void akg_record_clear(akg_record *record) {
  akg_article_clear(&record->article);
  akg_facts_clear(&record->facts);
  record->hash = 0;
}

void akg_record_free(akg_record *record) {
  akg_article_clear(&record->article);
  akg_facts_free(&record->facts);
  record->hash = 0;
}

/* One line being parsed: where it is, and the first problem found. */
typedef struct parse {
  akg_record_reader *reader;
  const char *line, *p, *end;
  akg_record *out;
  char problem[256];
} parse;

static bool bad(parse *ps, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static bool bad(parse *ps, const char *fmt, ...) {
  if (ps->problem[0])
    return false;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(ps->problem, sizeof ps->problem, fmt, ap);
  va_end(ap);
  return false;
}

static bool bad_at(parse *ps, const char *what) {
  return bad(ps, "column %zu: %s", (size_t)(ps->p - ps->line) + 1, what);
}

static void skip_blanks(parse *ps) {
  while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t'))
    ps->p++;
}

/* IRIREF; escapes are not accepted (records never have them). */
static bool read_iri(parse *ps, akg_buf *out) {
  akg_buf_clear(out);
  akg_buf_append(out, "", 0);
  if (ps->p == ps->end || *ps->p != '<')
    return bad_at(ps, "expected an IRI in <...>");
  const char *start = ++ps->p;
  while (ps->p < ps->end && *ps->p != '>') {
    unsigned char c = (unsigned char)*ps->p;
    if (c <= 0x20 || strchr("<\"{}|^`", c))
      return bad_at(ps, "character not allowed in an IRI");
    if (c == '\\')
      return bad_at(ps, "escapes in IRIs are not supported in records");
    ps->p++;
  }
  if (ps->p == ps->end)
    return bad_at(ps, "unterminated IRI");
  akg_buf_append(out, start, (size_t)(ps->p - start));
  ps->p++;
  return true;
}

static int hex_digit(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* UCHAR after the backslash and 'u' or 'U': `digits` hex digits. */
static bool read_uchar(parse *ps, int digits, akg_buf *out) {
  if (ps->end - ps->p < digits)
    return bad_at(ps, "truncated \\u escape");
  uint32_t cp = 0;
  for (int i = 0; i < digits; i++) {
    int d = hex_digit(ps->p[i]);
    if (d < 0)
      return bad_at(ps, "bad \\u escape");
    cp = cp << 4 | (uint32_t)d;
  }
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return bad_at(ps, "\\u escape of a character that cannot be in a record");
  ps->p += digits;
  char utf8[4];
  akg_buf_append(out, utf8, akg_utf8_encode(cp, utf8));
  return true;
}

/* STRING_LITERAL_QUOTE, unescaped into `out`. */
static bool read_string_literal(parse *ps, akg_buf *out) {
  akg_buf_clear(out);
  akg_buf_append(out, "", 0);
  if (ps->p == ps->end || *ps->p != '"')
    return bad_at(ps, "expected the record's literal in \"...\"");
  ps->p++;
  for (;;) {
    const char *run = ps->p;
    while (ps->p < ps->end && *ps->p != '"' && *ps->p != '\\' && *ps->p != '\0')
      ps->p++;
    akg_buf_append(out, run, (size_t)(ps->p - run));
    if (ps->p == ps->end)
      return bad_at(ps, "unterminated literal");
    char c = *ps->p++;
    if (c == '"')
      return true;
    if (c == '\0') {
      ps->p--;
      return bad_at(ps, "NUL byte in the literal");
    }
    if (ps->p == ps->end)
      return bad_at(ps, "unterminated literal");
    c = *ps->p++;
    const char *plain = strchr("tbnrf\"'\\", c);
    if (plain && c) {
      static const char decoded[] = "\t\b\n\r\f\"'\\";
      akg_buf_putc(out, decoded[plain - "tbnrf\"'\\"]);
    } else if (c == 'u' || c == 'U') {
      if (!read_uchar(ps, c == 'u' ? 4 : 8, out))
        return false;
    } else {
      ps->p -= 2;
      return bad_at(ps, "bad escape in the literal");
    }
  }
}

/* The statement: subject, predicate, typed literal, optional graph, '.'. */
static bool read_statement(parse *ps, bool *has_graph) {
  akg_record_reader *r = ps->reader;
  if (ps->p < ps->end && *ps->p == '_')
    return bad_at(ps, "the subject is a blank node: not an actorkg record");
  if (!read_iri(ps, &r->text))
    return false;
  skip_blanks(ps);
  const char *predicate_at = ps->p;
  if (!read_iri(ps, &r->text))
    return false;
  if (strcmp(r->text.data, AKG_RECORD_PREDICATE)) {
    ps->p = predicate_at;
    return bad_at(ps, "not an actorkg record (the predicate is not "
                      "<" AKG_RECORD_PREDICATE ">)");
  }
  skip_blanks(ps);
  if (!read_string_literal(ps, &r->payload))
    return false;
  if (ps->end - ps->p < 2 || ps->p[0] != '^' || ps->p[1] != '^')
    return bad_at(ps, "the record's literal must be typed <" AKG_RECORD_DATATYPE ">");
  ps->p += 2;
  const char *datatype_at = ps->p;
  if (!read_iri(ps, &r->text))
    return false;
  if (strcmp(r->text.data, AKG_RECORD_DATATYPE)) {
    ps->p = datatype_at;
    return bad_at(ps, "the record's literal must be typed <" AKG_RECORD_DATATYPE ">");
  }
  skip_blanks(ps);
  *has_graph = ps->p < ps->end && *ps->p == '<';
  if (*has_graph && !read_iri(ps, &r->graph))
    return false;
  if (!*has_graph && ps->p < ps->end && *ps->p == '_')
    return bad_at(ps, "the graph label is a blank node: not an actorkg record");
  skip_blanks(ps);
  if (ps->p == ps->end || *ps->p != '.')
    return bad_at(ps, "expected '.' at the end of the statement");
  ps->p++;
  skip_blanks(ps);
  if (ps->p < ps->end && *ps->p != '#')
    return bad_at(ps, "unexpected text after the statement");
  return true;
}

/* ---- the JSON payload ---- */

typedef struct json_reading {
  parse *ps;
  akg_json_cursor cur;
} json_reading;

static bool json_failed(json_reading *j) {
  return bad(j->ps, "in the record's JSON at byte %zu: %s",
             (size_t)(j->cur.p - j->cur.start) + 1,
             j->cur.error ? j->cur.error : "malformed");
}

/* Reads a string value into a new owned string at *field. */
static bool read_owned_string(json_reading *j, const char *key, char **field) {
  if (*field)
    return bad(j->ps, "in the record's JSON: \"%s\" given twice", key);
  if (!akg_json_read_string(&j->cur, &j->ps->reader->text))
    return json_failed(j);
  *field = akg_strdup(j->ps->reader->text.data);
  return true;
}

static bool read_date(json_reading *j, akg_date *out) {
  if (!akg_json_read_string(&j->cur, &j->ps->reader->text))
    return json_failed(j);
  if (akg_date_parse_iso(j->ps->reader->text.data, out) != AKG_OK)
    return bad(j->ps,
               "in the record's JSON: \"%s\" is not a date (YYYY, YYYY-MM or "
               "YYYY-MM-DD)",
               j->ps->reader->text.data);
  return true;
}

static bool read_actor(json_reading *j, const akg_actor **out) {
  if (!akg_json_read_string(&j->cur, &j->ps->reader->text))
    return json_failed(j);
  *out = akg_lexicon_find_id(j->ps->reader->lexicon, j->ps->reader->text.data);
  if (!*out)
    return bad(j->ps,
               "actor \"%s\" is not in the lexicon (extracted with another "
               "--ontology?)",
               j->ps->reader->text.data);
  return true;
}

/* A code string, interned so facts can borrow it for the reader's life. */
static bool read_code(json_reading *j, const char **out) {
  akg_record_reader *r = j->ps->reader;
  if (!akg_json_read_string(&j->cur, &r->text))
    return json_failed(j);
  bool inserted;
  void **slot = akg_strmap_slot(r->codes, r->text.data, &inserted);
  if (inserted) {
    akg_strlist_push(&r->owned, r->text.data);
    *slot = r->owned.items[r->owned.count - 1];
  }
  *out = *slot;
  return true;
}

/* Reads the key of the next member of an object into reader->text and
 * consumes its ':'. */
static bool read_key(json_reading *j) {
  if (!akg_json_read_string(&j->cur, &j->ps->reader->text) ||
      !akg_json_expect(&j->cur, ':'))
    return json_failed(j);
  return true;
}

/* After a member: ',' (more follow: true in *more) or the closing '}'. */
static bool next_member(json_reading *j, bool *more) {
  *more = akg_json_peek(&j->cur, ',');
  if (*more || akg_json_peek(&j->cur, '}')) {
    j->cur.p++;
    return true;
  }
  j->cur.error = "expected ',' or '}'";
  return json_failed(j);
}

static bool read_fact(json_reading *j) {
  akg_record_reader *r = j->ps->reader;
  akg_fact f = {.date = AKG_DATE_UNKNOWN};
  bool have_relation = false, have_position = false, have_sentence = false;
  unsigned long long sentence = 0;
  bool ok = akg_json_expect(&j->cur, '{') || json_failed(j);
  bool more = ok && !akg_json_peek(&j->cur, '}');
  if (ok && !more)
    j->cur.p++;
  while (ok && more) {
    ok = read_key(j);
    if (!ok)
      break;
    if (!strcmp(r->text.data, "s")) {
      ok = read_actor(j, &f.subject);
    } else if (!strcmp(r->text.data, "o")) {
      ok = read_actor(j, &f.object);
    } else if (!strcmp(r->text.data, "p")) {
      ok = akg_json_read_string(&j->cur, &r->text) || json_failed(j);
      if (ok && !akg_relation_from_name(r->text.data, &f.relation))
        ok = bad(j->ps, "in the record's JSON: unknown relation \"%s\"", r->text.data);
      have_relation = true;
    } else if (!strcmp(r->text.data, "date")) {
      ok = read_date(j, &f.date);
    } else if (!strcmp(r->text.data, "pos")) {
      unsigned long long pos;
      ok = akg_json_read_uint(&j->cur, &pos) || json_failed(j);
      if (ok && pos > SIZE_MAX)
        ok = bad(j->ps, "in the record's JSON: position too large");
      f.position = (size_t)pos;
      have_position = true;
    } else if (!strcmp(r->text.data, "cameo")) {
      ok = read_code(j, &f.cameo);
    } else if (!strcmp(r->text.data, "plover")) {
      ok = read_code(j, &f.plover);
    } else if (!strcmp(r->text.data, "sentence")) {
      ok = akg_json_read_uint(&j->cur, &sentence) || json_failed(j);
      have_sentence = true;
    } else {
      ok = bad(j->ps, "in the record's JSON: unknown key \"%s\" in a fact", r->text.data);
    }
    ok = ok && next_member(j, &more);
  }
  if (ok &&
      (!f.subject || !f.object || !have_relation || !have_position || !have_sentence))
    ok = bad(j->ps, "in the record's JSON: a fact needs \"s\", \"p\", \"o\", \"pos\" "
                    "and \"sentence\"");
  if (ok) {
    /* The sentence is filled in by resolve_sentences, once all are read. */
    akg_facts *facts = &j->ps->out->facts;
    if (facts->count == r->fact_sentences_cap) {
      r->fact_sentences_cap = r->fact_sentences_cap ? 2 * r->fact_sentences_cap : 16;
      r->fact_sentences = akg_reallocarray(r->fact_sentences, r->fact_sentences_cap,
                                           sizeof *r->fact_sentences);
    }
    r->fact_sentences[facts->count] = sentence > SIZE_MAX ? SIZE_MAX : (size_t)sentence;
    akg_facts_push(facts, &f);
  }
  return ok;
}

static bool read_facts(json_reading *j) {
  if (!akg_json_expect(&j->cur, '['))
    return json_failed(j);
  if (akg_json_peek(&j->cur, ']')) {
    j->cur.p++;
    return true;
  }
  for (;;) {
    if (!read_fact(j))
      return false;
    if (akg_json_peek(&j->cur, ']')) {
      j->cur.p++;
      return true;
    }
    if (!akg_json_expect(&j->cur, ','))
      return json_failed(j);
  }
}

static bool read_sentences(json_reading *j) {
  akg_record_reader *r = j->ps->reader;
  if (!akg_json_expect(&j->cur, '['))
    return json_failed(j);
  if (akg_json_peek(&j->cur, ']')) {
    j->cur.p++;
    return true;
  }
  for (;;) {
    if (!akg_json_read_string(&j->cur, &r->text))
      return json_failed(j);
    akg_strlist_push(&r->sentences, r->text.data);
    if (akg_json_peek(&j->cur, ']')) {
      j->cur.p++;
      return true;
    }
    if (!akg_json_expect(&j->cur, ','))
      return json_failed(j);
  }
}

/* Gives each fact its sentence. */
static bool resolve_sentences(parse *ps) {
  akg_record_reader *r = ps->reader;
  akg_facts *facts = &ps->out->facts;
  bool ok = true;
  for (size_t i = 0; i < facts->count && ok; i++) {
    size_t n = r->fact_sentences[i];
    if (n >= r->sentences.count) {
      ok = bad(ps, "in the record's JSON: fact %zu refers to sentence %zu of %zu", i + 1,
               n, r->sentences.count);
      break;
    }
    akg_free(facts->items[i].evidence);
    facts->items[i].evidence = akg_strdup(r->sentences.items[n]);
  }
  return ok;
}

static bool read_payload(parse *ps) {
  akg_record_reader *r = ps->reader;
  akg_article *a = &ps->out->article;
  json_reading j = {.ps = ps};
  j.cur = (akg_json_cursor){.start = r->payload.data,
                            .p = r->payload.data,
                            .end = r->payload.data + r->payload.len};
  bool have_version = false, have_facts = false, have_sentences = false;
  akg_strlist_free(&r->sentences);
  bool ok = akg_json_expect(&j.cur, '{') || json_failed(&j);
  bool more = ok && !akg_json_peek(&j.cur, '}');
  if (ok && !more)
    j.cur.p++;
  while (ok && more) {
    ok = read_key(&j);
    if (!ok)
      break;
    const char *key = r->text.data;
    if (!strcmp(key, "actorkg")) {
      unsigned long long version;
      ok = akg_json_read_uint(&j.cur, &version) || json_failed(&j);
      if (ok && version != 1)
        ok = bad(ps,
                 "record format version %llu is not supported (this actorkg reads "
                 "version 1)",
                 version);
      have_version = true;
    } else if (!strcmp(key, "id")) {
      ok = read_owned_string(&j, "id", &a->id);
    } else if (!strcmp(key, "origin")) {
      ok = read_owned_string(&j, "origin", &a->origin);
    } else if (!strcmp(key, "title")) {
      ok = read_owned_string(&j, "title", &a->title);
    } else if (!strcmp(key, "publisher")) {
      ok = read_owned_string(&j, "publisher", &a->publisher);
    } else if (!strcmp(key, "creator")) {
      ok = read_owned_string(&j, "creator", &a->creator);
    } else if (!strcmp(key, "url")) {
      ok = read_owned_string(&j, "url", &a->url);
    } else if (!strcmp(key, "date")) {
      ok = read_date(&j, &a->date);
    } else if (!strcmp(key, "sentences")) {
      ok = !have_sentences || bad(ps, "in the record's JSON: \"sentences\" given twice");
      ok = ok && read_sentences(&j);
      have_sentences = true;
    } else if (!strcmp(key, "facts")) {
      ok = !have_facts || bad(ps, "in the record's JSON: \"facts\" given twice");
      ok = ok && read_facts(&j);
      have_facts = true;
    } else {
      ok = bad(ps, "in the record's JSON: unknown key \"%s\"", key);
    }
    ok = ok && next_member(&j, &more);
  }
  if (ok && !akg_json_at_end(&j.cur))
    ok = bad(ps, "in the record's JSON: text after the object");
  if (ok && (!have_version || !a->id || !have_sentences || !have_facts))
    ok = bad(ps, "in the record's JSON: a record needs \"actorkg\", \"id\", "
                 "\"sentences\" and \"facts\"");
  return ok && resolve_sentences(ps);
}

/* The graph label, when there is one, must name this payload. */
static bool check_graph(parse *ps) {
  char hash[17];
  format_hash(ps->out->hash, hash);
  const akg_buf *graph = &ps->reader->graph;
  const char *tail = graph->len >= 23 ? graph->data + graph->len - 23 : "";
  if (strncmp(tail, "record/", 7) || strcmp(tail + 7, hash))
    return bad(ps,
               "the graph label <%s> does not fit the record's content (the record "
               "was changed after extraction?)",
               graph->data);
  return true;
}

akg_status akg_record_parse(akg_record_reader *reader, const char *line, size_t len,
                            const char *file, unsigned long line_number, akg_record *out,
                            bool *found, akg_diag *diag) {
  akg_record_clear(out);
  *found = false;
  parse ps = {.reader = reader, .line = line, .p = line, .end = line + len, .out = out};
  skip_blanks(&ps);
  if (ps.p == ps.end || *ps.p == '#')
    return AKG_OK;
  bool has_graph = false;
  bool ok = read_statement(&ps, &has_graph);
  if (ok)
    out->hash = payload_hash(reader->payload.data, reader->payload.len);
  ok = ok && (!has_graph || check_graph(&ps)) && read_payload(&ps);
  if (!ok) {
    akg_diag_report(diag, AKG_DIAG_ERROR, file, line_number, "%s", ps.problem);
    akg_record_clear(out);
    return AKG_ERR_SYNTAX;
  }
  *found = true;
  return AKG_OK;
}

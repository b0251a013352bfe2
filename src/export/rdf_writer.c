/* rdf_writer.c: a streaming writer of Turtle, N-Triples and N-Quads (see
 * rdf_writer.h).
 *
 * Why not Raptor's serializers: its Turtle serializer keeps every
 * statement in trees until the end (224 MB and 5 s for a million triples),
 * and its N-Triples one goes through a function call per byte; both are
 * several times slower than serdi. Writing the few term shapes actorkg
 * produces is a page of code: bytes that need no escape are copied in
 * runs into a 64 KiB buffer, handed to the sink when full.
 *
 * Escapes. N-Triples and N-Quads are written in ASCII, as Raptor wrote
 * them (and the RDF 1.0 N-Triples form every tool reads): \" \\ \n \r \t
 * in literals, \uXXXX (upper-case hex) for other control characters and
 * for non-ASCII code points, \UXXXXXXXX above U+FFFF. Turtle keeps
 * non-ASCII text as UTF-8 and escapes only what its short strings
 * forbid or what would be invisible (controls, DEL). In IRIs (IRIREF
 * forbids them) space, controls and <>"{}|^`\ become \u00XX. */
#include "export/rdf_writer.h"

#include <stdbool.h>
#include <string.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "text/utf8.h"

enum { OUT_SIZE = 64 * 1024 };

typedef struct prefix {
  char *name;
  size_t name_len;
  char *iri;
  size_t iri_len;
} prefix;

struct akg_rdf_writer {
  akg_rdf_format format;
  const akg_sink *sink;
  akg_status status; /* the sink's first failure */
  size_t count;
  prefix *prefixes;
  size_t prefix_count;
  bool started;      /* Turtle: the prefixes are written */
  bool open;         /* Turtle: a subject block is open */
  akg_buf subject;   /* Turtle: the open block's subject */
  akg_buf predicate; /* Turtle: the last predicate of that block */
  size_t pending;    /* bytes waiting in out */
  char out[OUT_SIZE];
};

static void flush(akg_rdf_writer *w) {
  if (w->status == AKG_OK && w->pending)
    w->status = akg_sink_write(w->sink, w->out, w->pending);
  w->pending = 0;
}

static void put(akg_rdf_writer *w, const char *bytes, size_t len) {
  if (w->pending + len > OUT_SIZE) {
    flush(w);
    if (len > OUT_SIZE) {
      if (w->status == AKG_OK)
        w->status = akg_sink_write(w->sink, bytes, len);
      return;
    }
  }
  memcpy(w->out + w->pending, bytes, len);
  w->pending += len;
}

static void put_str(akg_rdf_writer *w, const char *s) {
  put(w, s, strlen(s));
}

static void put_char(akg_rdf_writer *w, char c) {
  if (w->pending == OUT_SIZE)
    flush(w);
  w->out[w->pending++] = c;
}

/* \uXXXX or \UXXXXXXXX, upper-case hex. */
static void put_code_point(akg_rdf_writer *w, uint32_t cp) {
  static const char hex[] = "0123456789ABCDEF";
  char text[10];
  size_t digits = cp > 0xFFFF ? 8 : 4;
  text[0] = '\\';
  text[1] = cp > 0xFFFF ? 'U' : 'u';
  for (size_t i = 0; i < digits; i++)
    text[2 + i] = hex[(cp >> (4 * (digits - 1 - i))) & 0xF];
  put(w, text, 2 + digits);
}

static bool iri_needs_escape(unsigned char c) {
  return c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"' || c == '{' ||
         c == '}' || c == '|' || c == '^' || c == '`' || c == '\\';
}

static bool literal_needs_escape(unsigned char c) {
  return c < 0x20 || c == 0x7F || c == '"' || c == '\\';
}

/* Writes s[0..len) escaped for an IRI (`iri`) or a string literal; with
 * `ascii`, non-ASCII code points as \u escapes. Runs of bytes that need
 * nothing are copied at once. */
static void put_escaped(akg_rdf_writer *w, const char *s, size_t len, bool iri,
                        bool ascii) {
  const unsigned char *u = (const unsigned char *)s;
  size_t run = 0, i = 0;
  while (i < len) {
    unsigned char c = u[i];
    bool plain =
        c < 0x80 ? !(iri ? iri_needs_escape(c) : literal_needs_escape(c)) : !ascii;
    if (plain) {
      i++;
      continue;
    }
    put(w, s + run, i - run);
    size_t size = 1;
    if (c >= 0x80) {
      put_code_point(w, akg_utf8_decode(u + i, len - i, &size));
    } else if (!iri && c == '"') {
      put(w, "\\\"", 2);
    } else if (!iri && c == '\\') {
      put(w, "\\\\", 2);
    } else if (!iri && c == '\n') {
      put(w, "\\n", 2);
    } else if (!iri && c == '\r') {
      put(w, "\\r", 2);
    } else if (!iri && c == '\t') {
      put(w, "\\t", 2);
    } else {
      put_code_point(w, c);
    }
    i += size;
    run = i;
  }
  put(w, s + run, len - run);
}

static void put_full_iri(akg_rdf_writer *w, const char *iri, size_t len) {
  put_char(w, '<');
  put_escaped(w, iri, len, true, w->format != AKG_RDF_TURTLE);
  put_char(w, '>');
}

/* A conservative PN_LOCAL: ASCII letters, digits, '_', '-' and '.', not
 * starting with '-' or '.' and not ending with '.'. Anything else (a
 * percent escape, non-ASCII) is written as a full IRI, which every
 * parser reads the same way. */
static bool is_local_name(const char *s, size_t len) {
  if (!len || s[0] == '-' || s[0] == '.' || s[len - 1] == '.')
    return false;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          c == '_' || c == '-' || c == '.'))
      return false;
  }
  return true;
}

/* Turtle: the longest declared namespace that leaves a local name. */
static void put_turtle_iri(akg_rdf_writer *w, const char *iri, size_t len) {
  const prefix *best = NULL;
  for (size_t i = 0; i < w->prefix_count; i++) {
    const prefix *p = &w->prefixes[i];
    if (p->iri_len < len && (!best || p->iri_len > best->iri_len) &&
        !memcmp(iri, p->iri, p->iri_len) &&
        is_local_name(iri + p->iri_len, len - p->iri_len))
      best = p;
  }
  if (!best) {
    put_full_iri(w, iri, len);
    return;
  }
  put(w, best->name, best->name_len);
  put_char(w, ':');
  put(w, iri + best->iri_len, len - best->iri_len);
}

static void put_iri(akg_rdf_writer *w, const char *iri, size_t len) {
  if (w->format == AKG_RDF_TURTLE)
    put_turtle_iri(w, iri, len);
  else
    put_full_iri(w, iri, len);
}

static bool is_integer(const char *s, size_t len) {
  size_t i = len && (s[0] == '-' || s[0] == '+');
  if (i == len)
    return false;
  for (; i < len; i++)
    if (s[i] < '0' || s[i] > '9')
      return false;
  return true;
}

static void put_term(akg_rdf_writer *w, const akg_rdf_term *t) {
  if (t->kind == AKG_RDF_IRI) {
    put_iri(w, t->value, t->len);
    return;
  }
  bool turtle = w->format == AKG_RDF_TURTLE;
  if (turtle && t->datatype && !strcmp(t->datatype, AKG_NS_XSD "integer") &&
      is_integer(t->value, t->len)) {
    put(w, t->value, t->len); /* Turtle's INTEGER is this very literal */
    return;
  }
  put_char(w, '"');
  put_escaped(w, t->value, t->len, false, !turtle);
  put_char(w, '"');
  if (t->lang) {
    put_char(w, '@');
    put_str(w, t->lang);
  } else if (t->datatype) {
    put(w, "^^", 2);
    put_iri(w, t->datatype, strlen(t->datatype));
  }
}

static void put_prefixes(akg_rdf_writer *w) {
  for (size_t i = 0; i < w->prefix_count; i++) {
    put(w, "@prefix ", 8);
    put(w, w->prefixes[i].name, w->prefixes[i].name_len);
    put(w, ": ", 2);
    put_full_iri(w, w->prefixes[i].iri, w->prefixes[i].iri_len);
    put(w, " .\n", 3);
  }
  w->started = true;
}

static bool buf_equals(const akg_buf *buf, const akg_rdf_term *t) {
  return buf->len == t->len && !memcmp(buf->data, t->value, t->len);
}

static void buf_set(akg_buf *buf, const akg_rdf_term *t) {
  akg_buf_clear(buf);
  akg_buf_append(buf, t->value, t->len);
}

static void put_turtle_predicate(akg_rdf_writer *w, const akg_rdf_term *p) {
  static const char rdf_type[] = AKG_NS_RDF "type";
  if (p->len == sizeof rdf_type - 1 && !memcmp(p->value, rdf_type, p->len))
    put_char(w, 'a');
  else
    put_iri(w, p->value, p->len);
  buf_set(&w->predicate, p);
}

static void write_turtle(akg_rdf_writer *w, const akg_rdf_term *s, const akg_rdf_term *p,
                         const akg_rdf_term *o) {
  if (!w->started)
    put_prefixes(w);
  if (w->open && buf_equals(&w->subject, s)) {
    if (buf_equals(&w->predicate, p)) {
      /* IRIs stay on one line ("a akg:Event , rdf:Statement"), each of
       * a list of literals (labels, evidence) gets its own. */
      if (o->kind == AKG_RDF_IRI)
        put(w, " , ", 3);
      else
        put_str(w, " ,\n        ");
    } else {
      put(w, " ;\n    ", 7);
      put_turtle_predicate(w, p);
      put_char(w, ' ');
    }
  } else {
    if (w->open)
      put(w, " .\n", 3);
    put_char(w, '\n');
    put_iri(w, s->value, s->len);
    put_char(w, ' ');
    put_turtle_predicate(w, p);
    put_char(w, ' ');
    buf_set(&w->subject, s);
    w->open = true;
  }
  put_term(w, o);
}

static void write_line(akg_rdf_writer *w, const akg_rdf_term *s, const akg_rdf_term *p,
                       const akg_rdf_term *o, const akg_rdf_term *g) {
  put_full_iri(w, s->value, s->len);
  put_char(w, ' ');
  put_full_iri(w, p->value, p->len);
  put_char(w, ' ');
  put_term(w, o);
  if (g && w->format == AKG_RDF_NQUADS) {
    put_char(w, ' ');
    put_full_iri(w, g->value, g->len);
  }
  put(w, " .\n", 3);
}

akg_rdf_writer *akg_rdf_writer_new(akg_rdf_format format, const akg_sink *sink,
                                   const akg_rdf_prefix *prefixes, size_t prefix_count) {
  akg_rdf_writer *w = akg_calloc(1, sizeof *w);
  w->format = format;
  w->sink = sink;
  w->status = AKG_OK;
  if (format == AKG_RDF_TURTLE && prefix_count) {
    w->prefixes = akg_calloc(prefix_count, sizeof *w->prefixes);
    w->prefix_count = prefix_count;
    for (size_t i = 0; i < prefix_count; i++) {
      w->prefixes[i].name = akg_strdup(prefixes[i].name);
      w->prefixes[i].name_len = strlen(prefixes[i].name);
      w->prefixes[i].iri = akg_strdup(prefixes[i].iri);
      w->prefixes[i].iri_len = strlen(prefixes[i].iri);
    }
  }
  return w;
}

void akg_rdf_writer_free(akg_rdf_writer *w) {
  if (!w)
    return;
  for (size_t i = 0; i < w->prefix_count; i++) {
    akg_free(w->prefixes[i].name);
    akg_free(w->prefixes[i].iri);
  }
  akg_free(w->prefixes);
  akg_buf_free(&w->subject);
  akg_buf_free(&w->predicate);
  akg_free(w);
}

akg_status akg_rdf_writer_write(akg_rdf_writer *w, const akg_rdf_term *subject,
                                const akg_rdf_term *predicate, const akg_rdf_term *object,
                                const akg_rdf_term *graph) {
  if (w->status != AKG_OK)
    return w->status;
  if (w->format == AKG_RDF_TURTLE)
    write_turtle(w, subject, predicate, object);
  else
    write_line(w, subject, predicate, object, graph);
  w->count++;
  return w->status;
}

akg_status akg_rdf_writer_finish(akg_rdf_writer *w) {
  if (w->status != AKG_OK)
    return w->status;
  if (w->format == AKG_RDF_TURTLE) {
    if (!w->started)
      put_prefixes(w);
    if (w->open)
      put(w, " .\n", 3);
    w->open = false;
  }
  flush(w);
  return w->status;
}

size_t akg_rdf_writer_count(const akg_rdf_writer *w) {
  return w->count;
}

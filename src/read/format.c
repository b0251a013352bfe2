/* format.c: content sniffing (see format.h).
 *
 * One forward pass over the prolog: each construct skipped is searched for
 * its end once, so the cost is linear in the bytes before the root element.
 * HTML is recognised by its doctype or by a first element that HTML has
 * (fragments saved from a page often start with <div> or <p>); an XML
 * declaration followed by an element of no known format is reported as
 * such rather than read as text, since its markup would end up in the
 * graph. */
#include "actorkg/format.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

typedef struct cursor {
  const char *p, *end;
} cursor;

static bool starts(const cursor *c, const char *s) {
  size_t n = strlen(s);
  return (size_t)(c->end - c->p) >= n && !strncasecmp(c->p, s, n);
}

/* Moves past the first occurrence of `s`, or to the end. */
static void skip_past(cursor *c, const char *s) {
  size_t n = strlen(s);
  while ((size_t)(c->end - c->p) >= n) {
    const char *hit = memchr(c->p, s[0], (size_t)(c->end - c->p) - n + 1);
    if (!hit)
      break;
    if (!memcmp(hit, s, n)) {
      c->p = hit + n;
      return;
    }
    c->p = hit + 1;
  }
  c->p = c->end;
}

static void skip_space(cursor *c) {
  while (c->p < c->end &&
         (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
    c->p++;
}

static bool is_name_char(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
         (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == ':' || ch == '.';
}

typedef struct prolog {
  bool xml_declaration;
  bool html_doctype;
  const char *root; /* the root element's name, or NULL */
  size_t root_len;
} prolog;

static prolog read_prolog(const char *data, size_t len) {
  prolog pr = {0};
  cursor c = {data, data + len};
  if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
    c.p += 3;
  for (;;) {
    skip_space(&c);
    if (starts(&c, "<?")) {
      if (starts(&c, "<?xml ") || starts(&c, "<?xml?"))
        pr.xml_declaration = true;
      skip_past(&c, "?>");
    } else if (starts(&c, "<!--")) {
      skip_past(&c, "-->");
    } else if (starts(&c, "<!doctype")) {
      cursor name = {c.p + 9, c.end};
      skip_space(&name);
      if (starts(&name, "html") && (name.p + 4 == name.end || !is_name_char(name.p[4])))
        pr.html_doctype = true;
      /* An internal subset may hold ">" inside its brackets. */
      const char *bracket = memchr(c.p, '[', (size_t)(c.end - c.p));
      const char *close = memchr(c.p, '>', (size_t)(c.end - c.p));
      if (bracket && (!close || bracket < close))
        skip_past(&c, "]");
      skip_past(&c, ">");
    } else {
      break;
    }
  }
  if (c.p < c.end && *c.p == '<') {
    const char *name = c.p + 1, *p = name;
    while (p < c.end && is_name_char(*p))
      p++;
    if (p > name) {
      pr.root = name;
      pr.root_len = (size_t)(p - name);
    }
  }
  return pr;
}

/* The local part of a possibly prefixed name ("atom:feed" -> "feed"). */
static bool local_name_is(const prolog *pr, const char *want) {
  const char *name = pr->root;
  size_t len = pr->root_len;
  const char *colon = memchr(name, ':', len);
  if (colon) {
    len -= (size_t)(colon + 1 - name);
    name = colon + 1;
  }
  return strlen(want) == len && !strncasecmp(name, want, len);
}

/* Elements that open saved HTML (whole pages or fragments). */
static const char *const html_elements[] = {
    "html",    "head",   "body", "meta",       "title", "link",  "script",   "style",
    "div",     "p",      "span", "a",          "b",     "i",     "em",       "strong",
    "h1",      "h2",     "h3",   "h4",         "h5",    "h6",    "article",  "main",
    "section", "header", "nav",  "footer",     "aside", "table", "ul",       "ol",
    "br",      "img",    "form", "blockquote", "pre",   "base",  "noscript", "figure"};

akg_format akg_format_sniff(const char *data, size_t len) {
  prolog pr = read_prolog(data, len);
  if (pr.html_doctype)
    return AKG_FORMAT_HTML;
  if (!pr.root)
    return pr.xml_declaration ? AKG_FORMAT_XML_OTHER : AKG_FORMAT_TEXT;
  if (local_name_is(&pr, "rss"))
    return AKG_FORMAT_RSS;
  if (local_name_is(&pr, "feed"))
    return AKG_FORMAT_ATOM;
  if (local_name_is(&pr, "Sentences"))
    return AKG_FORMAT_PETRARCH;
  for (size_t i = 0; i < sizeof html_elements / sizeof html_elements[0]; i++)
    if (local_name_is(&pr, html_elements[i]))
      return AKG_FORMAT_HTML;
  return pr.xml_declaration ? AKG_FORMAT_XML_OTHER : AKG_FORMAT_TEXT;
}

const char *akg_format_name(akg_format format) {
  switch (format) {
  case AKG_FORMAT_TEXT: return "text";
  case AKG_FORMAT_HTML: return "HTML";
  case AKG_FORMAT_RSS: return "RSS";
  case AKG_FORMAT_ATOM: return "Atom";
  case AKG_FORMAT_PETRARCH: return "PETRARCH XML";
  case AKG_FORMAT_XML_OTHER: return "XML";
  }
  return "text";
}

void akg_format_root_name(const char *data, size_t len, char *out, size_t out_size) {
  if (!out_size)
    return;
  prolog pr = read_prolog(data, len);
  size_t n = pr.root ? pr.root_len : 0;
  if (n >= out_size)
    n = out_size - 1;
  if (n)
    memcpy(out, pr.root, n);
  out[n] = '\0';
}

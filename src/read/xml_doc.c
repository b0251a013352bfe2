/* xml_doc.c: parsing with libxml2 and reading its trees (see xml_doc.h).
 *
 * Global state. libxml2 keeps its error handlers in per-thread globals
 * (Debian builds it with threads), so each parse installs ours, runs, and
 * puts the previous ones back: no message ever reaches stderr, nothing
 * leaks into Raptor's handlers, and two threads parsing at once would not
 * see each other's. xmlInitParser is called before every parse rather than
 * once: it returns at once when libxml2 is initialised, and Raptor calls
 * xmlCleanupParser whenever a raptor_world is freed (the lexicon loader
 * frees its world before any article is read), which leaves libxml2
 * uninitialised again. Nothing here calls xmlCleanupParser, which is not
 * safe while other code may use libxml2. */
#include "xml_doc.h"

#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "actorkg/alloc.h"

void akg_xml_errors_free(akg_xml_errors *errors) {
  akg_free(errors->fatal);
  memset(errors, 0, sizeof *errors);
}

#if LIBXML_VERSION >= 21200
static void on_error(void *ctx, const xmlError *error) {
#else
static void on_error(void *ctx, xmlErrorPtr error) {
#endif
  akg_xml_errors *errors = ctx;
  errors->count++;
  if (error->domain == XML_FROM_HTML && error->code == XML_ERR_INVALID_ENCODING)
    errors->not_utf8 = true;
  if (error->level == XML_ERR_FATAL && !errors->fatal) {
    const char *message = error->message ? error->message : "unknown error";
    size_t len = strlen(message);
    while (len && (message[len - 1] == '\n' || message[len - 1] == ' '))
      len--;
    errors->fatal = akg_strndup(message, len);
    errors->fatal_line = error->line > 0 ? (unsigned long)error->line : 0;
  }
}

/* Old code paths of libxml2 print through the generic handler; they are
 * counted, never printed. */
static void on_generic_error(void *ctx, const char *fmt, ...) {
  (void)fmt;
  ((akg_xml_errors *)ctx)->count++;
}

typedef struct saved_handlers {
  xmlStructuredErrorFunc structured;
  void *structured_ctx;
  xmlGenericErrorFunc generic;
  void *generic_ctx;
} saved_handlers;

static saved_handlers install(akg_xml_errors *errors) {
  xmlInitParser();
  saved_handlers saved = {xmlStructuredError, xmlStructuredErrorContext, xmlGenericError,
                          xmlGenericErrorContext};
  xmlSetStructuredErrorFunc(errors, on_error);
  xmlSetGenericErrorFunc(errors, on_generic_error);
  return saved;
}

static void restore(const saved_handlers *saved) {
  xmlSetStructuredErrorFunc(saved->structured_ctx, saved->structured);
  xmlSetGenericErrorFunc(saved->generic_ctx, saved->generic);
}

/* libxml2 takes an int length. */
static int clamp_length(size_t len) {
  return len > (size_t)0x7fffffff ? 0x7fffffff : (int)len;
}

xmlDocPtr akg_xml_read_html(const char *data, size_t len, const char *encoding,
                            akg_xml_errors *errors) {
  memset(errors, 0, sizeof *errors);
  saved_handlers saved = install(errors);
  htmlDocPtr doc =
      htmlReadMemory(data, clamp_length(len), NULL, encoding,
                     HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                         HTML_PARSE_RECOVER | HTML_PARSE_COMPACT);
  restore(&saved);
  return doc;
}

xmlDocPtr akg_xml_read_xml(const char *data, size_t len, akg_xml_errors *errors) {
  memset(errors, 0, sizeof *errors);
  saved_handlers saved = install(errors);
  /* Deliberately without XML_PARSE_NOENT and XML_PARSE_DTDLOAD: no
   * external entity or DTD is ever read. CDATA sections become text. */
  xmlDocPtr doc =
      xmlReadMemory(data, clamp_length(len), NULL, NULL,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                        XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
  restore(&saved);
  if (!doc && !errors->fatal)
    errors->fatal = akg_strdup("the parser gave no document");
  return doc;
}

void akg_xml_report(akg_diag *diag, const char *origin, const char *what,
                    const akg_xml_errors *errors) {
  akg_diag_report(diag, AKG_DIAG_ERROR, origin, errors->fatal_line, "%s: %s", what,
                  errors->fatal ? errors->fatal : "unknown error");
}

static const char *local_name(const xmlNode *node) {
  return node && node->type == XML_ELEMENT_NODE && node->name ? (const char *)node->name
                                                              : NULL;
}

bool akg_xml_is(const xmlNode *node, const char *name) {
  const char *have = local_name(node);
  return have && !strcasecmp(have, name);
}

bool akg_xml_is_ns(const xmlNode *node, const char *ns, const char *name) {
  if (!akg_xml_is(node, name))
    return false;
  const char *have = node->ns && node->ns->href ? (const char *)node->ns->href : NULL;
  return ns ? have && !strcmp(have, ns) : !have;
}

xmlNode *akg_xml_child(const xmlNode *node, const char *ns, const char *name) {
  for (xmlNode *c = node ? node->children : NULL; c; c = c->next)
    if (akg_xml_is_ns(c, ns, name))
      return c;
  return NULL;
}

char *akg_xml_attr(const xmlNode *node, const char *name) {
  if (!node || node->type != XML_ELEMENT_NODE)
    return NULL;
  for (xmlAttr *a = node->properties; a; a = a->next) {
    if (!a->name || strcasecmp((const char *)a->name, name))
      continue;
    akg_buf value = AKG_BUF_INIT;
    for (xmlNode *c = a->children; c; c = c->next)
      if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
        akg_buf_puts(&value, (const char *)c->content);
    return akg_buf_steal(&value);
  }
  return NULL;
}

/* Appends `s` collapsing white space; `*space` says a space is owed before
 * the next visible character (never at the start of the buffer). */
static void append_collapsed(akg_buf *out, const char *s, bool *space) {
  const unsigned char *p = (const unsigned char *)s;
  while (*p) {
    size_t ws = 0;
    if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
      ws = 1;
    else if (p[0] == 0xC2 && p[1] == 0xA0) /* NO-BREAK SPACE */
      ws = 2;
    if (ws) {
      *space = true;
      p += ws;
      continue;
    }
    const unsigned char *run = p;
    while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r' && *p != '\f' &&
           !(p[0] == 0xC2 && p[1] == 0xA0))
      p++;
    if (*space && out->len)
      akg_buf_putc(out, ' ');
    *space = false;
    akg_buf_append(out, (const char *)run, (size_t)(p - run));
  }
}

typedef struct text_walk {
  akg_buf *out;
  bool space;
} text_walk;

static bool text_enter(void *ctx, xmlNode *node) {
  text_walk *w = ctx;
  if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
      node->content)
    append_collapsed(w->out, (const char *)node->content, &w->space);
  return node->type == XML_ELEMENT_NODE;
}

void akg_xml_append_text(akg_buf *out, const xmlNode *node) {
  text_walk w = {out, out->len > 0};
  akg_xml_walk((xmlNode *)node, text_enter, NULL, &w);
}

char *akg_xml_text(const xmlNode *node) {
  if (!node)
    return NULL;
  akg_buf text = AKG_BUF_INIT;
  akg_xml_append_text(&text, node);
  if (!text.len) {
    akg_buf_free(&text);
    return NULL;
  }
  return akg_buf_steal(&text);
}

static bool raw_enter(void *ctx, xmlNode *node) {
  if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) &&
      node->content)
    akg_buf_puts(ctx, (const char *)node->content);
  return node->type == XML_ELEMENT_NODE;
}

void akg_xml_append_raw_text(akg_buf *out, const xmlNode *node) {
  akg_xml_walk((xmlNode *)node, raw_enter, NULL, out);
}

void akg_xml_name_record(akg_article *article, const char *file_id, const char *origin,
                         size_t n, const char *record_id) {
  akg_buf name = AKG_BUF_INIT;
  if (record_id && *record_id)
    akg_buf_puts(&name, record_id);
  else
    akg_buf_printf(&name, "%s#%zu", file_id, n);
  article->id = akg_buf_steal(&name);
  akg_buf_printf(&name, "%s#%zu", origin, n);
  article->origin = akg_buf_steal(&name);
}

char *akg_xml_collapse(const char *s) {
  if (!s)
    return NULL;
  akg_buf text = AKG_BUF_INIT;
  bool space = false;
  append_collapsed(&text, s, &space);
  if (!text.len) {
    akg_buf_free(&text);
    return NULL;
  }
  return akg_buf_steal(&text);
}

void akg_xml_walk(xmlNode *root, akg_xml_enter_fn enter, akg_xml_leave_fn leave,
                  void *ctx) {
  if (!root)
    return;
  xmlNode *node = root->children;
  while (node) {
    /* Entity references are never entered: see the file comment. */
    bool descend = enter(ctx, node) && node->type != XML_ENTITY_REF_NODE;
    if (descend && node->children) {
      node = node->children;
      continue;
    }
    if (leave)
      leave(ctx, node);
    while (!node->next) {
      node = node->parent;
      if (!node || node == root)
        return;
      if (leave)
        leave(ctx, node);
    }
    node = node->next;
  }
}

/* xml_doc.h: the libxml2 glue the HTML, feed and PETRARCH readers share.
 * Internal to src/read/: libxml2 types appear nowhere else.
 *
 * Parsing goes through akg_xml_read_html/akg_xml_read_xml, which make sure
 * libxml2 is initialised, keep its messages off stderr by routing them to
 * an akg_xml_errors record for the duration of the call, and never let it
 * fetch anything: no network, no DTD, no external entity. Reading a tree
 * goes through the helpers below, which do not follow entity references
 * (a document's own entities could otherwise expand exponentially). */
#ifndef ACTORKG_READ_XML_DOC_H
#define ACTORKG_READ_XML_DOC_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "actorkg/article.h"
#include "actorkg/buf.h"
#include "actorkg/status.h"

/* What libxml2 said while parsing one document. */
typedef struct akg_xml_errors {
  char *fatal; /* the first fatal error's message (owned), or NULL */
  unsigned long fatal_line;
  bool not_utf8; /* HTML only: bytes not valid in the declared encoding */
  size_t count;  /* every message, fatal or not */
} akg_xml_errors;

void akg_xml_errors_free(akg_xml_errors *errors);

/* Parses HTML with libxml2's recovering parser (no network, no messages).
 * `encoding` NULL honours the page's own declaration (<meta charset>,
 * http-equiv, byte-order mark), else UTF-8 with an ISO-8859-1 fallback.
 * Returns the document (free with xmlFreeDoc), or NULL. */
xmlDocPtr akg_xml_read_html(const char *data, size_t len, const char *encoding,
                            akg_xml_errors *errors);

/* Parses well-formed XML; NULL (with errors->fatal set) if it is not. */
xmlDocPtr akg_xml_read_xml(const char *data, size_t len, akg_xml_errors *errors);

/* Reports a failed parse as one message: "not well-formed XML: <libxml2's
 * message>" at its line, naming `origin`; for HTML, "cannot be read past
 * line N: ...". */
void akg_xml_report(akg_diag *diag, const char *origin, const char *what,
                    const akg_xml_errors *errors);

/* True for an element whose local name is `name` (ASCII case ignored, as
 * HTML wants; XML names in feeds are compared the same way). */
bool akg_xml_is(const xmlNode *node, const char *name);

/* The same, also requiring the namespace `ns` (NULL: no namespace). */
bool akg_xml_is_ns(const xmlNode *node, const char *ns, const char *name);

/* The first child element called `name` in namespace `ns`, or NULL. */
xmlNode *akg_xml_child(const xmlNode *node, const char *ns, const char *name);

/* An attribute's value (owned, free with akg_free), NULL when absent. Only
 * the attribute's text is read, never an entity it refers to. */
char *akg_xml_attr(const xmlNode *node, const char *name);

/* Appends the text under `node` with every run of white space (NBSP
 * included) made one space; entity references are skipped. */
void akg_xml_append_text(akg_buf *out, const xmlNode *node);

/* The text under `node`, white space collapsed and trimmed (owned), or
 * NULL when there is none. */
char *akg_xml_text(const xmlNode *node);

/* Appends the text under `node` as written (entity references skipped). */
void akg_xml_append_raw_text(akg_buf *out, const xmlNode *node);

/* `s` with white space collapsed and trimmed (owned), or NULL if empty. */
char *akg_xml_collapse(const char *s);

/* Visits the nodes under `root` (not root itself) in document order,
 * without recursion, so depth costs no stack. enter(node) returns false to
 * skip the node's children; leave(node), if given, follows them (and is
 * called for skipped nodes too). Entity references are never entered. */
typedef bool (*akg_xml_enter_fn)(void *ctx, xmlNode *node);
typedef void (*akg_xml_leave_fn)(void *ctx, xmlNode *node);
void akg_xml_walk(xmlNode *root, akg_xml_enter_fn enter, akg_xml_leave_fn leave,
                  void *ctx);

/* Names the n-th record (1-based) of a container file: its id is
 * `record_id` when given, else "<file_id>#n"; its origin, for messages, is
 * "<origin>#n". */
void akg_xml_name_record(akg_article *article, const char *file_id, const char *origin,
                         size_t n, const char *record_id);

#endif

/* graphml_export.c: graph.graphml with libxml2's xmlTextWriter (see
 * graphml_export.h).
 *
 * The writer's output buffer is an xmlOutputBuffer whose write callback
 * feeds our sink, so the document streams out as it is written. libxml2
 * escapes markup characters itself (&, <, > in text; also " and white
 * space in attributes); what it would write but XML 1.0 forbids (a
 * control character as &#1;) is replaced here first. libxml2's messages go
 * through a handler installed for the call and restored after, as the
 * readers do (src/read/xml_doc.c), so nothing reaches stderr directly. */
#include "actorkg/graphml_export.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <string.h>

#include "actorkg/buf.h"
#include "actorkg/iri.h"

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"
#define GRAPHML_XSD "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

/* The <key> declarations: id, domain, attr.name, attr.type. Gephi and
 * Cytoscape take attr.name as the column name; "label" and "weight" are
 * the names Gephi maps to its own label and edge weight. */
static const struct key {
  const char *id, *domain, *name, *type;
} keys[] = {
    {"label", "node", "label", "string"},       {"kind", "node", "kind", "string"},
    {"iso_code", "node", "iso_code", "string"}, {"iri", "node", "iri", "string"},
    {"relation", "edge", "relation", "string"}, {"weight", "edge", "weight", "double"},
};

typedef struct exporter {
  xmlTextWriterPtr writer;
  const akg_sink *sink;
  akg_status sink_status; /* the sink's first failure */
  akg_buf libxml_message; /* libxml2's first message */
  int failed;             /* a writer call returned -1 */
  akg_buf text, id, iri;  /* scratch */
  const char *base;
} exporter;

static int write_to_sink(void *ctx, const char *bytes, int len) {
  exporter *e = ctx;
  if (e->sink_status == AKG_OK)
    e->sink_status = akg_sink_write(e->sink, bytes, (size_t)len);
  return e->sink_status == AKG_OK ? len : -1;
}

static int close_sink(void *ctx) {
  (void)ctx;
  return 0;
}

/* libxml2 reports writer failures through the generic handler in pieces;
 * the first message is kept for the one report. */
static void on_generic_error(void *ctx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void on_generic_error(void *ctx, const char *fmt, ...) {
  exporter *e = ctx;
  if (e->libxml_message.len > 200)
    return;
  char piece[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(piece, sizeof piece, fmt, ap);
  va_end(ap);
  akg_buf_puts(&e->libxml_message, piece);
}

#if LIBXML_VERSION >= 21200
static void on_error(void *ctx, const xmlError *error) {
#else
static void on_error(void *ctx, xmlErrorPtr error) {
#endif
  exporter *e = ctx;
  if (!e->libxml_message.len && error->message)
    akg_buf_puts(&e->libxml_message, error->message);
}

static void check(exporter *e, int rc) {
  if (rc < 0)
    e->failed = 1;
}

/* `s` as XML 1.0 can hold it: C0 controls other than tab, LF and CR become
 * spaces, U+FFFE and U+FFFF become U+FFFD. The graph holds valid UTF-8
 * only, so nothing else needs repair. */
static const xmlChar *xml_text(exporter *e, const char *s) {
  akg_buf_clear(&e->text);
  akg_buf_puts(&e->text, "");
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
      akg_buf_putc(&e->text, ' ');
    else if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) {
      akg_buf_puts(&e->text, "\xEF\xBF\xBD");
      p += 2;
    } else
      akg_buf_putc(&e->text, (char)*p);
  }
  return (const xmlChar *)e->text.data;
}

/* A node id: plain ASCII kept, any other byte (and "_", the escape
 * character, so the mapping stays one to one) as _XX. */
static const xmlChar *node_id(exporter *e, const akg_actor *actor) {
  static const char hex[] = "0123456789ABCDEF";
  akg_buf_clear(&e->id);
  akg_buf_puts(&e->id, "");
  for (const unsigned char *p = (const unsigned char *)actor->id; *p; p++) {
    if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
        (*p >= '0' && *p <= '9') || *p == '.' || *p == '-') {
      akg_buf_putc(&e->id, (char)*p);
    } else {
      akg_buf_putc(&e->id, '_');
      akg_buf_putc(&e->id, hex[*p >> 4]);
      akg_buf_putc(&e->id, hex[*p & 15]);
    }
  }
  if (!e->id.len) /* NMTOKEN needs one character: an empty id is "_" */
    akg_buf_putc(&e->id, '_');
  return (const xmlChar *)e->id.data;
}

static void write_data(exporter *e, const char *key, const char *value) {
  check(e, xmlTextWriterStartElement(e->writer, BAD_CAST "data"));
  check(e, xmlTextWriterWriteAttribute(e->writer, BAD_CAST "key", BAD_CAST key));
  check(e, xmlTextWriterWriteString(e->writer, xml_text(e, value)));
  check(e, xmlTextWriterEndElement(e->writer));
}

static void write_keys(exporter *e) {
  for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
    check(e, xmlTextWriterStartElement(e->writer, BAD_CAST "key"));
    check(e, xmlTextWriterWriteAttribute(e->writer, BAD_CAST "id", BAD_CAST keys[i].id));
    check(e, xmlTextWriterWriteAttribute(e->writer, BAD_CAST "for",
                                         BAD_CAST keys[i].domain));
    check(e, xmlTextWriterWriteAttribute(e->writer, BAD_CAST "attr.name",
                                         BAD_CAST keys[i].name));
    check(e, xmlTextWriterWriteAttribute(e->writer, BAD_CAST "attr.type",
                                         BAD_CAST keys[i].type));
    check(e, xmlTextWriterEndElement(e->writer));
  }
}

static void write_node(exporter *e, const akg_actor *actor) {
  check(e, xmlTextWriterStartElement(e->writer, BAD_CAST "node"));
  check(e, xmlTextWriterWriteAttribute(e->writer, BAD_CAST "id", node_id(e, actor)));
  write_data(e, "label", actor->label);
  write_data(e, "kind",
             actor->kind == AKG_ACTOR_ORGANIZATION ? "organization" : "country");
  if (actor->iso_code && *actor->iso_code)
    write_data(e, "iso_code", actor->iso_code);
  akg_buf_clear(&e->iri);
  akg_buf_puts(&e->iri, e->base);
  akg_buf_puts(&e->iri, "actor/");
  akg_iri_append_segment(&e->iri, actor->id);
  write_data(e, "iri", e->iri.data);
  check(e, xmlTextWriterEndElement(e->writer));
}

static void write_edge(exporter *e, size_t index, const akg_graph_fact *fact) {
  char id[32], weight[32];
  snprintf(id, sizeof id, "e%zu", index);
  snprintf(weight, sizeof weight, "%zu", fact->event_count);
  check(e, xmlTextWriterStartElement(e->writer, BAD_CAST "edge"));
  check(e, xmlTextWriterWriteAttribute(e->writer, BAD_CAST "id", BAD_CAST id));
  check(e, xmlTextWriterWriteAttribute(e->writer, BAD_CAST "source",
                                       node_id(e, fact->subject)));
  check(e, xmlTextWriterWriteAttribute(e->writer, BAD_CAST "target",
                                       node_id(e, fact->object)));
  if (akg_relation_is_symmetric(fact->relation))
    check(e,
          xmlTextWriterWriteAttribute(e->writer, BAD_CAST "directed", BAD_CAST "false"));
  write_data(e, "relation", akg_relation_name(fact->relation));
  write_data(e, "weight", weight);
  check(e, xmlTextWriterEndElement(e->writer));
}

static void write_document(exporter *e, const akg_graph *graph) {
  xmlTextWriterPtr w = e->writer;
  check(e, xmlTextWriterSetIndent(w, 1));
  check(e, xmlTextWriterSetIndentString(w, BAD_CAST "  "));
  check(e, xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL));
  check(e, xmlTextWriterStartElement(w, BAD_CAST "graphml"));
  check(e, xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns", BAD_CAST GRAPHML_NS));
  check(e, xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:xsi", BAD_CAST XSI_NS));
  check(e, xmlTextWriterWriteAttribute(w, BAD_CAST "xsi:schemaLocation",
                                       BAD_CAST GRAPHML_NS " " GRAPHML_XSD));
  write_keys(e);
  check(e, xmlTextWriterStartElement(w, BAD_CAST "graph"));
  check(e, xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST "actorkg"));
  check(e, xmlTextWriterWriteAttribute(w, BAD_CAST "edgedefault", BAD_CAST "directed"));
  size_t actors = akg_graph_actor_count(graph);
  for (size_t i = 0; i < actors && !e->failed; i++)
    write_node(e, akg_graph_actor_at(graph, i));
  size_t facts = akg_graph_fact_count(graph);
  for (size_t i = 0; i < facts && !e->failed; i++)
    write_edge(e, i, akg_graph_fact_at(graph, i));
  check(e, xmlTextWriterEndDocument(w)); /* closes graph and graphml */
  check(e, xmlTextWriterFlush(w));
}

akg_status akg_graphml_export(const akg_graph *graph, const char *base,
                              const akg_sink *sink, akg_diag *diag) {
  exporter e = {.sink = sink, .base = base};
  /* Raptor's xmlCleanupParser may have left libxml2 uninitialised (see
   * xml_doc.c); initialising again is cheap. */
  xmlInitParser();
  xmlStructuredErrorFunc saved_structured = xmlStructuredError;
  void *saved_structured_ctx = xmlStructuredErrorContext;
  xmlGenericErrorFunc saved_generic = xmlGenericError;
  void *saved_generic_ctx = xmlGenericErrorContext;
  xmlSetStructuredErrorFunc(&e, on_error);
  xmlSetGenericErrorFunc(&e, on_generic_error);

  xmlOutputBufferPtr out = xmlOutputBufferCreateIO(write_to_sink, close_sink, &e, NULL);
  if (out)
    e.writer = xmlNewTextWriter(out); /* owns `out` from here on */
  if (e.writer) {
    write_document(&e, graph);
    xmlFreeTextWriter(e.writer);
  } else {
    if (out)
      xmlOutputBufferClose(out);
    e.failed = 1;
  }

  xmlSetStructuredErrorFunc(saved_structured_ctx, saved_structured);
  xmlSetGenericErrorFunc(saved_generic_ctx, saved_generic);
  akg_status status = e.sink_status;
  if (status == AKG_OK && e.failed) {
    size_t len = e.libxml_message.len;
    while (len && (e.libxml_message.data[len - 1] == '\n' ||
                   e.libxml_message.data[len - 1] == ' '))
      e.libxml_message.data[--len] = '\0';
    akg_diag_report(diag, AKG_DIAG_ERROR, NULL, 0, "GraphML writer (libxml2): %s",
                    len ? e.libxml_message.data : "failed");
    status = AKG_ERR_LIBRARY;
  }
  akg_buf_free(&e.libxml_message);
  akg_buf_free(&e.text);
  akg_buf_free(&e.id);
  akg_buf_free(&e.iri);
  return status;
}

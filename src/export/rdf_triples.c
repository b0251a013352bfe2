/* rdf_triples.c: walks a finished graph and emits the triples of the data
 * model (docs/data-model.md), in output order, as neutral terms.
 *
 * This is the only file that knows which properties describe an actor, a
 * fact, an event or an article; it knows nothing about syntax. */
#include "export/rdf_triples.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/iri.h"
#include "text/utf8.h"

/* Vocabulary. */
#define RDF_TYPE AKG_NS_RDF "type"
#define RDF_STATEMENT AKG_NS_RDF "Statement"
#define RDF_SUBJECT AKG_NS_RDF "subject"
#define RDF_PREDICATE AKG_NS_RDF "predicate"
#define RDF_OBJECT AKG_NS_RDF "object"
#define RDFS_LABEL AKG_NS_RDFS "label"
#define OWL_SAME_AS AKG_NS_OWL "sameAs"
#define XSD_INTEGER AKG_NS_XSD "integer"
#define SKOS_PREF_LABEL AKG_NS_SKOS "prefLabel"
#define SKOS_ALT_LABEL AKG_NS_SKOS "altLabel"
#define PROV_WAS_DERIVED_FROM AKG_NS_PROV "wasDerivedFrom"
#define DCTERMS_DATE AKG_NS_DCTERMS "date"
#define DCTERMS_IDENTIFIER AKG_NS_DCTERMS "identifier"
#define DCTERMS_TITLE AKG_NS_DCTERMS "title"
#define DCTERMS_PUBLISHER AKG_NS_DCTERMS "publisher"
#define DCTERMS_CREATOR AKG_NS_DCTERMS "creator"
#define SCHEMA_NEWS_ARTICLE AKG_NS_SCHEMA "NewsArticle"
#define SCHEMA_DATE_PUBLISHED AKG_NS_SCHEMA "datePublished"
#define SCHEMA_URL AKG_NS_SCHEMA "url"
#define AKG_COUNTRY AKG_NS_AKG "Country"
#define AKG_ORGANIZATION AKG_NS_AKG "Organization"
#define AKG_EVENT AKG_NS_AKG "Event"
#define AKG_ISO_CODE AKG_NS_AKG "isoCode"
#define AKG_EVIDENCE AKG_NS_AKG "evidence"
#define AKG_MENTION_COUNT AKG_NS_AKG "mentionCount"
#define AKG_CAMEO_CODE AKG_NS_AKG "cameoCode"
#define AKG_PLOVER_CATEGORY AKG_NS_AKG "ploverCategory"

/* Instance paths under the base IRI; also the prefix names. */
#define PATH_ACTOR "actor/"
#define PATH_ARTICLE "article/"
#define PATH_EVENT "event/"

void akg_rdf_prefixes_init(akg_rdf_prefix out[AKG_RDF_PREFIX_COUNT],
                           const char *base_iri) {
  static const struct {
    const char *name, *iri, *path; /* iri NULL: base_iri + path */
  } table[AKG_RDF_PREFIX_COUNT] = {
      {"akg", AKG_NS_AKG, NULL},         {"actor", NULL, PATH_ACTOR},
      {"article", NULL, PATH_ARTICLE},   {"event", NULL, PATH_EVENT},
      {"rdf", AKG_NS_RDF, NULL},         {"rdfs", AKG_NS_RDFS, NULL},
      {"owl", AKG_NS_OWL, NULL},         {"xsd", AKG_NS_XSD, NULL},
      {"skos", AKG_NS_SKOS, NULL},       {"prov", AKG_NS_PROV, NULL},
      {"dcterms", AKG_NS_DCTERMS, NULL}, {"schema", AKG_NS_SCHEMA, NULL},
  };
  for (size_t i = 0; i < AKG_RDF_PREFIX_COUNT; i++) {
    out[i].name = table[i].name;
    if (table[i].iri) {
      out[i].iri = akg_strdup(table[i].iri);
    } else {
      akg_buf buf = AKG_BUF_INIT;
      akg_buf_puts(&buf, base_iri);
      akg_buf_puts(&buf, table[i].path);
      out[i].iri = akg_buf_steal(&buf);
    }
  }
}

void akg_rdf_prefixes_free(akg_rdf_prefix prefixes[AKG_RDF_PREFIX_COUNT]) {
  for (size_t i = 0; i < AKG_RDF_PREFIX_COUNT; i++) {
    akg_free(prefixes[i].iri);
    prefixes[i].iri = NULL;
  }
}

/* The walk's state: the callback, the first failure, and scratch buffers
 * for the IRIs a triple may need to build, reused for every triple. */
typedef struct walker {
  akg_rdf_emit_fn emit;
  void *ctx;
  akg_diag *diag;
  const char *base;
  akg_buf subject;
  akg_buf object;
  akg_buf scratch; /* a relation IRI or a datatype IRI */
  akg_buf literal; /* a literal's value made writable */
  akg_buf graph_iri;
  const akg_rdf_term *graph; /* of the triples being emitted; NULL: default */
  akg_status status;
} walker;

static akg_rdf_term iri_term(const char *iri, size_t len) {
  return (akg_rdf_term){AKG_RDF_IRI, iri, len, NULL, NULL};
}

static void emit(walker *w, const akg_rdf_term *s, const char *predicate,
                 const akg_rdf_term *o) {
  if (w->status != AKG_OK)
    return;
  akg_rdf_term p = iri_term(predicate, strlen(predicate));
  w->status = w->emit(w->ctx, s, &p, o, w->graph);
}

static void emit_iri(walker *w, const akg_rdf_term *s, const char *predicate,
                     const char *object) {
  akg_rdf_term o = iri_term(object, strlen(object));
  emit(w, s, predicate, &o);
}

/* `value` as every RDF syntax can carry it: invalid UTF-8 (a file name, and
 * so an article's identifier, may hold any bytes) becomes U+FFFD, and a CR
 * becomes LF (a CR LF pair one LF, as the readers do with text), because
 * Raptor's Turtle writer puts a CR raw into a short string, where Turtle
 * forbids it. Returns `value` itself when it needs no change. */
static const char *writable_literal(akg_buf *buf, const char *value, size_t *len) {
  size_t n = strlen(value), size;
  bool clean = true;
  for (size_t i = 0; i < n && clean; i += size) {
    uint32_t cp = akg_utf8_decode((const unsigned char *)value + i, n - i, &size);
    clean = cp != '\r' && (cp != 0xFFFD || size == 3);
  }
  *len = n;
  if (clean)
    return value;
  akg_buf_clear(buf);
  for (size_t i = 0; i < n; i += size) {
    uint32_t cp = akg_utf8_decode((const unsigned char *)value + i, n - i, &size);
    if (cp == '\r') {
      akg_buf_putc(buf, '\n');
      if (i + 1 < n && value[i + 1] == '\n')
        size = 2;
    } else if (cp == 0xFFFD && size != 3) {
      akg_buf_puts(buf, "\xEF\xBF\xBD");
    } else {
      akg_buf_append(buf, value + i, size);
    }
  }
  *len = buf->len;
  return akg_buf_str(buf);
}

static void emit_literal(walker *w, const akg_rdf_term *s, const char *predicate,
                         const char *value, const char *datatype, const char *lang) {
  size_t len;
  const char *text = writable_literal(&w->literal, value, &len);
  akg_rdf_term o = {AKG_RDF_LITERAL, text, len, datatype, lang};
  emit(w, s, predicate, &o);
}

static void emit_date(walker *w, const akg_rdf_term *s, const char *predicate,
                      akg_date date) {
  char text[11];
  akg_date_format(date, text);
  akg_buf *type = &w->scratch;
  akg_buf_clear(type);
  akg_buf_puts(type, AKG_NS_XSD);
  akg_buf_puts(type, akg_date_xsd_type(date));
  emit_literal(w, s, predicate, text, type->data, NULL);
}

/* Builds base + path + segment into `buf` and returns it as a term. */
static akg_rdf_term instance(walker *w, akg_buf *buf, const char *path, const char *name,
                             bool encode) {
  akg_buf_clear(buf);
  akg_buf_puts(buf, w->base);
  akg_buf_puts(buf, path);
  if (encode)
    akg_iri_append_segment(buf, name);
  else
    akg_buf_puts(buf, name);
  return iri_term(buf->data, buf->len);
}

/* Actor ids are meant to be IRI-safe already; encoding keeps a stray
 * character from breaking the output, and leaves good ids unchanged. */
static akg_rdf_term actor_term(walker *w, akg_buf *buf, const akg_actor *a) {
  return instance(w, buf, PATH_ACTOR, a->id, true);
}

static const char *relation_iri(akg_buf *buf, akg_relation relation) {
  akg_buf_clear(buf);
  akg_buf_puts(buf, AKG_NS_AKG);
  akg_buf_puts(buf, akg_relation_name(relation));
  return buf->data;
}

/* A direct triple: a fact, or the other direction of a symmetric one. */
typedef struct direct {
  const akg_actor *subject;
  akg_relation relation;
  const akg_actor *object;
} direct;

/* By subject as actors are ordered (id), then as facts are. */
static int compare_directs(const void *pa, const void *pb) {
  const direct *a = pa, *b = pb;
  int c = akg_actor_compare(a->subject, b->subject);
  if (c)
    return c;
  if (a->relation != b->relation)
    return a->relation < b->relation ? -1 : 1;
  return akg_actor_compare(a->object, b->object);
}

/* The direct triples ordered by subject, so that each is written with
 * its subject's description and Turtle groups them in one block (the
 * graph orders facts by relation first). Free with akg_free. */
static direct *directs_by_subject(const akg_graph *graph, size_t *count) {
  size_t n = 0, facts = akg_graph_fact_count(graph);
  direct *all = akg_reallocarray(NULL, 2 * facts + 1, sizeof *all);
  for (size_t i = 0; i < facts; i++) {
    const akg_graph_fact *f = akg_graph_fact_at(graph, i);
    all[n++] = (direct){f->subject, f->relation, f->object};
    if (akg_relation_is_symmetric(f->relation))
      all[n++] = (direct){f->object, f->relation, f->subject};
  }
  if (n > 1)
    qsort(all, n, sizeof *all, compare_directs);
  *count = n;
  return all;
}

static void emit_direct(walker *w, const akg_rdf_term *s, const direct *d) {
  const char *p = relation_iri(&w->scratch, d->relation);
  akg_rdf_term o = actor_term(w, &w->object, d->object);
  emit(w, s, p, &o);
}

/* The actor's description, then the direct triples d[*next..count) whose
 * subject it is (advancing *next). */
static void emit_actor(walker *w, const akg_actor *a, const direct *d, size_t count,
                       size_t *next) {
  akg_rdf_term s = actor_term(w, &w->subject, a);
  emit_iri(w, &s, RDF_TYPE,
           a->kind == AKG_ACTOR_COUNTRY ? AKG_COUNTRY : AKG_ORGANIZATION);
  if (a->label) {
    emit_literal(w, &s, RDFS_LABEL, a->label, NULL, "en");
    emit_literal(w, &s, SKOS_PREF_LABEL, a->label, NULL, "en");
  }
  for (size_t i = 0; i < a->alt_label_count; i++)
    emit_literal(w, &s, SKOS_ALT_LABEL, a->alt_labels[i], NULL, "en");
  if (a->iso_code)
    emit_literal(w, &s, AKG_ISO_CODE, a->iso_code, NULL, NULL);
  if (a->same_as) {
    if (akg_iri_is_absolute(a->same_as))
      emit_iri(w, &s, OWL_SAME_AS, a->same_as);
    else
      akg_diag_report(w->diag, AKG_DIAG_WARNING, NULL, 0,
                      "actor %s: owl:sameAs value \"%s\" is not an absolute "
                      "IRI; left out",
                      a->id, a->same_as);
  }
  for (; *next < count && d[*next].subject == a; (*next)++)
    emit_direct(w, &s, &d[*next]);
}

static void emit_event(walker *w, const akg_event *e) {
  akg_rdf_term g = instance(w, &w->graph_iri, PATH_ARTICLE, e->article->key, false);
  w->graph = &g;
  akg_rdf_term s = instance(w, &w->subject, PATH_EVENT, e->key, false);
  emit_iri(w, &s, RDF_TYPE, AKG_EVENT);
  emit_iri(w, &s, RDF_TYPE, RDF_STATEMENT);
  akg_rdf_term o = actor_term(w, &w->object, e->subject);
  emit(w, &s, RDF_SUBJECT, &o);
  emit_iri(w, &s, RDF_PREDICATE, relation_iri(&w->scratch, e->relation));
  o = actor_term(w, &w->object, e->object);
  emit(w, &s, RDF_OBJECT, &o);
  o = instance(w, &w->object, PATH_ARTICLE, e->article->key, false);
  emit(w, &s, PROV_WAS_DERIVED_FROM, &o);
  for (size_t i = 0; i < e->date_count; i++)
    emit_date(w, &s, DCTERMS_DATE, e->dates[i]);
  for (size_t i = 0; i < e->evidence_count; i++)
    emit_literal(w, &s, AKG_EVIDENCE, e->evidence[i], NULL, "en");
  char count[24];
  snprintf(count, sizeof count, "%lu", e->mentions);
  emit_literal(w, &s, AKG_MENTION_COUNT, count, XSD_INTEGER, NULL);
  for (size_t i = 0; i < e->cameo_count; i++)
    emit_literal(w, &s, AKG_CAMEO_CODE, e->cameo[i], NULL, NULL);
  for (size_t i = 0; i < e->plover_count; i++)
    emit_literal(w, &s, AKG_PLOVER_CATEGORY, e->plover[i], NULL, NULL);
  w->graph = NULL;
}

static void emit_article(walker *w, const akg_graph_article *a) {
  akg_rdf_term s = instance(w, &w->subject, PATH_ARTICLE, a->key, false);
  w->graph = &s;
  emit_iri(w, &s, RDF_TYPE, SCHEMA_NEWS_ARTICLE);
  emit_literal(w, &s, DCTERMS_IDENTIFIER, a->id, NULL, NULL);
  if (a->title)
    emit_literal(w, &s, DCTERMS_TITLE, a->title, NULL, NULL);
  if (akg_date_is_known(a->date))
    emit_date(w, &s, SCHEMA_DATE_PUBLISHED, a->date);
  if (a->publisher)
    emit_literal(w, &s, DCTERMS_PUBLISHER, a->publisher, NULL, NULL);
  if (a->creator)
    emit_literal(w, &s, DCTERMS_CREATOR, a->creator, NULL, NULL);
  /* An address that is not an IRI cannot be written as one, and a string
   * in its place would break queries expecting an IRI. */
  if (a->url && akg_iri_is_absolute(a->url))
    emit_iri(w, &s, SCHEMA_URL, a->url);
  w->graph = NULL;
}

akg_status akg_rdf_triples_emit(const akg_graph *graph, const char *base_iri,
                                akg_rdf_emit_fn emit_fn, void *ctx, akg_diag *diag) {
  walker w = {.emit = emit_fn,
              .ctx = ctx,
              .diag = diag,
              .base = base_iri,
              .subject = AKG_BUF_INIT,
              .object = AKG_BUF_INIT,
              .scratch = AKG_BUF_INIT,
              .literal = AKG_BUF_INIT,
              .graph_iri = AKG_BUF_INIT,
              .graph = NULL,
              .status = AKG_OK};
  size_t direct_count, next_direct = 0;
  direct *directs = directs_by_subject(graph, &direct_count);
  /* emit() ignores everything after a failure; the loops stop early too,
   * so a full disk does not cost a walk over the rest of the graph. */
  for (size_t i = 0; i < akg_graph_actor_count(graph) && w.status == AKG_OK; i++)
    emit_actor(&w, akg_graph_actor_at(graph, i), directs, direct_count, &next_direct);
  /* Every fact's actors take part in an event, so none is left; should
   * one be, it is still written, in a block of its own. */
  for (; next_direct < direct_count && w.status == AKG_OK; next_direct++) {
    akg_rdf_term s = actor_term(&w, &w.subject, directs[next_direct].subject);
    emit_direct(&w, &s, &directs[next_direct]);
  }
  for (size_t i = 0; i < akg_graph_event_count(graph) && w.status == AKG_OK; i++)
    emit_event(&w, akg_graph_event_at(graph, i));
  for (size_t i = 0; i < akg_graph_article_count(graph) && w.status == AKG_OK; i++)
    emit_article(&w, akg_graph_article_at(graph, i));
  akg_buf_free(&w.subject);
  akg_buf_free(&w.object);
  akg_buf_free(&w.scratch);
  akg_buf_free(&w.literal);
  akg_buf_free(&w.graph_iri);
  akg_free(directs);
  return w.status;
}

/* graph.c: the graph core: articles, merged events and distinct facts.
 *
 * Facts arrive one article at a time. A hash map from "subject relation
 * object" to the distinct fact finds the fact in O(1); the fact remembers
 * which article last stated it and that article's event, so merging into
 * the event needs no second map (an article's events are only made while it
 * is being added). Everything is put in output order once, by
 * akg_graph_finish, so adding stays cheap and the order never depends on the
 * order of the input.
 *
 * Two inputs can give articles with the same identifier (one file name in
 * two folders). Only one can be kept, since event IRIs are made from the
 * identifier, and which one must not depend on the order of the inputs
 * either: `actorkg merge` sees them in any order. So the newcomer is added
 * in full, both articles get a content key (a hash of everything each
 * contributes to the graph), and the one with the smaller key stays; the
 * other is taken out again. Its events are marked dead and its facts'
 * counts lowered; akg_graph_finish drops what is left empty. This costs
 * nothing unless identifiers repeat.
 *
 * Memory. Most articles of an archive state no relation at all: with
 * akg_graph_skip_silent_articles they are not kept, so the graph grows
 * with its events and not with the corpus. The articles kept are still
 * much of the graph, so their records and strings, the evidence sentences
 * and, once an article is merged, its events' arrays live in an arena
 * (arena.h): no malloc overhead per piece, and the map of ids borrows the
 * arena's copies. Publishers, authors, URLs and the folders of origins
 * repeat from article to article and are kept once each. What a removed
 * duplicate had in the arena stays there until the graph is freed. */
#include "actorkg/graph.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actorkg/alloc.h"
#include "actorkg/arena.h"
#include "actorkg/buf.h"
#include "actorkg/hash.h"
#include "actorkg/iri.h"

/* Separates the parts of map keys and of the event hash input; it cannot
 * occur in an actor id or a relation name. */
#define KEY_SEP '\x1f'

/* An article with what only the graph needs. `pub` comes first: events
 * point at it and the record is found again from that pointer. */
typedef struct article_rec {
  akg_graph_article pub; /* strings in the graph's arena */
  /* Where it came from, for duplicate reports: origin_head + pub.id when
   * origin_ends_in_id (a file's path is its folder and its name, and the
   * folder is shared: kept once), else origin_head alone. */
  const char *origin_head;
  bool origin_ends_in_id;
  size_t first_event; /* its events are events[first_event ..] */
  size_t event_count;
  size_t index; /* its place in graph->articles */
} article_rec;

typedef struct fact_rec {
  akg_graph_fact fact;
  size_t serial; /* serial number of the article that last stated it */
  size_t event;  /* that article's event for it */
} fact_rec;

struct akg_graph {
  akg_arena *arena;       /* article records, their strings, evidence */
  akg_strmap *strings;    /* publishers, authors, URLs: one arena copy each */
  article_rec **articles; /* each in the arena: events point at it */
  size_t article_count, article_cap;
  akg_strmap *article_ids; /* id -> article_rec (keys: the records' ids) */
  size_t serial;           /* articles ever added; numbers them from 1 */

  akg_event *events;
  size_t event_count, event_cap;

  fact_rec *facts;
  size_t fact_count, fact_cap;
  akg_strmap *fact_keys; /* "S\x1fR\x1fO" -> fact index + 1 */

  const akg_actor **actors; /* filled by finish */
  size_t actor_count;

  akg_buf key;      /* scratch for map keys */
  bool skip_silent; /* akg_graph_skip_silent_articles */
  bool finished;
};

/* Map values are pointers; indexes are stored off by one so that no index
 * looks like the NULL of an absent key. */
static void *index_value(size_t index) {
  return (void *)(uintptr_t)(index + 1);
}
static size_t value_index(void *value) {
  return (size_t)(uintptr_t)value - 1;
}

/* One arena copy of a string that many articles share. */
static char *shared_string(akg_graph *graph, const char *s) {
  if (!s)
    return NULL;
  bool inserted;
  void **slot = akg_strmap_slot(graph->strings, s, &inserted);
  if (inserted)
    *slot = akg_arena_strdup(graph->arena, s);
  return *slot;
}

akg_graph *akg_graph_new(void) {
  akg_graph *graph = akg_calloc(1, sizeof *graph);
  graph->arena = akg_arena_new();
  graph->strings = akg_strmap_new();
  graph->article_ids = akg_strmap_new_borrowing();
  graph->fact_keys = akg_strmap_new();
  return graph;
}

void akg_graph_skip_silent_articles(akg_graph *graph, bool skip) {
  graph->skip_silent = skip;
}

/* A copy of `count` items of `size` bytes in the arena, the malloc'd
 * original freed; NULL for none. */
static void *into_arena(akg_arena *arena, void *items, size_t count, size_t size) {
  void *kept = NULL;
  if (count) {
    kept = akg_arena_alloc(arena, count * size);
    memcpy(kept, items, count * size);
  }
  akg_free(items);
  return kept;
}

/* Once an article is merged its events no longer grow: their arrays move
 * into the arena, which saves malloc's bookkeeping on four small arrays
 * per event (a tenth of the graph's memory). */
static void settle_events(akg_graph *graph, size_t first, size_t count) {
  for (size_t i = first; i < first + count; i++) {
    akg_event *e = &graph->events[i];
    e->dates = into_arena(graph->arena, e->dates, e->date_count, sizeof *e->dates);
    e->evidence =
        into_arena(graph->arena, e->evidence, e->evidence_count, sizeof *e->evidence);
    e->cameo = into_arena(graph->arena, e->cameo, e->cameo_count, sizeof *e->cameo);
    e->plover = into_arena(graph->arena, e->plover, e->plover_count, sizeof *e->plover);
  }
}

void akg_graph_free(akg_graph *graph) {
  if (!graph)
    return;
  akg_free(graph->articles);
  akg_strmap_free(graph->article_ids);
  akg_strmap_free(graph->strings);
  akg_free(graph->events); /* their arrays are in the arena */
  akg_free(graph->facts);
  akg_strmap_free(graph->fact_keys);
  akg_free(graph->actors);
  akg_buf_free(&graph->key);
  akg_arena_free(graph->arena);
  akg_free(graph);
}

/* qsort, which must not be given the NULL of an array never allocated,
 * even for zero items. */
static void sort(void *items, size_t count, size_t size,
                 int (*compare)(const void *, const void *)) {
  if (count > 1)
    qsort(items, count, size, compare);
}

/* Grows an array of `size`-byte items so that one more fits. */
static void *reserve_one(void *items, size_t count, size_t *cap, size_t size) {
  if (count < *cap)
    return items;
  *cap = *cap ? *cap * 2 : 16;
  return akg_reallocarray(items, *cap, size);
}

/* Everything about an article's input that would make it unusable is
 * checked before the graph changes, so a rejected article leaves no trace.
 * A repeated identifier is not checked here: see resolve_duplicate. */
static akg_status check_article(const akg_graph *graph, const akg_article *article,
                                const akg_fact *facts, size_t fact_count) {
  if (graph->finished || !article || !article->id || (fact_count && !facts))
    return AKG_ERR_BAD_ARG;
  for (size_t i = 0; i < fact_count; i++) {
    const akg_fact *f = &facts[i];
    if (!f->subject || !f->object || !f->subject->id || !f->object->id ||
        (unsigned)f->relation >= AKG_REL_COUNT)
      return AKG_ERR_BAD_ARG;
  }
  return AKG_OK;
}

/* Whether any fact relates two actors: self-relations are dropped. */
static bool states_a_relation(const akg_fact *facts, size_t fact_count) {
  for (size_t i = 0; i < fact_count; i++)
    if (strcmp(facts[i].subject->id, facts[i].object->id))
      return true;
  return false;
}

static article_rec *add_article_record(akg_graph *graph, const akg_article *article) {
  article_rec *rec = akg_arena_alloc(graph->arena, sizeof *rec);
  memset(rec, 0, sizeof *rec);
  rec->pub.id = akg_arena_strdup(graph->arena, article->id);
  rec->pub.title = akg_arena_strdup(graph->arena, article->title);
  rec->pub.publisher = shared_string(graph, article->publisher);
  rec->pub.creator = shared_string(graph, article->creator);
  rec->pub.url = shared_string(graph, article->url);
  rec->pub.date = article->date;
  const char *origin = article->origin ? article->origin : article->id;
  size_t n = strlen(origin), id_len = strlen(article->id);
  if (n > id_len && !strcmp(origin + n - id_len, article->id)) {
    char *head = akg_strndup(origin, n - id_len);
    rec->origin_head = shared_string(graph, head);
    rec->origin_ends_in_id = true;
    akg_free(head);
  } else {
    rec->origin_head = shared_string(graph, origin);
  }
  rec->first_event = graph->event_count;
  graph->articles = reserve_one(graph->articles, graph->article_count,
                                &graph->article_cap, sizeof *graph->articles);
  rec->index = graph->article_count;
  graph->articles[graph->article_count++] = rec;
  return rec;
}

/* Facts in the order their evidence should be kept: by position in the
 * article, ties in input order. */
typedef struct fact_ref {
  const akg_fact *fact;
  size_t index;
} fact_ref;

static int compare_fact_refs(const void *pa, const void *pb) {
  const fact_ref *a = pa, *b = pb;
  if (a->fact->position != b->fact->position)
    return a->fact->position < b->fact->position ? -1 : 1;
  return a->index < b->index ? -1 : a->index > b->index;
}

/* Inserts `date` into the ascending, distinct array of `event`. */
static void add_date(akg_event *event, akg_date date) {
  size_t i = 0;
  while (i < event->date_count) {
    int c = akg_date_compare(event->dates[i], date);
    if (c == 0)
      return;
    if (c > 0)
      break;
    i++;
  }
  event->dates =
      akg_reallocarray(event->dates, event->date_count + 1, sizeof *event->dates);
  memmove(&event->dates[i + 1], &event->dates[i],
          (event->date_count - i) * sizeof *event->dates);
  event->dates[i] = date;
  event->date_count++;
}

/* Inserts the borrowed string `code` into an ascending, distinct array. */
static void add_code(const char ***codes, size_t *count, const char *code) {
  size_t i = 0;
  while (i < *count) {
    int c = strcmp((*codes)[i], code);
    if (c == 0)
      return;
    if (c > 0)
      break;
    i++;
  }
  *codes = akg_reallocarray(*codes, *count + 1, sizeof **codes);
  memmove(&(*codes)[i + 1], &(*codes)[i], (*count - i) * sizeof **codes);
  (*codes)[i] = code;
  (*count)++;
}

/* Appends a sentence unless the event has it already. The scan is linear:
 * an event only collects the sentences of one article that state it, and
 * at most AKG_GRAPH_MAX_EVIDENCE of them. */
static void add_evidence(akg_graph *graph, akg_event *event, const char *sentence) {
  if (!sentence || !*sentence || event->evidence_count >= AKG_GRAPH_MAX_EVIDENCE)
    return;
  for (size_t i = 0; i < event->evidence_count; i++)
    if (!strcmp(event->evidence[i], sentence))
      return;
  event->evidence = akg_reallocarray(event->evidence, event->evidence_count + 1,
                                     sizeof *event->evidence);
  event->evidence[event->evidence_count++] = akg_arena_strdup(graph->arena, sentence);
}

static akg_event *new_event(akg_graph *graph, const akg_graph_article *article,
                            const akg_actor *subject, akg_relation relation,
                            const akg_actor *object, const akg_buf *fact_key) {
  graph->events = reserve_one(graph->events, graph->event_count, &graph->event_cap,
                              sizeof *graph->events);
  akg_event *event = &graph->events[graph->event_count++];
  memset(event, 0, sizeof *event);
  event->article = article;
  event->subject = subject;
  event->relation = relation;
  event->object = object;

  /* FNV-1a 64 of "article \x1f subject \x1f relation \x1f object": the fact
   * key is the last three parts already. */
  static const char sep = KEY_SEP;
  uint64_t h = akg_fnv1a_64(AKG_FNV1A_64_INIT, article->id, strlen(article->id));
  h = akg_fnv1a_64(h, &sep, 1);
  h = akg_fnv1a_64(h, fact_key->data, fact_key->len);
  static const char hex[] = "0123456789abcdef";
  for (int i = 0; i < 16; i++)
    event->key[i] = hex[(h >> (60 - 4 * i)) & 15];
  event->key[16] = '\0';
  return event;
}

/* Writes the map key "S\x1fR\x1fO" of a fact into graph->key. */
static const char *fact_key(akg_graph *graph, const akg_actor *subject,
                            akg_relation relation, const akg_actor *object) {
  akg_buf *key = &graph->key;
  akg_buf_clear(key);
  akg_buf_puts(key, subject->id);
  akg_buf_putc(key, KEY_SEP);
  akg_buf_puts(key, akg_relation_name(relation));
  akg_buf_putc(key, KEY_SEP);
  akg_buf_puts(key, object->id);
  return key->data;
}

/* The distinct fact for (subject, relation, object), made on first use. */
static fact_rec *find_fact(akg_graph *graph, const char *key, const akg_actor *subject,
                           akg_relation relation, const akg_actor *object) {
  bool inserted;
  void **slot = akg_strmap_slot(graph->fact_keys, key, &inserted);
  if (!inserted)
    return &graph->facts[value_index(*slot)];
  graph->facts = reserve_one(graph->facts, graph->fact_count, &graph->fact_cap,
                             sizeof *graph->facts);
  *slot = index_value(graph->fact_count);
  fact_rec *rec = &graph->facts[graph->fact_count++];
  memset(rec, 0, sizeof *rec);
  rec->fact.subject = subject;
  rec->fact.relation = relation;
  rec->fact.object = object;
  return rec;
}

static void merge_fact(akg_graph *graph, const akg_graph_article *article, size_t serial,
                       const akg_fact *f) {
  const akg_actor *subject = f->subject, *object = f->object;
  int order = strcmp(subject->id, object->id);
  if (order == 0)
    return; /* a self-relation says nothing about two actors */
  if (order > 0 && akg_relation_is_symmetric(f->relation)) {
    subject = f->object;
    object = f->subject;
  }

  fact_rec *fact = find_fact(graph, fact_key(graph, subject, f->relation, object),
                             subject, f->relation, object);
  akg_event *event;
  if (fact->serial == serial) {
    event = &graph->events[fact->event];
  } else {
    fact->serial = serial;
    fact->event = graph->event_count;
    fact->fact.event_count++;
    event = new_event(graph, article, subject, f->relation, object, &graph->key);
  }

  event->mentions++;
  if (akg_date_is_known(f->date))
    add_date(event, f->date);
  add_evidence(graph, event, f->evidence);
  if (f->cameo)
    add_code(&event->cameo, &event->cameo_count, f->cameo);
  if (f->plover)
    add_code(&event->plover, &event->plover_count, f->plover);
}

/* Hashes a string field; NULL and "" hash differently. */
static uint64_t hash_field(uint64_t h, const char *s) {
  const char present = s ? 1 : 0;
  h = akg_fnv1a_64(h, &present, 1);
  return s ? akg_fnv1a_64(h, s, strlen(s) + 1) : h;
}

static uint64_t hash_date(uint64_t h, akg_date date) {
  char text[11];
  akg_date_format(date, text);
  return hash_field(h, text);
}

static int compare_event_ptrs(const void *pa, const void *pb);

/* A hash of everything an article contributes to the graph: its metadata
 * and its events (in triple order) with their dates, evidence, mention
 * counts and codes. Two articles with equal keys give the same output. */
static uint64_t article_content_key(const akg_graph *graph, const article_rec *rec) {
  const akg_graph_article *a = &rec->pub;
  uint64_t h = AKG_FNV1A_64_INIT;
  h = hash_field(h, a->id);
  h = hash_field(h, a->title);
  h = hash_field(h, a->publisher);
  h = hash_field(h, a->creator);
  h = hash_field(h, a->url);
  h = hash_date(h, a->date);
  const akg_event **events = akg_reallocarray(NULL, rec->event_count, sizeof *events);
  for (size_t i = 0; i < rec->event_count; i++)
    events[i] = &graph->events[rec->first_event + i];
  sort(events, rec->event_count, sizeof *events, compare_event_ptrs);
  char number[32];
  for (size_t i = 0; i < rec->event_count; i++) {
    const akg_event *e = events[i];
    h = hash_field(h, e->subject->id);
    h = hash_field(h, akg_relation_name(e->relation));
    h = hash_field(h, e->object->id);
    snprintf(number, sizeof number, "%lu %zu %zu %zu %zu", e->mentions, e->date_count,
             e->evidence_count, e->cameo_count, e->plover_count);
    h = hash_field(h, number);
    for (size_t j = 0; j < e->date_count; j++)
      h = hash_date(h, e->dates[j]);
    for (size_t j = 0; j < e->evidence_count; j++)
      h = hash_field(h, e->evidence[j]);
    for (size_t j = 0; j < e->cameo_count; j++)
      h = hash_field(h, e->cameo[j]);
    for (size_t j = 0; j < e->plover_count; j++)
      h = hash_field(h, e->plover[j]);
  }
  akg_free(events);
  return h;
}

/* Takes an article and its events out of the graph again. */
static void remove_article(akg_graph *graph, article_rec *rec) {
  for (size_t i = 0; i < rec->event_count; i++) {
    akg_event *e = &graph->events[rec->first_event + i];
    void *value = akg_strmap_get(graph->fact_keys,
                                 fact_key(graph, e->subject, e->relation, e->object));
    graph->facts[value_index(value)].fact.event_count--;
    memset(e, 0, sizeof *e); /* article NULL: dead, dropped by finish; its
                                arrays stay in the arena */
  }
  article_rec *last = graph->articles[--graph->article_count];
  graph->articles[rec->index] = last;
  last->index = rec->index; /* rec itself stays in the arena */
}

/* The origin of `rec` as a new string (free with akg_free). */
static char *origin_of(const article_rec *rec) {
  akg_buf buf = AKG_BUF_INIT;
  akg_buf_puts(&buf, rec->origin_head);
  if (rec->origin_ends_in_id)
    akg_buf_puts(&buf, rec->pub.id);
  return akg_buf_steal(&buf);
}

/* `added` has the id of `earlier`: keeps the one with the smaller content
 * key (on a tie, the smaller origin; on a tie again they are the same) and
 * removes the other. */
static void resolve_duplicate(akg_graph *graph, article_rec *earlier, article_rec *added,
                              akg_graph_duplicate *duplicate) {
  uint64_t k_earlier = article_content_key(graph, earlier);
  uint64_t k_added = article_content_key(graph, added);
  char *o_earlier = origin_of(earlier), *o_added = origin_of(added);
  bool keep_added =
      k_added < k_earlier || (k_added == k_earlier && strcmp(o_added, o_earlier) < 0);
  article_rec *kept = keep_added ? added : earlier;
  article_rec *dropped = keep_added ? earlier : added;
  if (duplicate) {
    duplicate->kept = keep_added ? o_added : o_earlier;
    duplicate->left_out = keep_added ? o_earlier : o_added;
  } else {
    akg_free(o_earlier);
    akg_free(o_added);
  }
  *akg_strmap_slot(graph->article_ids, kept->pub.id, NULL) = kept;
  remove_article(graph, dropped);
}

akg_status akg_graph_add(akg_graph *graph, const akg_article *article,
                         const akg_fact *facts, size_t fact_count,
                         akg_graph_duplicate *duplicate) {
  if (duplicate)
    *duplicate = (akg_graph_duplicate){NULL, NULL};
  akg_status status = check_article(graph, article, facts, fact_count);
  if (status != AKG_OK)
    return status;
  if (graph->skip_silent && !states_a_relation(facts, fact_count))
    return AKG_OK;
  article_rec *rec = add_article_record(graph, article);
  size_t serial = ++graph->serial;

  fact_ref *order = akg_reallocarray(NULL, fact_count, sizeof *order);
  for (size_t i = 0; i < fact_count; i++)
    order[i] = (fact_ref){&facts[i], i};
  sort(order, fact_count, sizeof *order, compare_fact_refs);
  for (size_t i = 0; i < fact_count; i++)
    merge_fact(graph, &rec->pub, serial, order[i].fact);
  akg_free(order);
  rec->event_count = graph->event_count - rec->first_event;
  settle_events(graph, rec->first_event, rec->event_count);

  bool inserted;
  void **slot = akg_strmap_slot(graph->article_ids, rec->pub.id, &inserted);
  if (inserted) {
    *slot = rec;
    return AKG_OK;
  }
  resolve_duplicate(graph, *slot, rec, duplicate);
  return AKG_ERR_BAD_INPUT;
}

akg_status akg_graph_add_article(akg_graph *graph, const akg_article *article,
                                 const akg_fact *facts, size_t fact_count) {
  return akg_graph_add(graph, article, facts, fact_count, NULL);
}

/* Output order. */

static int compare_articles(const void *pa, const void *pb) {
  const article_rec *const *a = pa, *const *b = pb;
  return strcmp((*a)->pub.id, (*b)->pub.id);
}

static int compare_triples(akg_relation ra, const akg_actor *sa, const akg_actor *oa,
                           akg_relation rb, const akg_actor *sb, const akg_actor *ob) {
  if (ra != rb)
    return ra < rb ? -1 : 1;
  int c = strcmp(sa->id, sb->id);
  return c ? c : strcmp(oa->id, ob->id);
}

static int compare_events(const void *pa, const void *pb) {
  const akg_event *a = pa, *b = pb;
  int c = strcmp(a->article->id, b->article->id);
  if (c)
    return c;
  return compare_triples(a->relation, a->subject, a->object, b->relation, b->subject,
                         b->object);
}

static int compare_event_ptrs(const void *pa, const void *pb) {
  return compare_events(*(const akg_event *const *)pa, *(const akg_event *const *)pb);
}

static int compare_facts(const void *pa, const void *pb) {
  const fact_rec *a = pa, *b = pb;
  return compare_triples(a->fact.relation, a->fact.subject, a->fact.object,
                         b->fact.relation, b->fact.subject, b->fact.object);
}

static int compare_actors(const void *pa, const void *pb) {
  const akg_actor *const *a = pa, *const *b = pb;
  return akg_actor_compare(*a, *b);
}

/* Gives every article its local name. Stripping extensions can make two
 * names equal ("a.txt", "a.html"); such articles use their whole id, which
 * is unique. A whole id can in turn equal another article's stripped name
 * ("a.txt" and "a.txt.md"), so this repeats until no name is shared. Each
 * round moves at least one article to its whole id, and the outcome depends
 * only on the set of ids, never on their order. */
static void assign_article_keys(akg_graph *graph) {
  size_t n = graph->article_count;
  /* The stems go straight into the arena, where the keys are kept: most
   * articles keep their stem, and this is the graph's peak of memory. */
  char **stems = akg_reallocarray(NULL, n, sizeof *stems);
  char **wholes = akg_calloc(n, sizeof *wholes); /* made when first needed */
  for (size_t i = 0; i < n; i++) {
    char *stem = akg_iri_article_name(graph->articles[i]->pub.id);
    stems[i] = akg_arena_strdup(graph->arena, stem);
    akg_free(stem);
  }

  /* The stems and wholes outlive the map, which can borrow them. */
  akg_strmap *uses = akg_strmap_new_borrowing();
  bool changed = true;
  while (changed) {
    akg_strmap_clear(uses);
    for (size_t i = 0; i < n; i++) {
      void **count = akg_strmap_slot(uses, wholes[i] ? wholes[i] : stems[i], NULL);
      *count = (void *)((uintptr_t)*count + 1); /* a new key holds NULL: 0 */
    }
    changed = false;
    for (size_t i = 0; i < n; i++) {
      if (!wholes[i] && (uintptr_t)akg_strmap_get(uses, stems[i]) > 1) {
        wholes[i] = akg_iri_encode_segment(graph->articles[i]->pub.id);
        changed = true;
      }
    }
  }
  akg_strmap_free(uses);

  for (size_t i = 0; i < n; i++) {
    graph->articles[i]->pub.key =
        wholes[i] ? akg_arena_strdup(graph->arena, wholes[i]) : stems[i];
    akg_free(wholes[i]);
  }
  akg_free(wholes);
  akg_free(stems);
}

static void collect_actors(akg_graph *graph) {
  akg_strmap *seen = akg_strmap_new();
  akg_free(graph->actors);
  graph->actors = akg_reallocarray(NULL, graph->fact_count * 2, sizeof *graph->actors);
  graph->actor_count = 0;
  for (size_t i = 0; i < graph->fact_count; i++) {
    const akg_actor *pair[2] = {graph->facts[i].fact.subject,
                                graph->facts[i].fact.object};
    for (int j = 0; j < 2; j++) {
      bool inserted;
      void **slot = akg_strmap_slot(seen, pair[j]->id, &inserted);
      if (inserted) {
        *slot = (void *)pair[j];
        graph->actors[graph->actor_count++] = pair[j];
      }
    }
  }
  akg_strmap_free(seen);
  sort(graph->actors, graph->actor_count, sizeof *graph->actors, compare_actors);
}

/* Drops the events and facts of articles taken out by resolve_duplicate. */
static void drop_dead(akg_graph *graph) {
  size_t kept = 0;
  for (size_t i = 0; i < graph->event_count; i++)
    if (graph->events[i].article)
      graph->events[kept++] = graph->events[i];
  graph->event_count = kept;
  kept = 0;
  for (size_t i = 0; i < graph->fact_count; i++)
    if (graph->facts[i].fact.event_count)
      graph->facts[kept++] = graph->facts[i];
  graph->fact_count = kept;
}

void akg_graph_finish(akg_graph *graph) {
  /* The maps only serve adding, which ends here: freed before the sorting
   * and the outputs need memory of their own. */
  akg_strmap_free(graph->article_ids);
  graph->article_ids = NULL;
  akg_strmap_free(graph->fact_keys);
  graph->fact_keys = NULL;
  drop_dead(graph);
  sort(graph->articles, graph->article_count, sizeof *graph->articles, compare_articles);
  assign_article_keys(graph);
  sort(graph->events, graph->event_count, sizeof *graph->events, compare_events);
  sort(graph->facts, graph->fact_count, sizeof *graph->facts, compare_facts);
  collect_actors(graph);
  graph->finished = true;
}

size_t akg_graph_article_count(const akg_graph *graph) {
  return graph->article_count;
}

const akg_graph_article *akg_graph_article_at(const akg_graph *graph, size_t index) {
  return index < graph->article_count ? &graph->articles[index]->pub : NULL;
}

size_t akg_graph_event_count(const akg_graph *graph) {
  return graph->event_count;
}

const akg_event *akg_graph_event_at(const akg_graph *graph, size_t index) {
  return index < graph->event_count ? &graph->events[index] : NULL;
}

size_t akg_graph_fact_count(const akg_graph *graph) {
  return graph->fact_count;
}

const akg_graph_fact *akg_graph_fact_at(const akg_graph *graph, size_t index) {
  return index < graph->fact_count ? &graph->facts[index].fact : NULL;
}

size_t akg_graph_actor_count(const akg_graph *graph) {
  return graph->actor_count;
}

const akg_actor *akg_graph_actor_at(const akg_graph *graph, size_t index) {
  return index < graph->actor_count ? graph->actors[index] : NULL;
}

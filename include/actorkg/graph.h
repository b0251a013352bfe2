/* graph.h: the graph core: articles, events and the distinct facts.
 *
 * The graph is the only part of actorkg that grows with the corpus. It
 * keeps one event per (article, subject, relation, object), merging the
 * dates, evidence sentences and mention counts of every fact that states
 * it, and one direct fact per (subject, relation, object). Symmetric
 * relations are stored with subject and object ordered by actor id.
 *
 * After akg_graph_finish, articles, events, facts and actors are in one
 * deterministic order (by identifiers, never by input order), so the same
 * articles always give the same output bytes. */
#ifndef ACTORKG_GRAPH_H
#define ACTORKG_GRAPH_H

#include <stdbool.h>
#include <stddef.h>

#include "actorkg/actor.h"
#include "actorkg/article.h"
#include "actorkg/date.h"
#include "actorkg/fact.h"
#include "actorkg/relation.h"
#include "actorkg/status.h"

typedef struct akg_graph akg_graph;

/* An article's metadata as the graph keeps it (no body text). */
typedef struct akg_graph_article {
  char *id;
  char *key; /* the IRI local name (article/KEY), set by akg_graph_finish:
                the id without its extension, or the whole id where two
                articles would share a name; percent-encoded (iri.h) */
  char *title;
  char *publisher;
  char *creator;
  char *url;
  akg_date date;
} akg_graph_article;

/* An event keeps at most this many evidence sentences, the first in
 * article order: far more than an article gives, and a bound on the
 * duplicate check when hostile text states one fact in thousands of
 * sentences. `mentions` still counts every one. */
#define AKG_GRAPH_MAX_EVIDENCE 100

typedef struct akg_event {
  const akg_graph_article *article;
  const akg_actor *subject;
  akg_relation relation;
  const akg_actor *object;
  char key[17];    /* 16 hex digits: stable hash, the event IRI's name */
  akg_date *dates; /* distinct, ascending */
  size_t date_count;
  char **evidence; /* distinct sentences, in article order (at most
                      AKG_GRAPH_MAX_EVIDENCE) */
  size_t evidence_count;
  unsigned long mentions; /* facts merged into this event */
  const char **cameo;     /* distinct codes, ascending; borrowed strings */
  size_t cameo_count;
  const char **plover; /* distinct categories, ascending; borrowed */
  size_t plover_count;
} akg_event;

/* A distinct (subject, relation, object) over the whole corpus. */
typedef struct akg_graph_fact {
  const akg_actor *subject;
  akg_relation relation;
  const akg_actor *object;
  size_t event_count; /* how many articles state it */
} akg_graph_fact;

akg_graph *akg_graph_new(void);
/* Accepts NULL. */
void akg_graph_free(akg_graph *graph);

/* With `skip` true, an article that states no relation (no fact, or only
 * self-relations) is not kept: the graph then describes the articles
 * behind its events, and its memory grows with them, not with every
 * article read. By default every article added is kept. Call before the
 * first add. */
void akg_graph_skip_silent_articles(akg_graph *graph, bool skip);

/* The two articles of an identifier given twice (origins, or ids where
 * an article has no origin); both strings are owned by the caller. */
typedef struct akg_graph_duplicate {
  char *left_out;
  char *kept;
} akg_graph_duplicate;

/* Adds an article's metadata and its facts (but see
 * akg_graph_skip_silent_articles); the graph copies what it keeps (the
 * fact's actor and code pointers are borrowed and must outlive the graph).
 * Self-relations (the same actor on both sides) are dropped.
 *
 * Identifiers are unique in the graph, since event IRIs are made from
 * them. When `article` has the id of one added before, only one of the two
 * is kept, chosen by content alone so that the order of adding never
 * matters: the one whose content key (a hash of its metadata and merged
 * events) is smaller, or on a tie the one with the smaller origin. Then
 * AKG_ERR_BAD_INPUT is returned and, if `duplicate` is not NULL, it names
 * both (free the strings with akg_free). */
akg_status akg_graph_add(akg_graph *graph, const akg_article *article,
                         const akg_fact *facts, size_t fact_count,
                         akg_graph_duplicate *duplicate);
/* akg_graph_add without the duplicate's names. */
akg_status akg_graph_add_article(akg_graph *graph, const akg_article *article,
                                 const akg_fact *facts, size_t fact_count);

/* Sorts everything into output order; call once, after the last add. */
void akg_graph_finish(akg_graph *graph);

size_t akg_graph_article_count(const akg_graph *graph);
const akg_graph_article *akg_graph_article_at(const akg_graph *graph, size_t index);
size_t akg_graph_event_count(const akg_graph *graph);
const akg_event *akg_graph_event_at(const akg_graph *graph, size_t index);
size_t akg_graph_fact_count(const akg_graph *graph);
const akg_graph_fact *akg_graph_fact_at(const akg_graph *graph, size_t index);
/* The actors that take part in at least one event, ordered by id. */
size_t akg_graph_actor_count(const akg_graph *graph);
const akg_actor *akg_graph_actor_at(const akg_graph *graph, size_t index);

#endif

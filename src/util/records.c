/* records.c: lifetimes of the plain records passed between modules
 * (articles, facts, actors). */
#include <string.h>

#include "actorkg/actor.h"
#include "actorkg/alloc.h"
#include "actorkg/article.h"
#include "actorkg/fact.h"

void akg_article_clear(akg_article *article) {
  akg_free(article->id);
  akg_free(article->origin);
  akg_free(article->title);
  akg_free(article->publisher);
  akg_free(article->creator);
  akg_free(article->url);
  akg_free(article->text);
  memset(article, 0, sizeof *article);
}

int akg_actor_compare(const akg_actor *a, const akg_actor *b) {
  return strcmp(a->id, b->id);
}

void akg_facts_push(akg_facts *facts, const akg_fact *fact) {
  if (facts->count == facts->cap) {
    facts->cap = facts->cap ? facts->cap * 2 : 16;
    facts->items = akg_reallocarray(facts->items, facts->cap, sizeof *facts->items);
  }
  akg_fact *copy = &facts->items[facts->count++];
  *copy = *fact;
  copy->evidence = akg_strdup(fact->evidence ? fact->evidence : "");
}

void akg_facts_clear(akg_facts *facts) {
  for (size_t i = 0; i < facts->count; i++)
    akg_free(facts->items[i].evidence);
  facts->count = 0;
}

void akg_facts_free(akg_facts *facts) {
  akg_facts_clear(facts);
  akg_free(facts->items);
  facts->items = NULL;
  facts->cap = 0;
}

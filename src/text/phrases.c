/* phrases.c: the phrase dictionary (see phrases.h).
 *
 * Phrases are grouped by the normal form of their first token in an
 * open-addressing hash table; each group lists its phrases longest first,
 * so a lookup costs one hash probe per text token plus a few token
 * comparisons, whatever the size of the lexicon. */
#include "actorkg/phrases.h"

#include <string.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/hash.h"

enum { CASE_ANY, CASE_CAPITALIZED, CASE_ALL_CAPS };

typedef struct phrase {
  uint32_t words; /* offset in dict->pool: ntokens NUL-terminated forms */
  uint32_t cases; /* offset in dict->pool: one CASE_* byte per token */
  uint16_t ntokens;
  uint16_t flags;
  uint32_t value;
} phrase;

typedef struct group {
  uint64_t hash;
  uint32_t first;    /* offset in pool of the first token's form */
  uint32_t *members; /* phrase indexes, longest first */
  uint32_t count, cap;
} group;

struct akg_phrase_dict {
  akg_buf pool;
  phrase *phrases;
  size_t count, cap;
  group *groups; /* hash table; empty slots have members == NULL */
  size_t group_count, group_cap;
  akg_tokens scratch;
};

static uint64_t hash_string(const char *s) {
  return akg_fnv1a_64(AKG_FNV1A_64_INIT, s, strlen(s));
}

akg_phrase_dict *akg_phrase_dict_new(void) {
  return akg_calloc(1, sizeof(akg_phrase_dict));
}

void akg_phrase_dict_free(akg_phrase_dict *dict) {
  if (!dict)
    return;
  for (size_t i = 0; i < dict->group_cap; i++)
    akg_free(dict->groups[i].members);
  akg_free(dict->groups);
  akg_free(dict->phrases);
  akg_buf_free(&dict->pool);
  akg_tokens_free(&dict->scratch);
  akg_free(dict);
}

size_t akg_phrase_dict_count(const akg_phrase_dict *dict) {
  return dict->count;
}

static group *find_group(const akg_phrase_dict *dict, const char *first, uint64_t hash) {
  if (!dict->group_cap)
    return NULL;
  size_t mask = dict->group_cap - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    group *g = &dict->groups[i];
    if (!g->members)
      return NULL;
    if (g->hash == hash && !strcmp(dict->pool.data + g->first, first))
      return g;
  }
}

static group *insert_group(akg_phrase_dict *dict, uint32_t first, uint64_t hash) {
  if ((dict->group_count + 1) * 2 > dict->group_cap) {
    size_t old_cap = dict->group_cap;
    group *old = dict->groups;
    dict->group_cap = old_cap ? old_cap * 2 : 64;
    dict->groups = akg_calloc(dict->group_cap, sizeof(group));
    size_t mask = dict->group_cap - 1;
    for (size_t i = 0; i < old_cap; i++) {
      if (!old[i].members)
        continue;
      size_t j = old[i].hash & mask;
      while (dict->groups[j].members)
        j = (j + 1) & mask;
      dict->groups[j] = old[i];
    }
    akg_free(old);
  }
  size_t mask = dict->group_cap - 1;
  size_t i = hash & mask;
  while (dict->groups[i].members)
    i = (i + 1) & mask;
  group *g = &dict->groups[i];
  g->hash = hash;
  g->first = first;
  g->cap = 4;
  g->members = akg_calloc(g->cap, sizeof(uint32_t));
  dict->group_count++;
  return g;
}

static unsigned case_rule(const akg_token *t, size_t index, unsigned flags) {
  if (!(flags & AKG_PHRASE_CASED))
    return CASE_ANY;
  if (t->flags & AKG_TOKEN_ALL_CAPS)
    return CASE_ALL_CAPS;
  if (index == 0 && (t->flags & AKG_TOKEN_CAPITALIZED))
    return CASE_CAPITALIZED;
  return CASE_ANY;
}

static bool same_phrase(const akg_phrase_dict *dict, const phrase *p,
                        const akg_tokens *toks, const char *cases) {
  if (p->ntokens != toks->count)
    return false;
  const char *w = dict->pool.data + p->words;
  const char *c = dict->pool.data + p->cases;
  for (size_t i = 0; i < toks->count; i++) {
    const char *norm = akg_token_norm(toks, i);
    if (strcmp(w, norm) || c[i] != cases[i])
      return false;
    w += strlen(w) + 1;
  }
  return true;
}

uint32_t *akg_phrase_dict_put(akg_phrase_dict *dict, const char *text, unsigned flags,
                              bool *created) {
  akg_tokens *toks = &dict->scratch;
  akg_tokenize(text, strlen(text), toks);
  *created = false;
  if (!toks->count || toks->count > UINT16_MAX)
    return NULL;
  char cases[256];
  size_t n = toks->count < sizeof cases ? toks->count : sizeof cases;
  if (n != toks->count)
    return NULL;
  for (size_t i = 0; i < n; i++)
    cases[i] = (char)case_rule(&toks->items[i], i, flags);

  const char *first = akg_token_norm(toks, 0);
  uint64_t hash = hash_string(first);
  group *g = find_group(dict, first, hash);
  if (g) {
    for (uint32_t i = 0; i < g->count; i++) {
      phrase *p = &dict->phrases[g->members[i]];
      if (same_phrase(dict, p, toks, cases))
        return &p->value;
    }
  }

  phrase p = {0};
  p.words = (uint32_t)dict->pool.len;
  for (size_t i = 0; i < n; i++) {
    const char *norm = akg_token_norm(toks, i);
    akg_buf_append(&dict->pool, norm, strlen(norm) + 1);
  }
  p.cases = (uint32_t)dict->pool.len;
  akg_buf_append(&dict->pool, cases, n);
  p.ntokens = (uint16_t)n;
  p.flags = (uint16_t)flags;
  if (dict->count == dict->cap) {
    dict->cap = dict->cap ? dict->cap * 2 : 64;
    dict->phrases = akg_reallocarray(dict->phrases, dict->cap, sizeof(phrase));
  }
  uint32_t index = (uint32_t)dict->count;
  dict->phrases[dict->count++] = p;

  if (!g)
    g = insert_group(dict, p.words, hash);
  if (g->count == g->cap) {
    g->cap *= 2;
    g->members = akg_reallocarray(g->members, g->cap, sizeof(uint32_t));
  }
  /* Keep members longest first; among equals, first added first. */
  uint32_t at = g->count;
  while (at > 0 && dict->phrases[g->members[at - 1]].ntokens < p.ntokens) {
    g->members[at] = g->members[at - 1];
    at--;
  }
  g->members[at] = index;
  g->count++;
  *created = true;
  return &dict->phrases[index].value;
}

static bool token_fits(const akg_token *t, char rule) {
  switch (rule) {
  case CASE_ALL_CAPS: return (t->flags & AKG_TOKEN_ALL_CAPS) != 0;
  case CASE_CAPITALIZED: return (t->flags & AKG_TOKEN_CAPITALIZED) != 0;
  default: return true;
  }
}

size_t akg_phrase_dict_match(const akg_phrase_dict *dict, const akg_tokens *tokens,
                             size_t at, uint32_t *value) {
  if (at >= tokens->count)
    return 0;
  const char *first = akg_token_norm(tokens, at);
  group *g = find_group(dict, first, hash_string(first));
  if (!g)
    return 0;
  for (uint32_t m = 0; m < g->count; m++) {
    const phrase *p = &dict->phrases[g->members[m]];
    if (at + p->ntokens > tokens->count)
      continue;
    const char *w = dict->pool.data + p->words;
    const char *cases = dict->pool.data + p->cases;
    size_t i = 0;
    for (; i < p->ntokens; i++) {
      if ((i && strcmp(w, akg_token_norm(tokens, at + i))) ||
          !token_fits(&tokens->items[at + i], cases[i]))
        break;
      w += strlen(w) + 1;
    }
    if (i == p->ntokens) {
      *value = p->value;
      return p->ntokens;
    }
  }
  return 0;
}

/* phrases.c: the phrase dictionary (see phrases.h).
 *
 * The phrases form a trie over tokens: a node is a sequence of normal
 * forms that starts one or more phrases, and the edges from all nodes live
 * in one open-addressing table keyed by (node, next token). Every
 * dictionary is asked about every token of every sentence, and most
 * tokens start no phrase, so a lookup that fails costs one probe, using
 * the hash the tokenizer stored in the token; one that succeeds costs one
 * probe per token of the longest candidate, whatever the number of
 * phrases sharing its first words ("the" opens hundreds of names). Bytes
 * are compared only to confirm an edge whose hash matched.
 *
 * A node lists the phrases that end at it, in the order they were added:
 * the same words with different case rules are different phrases. The
 * longest match is the deepest node on the path with a phrase whose case
 * rules the text meets; among phrases of one node, the first added. */
#include "actorkg/phrases.h"

#include <string.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"

enum { CASE_ANY, CASE_CAPITALIZED, CASE_ALL_CAPS };

/* No phrase, no node: the root is node 0 and is never a child. */
#define NONE UINT32_MAX

/* The longest phrase, in tokens: one case byte per token is kept in a
 * fixed buffer while adding. */
enum { MAX_PHRASE_TOKENS = 255 };

enum { FIRST_BITS = 16 };

static bool may_start(const uint64_t *first, uint64_t hash) {
  uint32_t bit = (uint32_t)(hash & ((1u << FIRST_BITS) - 1));
  return (first[bit / 64] >> (bit % 64)) & 1;
}

typedef struct phrase {
  uint32_t cases; /* offset in dict->pool: one CASE_* byte per token */
  uint32_t next;  /* the next phrase ending at the same node, or NONE */
  uint32_t value;
} phrase;

typedef struct node {
  uint32_t first, last; /* the phrases ending here, in order added; NONE */
} node;

typedef struct edge {
  uint64_t hash;   /* the token's hash (tokens.h) */
  uint32_t parent; /* node */
  uint32_t child;  /* node; 0 marks an empty slot */
  uint32_t word;   /* offset in dict->pool of the token's normal form */
  uint32_t word_len;
} edge;

struct akg_phrase_dict {
  akg_buf pool; /* normal forms of edges, case bytes of phrases */
  phrase *phrases;
  size_t count, cap;
  node *nodes;
  size_t node_count, node_cap;
  edge *edges; /* hash table, a power of two in size */
  size_t edge_count, edge_cap;
  size_t longest; /* tokens of the longest phrase */
  /* A bit per value of a token hash's low FIRST_BITS bits, set for the
   * first tokens of phrases: most tokens start no phrase, and are turned
   * away by one load from this table (8 KiB, in cache) without a probe. */
  uint64_t first[(1u << FIRST_BITS) / 64];
  akg_tokens scratch;
};

akg_phrase_dict *akg_phrase_dict_new(void) {
  akg_phrase_dict *dict = akg_calloc(1, sizeof(akg_phrase_dict));
  dict->node_cap = 64;
  dict->nodes = akg_calloc(dict->node_cap, sizeof(node));
  dict->nodes[0] = (node){NONE, NONE};
  dict->node_count = 1;
  return dict;
}

void akg_phrase_dict_free(akg_phrase_dict *dict) {
  if (!dict)
    return;
  akg_free(dict->edges);
  akg_free(dict->nodes);
  akg_free(dict->phrases);
  akg_buf_free(&dict->pool);
  akg_tokens_free(&dict->scratch);
  akg_free(dict);
}

size_t akg_phrase_dict_count(const akg_phrase_dict *dict) {
  return dict->count;
}

size_t akg_phrase_dict_longest(const akg_phrase_dict *dict) {
  return dict->longest;
}

/* Where the edge from `parent` by a token of hash `hash` starts its probe:
 * the parent is mixed in so that the edges of one word from different
 * nodes do not share a run of slots. */
static size_t slot_of(const akg_phrase_dict *dict, uint32_t parent, uint64_t hash) {
  uint64_t h = hash ^ ((uint64_t)parent * UINT64_C(0x9e3779b97f4a7c15));
  h ^= h >> 29;
  return (size_t)h & (dict->edge_cap - 1);
}

/* The child of `parent` by token i of `toks`, or NONE. */
static uint32_t child_of(const akg_phrase_dict *dict, uint32_t parent,
                         const akg_tokens *toks, size_t i) {
  if (!dict->edge_cap)
    return NONE;
  const akg_token *t = &toks->items[i];
  size_t mask = dict->edge_cap - 1;
  for (size_t k = slot_of(dict, parent, t->hash);; k = (k + 1) & mask) {
    const edge *e = &dict->edges[k];
    if (!e->child)
      return NONE;
    if (e->hash == t->hash && e->parent == parent && e->word_len == t->norm_len &&
        !memcmp(dict->pool.data + e->word, akg_token_norm(toks, i), t->norm_len))
      return e->child;
  }
}

static void place_edge(akg_phrase_dict *dict, const edge *e) {
  size_t mask = dict->edge_cap - 1;
  size_t k = slot_of(dict, e->parent, e->hash);
  while (dict->edges[k].child)
    k = (k + 1) & mask;
  dict->edges[k] = *e;
}

/* A new child of `parent` by token i of `toks`. */
static uint32_t add_child(akg_phrase_dict *dict, uint32_t parent, const akg_tokens *toks,
                          size_t i) {
  if ((dict->edge_count + 1) * 2 > dict->edge_cap) {
    size_t old_cap = dict->edge_cap;
    edge *old = dict->edges;
    dict->edge_cap = old_cap ? old_cap * 2 : 64;
    dict->edges = akg_calloc(dict->edge_cap, sizeof(edge));
    for (size_t k = 0; k < old_cap; k++)
      if (old[k].child)
        place_edge(dict, &old[k]);
    akg_free(old);
  }
  if (dict->node_count == dict->node_cap) {
    dict->node_cap *= 2;
    dict->nodes = akg_reallocarray(dict->nodes, dict->node_cap, sizeof(node));
  }
  uint32_t child = (uint32_t)dict->node_count++;
  dict->nodes[child] = (node){NONE, NONE};
  const akg_token *t = &toks->items[i];
  edge e = {t->hash, parent, child, (uint32_t)dict->pool.len, t->norm_len};
  akg_buf_append(&dict->pool, akg_token_norm(toks, i), t->norm_len + 1);
  place_edge(dict, &e);
  dict->edge_count++;
  return child;
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

uint32_t *akg_phrase_dict_put(akg_phrase_dict *dict, const char *text, unsigned flags,
                              bool *created) {
  akg_tokens *toks = &dict->scratch;
  akg_tokenize(text, strlen(text), toks);
  *created = false;
  size_t n = toks->count;
  if (!n || n > MAX_PHRASE_TOKENS)
    return NULL;
  char cases[MAX_PHRASE_TOKENS];
  uint32_t at = 0;
  uint32_t bit = (uint32_t)(toks->items[0].hash & ((1u << FIRST_BITS) - 1));
  dict->first[bit / 64] |= UINT64_C(1) << (bit % 64);
  for (size_t i = 0; i < n; i++) {
    cases[i] = (char)case_rule(&toks->items[i], i, flags);
    uint32_t child = child_of(dict, at, toks, i);
    at = child != NONE ? child : add_child(dict, at, toks, i);
  }
  node *end = &dict->nodes[at];
  for (uint32_t p = end->first; p != NONE; p = dict->phrases[p].next)
    if (!memcmp(dict->pool.data + dict->phrases[p].cases, cases, n))
      return &dict->phrases[p].value;

  if (dict->count == dict->cap) {
    dict->cap = dict->cap ? dict->cap * 2 : 64;
    dict->phrases = akg_reallocarray(dict->phrases, dict->cap, sizeof(phrase));
  }
  uint32_t index = (uint32_t)dict->count++;
  dict->phrases[index] = (phrase){(uint32_t)dict->pool.len, NONE, 0};
  akg_buf_append(&dict->pool, cases, n);
  if (end->last == NONE)
    end->first = index;
  else
    dict->phrases[end->last].next = index;
  end->last = index;
  if (n > dict->longest)
    dict->longest = n;
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

static bool cases_fit(const akg_tokens *tokens, size_t at, const char *cases, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!token_fits(&tokens->items[at + i], cases[i]))
      return false;
  return true;
}

size_t akg_phrase_dict_match(const akg_phrase_dict *dict, const akg_tokens *tokens,
                             size_t at, uint32_t *value) {
  if (at >= tokens->count || !may_start(dict->first, tokens->items[at].hash))
    return 0;
  uint32_t path[MAX_PHRASE_TOKENS];
  size_t depth = 0;
  for (uint32_t n = 0; depth < dict->longest && at + depth < tokens->count; depth++) {
    n = child_of(dict, n, tokens, at + depth);
    if (n == NONE)
      break;
    path[depth] = n;
  }
  for (; depth > 0; depth--) {
    const node *end = &dict->nodes[path[depth - 1]];
    for (uint32_t p = end->first; p != NONE; p = dict->phrases[p].next) {
      if (cases_fit(tokens, at, dict->pool.data + dict->phrases[p].cases, depth)) {
        *value = dict->phrases[p].value;
        return depth;
      }
    }
  }
  return 0;
}

/* extract.c: the relation extractor (see extract.h).
 *
 * Each sentence is tokenized once and annotated with four layers, all by
 * longest match against the lexicon: cue words (bit sets per token), actor
 * mentions, groups of coordinated mentions ("China, Russia and the DPRK",
 * "Japan-U.S."), and relation-word occurrences. Each occurrence is then
 * resolved by its frame into a subject group and an object group, checked
 * for negation, denial, conditionals and intentions, and turned into one
 * fact per (subject, object) pair.
 *
 * The heuristics are deliberately shallow: no parser, only positions,
 * clause breaks and prepositions. Each rule below names the construction it
 * handles; the words involved all come from relations.ttl. Work per
 * sentence is linear in its tokens apart from short bounded look-arounds,
 * and sentences are capped in length by the splitter (the title, which
 * does not pass through it, is cut to the same length here). An article
 * yields at most AKG_EXTRACT_MAX_FACTS facts, so hostile input cannot make
 * the facts outgrow the text by the pairwise products of long lists. */
#include "actorkg/extract.h"

#include <stdint.h>
#include <string.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "actorkg/date_scan.h"
#include "actorkg/hash.h"
#include "actorkg/sentences.h"
#include "actorkg/tokens.h"
#include "extract/lexicon_internal.h"

/* Look-around limits, in tokens. */
enum {
  MODALITY_WINDOW = 4,  /* cue words this close before a relation word */
  INTENTION_WINDOW = 6, /* "would one day become a member" */
  PASSIVE_WINDOW = 3,   /* "was (also) criticized" */
  AGENT_WINDOW = 4,     /* "criticized (sharply) by China" */
  MARKER_WINDOW = 6,    /* "cooperation in the cyber field with" */
  OBJECT_SCAN = 12,
  REQUIRES_WINDOW = 16,       /* "named China ... as the countries that pose a threat" */
  PREMODIFIER_GAP = 2,        /* "Japan's official joining" */
  REQUIRES_BEFORE_WINDOW = 5, /* "became the CCDCOE's newest member" */
  CLAIM_GAP = 4,              /* "APT31 was almost certainly responsible" */
  CLAIM_PREMODIFIERS = 5,     /* "that the China state-affiliated actor APT31" */
  CLAIM_HEAD_WORDS = 3,       /* "Iranian state actors were responsible" */
  OBJECT_NP_WORDS = 3,        /* "exposed a series of Russian cyber attacks" */
  PROXY_NP_WORDS = 10,        /* "the ongoing campaign of cyber attacks,
                                 disinformation and sabotage conducted by" */
  OBJECT_PHRASE_WORDS = 4,    /* "condemn the malicious cyber activities of" */
  GROUP_GLUE_MAX = 6,
  PERSON_ROLE_WORDS = 5,     /* "'s foreign ministry spokesman" */
  PERSON_NAME_WORDS = 3,     /* "Wang Wenbin", "Pekka Haavisto" */
  PEOPLE_PHRASE_WORDS = 4,   /* "hundreds of cyber specialists from" */
  AGENCY_NAME_WORDS = 10,    /* "the National Security Authority of the
                                Slovak Republic (NBU)" */
  ANAPHOR_SENTENCES = 3,     /* how far back "the two countries" may reach */
  DESCRIPTOR_SENTENCES = 10, /* and "the alliance", for the last alliance */
  RECENT_ORGS = 8,
  SIGNATORY_LINE_WORDS = 16, /* "The Government of the Kingdom of Sweden" */
  SPEAKER_SENTENCES = 2,     /* how far a statement names who "we" are */
  OPENING_PEEK_BYTES = 64,   /* a block's start, read for its opening cue */
  SPEAKER_LIST_START = 4,    /* "The Governments of Japan, ..." */
  MAX_DATES = 16,
  MAX_MEMBERS = 64
};

enum { LIST_NONE, LIST_RECENT, LIST_SPEAKERS };

#define NO_GROUP (-1)
#define TOPIC_GROUP (-2)   /* the article's topic actor stands as subject */
#define COMPANY_GROUP (-4) /* "X joined Y in blaming": X and Y together */
#define CONTEXT_GROUP (-3) /* ex->context_object stands as object */

typedef struct mention {
  uint32_t first, end; /* token span */
  const akg_actor *actor;
  akg_label_kind kind;
  bool possessive; /* followed by 's or ' */
  uint8_t list;    /* LIST_RECENT: "the two countries", for ex->plural;
                      LIST_SPEAKERS: "we", for ex->speakers */
  int group;
} mention;

typedef struct group {
  uint32_t first, end; /* token span from first to last member */
  uint32_t mention;    /* first member */
  uint32_t count;
  int object_of; /* occurrence whose object it is, or -1 */
} group;

typedef struct occurrence {
  uint32_t first, end;
  const akg_trigger *trigger;
  int subject; /* group, TOPIC_GROUP or NO_GROUP */
  bool rebut;  /* resolved as a rebuttal, after the sentence's other words */
} occurrence;

struct akg_extractor {
  const akg_lexicon *lex;
  size_t sentences_read; /* over every article, the titles included */
  akg_sentences sentences;
  akg_tokens tokens;
  size_t cap;         /* capacity of the per-token arrays */
  uint32_t *cue_bits; /* classes of the cue starting at the token */
  uint8_t *cue_len;
  uint32_t *ana_bits; /* anaphor classes of the phrase starting at the token */
  uint8_t *ana_len;
  uint32_t *covered;   /* classes of every cue covering the token */
  int32_t *mention_at; /* mention covering the token, or -1 */
  int32_t *trigger_at; /* occurrence starting at the token, or -1 */
  mention *mentions;
  size_t mention_count, mention_cap;
  group *groups;
  size_t group_count, group_cap;
  occurrence *occs;
  size_t occ_count, occ_cap;
  akg_date_mention dates[MAX_DATES];
  size_t date_count;
  uint32_t date_aside[MAX_DATES][2]; /* the aside each date is in, or {0, 0} */
  akg_date fallback_date;            /* for a fact the sentence gives no date */
  /* Per article. */
  akg_strmap *people;   /* a named speaker's name word -> the actor they speak
                           for ("Haavisto" after "Finnish Foreign Minister
                           Pekka Haavisto"); keys are token norms */
  akg_strmap *acronyms; /* an agency's acronym -> its state ("NCA" after
                           "Saudi Arabia's National Cybersecurity Authority
                           (NCA)"); keys are token norms */
  const akg_actor *topic;
  bool topic_from_title; /* else counted in the body */
  /* What anaphors refer back to, and the sentence that named it. */
  struct recent_org {
    const akg_actor *actor;
    size_t sentence;
  } recent_orgs[RECENT_ORGS]; /* most recently named first */
  size_t recent_org_count;
  const akg_actor *plural[MAX_MEMBERS];
  size_t plural_count, plural_sentence;
  /* Who "we" are in a statement of several governments: its signatories
   * or the list after "We, the ...". */
  const akg_actor *speakers[MAX_MEMBERS];
  size_t speaker_count;
  size_t sentence_index;           /* of the sentence being read, 1-based */
  const akg_actor *context_object; /* what CONTEXT_GROUP stands for */
  int company[2];                  /* what COMPANY_GROUP stands for: two groups
                                      (or the topic) of this sentence */
  bool resolving;                  /* analyse() is reading for facts, not a survey */
  akg_date article_date;
  akg_facts *out;
  size_t first_fact; /* out->count when the article began */
  bool capped;       /* AKG_EXTRACT_MAX_FACTS reached: the rest is left out */
  const char *text;  /* the sentence being read */
  size_t position;
  akg_buf evidence;
};

size_t akg_extractor_sentence_count(const akg_extractor *extractor) {
  return extractor->sentences_read;
}

akg_extractor *akg_extractor_new(const akg_lexicon *lexicon) {
  akg_extractor *ex = akg_calloc(1, sizeof *ex);
  ex->lex = lexicon;
  ex->people = akg_strmap_new();
  ex->acronyms = akg_strmap_new();
  return ex;
}

void akg_extractor_free(akg_extractor *ex) {
  if (!ex)
    return;
  akg_sentences_free(&ex->sentences);
  akg_tokens_free(&ex->tokens);
  akg_free(ex->cue_bits);
  akg_free(ex->cue_len);
  akg_free(ex->ana_bits);
  akg_free(ex->ana_len);
  akg_free(ex->covered);
  akg_free(ex->mention_at);
  akg_free(ex->trigger_at);
  akg_free(ex->mentions);
  akg_free(ex->groups);
  akg_free(ex->occs);
  akg_buf_free(&ex->evidence);
  akg_strmap_free(ex->people);
  akg_strmap_free(ex->acronyms);
  akg_free(ex);
}

/* ---- token-level helpers ---- */

static size_t ntok(const akg_extractor *ex) {
  return ex->tokens.count;
}

static const char *norm(const akg_extractor *ex, size_t i) {
  return akg_token_norm(&ex->tokens, i);
}

static bool covered(const akg_extractor *ex, size_t i, uint32_t bits) {
  return i < ntok(ex) && (ex->covered[i] & bits);
}

static bool starts(const akg_extractor *ex, size_t i, uint32_t bits) {
  return i < ntok(ex) && (ex->cue_bits[i] & bits);
}

static bool is_adverb(const akg_extractor *ex, size_t i) {
  const char *w = norm(ex, i);
  size_t n = strlen(w);
  return ex->tokens.items[i].kind == AKG_TOKEN_WORD && n > 4 && !strcmp(w + n - 2, "ly");
}

/* A determiner-like word skipped when looking at what precedes a name. */
static bool is_determiner(const akg_extractor *ex, size_t i) {
  const char *w = norm(ex, i);
  return !strcmp(w, "the") || !strcmp(w, "a") || !strcmp(w, "an") || !strcmp(w, "both");
}

static void grow_arrays(akg_extractor *ex, size_t n) {
  if (n <= ex->cap)
    return;
  size_t cap = ex->cap ? ex->cap : 256;
  while (cap < n)
    cap *= 2;
  ex->cue_bits = akg_reallocarray(ex->cue_bits, cap, sizeof *ex->cue_bits);
  ex->cue_len = akg_reallocarray(ex->cue_len, cap, sizeof *ex->cue_len);
  ex->ana_bits = akg_reallocarray(ex->ana_bits, cap, sizeof *ex->ana_bits);
  ex->ana_len = akg_reallocarray(ex->ana_len, cap, sizeof *ex->ana_len);
  ex->covered = akg_reallocarray(ex->covered, cap, sizeof *ex->covered);
  ex->mention_at = akg_reallocarray(ex->mention_at, cap, sizeof *ex->mention_at);
  ex->trigger_at = akg_reallocarray(ex->trigger_at, cap, sizeof *ex->trigger_at);
  ex->cap = cap;
}

#define PUSH(array, count, cap)                                                          \
  do {                                                                                   \
    if ((count) == (cap)) {                                                              \
      (cap) = (cap) ? (cap)*2 : 32;                                                      \
      (array) = akg_reallocarray((array), (cap), sizeof *(array));                       \
    }                                                                                    \
  } while (0)

/* ---- annotation ---- */

static void mark_cues(akg_extractor *ex) {
  size_t n = ntok(ex);
  memset(ex->covered, 0, n * sizeof *ex->covered);
  for (size_t i = 0; i < n; i++) {
    uint32_t bits = 0;
    size_t len = akg_phrase_dict_match(ex->lex->cues, &ex->tokens, i, &bits);
    /* Inside a sentence, a capitalised "May" is the month, not the modal. */
    if (len == 1 && i > 0 && (ex->tokens.items[i].flags & AKG_TOKEN_CAPITALIZED) &&
        akg_is_calendar_word(norm(ex, i)))
      len = 0;
    ex->cue_bits[i] = len ? bits : 0;
    ex->cue_len[i] = (uint8_t)(len > 255 ? 255 : len);
    /* Anaphors matter only when reading for facts, not in the surveys of
     * topic, furniture and signatories. */
    uint32_t ana = 0;
    size_t ana_len = ex->resolving
                         ? akg_phrase_dict_match(ex->lex->anaphors, &ex->tokens, i, &ana)
                         : 0;
    ex->ana_bits[i] = ana_len ? ana : 0;
    ex->ana_len[i] = (uint8_t)(ana_len > 255 ? 255 : ana_len);
    for (size_t k = 0; k < len; k++)
      ex->covered[i + k] |= bits;
  }
}

/* A capitalised word that names a speaker bound to an actor earlier in
 * the article. */
static const akg_actor *person_at(const akg_extractor *ex, size_t i) {
  const akg_token *t = &ex->tokens.items[i];
  if (t->kind != AKG_TOKEN_WORD || !(t->flags & AKG_TOKEN_CAPITALIZED))
    return NULL;
  /* An acronym only in capitals: "IT" glossed earlier is not "It". */
  const akg_actor *agency =
      (t->flags & AKG_TOKEN_ALL_CAPS) ? akg_strmap_get(ex->acronyms, norm(ex, i)) : NULL;
  return agency ? agency : akg_strmap_get(ex->people, norm(ex, i));
}

/* "the People's Republic of China (PRC) state-sponsored actor": brackets
 * around one name or acronym gloss it and do not break the clause. */
static void unbreak_glosses(akg_extractor *ex) {
  size_t n = ntok(ex);
  for (size_t i = 0; i + 2 < n; i++) {
    if (strcmp(norm(ex, i), "(") || strcmp(norm(ex, i + 2), ")"))
      continue;
    const akg_token *t = &ex->tokens.items[i + 1];
    if (t->kind != AKG_TOKEN_WORD || !(t->flags & AKG_TOKEN_ALL_CAPS))
      continue;
    for (size_t k = i; k <= i + 2; k++) {
      ex->covered[k] &= ~AKG_CUE_CLAUSE_BREAK;
      ex->cue_bits[k] &= ~AKG_CUE_CLAUSE_BREAK;
    }
  }
}

/* Puts `actor` first among the organizations named lately. */
static void remember_org(akg_extractor *ex, const akg_actor *actor) {
  size_t r = 0;
  while (r < ex->recent_org_count && ex->recent_orgs[r].actor != actor)
    r++;
  if (r == ex->recent_org_count && r < RECENT_ORGS)
    ex->recent_org_count++;
  if (r == RECENT_ORGS)
    r--;
  memmove(&ex->recent_orgs[1], &ex->recent_orgs[0], r * sizeof ex->recent_orgs[0]);
  ex->recent_orgs[0] = (struct recent_org){actor, ex->sentence_index};
}

/* "the alliance", "the centre" (an organization named shortly before) and
 * "the two countries", "both sides" (a list named shortly before): the
 * actor they stand for, with the phrase's length in *len. */
static const akg_actor *anaphor_at(akg_extractor *ex, size_t i, size_t *len,
                                   uint8_t *list) {
  uint32_t bits = ex->ana_bits[i];
  *list = LIST_NONE;
  if ((bits & AKG_CUE_SPEAKER_ANAPHOR) && ex->speaker_count) {
    *len = ex->ana_len[i];
    *list = LIST_SPEAKERS;
    return ex->speakers[0];
  }
  if (bits & AKG_CUE_ORG_ANAPHOR) {
    /* The head noun must describe the organization: "the alliance" is
     * NATO or AUKUS, never the EU named after them. */
    const char *head = norm(ex, i + ex->ana_len[i] - 1);
    for (size_t r = 0; r < ex->recent_org_count; r++) {
      const struct recent_org *o = &ex->recent_orgs[r];
      if (ex->sentence_index - o->sentence > DESCRIPTOR_SENTENCES)
        break;
      if (akg_wordlist_has(ex->lex->descriptors[o->actor - ex->lex->actors], head)) {
        *len = ex->ana_len[i];
        return o->actor;
      }
    }
    /* "Lithuania, which joined the Alliance in 2004, ... lies in NATO": the
     * organization may be named later in the same sentence. */
    for (size_t j = i + ex->ana_len[i]; j < ntok(ex); j++) {
      uint32_t value;
      size_t n = akg_phrase_dict_match(ex->lex->names, &ex->tokens, j, &value);
      if (!n || value == AKG_NAME_EXCLUDED)
        continue;
      const akg_actor *a = &ex->lex->actors[AKG_NAME_INDEX(value)];
      if (a->kind == AKG_ACTOR_ORGANIZATION &&
          akg_wordlist_has(ex->lex->descriptors[a - ex->lex->actors], head)) {
        *len = ex->ana_len[i];
        return a;
      }
      j += n - 1;
    }
    return NULL;
  }
  if (!(bits & AKG_CUE_GROUP_ANAPHOR))
    return NULL;
  /* Two names earlier in this sentence may make the list it stands for
   * (bind_plurals_here decides, once lists are formed); else the last
   * list of the sentences before. */
  bool recent = ex->plural_count >= 2 &&
                ex->sentence_index - ex->plural_sentence <= ANAPHOR_SENTENCES;
  if (ex->mention_count < 2 && !recent)
    return NULL;
  if (!recent)
    ex->plural_count = 0; /* only a list of this sentence will do */
  *len = ex->ana_len[i];
  *list = LIST_RECENT;
  return recent ? ex->plural[0] : ex->mentions[0].actor;
}

static void mark_mentions(akg_extractor *ex) {
  size_t n = ntok(ex);
  ex->mention_count = 0;
  for (size_t i = 0; i < n; i++)
    ex->mention_at[i] = -1;
  for (size_t i = 0; i < n;) {
    uint32_t value;
    size_t len = akg_phrase_dict_match(ex->lex->names, &ex->tokens, i, &value);
    const akg_actor *person_for = len ? NULL : person_at(ex, i);
    uint8_t list = LIST_NONE;
    if (!len && !person_for && ex->resolving)
      person_for = anaphor_at(ex, i, &len, &list);
    if (!len && !person_for) {
      i++;
      continue;
    }
    if (person_for && !len) {
      /* A speaker named earlier with their state: a run of name words. */
      len = 1;
      while (i + len < n && person_at(ex, i + len) == person_for)
        len++;
    }
    const akg_actor *actor = person_for ? person_for
                             : value != AKG_NAME_EXCLUDED
                                 ? &ex->lex->actors[AKG_NAME_INDEX(value)]
                                 : NULL;
    /* "the NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE)":
     * a gloss repeats the name before it and is not a second mention. */
    if (actor && ex->mention_count && i >= 1 && i + len < n &&
        !strcmp(norm(ex, i - 1), "(") && !strcmp(norm(ex, i + len), ")") &&
        ex->mentions[ex->mention_count - 1].end + 1 == i &&
        ex->mentions[ex->mention_count - 1].actor == actor)
      actor = NULL;
    /* "the Lebanese militant group Hezbollah": a demonym before such a
     * noun names people of the country, not its state. */
    if (actor && !person_for && AKG_NAME_KIND(value) == AKG_LABEL_DEMONYM &&
        i + len < n && starts(ex, i + len, AKG_CUE_NON_STATE))
      actor = NULL;
    if (actor) {
      PUSH(ex->mentions, ex->mention_count, ex->mention_cap);
      mention *m = &ex->mentions[ex->mention_count];
      m->first = (uint32_t)i;
      m->end = (uint32_t)(i + len);
      m->actor = actor;
      m->kind = person_for ? AKG_LABEL_NAME : AKG_NAME_KIND(value);
      m->list = list;
      if (ex->resolving && actor->kind == AKG_ACTOR_ORGANIZATION && !list)
        remember_org(ex, actor);
      m->possessive = i + len < n && (!strcmp(norm(ex, i + len), "'s") ||
                                      !strcmp(norm(ex, i + len), "'"));
      m->group = -1;
      for (size_t k = i; k < i + len; k++)
        ex->mention_at[k] = (int32_t)ex->mention_count;
      ex->mention_count++;
    }
    i += len;
  }
}

/* "Korea's National Intelligence Service and the United Kingdom's National
 * Cyber Security Centre issued a joint advisory": the bodies of two states,
 * each named after its possessor, make a list of the states. */
static bool bodies_joined(const akg_extractor *ex, const mention *a, const mention *b) {
  size_t i = a->end + 1, words = 0; /* past the "'s" */
  while (i < b->first && words < AGENCY_NAME_WORDS &&
         ex->tokens.items[i].kind == AKG_TOKEN_WORD &&
         ((ex->tokens.items[i].flags & AKG_TOKEN_CAPITALIZED) ||
          covered(ex, i, AKG_CUE_ROLE)) &&
         !covered(ex, i, AKG_CUE_LIST_GLUE)) {
    i++;
    words++;
  }
  if (!words || i == b->first || strcmp(norm(ex, i), "and") || !b->possessive)
    return false;
  for (i++; i < b->first; i++)
    if (!is_determiner(ex, i))
      return false;
  return true;
}

/* Two mentions belong to one list when only list glue stands between them
 * ("China, Russia and the DPRK") or a hyphen joins them ("Japan-U.S.").
 * `a_alone`: `a` is the first member of its list so far. */
static bool joined(const akg_extractor *ex, const mention *a, const mention *b,
                   bool a_alone) {
  /* "China's Ministry of State Security": the state's own body is the
   * same list item. */
  if (a->possessive && b->actor == a->actor && b->first == a->end + 1)
    return true;
  if (a->possessive)
    return bodies_joined(ex, a, b);
  size_t gap = b->first - a->end;
  /* A dash without spaces (normalized to "--") joins a pair as the
   * hyphen does: typeset text writes "the Indonesia\u2013Australia Cyber
   * Policy Dialogue" with an en dash. */
  if (gap == 1 && (!strcmp(norm(ex, a->end), "-") || !strcmp(norm(ex, a->end), "--")) &&
      !(ex->tokens.items[a->end].flags & AKG_TOKEN_SPACE_BEFORE) &&
      !(ex->tokens.items[b->first].flags & AKG_TOKEN_SPACE_BEFORE))
    return true;
  if (gap == 0 || gap > GROUP_GLUE_MAX)
    return gap == 0;
  bool comma_only = true;
  for (size_t i = a->end; i < b->first; i++) {
    if (!covered(ex, i, AKG_CUE_LIST_GLUE))
      return false;
    comma_only = comma_only && !strcmp(norm(ex, i), ",");
  }
  /* "have joined CCDCOE, NATO has ...": a name after a bare comma that is
   * followed by a verb starts a new clause, not a list item. So does one
   * after ", and" that follows a single name ("programmes with the EU, and
   * Rwanda has ..."): a serial comma needs three items. */
  bool comma_and =
      gap == 2 && !strcmp(norm(ex, a->end), ",") && !strcmp(norm(ex, a->end + 1), "and");
  if ((comma_only || (comma_and && a_alone)) && b->end < ntok(ex) &&
      covered(ex, b->end,
              AKG_CUE_PASSIVE | AKG_CUE_AUXILIARY | AKG_CUE_INTENTION |
                  AKG_CUE_REPORTING))
    return false;
  return true;
}

/* "the Republic of Korea, Canada and Luxembourg ..., as the three nations
 * officially joined": a plural anaphor after a list in its own sentence
 * means that list, not one of the sentences before. */
static void bind_plurals_here(akg_extractor *ex) {
  for (size_t m = 0; m < ex->mention_count; m++) {
    if (ex->mentions[m].list != LIST_RECENT)
      continue;
    int best = -1;
    for (size_t g = 0; g < ex->group_count && ex->groups[g].end <= ex->mentions[m].first;
         g++)
      if (ex->groups[g].count >= 2)
        best = (int)g;
    if (best < 0)
      return;
    const group *g = &ex->groups[best];
    size_t n = 0;
    for (uint32_t k = 0; k < g->count && n < MAX_MEMBERS; k++)
      if (!ex->mentions[g->mention + k].list)
        ex->plural[n++] = ex->mentions[g->mention + k].actor;
    ex->plural_count = n;
    ex->plural_sentence = ex->sentence_index;
    return;
  }
}

static void form_groups(akg_extractor *ex) {
  ex->group_count = 0;
  for (size_t m = 0; m < ex->mention_count; m++) {
    mention *cur = &ex->mentions[m];
    if (m > 0 && joined(ex, &ex->mentions[m - 1], cur,
                        ex->groups[ex->group_count - 1].count == 1)) {
      group *g = &ex->groups[ex->group_count - 1];
      g->end = cur->end;
      g->count++;
      cur->group = (int)ex->group_count - 1;
      continue;
    }
    PUSH(ex->groups, ex->group_count, ex->group_cap);
    ex->groups[ex->group_count] = (group){cur->first, cur->end, (uint32_t)m, 1, -1};
    cur->group = (int)ex->group_count++;
  }
}

/* Inside a phrase of list glue of two or more words ("was joined by",
 * "together with"), a relation word only glues the list. */
static bool inside_long_glue(const akg_extractor *ex, size_t i) {
  for (size_t j = i + 1, back = 0; j-- > 0 && back < 4; back++)
    if ((ex->cue_bits[j] & AKG_CUE_LIST_GLUE) && ex->cue_len[j] >= 2 &&
        j + ex->cue_len[j] > i)
      return true;
  return false;
}

/* One of the trigger's required words shortly before it, in its clause
 * ("became the 32nd member of"). */
static bool preceded_as_required(const akg_extractor *ex, const akg_trigger *t,
                                 size_t at) {
  if (!t->requires_before)
    return true;
  for (size_t i = at, back = 0; i-- > 0 && back < REQUIRES_BEFORE_WINDOW; back++) {
    if (covered(ex, i, AKG_CUE_CLAUSE_BREAK))
      return false;
    if (akg_wordlist_has(t->requires_before, norm(ex, i)))
      return true;
  }
  return false;
}

/* Whether a dictionary match of a relation word is one: not glue, not a
 * possessor ("the alliance's border with Russia" is about a border), and
 * with its required context. */
static bool is_relation_word(const akg_extractor *ex, const akg_trigger *t, size_t at,
                             size_t end) {
  if (end < ntok(ex) && (!strcmp(norm(ex, end), "'s") ||
                         akg_wordlist_has(t->not_followed_by, norm(ex, end))))
    return false;
  return !inside_long_glue(ex, at) && preceded_as_required(ex, t, at);
}

static void mark_triggers(akg_extractor *ex) {
  size_t n = ntok(ex);
  ex->occ_count = 0;
  for (size_t i = 0; i < n; i++)
    ex->trigger_at[i] = -1;
  for (size_t i = 0; i < n;) {
    uint32_t index;
    size_t len = ex->mention_at[i] < 0 ? akg_phrase_dict_match(ex->lex->relation_words,
                                                               &ex->tokens, i, &index)
                                       : 0;
    if (!len || !is_relation_word(ex, &ex->lex->triggers[index], i, i + len)) {
      i++;
      continue;
    }
    PUSH(ex->occs, ex->occ_count, ex->occ_cap);
    ex->occs[ex->occ_count] = (occurrence){(uint32_t)i, (uint32_t)(i + len),
                                           &ex->lex->triggers[index], NO_GROUP, false};
    ex->trigger_at[i] = (int32_t)ex->occ_count++;
    i += len;
  }
}

/* The cue classes of the cue that opens the text: all that the surveys of
 * furniture and signatories ask of a block, which is most of an article.
 * So the block's start is tokenized first, up to white space (tokens
 * before white space do not depend on what follows it); only when that
 * start holds fewer tokens than the longest cue is the whole text. Leaves
 * ex->tokens holding what was tokenized. */
static uint32_t opening_cues(akg_extractor *ex, const char *text, size_t len) {
  size_t cut = OPENING_PEEK_BYTES;
  while (cut < len && text[cut] != ' ' && text[cut] != '\t' && text[cut] != '\n')
    cut++;
  akg_tokenize(text, cut < len ? cut : len, &ex->tokens);
  if (cut < len && ntok(ex) < akg_phrase_dict_longest(ex->lex->cues))
    akg_tokenize(text, len, &ex->tokens);
  uint32_t bits = 0;
  if (!ntok(ex) || !akg_phrase_dict_match(ex->lex->cues, &ex->tokens, 0, &bits))
    return 0;
  return bits;
}

/* Tokens, cues and the actors named: what a count of mentions needs. */
static void analyse_names(akg_extractor *ex, const char *text, size_t len) {
  akg_tokenize(text, len, &ex->tokens);
  grow_arrays(ex, ntok(ex) + 1);
  mark_cues(ex);
  unbreak_glosses(ex);
  mark_mentions(ex);
}

static void analyse(akg_extractor *ex, const char *text, size_t len) {
  analyse_names(ex, text, len);
  form_groups(ex);
  if (ex->resolving)
    bind_plurals_here(ex);
  mark_triggers(ex);
}

/* "Finnish Foreign Minister Pekka Haavisto", "China's foreign ministry
 * spokesman Wang Wenbin": an actor, a role noun, then a person's name.
 * Each word of the name (three letters or more, not a cue or an actor)
 * stands for that actor in the rest of the article ("Haavisto said"). */
static void learn_people(akg_extractor *ex) {
  size_t n = ntok(ex);
  for (size_t m = 0; m < ex->mention_count; m++) {
    /* The title before the name: words, the possessive, role nouns;
     * after a role noun, only more of the role or the name. */
    size_t i = ex->mentions[m].end, steps = 0;
    bool role = false;
    for (; i < n && steps < PERSON_ROLE_WORDS; i++, steps++) {
      const akg_token *t = &ex->tokens.items[i];
      bool possessive = !strcmp(norm(ex, i), "'s");
      if (ex->mention_at[i] >= 0 || (t->kind != AKG_TOKEN_WORD && !possessive))
        break;
      if (covered(ex, i, AKG_CUE_ROLE))
        role = true;
      else if (role && (t->flags & AKG_TOKEN_CAPITALIZED))
        break; /* the name starts here */
      else if (role && !possessive)
        break; /* "the minister said": no name */
    }
    if (!role || !(i < n && (ex->tokens.items[i].flags & AKG_TOKEN_CAPITALIZED)))
      continue;
    for (size_t k = i; k < n && k < i + PERSON_NAME_WORDS; k++) {
      const akg_token *t = &ex->tokens.items[k];
      if (t->kind != AKG_TOKEN_WORD || !(t->flags & AKG_TOKEN_CAPITALIZED) ||
          ex->mention_at[k] >= 0 || ex->covered[k] || t->len < 3)
        break;
      if (akg_is_calendar_word(norm(ex, k)))
        continue; /* "Theresa May": "May" would date, not name */
      void **slot = akg_strmap_slot(ex->people, norm(ex, k), NULL);
      *slot = (void *)ex->mentions[m].actor;
    }
  }
}

/* "Saudi Arabia's National Cybersecurity Authority (NCA)", "the Cyber
 * Security Agency of Singapore (CSA)", "the Australian Signals Directorate
 * (ASD)": an acronym the lexicon does not know, glossing a capitalised
 * name that contains one actor or is a body's name in the lexicon, stands for that actor
 * in the rest of the article ("The NCA has signed similar agreements with ..."). */
static void learn_acronyms(akg_extractor *ex) {
  size_t n = ntok(ex);
  for (size_t open = 1; open + 2 < n; open++) {
    const akg_token *acr = &ex->tokens.items[open + 1];
    if (strcmp(norm(ex, open), "(") || strcmp(norm(ex, open + 2), ")") ||
        acr->kind != AKG_TOKEN_WORD || !(acr->flags & AKG_TOKEN_ALL_CAPS) ||
        ex->mention_at[open + 1] >= 0 || ex->covered[open + 1])
      continue;
    /* The name before the bracket: capitalised words, the actor, and the
     * small words inside such names. */
    const akg_actor *actor = NULL;
    bool named = false, ambiguous = false;
    for (size_t i = open, steps = 0; i-- > 0 && steps < AGENCY_NAME_WORDS; steps++) {
      const akg_token *t = &ex->tokens.items[i];
      int m = ex->mention_at[i];
      if (m >= 0) {
        const mention *me = &ex->mentions[m];
        if (me->list || (actor && actor != me->actor))
          ambiguous = true;
        actor = me->actor;
        /* A body's full name from the lexicon is such a name itself; a
         * state's name alone is not ("MOSCOW (AP)" credits a news agency). */
        if (me->kind == AKG_LABEL_HIDDEN && me->end - me->first > 1)
          named = true;
        i = me->first; /* the loop steps before the name */
        continue;
      }
      const char *w = norm(ex, i);
      if (t->kind == AKG_TOKEN_WORD && (t->flags & AKG_TOKEN_CAPITALIZED)) {
        named = true;
        continue;
      }
      if (strcmp(w, "'s") && strcmp(w, "of") && strcmp(w, "for") && strcmp(w, "and") &&
          strcmp(w, "on") && strcmp(w, "the"))
        break;
    }
    if (actor && named && !ambiguous)
      *akg_strmap_slot(ex->acronyms, norm(ex, open + 1), NULL) = (void *)actor;
  }
}

/* ---- argument finding ---- */

static group *group_of(akg_extractor *ex, size_t token) {
  int m = ex->mention_at[token];
  return m < 0 ? NULL : &ex->groups[ex->mentions[m].group];
}

static int group_index(const akg_extractor *ex, const group *g) {
  return (int)(g - ex->groups);
}

static const mention *last_member(const akg_extractor *ex, const group *g) {
  return &ex->mentions[g->mention + g->count - 1];
}

static size_t clause_start(const akg_extractor *ex, size_t at) {
  while (at > 0 && !covered(ex, at - 1, AKG_CUE_CLAUSE_BREAK))
    at--;
  return at;
}

/* A name right after a preposition is inside a phrase ("in China", "with
 * Japan") and cannot be a subject, unless the preposition follows a role
 * noun ("spokesperson for the Chinese Foreign Ministry", "the president of
 * Armenia"): then it names whom the speaker speaks for. */
static bool usable_as_subject(const akg_extractor *ex, const group *g) {
  size_t i = g->first;
  while (i > 0 && is_determiner(ex, i - 1))
    i--;
  if (i == 0 || !covered(ex, i - 1, AKG_CUE_PREPOSITION))
    return true;
  /* "Partners including Estonia, the Netherlands and Romania have also
   * condemned": a preposition that glues a list introduces its members. */
  if (covered(ex, i - 1, AKG_CUE_LIST_GLUE) && i >= 2 &&
      ex->tokens.items[i - 2].kind == AKG_TOKEN_WORD)
    return true;
  /* "Specialists from the United States were working alongside ...":
   * people from a state act for it. */
  if (i >= 2 && !strcmp(norm(ex, i - 1), "from") &&
      covered(ex, i - 2, AKG_CUE_ROLE | AKG_CUE_PEOPLE))
    return true;
  /* "In Tehran, Foreign Ministry spokesman Nasser Kanaani said": a place
   * opening the sentence before a speaker is where the speaker speaks
   * for. */
  if (i == 1 && g->end + 1 < ntok(ex) && !strcmp(norm(ex, g->end), ",")) {
    size_t r = g->end + 1;
    while (r < ntok(ex) && is_determiner(ex, r))
      r++;
    for (size_t k = r; k < ntok(ex) && k < r + PERSON_ROLE_WORDS; k++)
      if (covered(ex, k, AKG_CUE_ROLE))
        return true;
  }
  /* Only "of" and "for" tie a role to its state: "its ambassador to
   * Russia" is Germany's. */
  if (strcmp(norm(ex, i - 1), "of") && strcmp(norm(ex, i - 1), "for") &&
      strcmp(norm(ex, i - 1), "in"))
    return false;
  size_t p = i - 1;
  while (p > 0 && is_determiner(ex, p - 1))
    p--;
  if (p == 0 || !covered(ex, p - 1, AKG_CUE_ROLE))
    return false;
  /* "the Russian embassy in Oslo": a role that already names its state
   * is located by the name after it, not owned. */
  size_t r = p - 1;
  while (r > 0 && covered(ex, r - 1, AKG_CUE_ROLE))
    r--;
  return r == 0 || ex->mention_at[r - 1] < 0;
}

/* The subject of a predicate starting at `at`: the nearest usable group to
 * the left within the clause. A group that is already the object of an
 * earlier relation word hands over that word's subject, for coordinated
 * predicates ("Japan has defined Russia ... as threats and plans to
 * enhance ties with the US"). */
static bool is_participle(const akg_extractor *ex, size_t i) {
  const char *w = norm(ex, i);
  size_t n = strlen(w);
  return n > 4 && !strcmp(w + n - 3, "ing");
}

/* Whether a relative clause from `start` to `at` names its own subject
 * ("which Japan joined"). */
static bool relative_has_subject(const akg_extractor *ex, size_t start, size_t at) {
  for (size_t i = start; i < at; i++)
    if (ex->mention_at[i] >= 0)
      return true;
  return false;
}

static int subject_left(akg_extractor *ex, size_t at) {
  size_t start = clause_start(ex, at);
  /* "Albania, which joined NATO in 2009": the relative pronoun's subject
   * is the name before it. */
  if (start >= 2 &&
      (!strcmp(norm(ex, start - 1), "which") || !strcmp(norm(ex, start - 1), "who") ||
       !strcmp(norm(ex, start - 1), "whose")) &&
      !strcmp(norm(ex, start - 2), ",") && !relative_has_subject(ex, start, at)) {
    group *g = start >= 3 ? group_of(ex, start - 3) : NULL;
    if (g && g->end == start - 2)
      return group_index(ex, g);
  }
  /* "Albania cut ties with Iran ..., accusing Tehran of ...": a participle
   * after a comma shares the clause's first subject. */
  if (at >= 1 && !strcmp(norm(ex, at - 1), ",") && is_participle(ex, at)) {
    for (size_t i = start; i < at; i++) {
      group *g = group_of(ex, i);
      if (g && usable_as_subject(ex, g))
        return group_index(ex, g);
      if (g)
        i = g->end - 1;
    }
  }
  for (size_t i = at; i-- > start;) {
    group *g = group_of(ex, i);
    /* "We stand alongside the United Kingdom ..., and we have shared our
     * findings with": the nearer "we" is the subject. */
    if (!g && starts(ex, i, AKG_CUE_ANAPHOR) && ex->topic &&
        (i == start || !strcmp(norm(ex, i - 1), "and") || !strcmp(norm(ex, i - 1), ",")))
      return TOPIC_GROUP;
    if (!g)
      continue;
    i = g->first;
    if (g->object_of >= 0) {
      int s = ex->occs[g->object_of].subject;
      if (s != NO_GROUP)
        return s;
      continue;
    }
    if (usable_as_subject(ex, g))
      return group_index(ex, g);
  }
  return NO_GROUP;
}

/* "it", "the country": stands for the topic when it is the clause's
 * subject (not inside a prepositional phrase). */
static bool anaphor_before(const akg_extractor *ex, size_t at) {
  for (size_t i = clause_start(ex, at); i < at; i++)
    if (starts(ex, i, AKG_CUE_ANAPHOR) &&
        (i == 0 || !covered(ex, i - 1, AKG_CUE_PREPOSITION)))
      return true;
  return false;
}

/* Past a time phrase opening a clause ("In 2021", "On 4 May,"). */
static size_t skip_time_phrase(const akg_extractor *ex, size_t i) {
  size_t n = ntok(ex), j = i;
  if (!covered(ex, j, AKG_CUE_PREPOSITION))
    return i;
  j++;
  while (j < n && is_determiner(ex, j))
    j++;
  if (j == n || (ex->tokens.items[j].kind != AKG_TOKEN_NUMBER &&
                 !akg_is_calendar_word(norm(ex, j))))
    return i;
  while (j < n && (ex->tokens.items[j].kind == AKG_TOKEN_NUMBER ||
                   akg_is_calendar_word(norm(ex, j))))
    j++;
  if (j < n && !strcmp(norm(ex, j), ","))
    j++;
  return j;
}

/* "The NIS has blamed ...", "The NCSC continues to work with ...": an
 * acronym the lexicon does not know, as subject, is most often an agency
 * of the state the article is about. */
static bool is_agency_acronym(const akg_extractor *ex, size_t i) {
  const akg_token *t = &ex->tokens.items[i];
  return t->kind == AKG_TOKEN_WORD && (t->flags & AKG_TOKEN_ALL_CAPS) && t->len >= 2 &&
         t->len <= 6 && !ex->covered[i];
}

/* The clause's subject is an anaphor ("it") or a body that speaks for a
 * state without naming it ("The Foreign Office", "the ministry said"):
 * in an article about one actor, that actor. */
static bool speaker_before(const akg_extractor *ex, size_t at) {
  if (anaphor_before(ex, at))
    return true;
  for (size_t i = skip_time_phrase(ex, clause_start(ex, at)); i < at; i++) {
    if (ex->mention_at[i] >= 0 || covered(ex, i, AKG_CUE_PREPOSITION))
      return false;
    if (covered(ex, i, AKG_CUE_ROLE) || is_agency_acronym(ex, i))
      return true;
  }
  return false;
}

/* The relation word is inside a prepositional phrase ("remain outside the
 * alliance"): it names a thing, not what its clause's subjects do. */
static bool inside_phrase(const akg_extractor *ex, const occurrence *o) {
  for (size_t i = o->first, seen = 0; i-- > 0 && seen < 3; seen++) {
    /* "10 days of war games" is still the games themselves; and "to"
     * before a verb is the infinitive ("agreed to work together"). */
    if (covered(ex, i, AKG_CUE_PREPOSITION))
      return strcmp(norm(ex, i), "of") != 0 &&
             (o->trigger->frame != AKG_FRAME_VERB || strcmp(norm(ex, i), "to") != 0);
    if (!covered(ex, i, AKG_CUE_FILLER) && !is_adverb(ex, i))
      return false;
  }
  return false;
}

static int topic_or_none(const akg_extractor *ex) {
  return ex->topic ? TOPIC_GROUP : NO_GROUP;
}

/* "was (also) criticized": a passive auxiliary shortly before a past
 * participle. */
static bool is_passive(const akg_extractor *ex, const occurrence *o) {
  if (o->trigger->predicative)
    return false;
  const char *w = norm(ex, o->first);
  size_t len = strlen(w);
  if (len < 3 || strcmp(w + len - 2, "ed"))
    return false;
  for (size_t i = o->first, seen = 0; i-- > 0 && seen < PASSIVE_WINDOW; seen++) {
    if (starts(ex, i, AKG_CUE_PASSIVE))
      return true;
    if (!covered(ex, i, AKG_CUE_FILLER | AKG_CUE_NEGATION) && !is_adverb(ex, i))
      return false;
  }
  return false;
}

/* The group after "by" that closely follows position `from`. */
static int agent_after(akg_extractor *ex, size_t from, size_t limit) {
  size_t n = ntok(ex);
  for (size_t i = from; i < n && i < from + limit; i++) {
    if (covered(ex, i, AKG_CUE_CLAUSE_BREAK))
      break;
    if (!starts(ex, i, AKG_CUE_AGENT))
      continue;
    for (size_t j = i + 1; j < n && j < i + 4; j++) {
      group *g = group_of(ex, j);
      if (g)
        return group_index(ex, g);
      if (!is_determiner(ex, j) && !covered(ex, j, AKG_CUE_FILLER))
        break;
    }
    break;
  }
  return NO_GROUP;
}

/* Where a proxy link ("affiliated with", "backed by") ends, when one
 * follows within a short noun phrase starting at `at`; 0 if none. */
static size_t proxy_link_ahead(const akg_extractor *ex, size_t at) {
  for (size_t i = at; i < ntok(ex) && i < at + PROXY_NP_WORDS; i++) {
    if (starts(ex, i, AKG_CUE_PROXY_LINK))
      return i + ex->cue_len[i];
    if (ex->mention_at[i] >= 0 || ex->trigger_at[i] >= 0 ||
        covered(ex, i, AKG_CUE_CLAUSE_BREAK | AKG_CUE_REPORTING))
      return 0;
  }
  return 0;
}

/* Whether the relation word at `i` ends the search for an earlier word's
 * object. A noun that needs a marker and has none is only a noun:
 * "information sharing on cyber threats with Japan". */
static bool blocks_search(const akg_extractor *ex, size_t i) {
  const occurrence *o = &ex->occs[ex->trigger_at[i]];
  const akg_trigger *t = o->trigger;
  return t->frame != AKG_FRAME_NOUN || !t->marker_required ||
         (o->end < ntok(ex) && akg_wordlist_has(t->object_markers, norm(ex, o->end)));
}

/* "the Cyber Security Agency of Singapore", "the National Security
 * Authority of the Slovak Republic", "the head of the Swiss Federal
 * Department": from token i, a body's name (capitalised words and role
 * nouns) and "of" before an actor; returns where the actor's name starts,
 * or 0. */
/* "trained cyber specialists from Senegal", "training officials from
 * Rwanda": a few words ending with a people or role noun, then "from" before
 * an actor; returns where the actor's name starts, or 0. */
static size_t people_from_ahead(const akg_extractor *ex, size_t i) {
  size_t n = ntok(ex);
  for (size_t j = i; j < n && j < i + PEOPLE_PHRASE_WORDS; j++) {
    if (ex->mention_at[j] >= 0 || ex->trigger_at[j] >= 0 ||
        ex->tokens.items[j].kind != AKG_TOKEN_WORD)
      return 0;
    if (covered(ex, j, AKG_CUE_ROLE | AKG_CUE_PEOPLE) && j + 1 < n &&
        !strcmp(norm(ex, j + 1), "from")) {
      size_t k = j + 2;
      while (k < n && is_determiner(ex, k))
        k++;
      return k < n && ex->mention_at[k] >= 0 ? k : 0;
    }
  }
  return 0;
}

static size_t institution_owner_ahead(const akg_extractor *ex, size_t i) {
  size_t n = ntok(ex), j = i;
  bool named = false;
  while (j < n && j < i + AGENCY_NAME_WORDS && ex->mention_at[j] < 0 &&
         ex->tokens.items[j].kind == AKG_TOKEN_WORD &&
         ((ex->tokens.items[j].flags & AKG_TOKEN_CAPITALIZED) ||
          covered(ex, j, AKG_CUE_ROLE) || (named && !strcmp(norm(ex, j), "and")))) {
    named = true;
    j++;
  }
  if (!named || j >= n || strcmp(norm(ex, j), "of"))
    return people_from_ahead(ex, i);
  j++;
  while (j < n && is_determiner(ex, j))
    j++;
  return j < n && ex->mention_at[j] >= 0 ? j : 0;
}

/* The object of an occurrence, searched to the right of `from`. With
 * `need_marker`, the object must follow one of the trigger's markers, and
 * up to MARKER_WINDOW other words may come first ("cooperation in the cyber
 * field with"); otherwise only filler words and markers may stand between
 * ("accused the United States", "joining of the NATO CCDCOE"). The marker
 * that introduced the object is returned in *marker. */
static int object_right(akg_extractor *ex, const occurrence *o, size_t from,
                        bool need_marker, const char **marker) {
  const akg_trigger *t = o->trigger;
  size_t n = ntok(ex);
  /* Without a marker, only a trigger whose required words guard it may
   * reach into a noun phrase for its object ("exposed a series of Russian
   * cyber attacks"). */
  size_t budget = need_marker ? (t->marker_distance ? t->marker_distance : MARKER_WINDOW)
                  : t->requires_after   ? OBJECT_NP_WORDS
                  : t->object_in_phrase ? OBJECT_PHRASE_WORDS
                                        : 0;
  const char *seen_marker = NULL;
  *marker = NULL;
  /* "works with India": the form may end with its marker. */
  if (need_marker && from == o->end && o->end > o->first + 1 &&
      akg_wordlist_has(t->object_markers, norm(ex, o->end - 1)))
    seen_marker = norm(ex, o->end - 1);
  size_t scan = OBJECT_SCAN + budget;
  for (size_t i = from; i < n && i < from + scan; i++) {
    group *g = group_of(ex, i);
    if (g) {
      if (!need_marker || seen_marker) {
        *marker = seen_marker;
        return group_index(ex, g);
      }
      /* The agent of a noun may come first: "the designation by the
       * Japanese government of China"; and what is attributed may name a
       * victim: "attributed a cyber attack on the Finnish parliament to". */
      size_t b = i;
      while (b > from && is_determiner(ex, b - 1))
        b--;
      if (b > from && (starts(ex, b - 1, AKG_CUE_AGENT) ||
                       (t->marker_distance && covered(ex, b - 1, AKG_CUE_PREPOSITION) &&
                        !akg_wordlist_has(t->object_markers, norm(ex, b - 1))))) {
        i = g->end - 1;
        continue;
      }
      break; /* a name before the marker: the phrase is about it */
    }
    if ((ex->trigger_at[i] >= 0 && blocks_search(ex, i)) ||
        covered(ex, i, AKG_CUE_CLAUSE_BREAK))
      break;
    if (akg_wordlist_has(t->object_markers, norm(ex, i)) &&
        (!seen_marker || !strcmp(norm(ex, i), "of"))) {
      seen_marker = norm(ex, i);
      continue;
    }
    if (covered(ex, i, AKG_CUE_FILLER) || is_adverb(ex, i) ||
        ex->tokens.items[i].kind == AKG_TOKEN_NUMBER)
      continue;
    /* "condemned in 2024 the malicious cyber campaign": a time between the
     * word and its object. */
    if (covered(ex, i, AKG_CUE_PREPOSITION) && i + 1 < n &&
        (ex->tokens.items[i + 1].kind == AKG_TOKEN_NUMBER ||
         akg_is_calendar_word(norm(ex, i + 1))))
      continue;
    /* Into the phrase: "the malicious cyber activities of the DPRK", "the
     * regime in Belarus"; never past the victim's "on" or "against". */
    if (!need_marker && t->object_in_phrase &&
        (ex->tokens.items[i].kind != AKG_TOKEN_WORD || covered(ex, i, AKG_CUE_LIST_GLUE)))
      break; /* "condemned the campaign, and NATO ...": the phrase has ended */
    if (!need_marker && t->object_in_phrase && covered(ex, i, AKG_CUE_PREPOSITION)) {
      if (!strcmp(norm(ex, i), "of") || (i > from && covered(ex, i - 1, AKG_CUE_ROLE)))
        continue;
      break;
    }
    if (!need_marker || seen_marker) {
      /* "to cyber actors affiliated with China's Ministry": the object is
       * whoever stands behind the noun phrase. */
      size_t link = proxy_link_ahead(ex, i);
      if (link) {
        i = link - 1;
        seen_marker = seen_marker ? seen_marker : norm(ex, i);
        continue;
      }
    }
    if (!need_marker || seen_marker) {
      /* "with the Cyber Security Agency of Singapore": the body's state;
       * "trained cyber specialists from Senegal": the people's. */
      size_t owner = institution_owner_ahead(ex, i);
      if (owner) {
        i = owner - 1;
        continue;
      }
    }
    if ((seen_marker && need_marker) || !budget)
      break;
    budget--;
  }
  return NO_GROUP;
}

/* "which" or "who": a relative clause about the name before it. */
static bool is_which_or_who(const akg_extractor *ex, size_t i) {
  return !strcmp(norm(ex, i), "which") || !strcmp(norm(ex, i), "who");
}

static bool requirement_between(const akg_extractor *ex, const akg_trigger *t,
                                size_t start, size_t from);

/* One of the trigger's required words follows the object ("named China
 * ... as threats"). */
static bool requirement_met(const akg_extractor *ex, const akg_trigger *t, size_t from) {
  return requirement_between(ex, t, from, from);
}

/* One of the required words from `start` (the relation word's end, when
 * it precedes the object: "concern about malicious cyber activities
 * undertaken by China") to shortly after `from` (the object's end). */
static bool requirement_between(const akg_extractor *ex, const akg_trigger *t,
                                size_t start, size_t from) {
  if (!t->requires_after)
    return true;
  size_t n = ntok(ex);
  for (size_t i = start; i < n && i < from + REQUIRES_WINDOW; i++) {
    if (starts(ex, i, AKG_CUE_CLAUSE_BREAK) && !is_which_or_who(ex, i))
      break;
    if (akg_wordlist_has(t->requires_after, norm(ex, i)))
      return true;
  }
  return false;
}

/* A group ending just before the relation word: "Japan's official
 * joining", "the Japan-U.S. alliance". */
static int premodifier(akg_extractor *ex, const occurrence *o) {
  size_t start = clause_start(ex, o->first);
  for (size_t i = o->first, gap = 0; i-- > start && gap <= PREMODIFIER_GAP;) {
    group *g = group_of(ex, i);
    if (g)
      return g->end == i + 1 || last_member(ex, g)->possessive ? group_index(ex, g)
                                                               : NO_GROUP;
    /* "Poland, a member since 1999": a comma ends the phrase. */
    if (covered(ex, i, AKG_CUE_PREPOSITION) || ex->trigger_at[i] >= 0 ||
        !strcmp(norm(ex, i), ","))
      break;
    /* Quotes and the possessive 's do not separate: Japan's "groundless
     * slander". */
    if (ex->tokens.items[i].kind == AKG_TOKEN_WORD && strcmp(norm(ex, i), "'s"))
      gap++;
  }
  return NO_GROUP;
}

/* Possessive markers between a premodifier group and the word. */
static bool premodifier_possessive(const akg_extractor *ex, int gi) {
  return gi >= 0 && last_member(ex, &ex->groups[gi])->possessive;
}

/* ---- modality ---- */

/* "rejected the claim as baseless and condemned Albania's decision": a
 * relation word right after "and" (adverbs aside) heads a predicate of its
 * own, out of reach of a denial before the "and". */
static bool new_predicate_between(const akg_extractor *ex, size_t from, size_t at) {
  size_t i = at;
  while (i > from + 1 && (is_adverb(ex, i - 1) || covered(ex, i - 1, AKG_CUE_FILLER)))
    i--;
  return i > from + 1 && !strcmp(norm(ex, i - 1), "and") && ex->mention_at[i - 2] < 0;
}

static bool cancelled(const akg_extractor *ex, const occurrence *o) {
  size_t start = clause_start(ex, o->first);
  for (size_t i = start; i < o->first; i++) {
    size_t distance = o->first - i;
    uint32_t c = ex->covered[i];
    if (c & AKG_CUE_CONDITIONAL)
      return true;
    if ((c & AKG_CUE_NEGATION) && distance <= MODALITY_WINDOW)
      return true;
    /* An offer ("stands ready to strengthen cooperation") is not yet even
     * the intent to cooperate. */
    if ((c & AKG_CUE_OFFER) && distance <= MODALITY_WINDOW)
      return true;
    if ((c & AKG_CUE_RECOMMENDATION) && distance <= MODALITY_WINDOW &&
        o->trigger->frame != AKG_FRAME_CLAIM)
      return true;
    /* A denial or rejection governs the whole clause after it ("rejected
     * a US offer to ... hammer out an agreement between ..."), and so does
     * a negated subject ("Neither Finland nor Belgium has raised any
     * accusation against China"). */
    if ((c & (AKG_CUE_DENIAL | AKG_CUE_CLAUSE_NEGATION)) &&
        !new_predicate_between(ex, i, o->first))
      return true;
    /* A wish governs its clause, cooperation included ("We hope the UK
     * side will ... work with China"). */
    if ((c & AKG_CUE_WISH) && o->trigger->frame != AKG_FRAME_CLAIM)
      return true;
    /* An intention is not yet a fact, except for cooperation, where
     * "will seek cooperation with" is the event itself (CAMEO 03). */
    if ((c & AKG_CUE_INTENTION) && distance <= INTENTION_WINDOW &&
        !new_predicate_between(ex, i, o->first) &&
        o->trigger->relation != AKG_REL_COOPERATES_WITH &&
        o->trigger->frame != AKG_FRAME_CLAIM)
      return true;
  }
  return false;
}

/* ---- facts ---- */

/* A lower-case word in "-ed" opening an aside: ", established in 2021". */
static bool is_past_participle(const akg_extractor *ex, size_t i) {
  const akg_token *t = &ex->tokens.items[i];
  const char *w = norm(ex, i);
  size_t n = strlen(w);
  return t->kind == AKG_TOKEN_WORD && !(t->flags & AKG_TOKEN_CAPITALIZED) && n > 4 &&
         !strcmp(w + n - 2, "ed");
}

/* The span of the aside around token `at` (", which was launched in
 * 2017,", ", established in 2021 with ...,"): from its first word to the
 * comma that closes it or the end of the sentence; an empty span when `at`
 * is in none. */
static void relative_clause_around(const akg_extractor *ex, size_t at, size_t *first,
                                   size_t *end) {
  size_t n = ntok(ex), i = at, j = at;
  *first = *end = 0;
  while (i > 0 && strcmp(norm(ex, i - 1), ","))
    i--;
  if (i == 0 || (!is_which_or_who(ex, i) && !is_past_participle(ex, i)))
    return;
  while (j < n && strcmp(norm(ex, j), ","))
    j++;
  *first = i;
  *end = j;
}

/* "The United States and New Zealand made similar allegations on the same
 * day": the sentence dates itself by the one before. */
static bool same_day(const akg_extractor *ex) {
  for (size_t i = 0; i < ntok(ex); i++)
    if (ex->ana_bits[i] & AKG_CUE_SAME_DAY)
      return true;
  return false;
}

/* The date of the article's last event before this sentence, else the
 * article's; called before the sentence states any. */
static akg_date last_event_date(const akg_extractor *ex) {
  for (size_t f = ex->out->count; f-- > ex->first_fact;)
    if (ex->out->items[f].position != ex->position)
      return ex->out->items[f].date;
  return ex->article_date;
}

static akg_date fact_date(const akg_extractor *ex, const occurrence *o) {
  const akg_date_mention *best = NULL;
  size_t best_distance = SIZE_MAX;
  for (size_t d = 0; d < ex->date_count; d++) {
    const akg_date_mention *m = &ex->dates[d];
    if (m->bound)
      continue;
    /* "The NCA, which was launched in 2017, has signed": a date inside an
     * aside about an actor dates the aside, not the relation outside it. */
    uint32_t rel_first = ex->date_aside[d][0], rel_end = ex->date_aside[d][1];
    if (rel_end && (o->first < rel_first || o->first >= rel_end))
      continue;
    size_t distance = m->first > o->first ? m->first - o->first : o->first - m->first;
    if (distance < best_distance) {
      best = m;
      best_distance = distance;
    }
  }
  return best ? best->date : ex->fallback_date;
}

/* What fact_date needs of the sentence, found once for all its facts: a
 * sentence can state thousands. */
static void prepare_dates(akg_extractor *ex) {
  ex->date_count = akg_dates_find(&ex->tokens, ex->article_date, ex->dates, MAX_DATES);
  for (size_t d = 0; d < ex->date_count; d++) {
    size_t first, end;
    relative_clause_around(ex, ex->dates[d].first, &first, &end);
    ex->date_aside[d][0] = (uint32_t)first;
    ex->date_aside[d][1] = (uint32_t)end;
  }
  ex->fallback_date = same_day(ex) ? last_event_date(ex) : ex->article_date;
}

static void emit(akg_extractor *ex, const occurrence *o, const akg_actor *s,
                 const akg_actor *obj) {
  if (!s || !obj || s == obj)
    return;
  if (o->trigger->relation == AKG_REL_JOINS && obj->kind != AKG_ACTOR_ORGANIZATION)
    return;
  if (ex->out->count - ex->first_fact >= AKG_EXTRACT_MAX_FACTS) {
    ex->capped = true;
    return;
  }
  akg_fact fact = {
      .subject = s,
      .relation = o->trigger->relation,
      .object = obj,
      .date = fact_date(ex, o),
      .evidence = ex->evidence.data,
      .position = ex->position,
      .cameo = o->trigger->cameo,
      .plover = o->trigger->plover,
  };
  akg_facts_push(ex->out, &fact);
}

static void add_member(const akg_actor **out, size_t *n, const akg_actor *actor) {
  for (size_t i = 0; i < *n; i++)
    if (out[i] == actor)
      return;
  out[(*n)++] = actor;
}

/* The actors of a group (or the topic): calls back with each. */
static size_t members(const akg_extractor *ex, int gi, const akg_actor **out,
                      size_t max) {
  if (gi == COMPANY_GROUP) {
    size_t n = members(ex, ex->company[0], out, max);
    return n < max ? n + members(ex, ex->company[1], out + n, max - n) : n;
  }
  if (gi == TOPIC_GROUP || gi == CONTEXT_GROUP) {
    out[0] = gi == TOPIC_GROUP ? ex->topic : ex->context_object;
    return 1;
  }
  if (gi < 0)
    return 0;
  const group *g = &ex->groups[gi];
  size_t n = 0;
  /* Each actor once ("China's Ministry of State Security", "FBI and CISA
   * teams"), over a bounded number of mentions: hostile text may list
   * thousands. */
  for (uint32_t k = 0; k < g->count && k < 4 * MAX_MEMBERS && n < max; k++) {
    const mention *m = &ex->mentions[g->mention + k];
    if (!m->list) {
      add_member(out, &n, m->actor);
      continue;
    }
    const akg_actor *const *list = m->list == LIST_RECENT ? ex->plural : ex->speakers;
    size_t count = m->list == LIST_RECENT ? ex->plural_count : ex->speaker_count;
    for (size_t p = 0; p < count && n < max; p++)
      add_member(out, &n, list[p]);
  }
  return n;
}

static void emit_pairs(akg_extractor *ex, const occurrence *o, int sg, int og) {
  const akg_actor *s[MAX_MEMBERS], *t[MAX_MEMBERS];
  size_t ns = members(ex, sg, s, MAX_MEMBERS);
  size_t nt = members(ex, og, t, MAX_MEMBERS);
  for (size_t i = 0; i < ns; i++)
    for (size_t j = 0; j < nt; j++)
      emit(ex, o, s[i], t[j]);
}

/* Coordinated actors acting together relate to one another. */
static void emit_within(akg_extractor *ex, const occurrence *o, int gi) {
  const akg_actor *a[MAX_MEMBERS];
  size_t n = members(ex, gi, a, MAX_MEMBERS);
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++)
      emit(ex, o, a[i], a[j]);
}

static size_t group_size(const akg_extractor *ex, int gi) {
  if (gi == COMPANY_GROUP)
    return group_size(ex, ex->company[0]) + group_size(ex, ex->company[1]);
  if (gi == TOPIC_GROUP || gi == CONTEXT_GROUP)
    return 1;
  if (gi < 0)
    return 0;
  const group *g = &ex->groups[gi];
  size_t n = g->count;
  for (uint32_t k = 0; k < g->count; k++) {
    uint8_t list = ex->mentions[g->mention + k].list;
    if (list)
      n += (list == LIST_RECENT ? ex->plural_count : ex->speaker_count) - 1;
  }
  return n;
}

static void set_object(akg_extractor *ex, occurrence *o, int og) {
  if (og >= 0 && ex->groups[og].object_of < 0)
    ex->groups[og].object_of = (int)(o - ex->occs);
}

/* Whether the word ends its clause without an object: the sentence ends,
 * or one of the trigger's context words follows ("joined as members",
 * "joined in 2017"), filler aside ("had also joined officially."). */
static bool object_left_out(const akg_extractor *ex, const akg_trigger *t, size_t end) {
  size_t n = ntok(ex), i = end;
  while (i < n && ex->mention_at[i] < 0 &&
         (covered(ex, i, AKG_CUE_FILLER) || is_adverb(ex, i)) &&
         !akg_wordlist_has(t->context_object_after, norm(ex, i)))
    i++;
  /* A date after it too: "a member since 12 March 1999". */
  return i == n || (ex->mention_at[i] < 0 &&
                    (akg_wordlist_has(t->context_object_after, norm(ex, i)) ||
                     ex->tokens.items[i].kind == AKG_TOKEN_NUMBER ||
                     akg_is_calendar_word(norm(ex, i))));
}

/* "Montenegro joined in 2017 and North Macedonia in 2020": a list item
 * after "and" that only a time or place follows shares the predicate. */
static int gapped_subject(akg_extractor *ex, const occurrence *o) {
  size_t n = ntok(ex);
  for (size_t i = o->end; i < n; i++) {
    if (ex->mention_at[i] >= 0 || ex->trigger_at[i] >= 0 ||
        covered(ex, i, AKG_CUE_CLAUSE_BREAK | AKG_CUE_REPORTING))
      return NO_GROUP;
    if (strcmp(norm(ex, i), "and"))
      continue;
    size_t j = i + 1;
    while (j < n && is_determiner(ex, j))
      j++;
    group *g = j < n ? group_of(ex, j) : NULL;
    if (!g || g->first != j)
      return NO_GROUP;
    size_t after = g->end;
    if (after == n || ex->tokens.items[after].kind == AKG_TOKEN_NUMBER ||
        akg_wordlist_has(o->trigger->context_object_after, norm(ex, after)))
      return group_index(ex, g);
    return NO_GROUP;
  }
  return NO_GROUP;
}

/* "joined NATO in 2004 and the European Union in 2007", "a member of NATO
 * since 1999 and of the EU since 2004": after the object and a time, "and"
 * and a second organization share the joining. */
static void gapped_objects(akg_extractor *ex, const occurrence *o, int sg, int og) {
  if (o->trigger->relation != AKG_REL_JOINS || og < 0)
    return;
  size_t n = ntok(ex), i = ex->groups[og].end;
  bool timed = false;
  while (i < n && (covered(ex, i, AKG_CUE_PREPOSITION | AKG_CUE_FILLER) ||
                   ex->tokens.items[i].kind == AKG_TOKEN_NUMBER ||
                   akg_is_calendar_word(norm(ex, i)))) {
    timed = timed || ex->tokens.items[i].kind == AKG_TOKEN_NUMBER;
    i++;
  }
  if (!timed || i >= n || strcmp(norm(ex, i), "and"))
    return;
  i++;
  while (i < n && (akg_wordlist_has(o->trigger->object_markers, norm(ex, i)) ||
                   is_determiner(ex, i)))
    i++;
  group *g = i < n ? group_of(ex, i) : NULL;
  if (g && g->first == i)
    emit_pairs(ex, o, sg, group_index(ex, g));
}

/* The organization of the context: the one named last, if within the
 * last DESCRIPTOR_SENTENCES sentences; NULL otherwise. */
static const akg_actor *organization_of_context(const akg_extractor *ex) {
  if (!ex->recent_org_count ||
      ex->sentence_index - ex->recent_orgs[0].sentence > DESCRIPTOR_SENTENCES)
    return NULL;
  return ex->recent_orgs[0].actor;
}

/* An intransitive use of a word whose object is known from the context:
 * the organization named in the last few sentences. */
static bool context_object(akg_extractor *ex, const occurrence *o, int sg,
                           bool left_out) {
  const akg_trigger *t = o->trigger;
  /* The nearest organization before the word in its own sentence, else the
   * one named last: "Finland became a member of NATO today when the
   * Minister deposited Finland's instrument of accession ... at NATO
   * Headquarters in Brussels" is not about the EU of "Brussels". */
  const akg_actor *org = NULL;
  for (size_t m = 0; m < ex->mention_count && ex->mentions[m].end <= o->first; m++)
    if (ex->mentions[m].actor->kind == AKG_ACTOR_ORGANIZATION && !ex->mentions[m].list)
      org = ex->mentions[m].actor;
  if (!org)
    org = organization_of_context(ex);
  if (!t->context_object_after || sg == NO_GROUP || !org || !left_out || cancelled(ex, o))
    return false;
  ex->context_object = org;
  emit_pairs(ex, o, sg, CONTEXT_GROUP);
  int gapped = gapped_subject(ex, o);
  if (gapped != NO_GROUP)
    emit_pairs(ex, o, gapped, CONTEXT_GROUP);
  return true;
}

/* The subject accuses whoever the article's last accusation blamed, unless
 * the subject itself was blamed. */
static bool accuse_last_accused(akg_extractor *ex, const occurrence *o, int sg) {
  const akg_actor *speakers[MAX_MEMBERS];
  size_t count = members(ex, sg, speakers, MAX_MEMBERS);
  for (size_t f = ex->out->count; f-- > ex->first_fact;) {
    const akg_fact *fact = &ex->out->items[f];
    if (fact->relation != AKG_REL_ACCUSES)
      continue;
    for (size_t k = 0; k < count; k++)
      if (fact->object == speakers[k])
        return false;
    ex->context_object = fact->object;
    emit_pairs(ex, o, sg, CONTEXT_GROUP);
    return true;
  }
  return false;
}

/* "The European Union condemned the campaign": condemning an act that the
 * article has already blamed on someone accuses that actor. */
static bool event_anaphor_object(akg_extractor *ex, const occurrence *o, int sg) {
  size_t n = ntok(ex), i = o->end;
  if (o->trigger->relation != AKG_REL_ACCUSES || sg == NO_GROUP)
    return false;
  while (i < n && is_adverb(ex, i))
    i++;
  if (i >= n || !(ex->ana_bits[i] & AKG_CUE_EVENT_ANAPHOR) || cancelled(ex, o) ||
      !requirement_between(ex, o->trigger, o->end, i + ex->ana_len[i]))
    return false;
  return accuse_last_accused(ex, o, sg);
}

/* "The United States and New Zealand made similar allegations". */
static void resolve_echo(akg_extractor *ex, occurrence *o) {
  int sg = subject_left(ex, o->first);
  if (sg == NO_GROUP && speaker_before(ex, o->first))
    sg = topic_or_none(ex);
  o->subject = sg;
  if (sg != NO_GROUP && !cancelled(ex, o))
    accuse_last_accused(ex, o, sg);
}

/* "Australia and New Zealand joined the United States and Britain in 2021
 * in blaming China", "the NIS joined U.S. and British agencies in issuing a
 * joint advisory": joining someone in doing something is doing it with
 * them, no joining of an organization. The predicate after "in" then has
 * the subject and the object together as its subject (COMPANY_GROUP, handed
 * over by subject_left). */
static bool joins_company(akg_extractor *ex, occurrence *o, int sg, int og) {
  if (o->trigger->relation != AKG_REL_JOINS || sg == NO_GROUP || sg == COMPANY_GROUP ||
      og < 0 || is_passive(ex, o))
    return false;
  size_t n = ntok(ex), i = ex->groups[og].end;
  /* A time may come first ("in 2021", "last year", "on Monday"), and the
   * object's head ("British agencies"). */
  for (size_t steps = 0; i < n && steps < 4; steps++, i++) {
    const char *w = norm(ex, i);
    if (!strcmp(w, "in") && i + 1 < n && is_participle(ex, i + 1))
      break;
    if (!(ex->tokens.items[i].kind == AKG_TOKEN_NUMBER || akg_is_calendar_word(w) ||
          covered(ex, i, AKG_CUE_PREPOSITION | AKG_CUE_FILLER | AKG_CUE_ROLE) ||
          !strcmp(w, "last")))
      return false;
  }
  if (i + 1 >= n || strcmp(norm(ex, i), "in") || !is_participle(ex, i + 1))
    return false;
  ex->company[0] = sg;
  ex->company[1] = og;
  o->subject = COMPANY_GROUP;
  return true;
}

/* "Since joining NATO in 1999, Poland has built its security ...": a
 * participle opening the sentence (after one word at most: "Since",
 * "After") has the main clause's subject, the first name after its comma. */
static int fronted_participle_subject(akg_extractor *ex, const occurrence *o) {
  size_t n = ntok(ex);
  if (!is_participle(ex, o->first) || o->first > 1 ||
      (o->first == 1 &&
       (ex->tokens.items[0].kind != AKG_TOKEN_WORD || ex->mention_at[0] >= 0)))
    return NO_GROUP;
  size_t i = o->end;
  /* "Naming India as a cyber threat was overdue, Ottawa must act": with a
   * finite verb before the comma the participle is that verb's subject. */
  while (i < n && strcmp(norm(ex, i), ",") && !covered(ex, i, AKG_CUE_CLAUSE_BREAK)) {
    if (covered(ex, i, AKG_CUE_PASSIVE | AKG_CUE_AUXILIARY))
      return NO_GROUP;
    i++;
  }
  if (i >= n || strcmp(norm(ex, i), ","))
    return NO_GROUP;
  for (i++; i < n && is_determiner(ex, i); i++)
    ;
  group *g = i < n ? group_of(ex, i) : NULL;
  return g && g->first == i ? group_index(ex, g) : NO_GROUP;
}

static void resolve_verb(akg_extractor *ex, occurrence *o) {
  const akg_trigger *t = o->trigger;
  const char *marker;
  int sg, og;
  if (t->echoes) {
    resolve_echo(ex, o);
    return;
  }
  if (is_passive(ex, o) && t->passive_markers &&
      (og = object_right(
           ex,
           &(occurrence){o->first, o->end,
                         &(akg_trigger){.object_markers = t->passive_markers}, NO_GROUP,
                         false},
           o->end, true, &marker)) != NO_GROUP) {
    /* "The attack was blamed on Russia (by Britain)": the culprit follows
     * the marker, the accuser is the agent or the topic. */
    sg = agent_after(ex, o->end, AGENT_WINDOW + OBJECT_SCAN);
    if (sg == NO_GROUP)
      sg = topic_or_none(ex);
  } else if (is_passive(ex, o)) {
    /* "Japan's move was criticized by China"; without an agent ("Russia
     * is also suspected") the accuser is the article's topic. */
    og = subject_left(ex, o->first);
    sg = agent_after(ex, o->end, AGENT_WINDOW);
    if (sg == NO_GROUP && og != NO_GROUP && t->relation == AKG_REL_ACCUSES)
      sg = topic_or_none(ex);
    if (og == NO_GROUP && sg == NO_GROUP && t->marker_required) {
      /* "The attribution was coordinated with Germany": the topic, with
       * whoever follows the marker. */
      og = object_right(ex, o, o->end, true, &marker);
      if (og != NO_GROUP)
        sg = topic_or_none(ex);
    }
  } else {
    sg = subject_left(ex, o->first);
    if (sg == NO_GROUP)
      sg = fronted_participle_subject(ex, o);
    if (sg == NO_GROUP && speaker_before(ex, o->first))
      sg = topic_or_none(ex);
    og = object_right(ex, o, o->end, t->marker_required, &marker);
    if (og == NO_GROUP && t->passive_markers)
      /* "blaming the NotPetya attack on the Russian military" */
      og = object_right(
          ex,
          &(occurrence){o->first, o->end,
                        &(akg_trigger){.object_markers = t->passive_markers,
                                       .marker_distance = t->marker_distance
                                                              ? t->marker_distance
                                                              : MARKER_WINDOW},
                        NO_GROUP, false},
          o->end, true, &marker);
  }
  o->subject = sg;
  if (og == NO_GROUP && !is_passive(ex, o) && event_anaphor_object(ex, o, sg))
    return;
  if (og == NO_GROUP && t->rebuts && !is_passive(ex, o) &&
      requirement_met(ex, t, o->end)) {
    o->rebut = true; /* "rejects these groundless accusations": whose? */
    return;
  }
  if (og == NO_GROUP) {
    if (t->joint && group_size(ex, sg) >= 2 && !cancelled(ex, o) && !inside_phrase(ex, o))
      emit_within(ex, o, sg);
    else if (!is_passive(ex, o))
      context_object(ex, o, sg, object_left_out(ex, t, o->end));
    return;
  }
  set_object(ex, o, og);
  if (joins_company(ex, o, sg, og))
    return;
  /* The object may be the topic ("It was criticized by China": a passive
   * whose subject is an anaphor), which has no span in the sentence. */
  size_t og_first = og >= 0 ? ex->groups[og].first : o->first;
  size_t og_end = og >= 0 ? ex->groups[og].end : o->end;
  if (cancelled(ex, o) ||
      !requirement_between(ex, t, og_first < o->first ? og_end : o->end, og_end))
    return;
  emit_pairs(ex, o, sg, og);
  gapped_objects(ex, o, sg, og);
}

/* "BSSN's memorandum of understanding with ...": the word names its owner,
 * one the lexicon does not know, so the context must not stand in. */
static bool unknown_possessor(const akg_extractor *ex, const occurrence *o) {
  for (size_t i = o->first, gap = 0; i-- > 1 && gap <= PREMODIFIER_GAP; gap++) {
    if (!strcmp(norm(ex, i), "'s"))
      return ex->mention_at[i - 1] < 0 &&
             ex->tokens.items[i - 1].kind == AKG_TOKEN_WORD &&
             (ex->tokens.items[i - 1].flags & AKG_TOKEN_CAPITALIZED);
    if (ex->tokens.items[i].kind != AKG_TOKEN_WORD || ex->mention_at[i] >= 0)
      return false;
  }
  return false;
}

static void resolve_noun(akg_extractor *ex, occurrence *o) {
  const akg_trigger *t = o->trigger;
  const char *marker;
  int og = object_right(ex, o, o->end, true, &marker);
  int pre = premodifier(ex, o);
  int sg = agent_after(ex, o->end, AGENT_WINDOW);
  if (t->relation == AKG_REL_JOINS && og >= 0 && marker && !strcmp(marker, "of") &&
      ex->mentions[ex->groups[og].mention].actor->kind == AKG_ACTOR_COUNTRY) {
    /* "approved the admission of South Korea, Canada and Luxembourg as
     * contributing participants": who joins, into the organization of
     * the context. */
    o->subject = og;
    if ((ex->context_object = organization_of_context(ex)) && !cancelled(ex, o))
      emit_pairs(ex, o, og, CONTEXT_GROUP);
    return;
  }
  if (og >= 0 && marker && (!strcmp(marker, "between") || !strcmp(marker, "among"))) {
    /* "drills between Washington and Tokyo" */
    set_object(ex, o, og);
    if (!cancelled(ex, o) && requirement_met(ex, t, ex->groups[og].end))
      emit_within(ex, o, og);
    return;
  }
  if (og == NO_GROUP && t->requires_before && pre >= 0 &&
      premodifier_possessive(ex, pre)) {
    /* "Finland became NATO's 31st member" */
    og = pre;
    set_object(ex, o, og);
    pre = NO_GROUP;
    sg = subject_left(ex, ex->groups[og].first);
  }
  if (sg == NO_GROUP && pre >= 0) {
    if (t->relation == AKG_REL_JOINS && og == NO_GROUP &&
        !premodifier_possessive(ex, pre) &&
        ex->mentions[ex->groups[pre].mention].actor->kind == AKG_ACTOR_ORGANIZATION) {
      og = pre; /* "Sweden's NATO membership" */
      set_object(ex, o, og);
      pre = premodifier(ex, &(occurrence){ex->groups[og].first, ex->groups[og].end, t,
                                          NO_GROUP, false});
    }
    sg = pre;
  }
  if (sg == NO_GROUP)
    sg = subject_left(ex, o->first);
  /* A subject from the context needs a topic the title names: counting
   * names in the body ("Capacity-building partnerships with Japan, the
   * United States and Australia have expanded", in an analysis of
   * Southeast Asia) finds who is talked about, not who acts. */
  if (sg == NO_GROUP && !unknown_possessor(ex, o) &&
      ((t->context_subject && ex->topic_from_title) || speaker_before(ex, o->first)))
    sg = topic_or_none(ex);
  o->subject = sg;
  if (og == NO_GROUP) {
    if (t->joint && group_size(ex, sg) >= 2 && !cancelled(ex, o) && !inside_phrase(ex, o))
      emit_within(ex, o, sg);
    else if (!inside_phrase(ex, o)) /* "deepened their ties before accession" */
      context_object(ex, o, sg, object_left_out(ex, t, o->end));
    return;
  }
  set_object(ex, o, og);
  if (cancelled(ex, o) ||
      !requirement_between(ex, t,
                           ex->groups[og].first < o->first ? ex->groups[og].end : o->end,
                           ex->groups[og].end))
    return;
  emit_pairs(ex, o, sg, og);
  gapped_objects(ex, o, sg, og);
}

/* A claim about a group: "X stated that the United States and Japan should
 * cease ...", "the NCSC assesses that APT31 was almost certainly
 * responsible for ...". The group stands shortly before the words (after
 * auxiliaries and adverbs), introduced by a reporting word ("that",
 * "said", "urged") with at most a few modifiers between ("that the China
 * state-affiliated actor APT31"); the speaker is the subject before that. */
/* "said Iranian state actors were almost certainly responsible": a
 * demonym before a short head ("state actors", "government hackers") ending
 * at token `end` is the claim's object. */
static group *demonym_before_head(akg_extractor *ex, size_t end) {
  for (size_t i = end, words = 0; i-- > 0 && words < CLAIM_HEAD_WORDS; words++) {
    group *g = group_of(ex, i);
    if (g)
      return words && last_member(ex, g)->kind == AKG_LABEL_DEMONYM ? g : NULL;
    if (ex->tokens.items[i].kind != AKG_TOKEN_WORD || ex->trigger_at[i] >= 0 ||
        (ex->covered[i] && !covered(ex, i, AKG_CUE_ROLE | AKG_CUE_PEOPLE)))
      return NULL;
  }
  return NULL;
}

static void resolve_claim(akg_extractor *ex, occurrence *o) {
  size_t i = o->first;
  while (i > 0 && o->first - i < CLAIM_GAP &&
         (is_adverb(ex, i - 1) ||
          covered(ex, i - 1, AKG_CUE_FILLER | AKG_CUE_PASSIVE | AKG_CUE_AUXILIARY)))
    i--;
  group *g = i > 0 ? group_of(ex, i - 1) : NULL;
  if (!g)
    g = demonym_before_head(ex, i);
  if (!g && i >= 2 && starts(ex, i - 1, AKG_CUE_REPORTING) && (g = group_of(ex, i - 2))) {
    /* "It is the US that is the world's biggest source of cyber attacks":
     * a cleft names the culprit; the speaker is the clause's or the
     * article's. */
    size_t b = g->first;
    while (b > 0 && is_determiner(ex, b - 1))
      b--;
    if (b < 2 || !starts(ex, b - 1, AKG_CUE_PASSIVE) ||
        !starts(ex, b - 2, AKG_CUE_ANAPHOR))
      return;
    int og = group_index(ex, g);
    int sg = subject_left(ex, b - 2);
    if (sg == NO_GROUP)
      sg = topic_or_none(ex);
    o->subject = sg;
    set_object(ex, o, og);
    if (!cancelled(ex, o) && requirement_met(ex, o->trigger, o->end))
      emit_pairs(ex, o, sg, og);
    return;
  }
  if (!g)
    return;
  size_t before = g->first;
  for (size_t seen = 0; before > 0 && seen < CLAIM_PREMODIFIERS; seen++) {
    if (covered(ex, before - 1, AKG_CUE_REPORTING | AKG_CUE_CLAUSE_BREAK) ||
        ex->trigger_at[before - 1] >= 0)
      break;
    before--;
  }
  int og = group_index(ex, g);
  int sg;
  if (before > 0 && covered(ex, before - 1, AKG_CUE_REPORTING)) {
    sg = subject_left(ex, before - 1);
    if (sg == NO_GROUP && speaker_before(ex, before - 1))
      sg = topic_or_none(ex);
  } else if (o->trigger->speaker_is_topic && (before == clause_start(ex, before) ||
                                              !strcmp(norm(ex, before - 1), "and") ||
                                              !strcmp(norm(ex, before - 1), ","))) {
    /* "NATO should stop hyping up the so-called China threat", said in a
     * press conference the article is: the speaker is its topic. */
    sg = topic_or_none(ex);
  } else {
    return;
  }
  o->subject = sg;
  set_object(ex, o, og);
  if (!cancelled(ex, o) && requirement_met(ex, o->trigger, o->end))
    emit_pairs(ex, o, sg, og);
}

/* "a Chinese state-sponsored cyber actor", "Russia-backed hackers": the
 * actor before the words is tied to an attack by whoever speaks in the
 * clause: its subject ("Germany said Russian state-backed hackers ..."),
 * or an unnamed body or anaphor standing for the topic ("The advisory
 * highlights ..."). */
static void resolve_modifier(akg_extractor *ex, occurrence *o) {
  int og = premodifier(ex, o);
  if (og < 0) {
    /* "State-sponsored Russian hackers attacked Germany": the actor may
     * follow the modifier. */
    group *g = o->end < ntok(ex) ? group_of(ex, o->end) : NULL;
    if (!g || g->first != o->end)
      return;
    og = group_index(ex, g);
    size_t before = o->first;
    while (before > 0 && is_determiner(ex, before - 1))
      before--;
    int sg = subject_left(ex, before);
    if (sg == NO_GROUP && speaker_before(ex, before))
      sg = topic_or_none(ex);
    if (sg == NO_GROUP && before == clause_start(ex, before))
      sg = topic_or_none(ex);
    o->subject = sg;
    set_object(ex, o, og);
    if (!cancelled(ex, o) && requirement_met(ex, o->trigger, ex->groups[og].end))
      emit_pairs(ex, o, sg, og);
    return;
  }
  size_t before = ex->groups[og].first;
  int sg = subject_left(ex, before);
  if (sg == NO_GROUP && speaker_before(ex, before))
    sg = topic_or_none(ex);
  o->subject = sg;
  set_object(ex, o, og);
  if (!cancelled(ex, o) && requirement_met(ex, o->trigger, o->end))
    emit_pairs(ex, o, sg, og);
}

/* "The Russian embassy in Oslo rejected the accusation": the speaker
 * accuses whoever the article last reported accusing it. */
static void resolve_rebuttal(akg_extractor *ex, occurrence *o) {
  int sg = subject_left(ex, o->first);
  if (sg == NO_GROUP && speaker_before(ex, o->first))
    sg = topic_or_none(ex);
  const akg_actor *speakers[MAX_MEMBERS];
  size_t n = members(ex, sg, speakers, MAX_MEMBERS);
  o->subject = sg;
  if (!n || cancelled(ex, o))
    return;
  /* "rejected the accusation as baseless and condemned Tirana's
   * decision": the sentence says itself whom the speaker accuses
   * (rebuttals are resolved after the sentence's other words). */
  for (size_t f = ex->out->count;
       f-- > ex->first_fact && ex->out->items[f].position == ex->position;)
    for (size_t k = 0; k < n; k++)
      if (ex->out->items[f].relation == AKG_REL_ACCUSES &&
          ex->out->items[f].subject == speakers[k])
        return;
  /* The accusation an article is about is its topic's, if the topic made
   * one ("Albania blamed Iran ... The White House condemned ... Iran
   * rejected the claim"); else the last one reported. */
  const akg_actor *accuser = NULL;
  bool topic_speaks = false;
  for (size_t k = 0; k < n; k++)
    topic_speaks = topic_speaks || speakers[k] == ex->topic;
  for (size_t f = ex->out->count; f-- > ex->first_fact;) {
    const akg_fact *fact = &ex->out->items[f];
    if (fact->relation != AKG_REL_ACCUSES)
      continue;
    for (size_t k = 0; k < n; k++) {
      if (fact->object != speakers[k])
        continue;
      /* Once anyone has accused the speaker, an article about another
       * state is about that state's accusation, whoever the text
       * reported last. */
      if (!accuser)
        accuser = ex->topic && !topic_speaks ? ex->topic : fact->subject;
    }
  }
  if (accuser) {
    ex->context_object = accuser;
    emit_pairs(ex, o, sg, CONTEXT_GROUP);
  }
}

/* The last list of two or more actors the sentence names, for "the two
 * countries" in the sentences after it. */
static void remember_lists(akg_extractor *ex) {
  for (size_t g = ex->group_count; g-- > 0;) {
    /* "Singapore signed MOUs with Vietnam and Brazil": the two countries
     * after it are not the objects. */
    if (group_size(ex, (int)g) < 2 || ex->groups[g].object_of >= 0)
      continue;
    const akg_actor *a[MAX_MEMBERS];
    size_t n = members(ex, (int)g, a, MAX_MEMBERS);
    memcpy(ex->plural, a, n * sizeof *a);
    ex->plural_count = n;
    ex->plural_sentence = ex->sentence_index;
    return;
  }
  /* "Wang Yi held talks with Egyptian Foreign Minister Sameh Shoukry ...
   * The two sides agreed to ...": without a list, the two sides of the
   * sentence's last cooperation. */
  for (size_t f = ex->out->count; f-- > ex->first_fact;) {
    const akg_fact *fact = &ex->out->items[f];
    if (fact->position != ex->position)
      break;
    if (fact->relation != AKG_REL_COOPERATES_WITH)
      continue;
    ex->plural[0] = fact->subject;
    ex->plural[1] = fact->object;
    ex->plural_count = 2;
    ex->plural_sentence = ex->sentence_index;
    return;
  }
}

static void extract_occurrences(akg_extractor *ex, const char *text, size_t len,
                                size_t position) {
  if (!ex->occ_count)
    return;
  ex->position = position;
  akg_buf_clear(&ex->evidence);
  akg_buf_append(&ex->evidence, text, len);
  prepare_dates(ex);
  for (size_t k = 0; k < ex->occ_count; k++) {
    occurrence *o = &ex->occs[k];
    switch (o->trigger->frame) {
    case AKG_FRAME_VERB: resolve_verb(ex, o); break;
    case AKG_FRAME_NOUN: resolve_noun(ex, o); break;
    case AKG_FRAME_CLAIM: resolve_claim(ex, o); break;
    case AKG_FRAME_MODIFIER: resolve_modifier(ex, o); break;
    case AKG_FRAME_REBUTTAL: break; /* below */
    }
  }
  for (size_t k = 0; k < ex->occ_count; k++)
    if (ex->occs[k].trigger->frame == AKG_FRAME_REBUTTAL || ex->occs[k].rebut)
      resolve_rebuttal(ex, &ex->occs[k]);
}

/* Adds the distinct actors named in the sentence analysed last to the
 * speakers, from token `from` to `to`. */
static void add_speakers(akg_extractor *ex, size_t from, size_t to) {
  for (size_t m = 0; m < ex->mention_count; m++) {
    const mention *x = &ex->mentions[m];
    if (x->first < from || x->end > to || x->list)
      continue;
    size_t k = 0;
    while (k < ex->speaker_count && ex->speakers[k] != x->actor)
      k++;
    if (k == ex->speaker_count && k < MAX_MEMBERS)
      ex->speakers[ex->speaker_count++] = x->actor;
  }
}

/* "We, the Ministers of Foreign Affairs of Poland, Lithuania and Ukraine,
 * ...": the list in the apposition is who "we" are from then on. */
static void learn_speakers(akg_extractor *ex) {
  size_t n = ntok(ex);
  for (size_t i = 0; i + 2 < n; i++) {
    if (!(ex->ana_bits[i] & AKG_CUE_SPEAKER_ANAPHOR) || strcmp(norm(ex, i + 1), ","))
      continue;
    size_t end = i + 2;
    while (end < n && strcmp(norm(ex, end), ",") &&
           !covered(ex, end, AKG_CUE_CLAUSE_BREAK))
      end++;
    /* the apposition runs to the comma after its last name */
    for (size_t k = end; k < n; k++) {
      if (ex->mention_at[k] >= 0)
        end = ex->mentions[ex->mention_at[k]].end;
      else if (!covered(ex, k, AKG_CUE_LIST_GLUE | AKG_CUE_FILLER) &&
               strcmp(norm(ex, k), ","))
        break;
    }
    /* "We, the undersigned governments, ...": no names, no change. */
    size_t kept = ex->speaker_count;
    const akg_actor *before[MAX_MEMBERS];
    memcpy(before, ex->speakers, kept * sizeof *before);
    ex->speaker_count = 0;
    add_speakers(ex, i + 2, end);
    if (!ex->speaker_count) {
      memcpy(ex->speakers, before, kept * sizeof *before);
      ex->speaker_count = kept;
    }
    return;
  }
}

/* The list opens its sentence after a role noun, as the signatories of a
 * statement do ("The Governments of Japan, ..."): not "We urge the US,
 * the UK and New Zealand ...", nor a report of what two states did ("The
 * United States and New Zealand made similar allegations"). */
static bool opens_sentence(const akg_extractor *ex, const group *g) {
  bool role = false;
  for (size_t i = 0; i < g->first; i++) {
    role = role || covered(ex, i, AKG_CUE_ROLE);
    if (!is_determiner(ex, i) && !covered(ex, i, AKG_CUE_ROLE) &&
        strcmp(norm(ex, i), "of"))
      return false;
  }
  return role;
}

/* Whether the text opens with a signatory cue, from its first words. */
static bool opens_signatories(akg_extractor *ex, const char *text, size_t len) {
  return opening_cues(ex, text, len) & AKG_CUE_SIGNATORY;
}

/* Signatories: a block that opens with a signatory cue ("Signatories:",
 * "Issued simultaneously in") names the governments that say "we", in
 * itself or in the short lines that follow it, one government a line. */
static void find_signatories(akg_extractor *ex, const char *text, const bool *skip) {
  const akg_sentences *ss = &ex->sentences;
  ex->speaker_count = 0;
  bool listing = false;
  for (size_t s = 0; s < ss->count; s++) {
    const akg_sentence *sen = &ss->items[s];
    if (skip[s])
      continue;
    /* Only blocks can open or continue a list; a look at the first words
     * of a block is enough to know whether it opens one, so most of the
     * article is not analysed twice. */
    size_t len = sen->end - sen->start;
    if (!(sen->flags & AKG_SENTENCE_BLOCK_START) ||
        (!listing && !opens_signatories(ex, text + sen->start, len))) {
      listing = false;
      continue;
    }
    analyse(ex, text + sen->start, len);
    if (ntok(ex) && starts(ex, 0, AKG_CUE_SIGNATORY)) {
      add_speakers(ex, 0, ntok(ex));
      listing = true;
    } else if (listing && ex->mention_count && ntok(ex) <= SIGNATORY_LINE_WORDS) {
      add_speakers(ex, 0, ntok(ex));
    } else {
      listing = false;
    }
  }
  /* "The Governments of Japan, the Republic of Korea, the United Kingdom
   * and the United States today jointly condemn ...": without signatories,
   * a list opening one of the first sentences says who "we" are. */
  for (size_t s = 0, used = 0;
       s < ss->count && used < SPEAKER_SENTENCES && ex->speaker_count < 2; s++) {
    if (skip[s])
      continue;
    used++;
    analyse(ex, text + ss->items[s].start, ss->items[s].end - ss->items[s].start);
    if (ex->group_count && ex->groups[0].count >= 2 &&
        ex->groups[0].first <= SPEAKER_LIST_START && opens_sentence(ex, &ex->groups[0]) &&
        usable_as_subject(ex, &ex->groups[0])) {
      ex->speaker_count = 0;
      add_speakers(ex, ex->groups[0].first, ex->groups[0].end);
    }
  }
  /* One government is no list: "we" is then the topic, as before. */
  if (ex->speaker_count < 2)
    ex->speaker_count = 0;
}

/* The sentence ends with a question mark (closing quotes aside). */
static bool is_question(const akg_extractor *ex) {
  for (size_t i = ntok(ex); i-- > 0;) {
    const char *w = norm(ex, i);
    if (!strcmp(w, "?"))
      return true;
    if (strcmp(w, "\"") && strcmp(w, "'") && strcmp(w, ")"))
      return false;
  }
  return false;
}

static void extract_sentence(akg_extractor *ex, const char *text, size_t len,
                             size_t position) {
  ex->sentence_index++;
  ex->resolving = true;
  analyse(ex, text, len);
  ex->resolving = false;
  learn_people(ex);
  learn_acronyms(ex);
  learn_speakers(ex);
  /* "Does Indonesia accuse China?": a question asserts nothing. */
  if (!is_question(ex))
    extract_occurrences(ex, text, len, position);
  remember_lists(ex);
}

/* ---- the article ---- */

/* The title's length for reading: at most AKG_SENTENCE_MAX_BYTES, cut at
 * white space (else at a character boundary) as the splitter cuts a long
 * sentence, since a header line can be megabytes long. */
static size_t title_length(const char *title) {
  size_t len = strlen(title);
  if (len <= AKG_SENTENCE_MAX_BYTES)
    return len;
  size_t cut = AKG_SENTENCE_MAX_BYTES;
  while (cut > 0 && ((unsigned char)title[cut] & 0xC0) == 0x80)
    cut--;
  for (size_t i = cut; i > cut / 2; i--)
    if (title[i] == ' ' || title[i] == '\t')
      return i;
  return cut;
}

/* The first actor named in the title outside a prepositional phrase; the
 * one the article is about, and whom "it" and agentless passives mean. */
static const akg_actor *title_topic(akg_extractor *ex, const char *title) {
  analyse(ex, title, title_length(title));
  for (size_t g = 0; g < ex->group_count; g++) {
    /* "Naming India as a cyber threat was overdue. Now Ottawa ...": the
     * object of a relation word is not who the article is about. */
    size_t b = ex->groups[g].first;
    while (b > 0 && is_determiner(ex, b - 1))
      b--;
    if (b > 0 && ex->trigger_at[b - 1] >= 0)
      continue;
    /* "Statement by the U.S. Embassy on the Russian Cyber Attack": who
     * makes the statement. */
    if (usable_as_subject(ex, &ex->groups[g]) ||
        (b > 0 && starts(ex, b - 1, AKG_CUE_AGENT)))
      return ex->mentions[ex->groups[g].mention].actor;
  }
  return NULL;
}

/* The first actor a publisher's name names ("Ministry of Foreign Affairs
 * of the People's Republic of China", "U.S. Embassy in Albania"). */
static const akg_actor *publisher_topic(akg_extractor *ex, const char *publisher) {
  analyse(ex, publisher, title_length(publisher));
  return ex->mention_count ? ex->mentions[0].actor : NULL;
}

/* Without a title naming one, the actor named most often, in at least two
 * sentences of an article of at least three. */
static const akg_actor *body_topic(akg_extractor *ex, const char *text,
                                   const bool *skip) {
  const akg_sentences *ss = &ex->sentences;
  size_t used = 0;
  for (size_t s = 0; s < ss->count; s++)
    used += !skip[s];
  if (used < 3)
    return NULL;
  akg_strmap *counts = akg_strmap_new();
  const akg_actor *best = NULL;
  uintptr_t best_count = 1;
  for (size_t s = 0; s < ss->count; s++) {
    if (skip[s])
      continue;
    analyse_names(ex, text + ss->items[s].start, ss->items[s].end - ss->items[s].start);
    for (size_t m = 0; m < ex->mention_count; m++) {
      if (m > 0 && ex->mentions[m].actor == ex->mentions[m - 1].actor)
        continue;
      void **slot = akg_strmap_slot(counts, ex->mentions[m].actor->id, NULL);
      uintptr_t c = (uintptr_t)*slot + 1;
      *slot = (void *)c;
      if (c > best_count) {
        best = ex->mentions[m].actor;
        best_count = c;
      }
    }
  }
  akg_strmap_free(counts);
  return best;
}

/* Marks the sentences that are page furniture: blocks opening with a
 * boilerplate cue, everything from an end-of-article cue on, and blocks
 * repeating an earlier block word for word. */
static void mark_boilerplate(akg_extractor *ex, const char *text, bool *skip) {
  const akg_sentences *ss = &ex->sentences;
  akg_strmap *seen = akg_strmap_new();
  bool ended = false, skip_block = false;
  akg_buf block = AKG_BUF_INIT;
  for (size_t s = 0; s < ss->count; s++) {
    const akg_sentence *sen = &ss->items[s];
    if (sen->flags & AKG_SENTENCE_BLOCK_START) {
      uint32_t bits = opening_cues(ex, text + sen->start, sen->end - sen->start);
      ended = ended || (bits & AKG_CUE_END_OF_ARTICLE);
      skip_block = bits & AKG_CUE_BOILERPLATE;
      size_t end = s;
      while (end < ss->count && ss->items[end].block == sen->block)
        end++;
      akg_buf_clear(&block);
      akg_buf_append(&block, text + sen->start, ss->items[end - 1].end - sen->start);
      bool inserted;
      akg_strmap_slot(seen, block.data, &inserted);
      if (!inserted)
        skip_block = true;
    }
    skip[s] = ended || skip_block;
  }
  akg_buf_free(&block);
  akg_strmap_free(seen);
}

akg_status akg_extract_article(akg_extractor *ex, const akg_article *article,
                               akg_facts *out) {
  ex->out = out;
  ex->first_fact = out->count;
  ex->capped = false;
  ex->article_date = article->date;
  akg_strmap_clear(ex->people);
  akg_strmap_clear(ex->acronyms);
  ex->recent_org_count = 0;
  ex->plural_count = 0;
  ex->sentence_index = 0;
  const char *text = article->text ? article->text : "";
  size_t len = article->text ? article->text_len : 0;
  akg_sentences_split(text, len, &ex->sentences);
  ex->sentences_read += ex->sentences.count + (article->title && *article->title);
  bool *skip = akg_calloc(ex->sentences.count + 1, sizeof *skip);
  mark_boilerplate(ex, text, skip);
  ex->topic = article->title ? title_topic(ex, article->title) : NULL;
  /* "Ministry of Foreign Affairs of the People's Republic of China" as the
   * publisher of a press conference whose title names no one. */
  if (!ex->topic && article->publisher)
    ex->topic = publisher_topic(ex, article->publisher);
  ex->topic_from_title = ex->topic != NULL;
  if (!ex->topic)
    ex->topic = body_topic(ex, text, skip);
  find_signatories(ex, text, skip);
  if (article->title && *article->title)
    extract_sentence(ex, article->title, title_length(article->title), 0);
  for (size_t s = 0; s < ex->sentences.count && !ex->capped; s++) {
    if (skip[s])
      continue;
    const akg_sentence *sen = &ex->sentences.items[s];
    extract_sentence(ex, text + sen->start, sen->end - sen->start, sen->start + 1);
  }
  akg_free(skip);
  ex->out = NULL;
  return ex->capped ? AKG_ERR_TOO_LARGE : AKG_OK;
}

/* lexicon_internal.h: what the extractor sees of a loaded lexicon.
 *
 * Internal to src/extract. The public lexicon.h only offers actors; the
 * matching structures (phrase dictionaries of names, relation words and cue
 * words) are described here. All of it is read-only after loading. */
#ifndef ACTORKG_EXTRACT_LEXICON_INTERNAL_H
#define ACTORKG_EXTRACT_LEXICON_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "actorkg/actor.h"
#include "actorkg/lexicon.h"
#include "actorkg/phrases.h"
#include "actorkg/relation.h"

/* How a name refers to its actor. */
typedef enum akg_label_kind {
  AKG_LABEL_NAME,    /* "Japan", "DPRK", "Tokyo", "NATO CCDCOE" */
  AKG_LABEL_DEMONYM, /* "Japanese": an adjective or a people */
  AKG_LABEL_HIDDEN   /* skos:hiddenLabel, a body that stands for its actor:
                        "Cyber Security Agency of Singapore", "GRU" */
} akg_label_kind;

/* Values of the actor dictionary: actor index and label kind, or
 * AKG_NAME_EXCLUDED for phrases that contain a name but are no actor. */
#define AKG_NAME_VALUE(index, kind) ((uint32_t)(index) << 2 | (uint32_t)(kind))
#define AKG_NAME_INDEX(value) ((value) >> 2)
#define AKG_NAME_KIND(value) ((akg_label_kind)((value)&3))
#define AKG_NAME_EXCLUDED UINT32_MAX

/* How a relation word finds its two actors (see relations.ttl). */
typedef enum akg_frame {
  AKG_FRAME_VERB,     /* SUBJECT verb [marker] OBJECT, or passive */
  AKG_FRAME_NOUN,     /* [SUBJECT's] noun marker OBJECT, "between A and B",
                         "A-B noun", or SUBJECT from the clause or context */
  AKG_FRAME_CLAIM,    /* SPEAKER says OBJECT did it / should stop: OBJECT is
                         accused ("said Russia was behind the attack") */
  AKG_FRAME_MODIFIER, /* OBJECT-backed NOUN, OBJECT state-sponsored NOUN: the
                        clause's SUBJECT or speaker ties OBJECT to it */
  AKG_FRAME_REBUTTAL  /* SUBJECT rejects an accusation: OBJECT is who last
                         accused SUBJECT in the article */
} akg_frame;

/* A list of single-token words, NUL-separated, ending with an empty one. */
typedef const char *akg_wordlist;

typedef struct akg_trigger {
  const char *name; /* the trigger's IRI local name */
  akg_relation relation;
  akg_frame frame;
  bool joint;                   /* coordinated subjects relate to one another */
  bool marker_required;         /* the object must follow an object marker */
  bool context_subject;         /* may take its subject from the context */
  bool speaker_is_topic;        /* a claim without a reporting word is the topic's */
  bool object_in_phrase;        /* the object may be the possessor in a short phrase:
                                   "condemn the malicious activities of X" */
  bool predicative;             /* an adjective after "be", never a passive: "was deeply
                                   concerned by" */
  bool echoes;                  /* repeats the article's last accusation: "made
                                   similar allegations" */
  bool rebuts;                  /* without an object, a rejected accusation
                                   (akg:RebuttalFrame): "rejects these groundless
                                   accusations" */
  akg_wordlist object_markers;  /* e.g. "with", "of": object follows one */
  akg_wordlist requires_after;  /* e.g. "threat": must follow the object */
  akg_wordlist requires_before; /* e.g. "became": must shortly precede the word */
  unsigned marker_distance;     /* words allowed before the marker */
  akg_wordlist passive_markers; /* "on": "was blamed on Russia" */
  akg_wordlist not_followed_by; /* "bid": "Sweden's accession bid" */
  akg_wordlist context_object_after; /* "as", "in": "had also joined as
                                         members", the object is the
                                         organization named just before */
  const char *cameo;
  const char *plover;
} akg_trigger;

/* Cue word classes; a cue phrase may belong to several. */
enum {
  AKG_CUE_NEGATION = 1u << 0,         /* not, never, n't */
  AKG_CUE_DENIAL = 1u << 1,           /* denied, rejected */
  AKG_CUE_INTENTION = 1u << 2,        /* wants to, eager to: not yet a fact */
  AKG_CUE_CONDITIONAL = 1u << 3,      /* if, unless */
  AKG_CUE_PASSIVE = 1u << 4,          /* was, were, been: passive auxiliaries */
  AKG_CUE_AGENT = 1u << 5,            /* by: the agent of a passive */
  AKG_CUE_PREPOSITION = 1u << 6,      /* a name after one is not a subject */
  AKG_CUE_CLAUSE_BREAK = 1u << 7,     /* but, while, which, ";" */
  AKG_CUE_LIST_GLUE = 1u << 8,        /* ",", and, as well as: joins a list */
  AKG_CUE_REPORTING = 1u << 9,        /* said, according to */
  AKG_CUE_ROLE = 1u << 10,            /* spokesman, minister: speaks for a state */
  AKG_CUE_ANAPHOR = 1u << 11,         /* it, the country: refers back */
  AKG_CUE_BOILERPLATE = 1u << 12,     /* WATCH:, File:, Related News */
  AKG_CUE_FILLER = 1u << 13,          /* the, its: may stand before an object */
  AKG_CUE_END_OF_ARTICLE = 1u << 14,  /* Related News, More From: stop here */
  AKG_CUE_AUXILIARY = 1u << 15,       /* has, have, did: a finite verb */
  AKG_CUE_PROXY_LINK = 1u << 16,      /* "affiliated with": who stands behind */
  AKG_CUE_OFFER = 1u << 17,           /* "ready to", "willing to": not done */
  AKG_CUE_ORG_ANAPHOR = 1u << 18,     /* "the alliance": the last organization */
  AKG_CUE_GROUP_ANAPHOR = 1u << 19,   /* "the two countries": the last list */
  AKG_CUE_NON_STATE = 1u << 20,       /* "militant": "Lebanese militants" */
  AKG_CUE_WISH = 1u << 21,            /* "we hope": nothing under it is done */
  AKG_CUE_SPEAKER_ANAPHOR = 1u << 22, /* "we", "our countries": the speakers */
  AKG_CUE_SIGNATORY = 1u << 23,       /* "Signatories:": who "we" are */
  AKG_CUE_RECOMMENDATION = 1u << 24,  /* "should": advised, not done */
  AKG_CUE_EVENT_ANAPHOR = 1u << 25,   /* "the campaign": the act last blamed */
  AKG_CUE_SAME_DAY = 1u << 26,        /* "on the same day": the last event's date */
  AKG_CUE_PEOPLE = 1u << 27,          /* "specialists": "specialists from the US" act */
  AKG_CUE_CLAUSE_NEGATION = 1u << 28  /* "neither ... nor": negates its whole clause */
};

/* Cue classes matched in a dictionary of their own (lexicon.c). */
#define AKG_CUE_ANAPHOR_CLASSES                                                          \
  (AKG_CUE_ORG_ANAPHOR | AKG_CUE_GROUP_ANAPHOR | AKG_CUE_SPEAKER_ANAPHOR |               \
   AKG_CUE_EVENT_ANAPHOR | AKG_CUE_SAME_DAY)

struct akg_lexicon {
  akg_actor *actors;         /* sorted by id */
  akg_wordlist *descriptors; /* per actor: "alliance", "centre" (or NULL) */
  size_t actor_count;
  akg_phrase_dict *names; /* values: AKG_NAME_VALUE or AKG_NAME_EXCLUDED */
  akg_trigger *triggers;
  size_t trigger_count;
  akg_phrase_dict *relation_words; /* values: trigger index */
  akg_phrase_dict *cues;           /* values: AKG_CUE_* bits */
  akg_phrase_dict *anaphors;       /* values: AKG_CUE_ANAPHOR_CLASSES bits */
  char **strings;                  /* everything above points into these */
  size_t string_count, string_cap;
};

/* True when `word` is one of `list`. */
bool akg_wordlist_has(akg_wordlist list, const char *word);

#endif

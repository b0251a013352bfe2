/* lexicon.c: loading ontology/actors.ttl and ontology/relations.ttl.
 *
 * Raptor parses the Turtle into triples, which are grouped by subject and
 * read against the small vocabulary documented in the README and in
 * ontology/actorkg.ttl. This file and the exporters are the only places
 * that see Raptor types. Names are entered into the phrase dictionary in
 * passes of falling priority (exclusions, names, aliases, demonyms), so a phrase that two
 * actors share goes to the first one, in id order, deterministically. */
#include <errno.h>
#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "actorkg/alloc.h"
#include "actorkg/buf.h"
#include "extract/lexicon_internal.h"

#define AKG_NS "https://w3id.org/actorkg/ns#"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define SKOS_NS "http://www.w3.org/2004/02/skos/core#"
#define OWL_SAME_AS "http://www.w3.org/2002/07/owl#sameAs"

typedef struct triple {
  char *subject;
  char *predicate;
  char *object; /* IRI, blank node id or literal text */
  bool literal;
  unsigned long line;
  size_t order;
} triple;

typedef struct loader {
  akg_lexicon *lexicon;
  akg_diag *diag;
  const char *file; /* the document being parsed, for messages */
  raptor_parser *parser;
  triple *triples;
  size_t count, cap;
  bool failed;
} loader;

static const char *keep(akg_lexicon *lex, char *s) {
  if (lex->string_count == lex->string_cap) {
    lex->string_cap = lex->string_cap ? lex->string_cap * 2 : 256;
    lex->strings = akg_reallocarray(lex->strings, lex->string_cap, sizeof(char *));
  }
  lex->strings[lex->string_count++] = s;
  return s;
}

static char *term_string(raptor_term *term) {
  switch (term->type) {
  case RAPTOR_TERM_TYPE_URI:
    return akg_strdup((const char *)raptor_uri_as_string(term->value.uri));
  case RAPTOR_TERM_TYPE_LITERAL:
    return akg_strndup((const char *)term->value.literal.string,
                       term->value.literal.string_len);
  case RAPTOR_TERM_TYPE_BLANK: {
    akg_buf b = AKG_BUF_INIT;
    akg_buf_printf(&b, "_:%s", (const char *)term->value.blank.string);
    return akg_buf_steal(&b);
  }
  default: return akg_strdup("");
  }
}

static void on_statement(void *user_data, raptor_statement *st) {
  loader *ld = user_data;
  if (ld->count == ld->cap) {
    ld->cap = ld->cap ? ld->cap * 2 : 1024;
    ld->triples = akg_reallocarray(ld->triples, ld->cap, sizeof(triple));
  }
  raptor_locator *loc = raptor_parser_get_locator(ld->parser);
  ld->triples[ld->count] = (triple){
      .subject = term_string(st->subject),
      .predicate = term_string(st->predicate),
      .object = term_string(st->object),
      .literal = st->object->type == RAPTOR_TERM_TYPE_LITERAL,
      .line = loc && loc->line > 0 ? (unsigned long)loc->line : 0,
      .order = ld->count,
  };
  ld->count++;
}

static void on_log(void *user_data, raptor_log_message *message) {
  loader *ld = user_data;
  if (message->level < RAPTOR_LOG_LEVEL_WARN)
    return;
  unsigned long line = message->locator && message->locator->line > 0
                           ? (unsigned long)message->locator->line
                           : 0;
  bool error = message->level >= RAPTOR_LOG_LEVEL_ERROR;
  akg_diag_report(ld->diag, error ? AKG_DIAG_ERROR : AKG_DIAG_WARNING, ld->file, line,
                  "%s", message->text);
  if (error)
    ld->failed = true;
}

static akg_status parse_turtle(loader *ld, raptor_world *world, const char *name,
                               const char *text, size_t len) {
  ld->file = name;
  ld->failed = false;
  ld->parser = raptor_new_parser(world, "turtle");
  if (!ld->parser) {
    akg_diag_report(ld->diag, AKG_DIAG_ERROR, name, 0, "Raptor has no Turtle parser");
    return AKG_ERR_LIBRARY;
  }
  raptor_parser_set_statement_handler(ld->parser, ld, on_statement);
  akg_buf base = AKG_BUF_INIT;
  const char *slash = strrchr(name, '/');
  akg_buf_printf(&base, "https://w3id.org/actorkg/lexicon/%s", slash ? slash + 1 : name);
  raptor_uri *uri = raptor_new_uri(world, (const unsigned char *)base.data);
  akg_buf_free(&base);
  int rc = raptor_parser_parse_start(ld->parser, uri);
  if (!rc)
    rc = raptor_parser_parse_chunk(ld->parser, (const unsigned char *)text, len, 1);
  raptor_free_uri(uri);
  raptor_free_parser(ld->parser);
  ld->parser = NULL;
  if (rc || ld->failed) {
    if (!ld->failed)
      akg_diag_report(ld->diag, AKG_DIAG_ERROR, name, 0, "not valid Turtle");
    return AKG_ERR_SYNTAX;
  }
  return AKG_OK;
}

static int compare_triples(const void *a, const void *b) {
  const triple *x = a, *y = b;
  int c = strcmp(x->subject, y->subject);
  if (c)
    return c;
  return x->order < y->order ? -1 : x->order > y->order;
}

static const char *local_name(const char *iri) {
  const char *hash = strrchr(iri, '#');
  const char *slash = strrchr(iri, '/');
  const char *cut = hash > slash ? hash : slash;
  return cut ? cut + 1 : iri;
}

static bool is_akg(const char *iri, const char *name) {
  return !strncmp(iri, AKG_NS, sizeof AKG_NS - 1) &&
         !strcmp(iri + sizeof AKG_NS - 1, name);
}

static bool is_skos(const char *iri, const char *name) {
  return !strncmp(iri, SKOS_NS, sizeof SKOS_NS - 1) &&
         !strcmp(iri + sizeof SKOS_NS - 1, name);
}

/* A run of triples about one subject. */
typedef struct subject_run {
  const triple *t;
  size_t n;
} subject_run;

static bool has_type(subject_run run, const char *akg_class) {
  for (size_t i = 0; i < run.n; i++)
    if (!strcmp(run.t[i].predicate, RDF_TYPE) && is_akg(run.t[i].object, akg_class))
      return true;
  return false;
}

static int compare_strings(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Actor names in priority passes; see the file comment. akg:capital is a
 * fact about a country, not a name: capitals that stand for their
 * government in news ("Tokyo said") are also skos:altLabel values. */
enum { PASS_NAME, PASS_ALIAS, PASS_DEMONYM, PASS_COUNT };

static int name_pass(const char *predicate) {
  if (!strcmp(predicate, RDFS_LABEL) || is_skos(predicate, "prefLabel"))
    return PASS_NAME;
  if (is_skos(predicate, "altLabel") || is_skos(predicate, "hiddenLabel") ||
      is_akg(predicate, "officialName"))
    return PASS_ALIAS;
  if (is_akg(predicate, "demonym"))
    return PASS_DEMONYM;
  return -1;
}

/* "the Kremlin" is matched as "Kremlin": articles are optional in text. */
static const char *without_article(const char *name) {
  if (!strncasecmp(name, "the ", 4) && name[4])
    return name + 4;
  return name;
}

static void add_name(akg_lexicon *lex, const char *name, uint32_t value) {
  bool created;
  uint32_t *slot =
      akg_phrase_dict_put(lex->names, without_article(name), AKG_PHRASE_CASED, &created);
  if (slot && created)
    *slot = value;
}

static akg_status build_actor(loader *ld, subject_run run, akg_actor *actor) {
  akg_lexicon *lex = ld->lexicon;
  memset(actor, 0, sizeof *actor);
  actor->kind =
      has_type(run, "Organization") ? AKG_ACTOR_ORGANIZATION : AKG_ACTOR_COUNTRY;
  actor->id = keep(lex, akg_strdup(local_name(run.t[0].subject)));
  size_t alt_cap = 0;
  const char **alts = NULL;
  for (size_t i = 0; i < run.n; i++) {
    const triple *t = &run.t[i];
    if (!strcmp(t->predicate, RDFS_LABEL) && !actor->label)
      actor->label = keep(lex, akg_strdup(t->object));
    else if (is_akg(t->predicate, "isoCode"))
      actor->iso_code = keep(lex, akg_strdup(t->object));
    else if (!strcmp(t->predicate, OWL_SAME_AS) && !t->literal)
      actor->same_as = keep(lex, akg_strdup(t->object));
    else if (is_skos(t->predicate, "altLabel")) {
      if (!alts || actor->alt_label_count == alt_cap) {
        alt_cap = alt_cap ? alt_cap * 2 : 8;
        alts = akg_reallocarray(alts, alt_cap, sizeof(char *));
      }
      alts[actor->alt_label_count++] = t->object;
    }
  }
  if (!actor->label) {
    akg_diag_report(ld->diag, AKG_DIAG_ERROR, ld->file, run.t[0].line,
                    "actor <%s> has no rdfs:label", run.t[0].subject);
    akg_free(alts);
    return AKG_ERR_SYNTAX;
  }
  if (alts) {
    qsort(alts, actor->alt_label_count, sizeof(char *), compare_strings);
    /* Owned by the lexicon: the array and, through the triples copied by
     * keep() below, its strings. */
    const char **owned = akg_calloc(actor->alt_label_count, sizeof(char *));
    for (size_t i = 0; i < actor->alt_label_count; i++)
      owned[i] = keep(lex, akg_strdup(alts[i]));
    keep(lex, (char *)owned);
    actor->alt_labels = owned;
    akg_free(alts);
  }
  return AKG_OK;
}

/* An actor with the triples it was read from, so names can be entered
 * once the actors are in their final (id) order. */
typedef struct actor_run {
  akg_actor actor;
  subject_run run;
} actor_run;

static int compare_actor_runs(const void *a, const void *b) {
  return akg_actor_compare(&((const actor_run *)a)->actor,
                           &((const actor_run *)b)->actor);
}

static void add_exclusions(loader *ld, subject_run run) {
  for (size_t i = 0; i < run.n; i++) {
    if (!is_akg(run.t[i].predicate, "excludedPhrase"))
      continue;
    bool created;
    uint32_t *slot = akg_phrase_dict_put(ld->lexicon->names, run.t[i].object,
                                         AKG_PHRASE_CASED, &created);
    if (slot)
      *slot = AKG_NAME_EXCLUDED;
  }
}

static akg_status wordlist_of(loader *ld, subject_run run, const char *predicate,
                              akg_wordlist *out);

static akg_status load_actors(loader *ld) {
  akg_lexicon *lex = ld->lexicon;
  actor_run *runs = NULL;
  size_t count = 0, cap = 0;
  akg_status status = AKG_OK;
  for (size_t start = 0, end; start < ld->count && status == AKG_OK; start = end) {
    end = start + 1;
    while (end < ld->count &&
           !strcmp(ld->triples[end].subject, ld->triples[start].subject))
      end++;
    subject_run run = {&ld->triples[start], end - start};
    add_exclusions(ld, run);
    if (!has_type(run, "Country") && !has_type(run, "Organization"))
      continue;
    if (count == cap) {
      cap = cap ? cap * 2 : 256;
      runs = akg_reallocarray(runs, cap, sizeof *runs);
    }
    runs[count].run = run;
    status = build_actor(ld, run, &runs[count].actor);
    count++;
  }
  if (status == AKG_OK && count)
    qsort(runs, count, sizeof *runs, compare_actor_runs);
  for (size_t i = 1; i < count && status == AKG_OK; i++) {
    if (!strcmp(runs[i].actor.id, runs[i - 1].actor.id)) {
      akg_diag_report(ld->diag, AKG_DIAG_ERROR, ld->file, runs[i].run.t[0].line,
                      "two actors have the id \"%s\"", runs[i].actor.id);
      status = AKG_ERR_SYNTAX;
    }
  }
  if (status == AKG_OK) {
    lex->actors = akg_calloc(count, sizeof(akg_actor));
    lex->descriptors = akg_calloc(count, sizeof(akg_wordlist));
    lex->actor_count = count;
    for (size_t a = 0; a < count; a++)
      lex->actors[a] = runs[a].actor;
    for (size_t a = 0; a < count && status == AKG_OK; a++)
      status = wordlist_of(ld, runs[a].run, "descriptor", &lex->descriptors[a]);
  }
  if (status == AKG_OK) {
    for (int pass = 0; pass < PASS_COUNT; pass++) {
      for (size_t a = 0; a < count; a++) {
        subject_run run = runs[a].run;
        for (size_t i = 0; i < run.n; i++) {
          if (!run.t[i].literal || name_pass(run.t[i].predicate) != pass)
            continue;
          akg_label_kind kind = pass == PASS_DEMONYM ? AKG_LABEL_DEMONYM
                                : is_skos(run.t[i].predicate, "hiddenLabel")
                                    ? AKG_LABEL_HIDDEN
                                    : AKG_LABEL_NAME;
          add_name(lex, run.t[i].object, AKG_NAME_VALUE(a, kind));
        }
      }
    }
  }
  akg_free(runs);
  return status;
}

/* ---- relations.ttl ---- */

static const struct {
  const char *name;
  uint32_t bit;
} cue_classes[] = {
    {"Negation", AKG_CUE_NEGATION},
    {"Denial", AKG_CUE_DENIAL},
    {"Intention", AKG_CUE_INTENTION},
    {"Conditional", AKG_CUE_CONDITIONAL},
    {"PassiveAuxiliary", AKG_CUE_PASSIVE},
    {"Agent", AKG_CUE_AGENT},
    {"Preposition", AKG_CUE_PREPOSITION},
    {"ClauseBreak", AKG_CUE_CLAUSE_BREAK},
    {"ListGlue", AKG_CUE_LIST_GLUE},
    {"Reporting", AKG_CUE_REPORTING},
    {"RoleNoun", AKG_CUE_ROLE},
    {"Anaphor", AKG_CUE_ANAPHOR},
    {"Boilerplate", AKG_CUE_BOILERPLATE},
    {"Filler", AKG_CUE_FILLER},
    {"EndOfArticle", AKG_CUE_END_OF_ARTICLE},
    {"Auxiliary", AKG_CUE_AUXILIARY},
    {"ProxyLink", AKG_CUE_PROXY_LINK},
    {"Offer", AKG_CUE_OFFER},
    {"OrganizationAnaphor", AKG_CUE_ORG_ANAPHOR},
    {"GroupAnaphor", AKG_CUE_GROUP_ANAPHOR},
    {"NonStateHead", AKG_CUE_NON_STATE},
    {"Wish", AKG_CUE_WISH},
    {"SpeakerAnaphor", AKG_CUE_SPEAKER_ANAPHOR},
    {"SignatoryCue", AKG_CUE_SIGNATORY},
    {"Recommendation", AKG_CUE_RECOMMENDATION},
    {"EventAnaphor", AKG_CUE_EVENT_ANAPHOR},
    {"SameDay", AKG_CUE_SAME_DAY},
    {"PeopleNoun", AKG_CUE_PEOPLE},
    {"ClauseNegation", AKG_CUE_CLAUSE_NEGATION},
};

bool akg_wordlist_has(akg_wordlist list, const char *word) {
  if (!list)
    return false;
  for (const char *w = list; *w; w += strlen(w) + 1)
    if (!strcmp(w, word))
      return true;
  return false;
}

/* Collects the single-token words of `predicate` into a word list, in their
 * normal form. */
static akg_status wordlist_of(loader *ld, subject_run run, const char *predicate,
                              akg_wordlist *out) {
  akg_buf b = AKG_BUF_INIT;
  akg_tokens toks = {0};
  akg_status status = AKG_OK;
  for (size_t i = 0; i < run.n; i++) {
    if (!is_akg(run.t[i].predicate, predicate))
      continue;
    akg_tokenize(run.t[i].object, strlen(run.t[i].object), &toks);
    if (toks.count != 1) {
      akg_diag_report(ld->diag, AKG_DIAG_ERROR, ld->file, run.t[i].line,
                      "akg:%s \"%s\" must be one word", predicate, run.t[i].object);
      status = AKG_ERR_SYNTAX;
      break;
    }
    const char *norm = akg_token_norm(&toks, 0);
    akg_buf_append(&b, norm, strlen(norm) + 1);
  }
  akg_tokens_free(&toks);
  if (status != AKG_OK || !b.len) {
    akg_buf_free(&b);
    *out = NULL;
    return status;
  }
  akg_buf_putc(&b, '\0');
  *out = keep(ld->lexicon, akg_buf_steal(&b));
  return AKG_OK;
}

static const char *first_value(subject_run run, const char *predicate) {
  for (size_t i = 0; i < run.n; i++)
    if (is_akg(run.t[i].predicate, predicate))
      return run.t[i].object;
  return NULL;
}

static bool flag_value(subject_run run, const char *predicate) {
  const char *v = first_value(run, predicate);
  return v && (!strcmp(v, "true") || !strcmp(v, "1"));
}

static akg_status build_trigger(loader *ld, subject_run run, size_t index) {
  akg_lexicon *lex = ld->lexicon;
  akg_trigger *tr = &lex->triggers[index];
  memset(tr, 0, sizeof *tr);
  const char *subject = run.t[0].subject;
  unsigned long line = run.t[0].line;
  tr->name = keep(lex, akg_strdup(local_name(subject)));
  const char *signals = first_value(run, "signals");
  const char *frame = first_value(run, "frame");
  if (!signals || !akg_relation_from_name(local_name(signals), &tr->relation)) {
    akg_diag_report(ld->diag, AKG_DIAG_ERROR, ld->file, line,
                    "trigger <%s> needs akg:signals akg:accuses, "
                    "akg:cooperatesWith or akg:joins",
                    subject);
    return AKG_ERR_SYNTAX;
  }
  if (frame && is_akg(frame, "VerbFrame"))
    tr->frame = AKG_FRAME_VERB;
  else if (frame && is_akg(frame, "NounFrame"))
    tr->frame = AKG_FRAME_NOUN;
  else if (frame && is_akg(frame, "ClaimFrame"))
    tr->frame = AKG_FRAME_CLAIM;
  else if (frame && is_akg(frame, "ModifierFrame"))
    tr->frame = AKG_FRAME_MODIFIER;
  else if (frame && is_akg(frame, "RebuttalFrame"))
    tr->frame = AKG_FRAME_REBUTTAL;
  else {
    akg_diag_report(ld->diag, AKG_DIAG_ERROR, ld->file, line,
                    "trigger <%s> needs akg:frame akg:VerbFrame, akg:NounFrame, "
                    "akg:ClaimFrame, akg:ModifierFrame or akg:RebuttalFrame",
                    subject);
    return AKG_ERR_SYNTAX;
  }
  tr->joint = flag_value(run, "joint");
  tr->marker_required = flag_value(run, "markerRequired");
  tr->context_subject = flag_value(run, "subjectFromContext");
  tr->predicative = flag_value(run, "predicative");
  tr->object_in_phrase = flag_value(run, "objectInPhrase");
  tr->speaker_is_topic = flag_value(run, "speakerIsTopic");
  tr->echoes = flag_value(run, "echoesAccusation");
  tr->rebuts = flag_value(run, "rebutsWithoutObject");
  const char *distance = first_value(run, "markerDistance");
  tr->marker_distance = distance ? (unsigned)strtoul(distance, NULL, 10) : 0;
  if (distance && (tr->marker_distance == 0 || tr->marker_distance > 20)) {
    akg_diag_report(ld->diag, AKG_DIAG_ERROR, ld->file, line,
                    "trigger <%s>: akg:markerDistance must be 1 to 20", subject);
    return AKG_ERR_SYNTAX;
  }
  const char *cameo = first_value(run, "cameoCode");
  const char *plover = first_value(run, "ploverCategory");
  tr->cameo = cameo ? keep(lex, akg_strdup(cameo)) : NULL;
  tr->plover = plover ? keep(lex, akg_strdup(plover)) : NULL;
  akg_status status = wordlist_of(ld, run, "objectMarker", &tr->object_markers);
  if (status == AKG_OK)
    status = wordlist_of(ld, run, "requiresAfterObject", &tr->requires_after);
  if (status == AKG_OK)
    status = wordlist_of(ld, run, "requiresBefore", &tr->requires_before);
  if (status == AKG_OK)
    status = wordlist_of(ld, run, "passiveObjectMarker", &tr->passive_markers);
  if (status == AKG_OK)
    status = wordlist_of(ld, run, "notFollowedBy", &tr->not_followed_by);
  if (status == AKG_OK)
    status = wordlist_of(ld, run, "contextObjectAfter", &tr->context_object_after);
  if (status != AKG_OK)
    return status;
  size_t forms = 0;
  for (size_t i = 0; i < run.n; i++) {
    if (!is_akg(run.t[i].predicate, "form"))
      continue;
    bool created;
    uint32_t *slot =
        akg_phrase_dict_put(lex->relation_words, run.t[i].object, 0, &created);
    if (!slot)
      continue;
    if (!created && *slot != index) {
      akg_diag_report(ld->diag, AKG_DIAG_ERROR, ld->file, run.t[i].line,
                      "\"%s\" is a form of two triggers (%s and %s)", run.t[i].object,
                      lex->triggers[*slot].name, tr->name);
      return AKG_ERR_SYNTAX;
    }
    *slot = (uint32_t)index;
    forms++;
  }
  if (!forms) {
    akg_diag_report(ld->diag, AKG_DIAG_ERROR, ld->file, line,
                    "trigger <%s> has no akg:form", subject);
    return AKG_ERR_SYNTAX;
  }
  return AKG_OK;
}

static akg_status add_cues(loader *ld, subject_run run) {
  uint32_t bits = 0;
  for (size_t i = 0; i < run.n; i++) {
    if (!is_akg(run.t[i].predicate, "cueClass"))
      continue;
    size_t c = 0;
    const char *name = local_name(run.t[i].object);
    while (c < sizeof cue_classes / sizeof cue_classes[0] &&
           strcmp(cue_classes[c].name, name))
      c++;
    if (c == sizeof cue_classes / sizeof cue_classes[0]) {
      akg_diag_report(ld->diag, AKG_DIAG_ERROR, ld->file, run.t[i].line,
                      "unknown cue class <%s>", run.t[i].object);
      return AKG_ERR_SYNTAX;
    }
    bits |= cue_classes[c].bit;
  }
  if (!bits) {
    akg_diag_report(ld->diag, AKG_DIAG_ERROR, ld->file, run.t[0].line,
                    "cue <%s> has no akg:cueClass", run.t[0].subject);
    return AKG_ERR_SYNTAX;
  }
  for (size_t i = 0; i < run.n; i++) {
    if (!is_akg(run.t[i].predicate, "form"))
      continue;
    bool created;
    /* Anaphors have a dictionary of their own: "the alliance" must not
     * hide that its "the" is filler and list glue when it names nothing. */
    akg_phrase_dict *dict =
        bits & AKG_CUE_ANAPHOR_CLASSES ? ld->lexicon->anaphors : ld->lexicon->cues;
    uint32_t *slot = akg_phrase_dict_put(dict, run.t[i].object, 0, &created);
    if (slot)
      *slot |= bits;
  }
  return AKG_OK;
}

static akg_status load_relations(loader *ld) {
  akg_lexicon *lex = ld->lexicon;
  size_t triggers = 0;
  for (size_t i = 0; i < ld->count; i++)
    if (!strcmp(ld->triples[i].predicate, RDF_TYPE) &&
        is_akg(ld->triples[i].object, "RelationTrigger"))
      triggers++;
  lex->triggers = akg_calloc(triggers, sizeof(akg_trigger));
  akg_status status = AKG_OK;
  for (size_t start = 0, end; start < ld->count && status == AKG_OK; start = end) {
    end = start + 1;
    while (end < ld->count &&
           !strcmp(ld->triples[end].subject, ld->triples[start].subject))
      end++;
    subject_run run = {&ld->triples[start], end - start};
    if (has_type(run, "RelationTrigger"))
      status = build_trigger(ld, run, lex->trigger_count++);
    else if (has_type(run, "Cue"))
      status = add_cues(ld, run);
  }
  return status;
}

static void drop_triples(loader *ld) {
  for (size_t i = 0; i < ld->count; i++) {
    akg_free(ld->triples[i].subject);
    akg_free(ld->triples[i].predicate);
    akg_free(ld->triples[i].object);
  }
  ld->count = 0;
}

static akg_status load_document(loader *ld, raptor_world *world, const char *name,
                                const char *text, akg_status (*reader)(loader *)) {
  akg_status status = parse_turtle(ld, world, name, text, strlen(text));
  if (status == AKG_OK) {
    if (ld->count)
      qsort(ld->triples, ld->count, sizeof(triple), compare_triples);
    status = reader(ld);
  }
  drop_triples(ld);
  return status;
}

static akg_lexicon *lexicon_new(void) {
  akg_lexicon *lex = akg_calloc(1, sizeof *lex);
  lex->names = akg_phrase_dict_new();
  lex->relation_words = akg_phrase_dict_new();
  lex->cues = akg_phrase_dict_new();
  lex->anaphors = akg_phrase_dict_new();
  return lex;
}

static akg_status load(const char *actors_name, const char *actors_ttl,
                       const char *relations_name, const char *relations_ttl,
                       akg_lexicon **out, akg_diag *diag) {
  *out = NULL;
  akg_lexicon *lex = lexicon_new();
  loader ld = {.lexicon = lex, .diag = diag};
  raptor_world *world = raptor_new_world();
  if (!world || raptor_world_open(world)) {
    akg_diag_report(diag, AKG_DIAG_ERROR, NULL, 0, "cannot start Raptor");
    raptor_free_world(world);
    akg_lexicon_free(lex);
    return AKG_ERR_LIBRARY;
  }
  raptor_world_set_log_handler(world, &ld, on_log);
  akg_status status = AKG_OK;
  if (actors_ttl)
    status = load_document(&ld, world, actors_name, actors_ttl, load_actors);
  if (status == AKG_OK && relations_ttl)
    status = load_document(&ld, world, relations_name, relations_ttl, load_relations);
  akg_free(ld.triples);
  raptor_free_world(world);
  if (status != AKG_OK) {
    akg_lexicon_free(lex);
    return status;
  }
  *out = lex;
  return AKG_OK;
}

akg_status akg_lexicon_load_strings(const char *actors_ttl, const char *relations_ttl,
                                    akg_lexicon **out, akg_diag *diag) {
  return load("actors.ttl", actors_ttl, "relations.ttl", relations_ttl, out, diag);
}

static akg_status read_file(const char *path, char **out, akg_diag *diag) {
  *out = NULL;
  FILE *f = fopen(path, "rb");
  if (!f) {
    akg_diag_report(diag, AKG_DIAG_ERROR, path, 0, "cannot open the lexicon: %s",
                    strerror(errno));
    return errno == ENOENT ? AKG_ERR_NOT_FOUND : AKG_ERR_IO;
  }
  akg_buf b = AKG_BUF_INIT;
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    akg_buf_append(&b, chunk, n);
  bool failed = ferror(f);
  fclose(f);
  if (failed) {
    akg_diag_report(diag, AKG_DIAG_ERROR, path, 0, "cannot read the lexicon");
    akg_buf_free(&b);
    return AKG_ERR_IO;
  }
  if (memchr(b.data ? b.data : "", '\0', b.len)) {
    akg_diag_report(diag, AKG_DIAG_ERROR, path, 0, "the lexicon contains a NUL byte");
    akg_buf_free(&b);
    return AKG_ERR_SYNTAX;
  }
  *out = akg_buf_steal(&b);
  return AKG_OK;
}

akg_status akg_lexicon_load(const char *dir, akg_lexicon **out, akg_diag *diag) {
  akg_buf actors_path = AKG_BUF_INIT, relations_path = AKG_BUF_INIT;
  akg_buf_printf(&actors_path, "%s/actors.ttl", dir);
  akg_buf_printf(&relations_path, "%s/relations.ttl", dir);
  char *actors = NULL, *relations = NULL;
  akg_status status = read_file(actors_path.data, &actors, diag);
  if (status == AKG_OK)
    status = read_file(relations_path.data, &relations, diag);
  if (status == AKG_OK)
    status = load(actors_path.data, actors, relations_path.data, relations, out, diag);
  else
    *out = NULL;
  akg_free(actors);
  akg_free(relations);
  akg_buf_free(&actors_path);
  akg_buf_free(&relations_path);
  return status;
}

void akg_lexicon_free(akg_lexicon *lexicon) {
  if (!lexicon)
    return;
  for (size_t i = 0; i < lexicon->string_count; i++)
    akg_free(lexicon->strings[i]);
  akg_free(lexicon->strings);
  akg_free(lexicon->actors);
  akg_free(lexicon->descriptors);
  akg_free(lexicon->triggers);
  akg_phrase_dict_free(lexicon->names);
  akg_phrase_dict_free(lexicon->relation_words);
  akg_phrase_dict_free(lexicon->cues);
  akg_phrase_dict_free(lexicon->anaphors);
  akg_free(lexicon);
}

size_t akg_lexicon_actor_count(const akg_lexicon *lexicon) {
  return lexicon->actor_count;
}

const akg_actor *akg_lexicon_actor_at(const akg_lexicon *lexicon, size_t index) {
  return index < lexicon->actor_count ? &lexicon->actors[index] : NULL;
}

const akg_actor *akg_lexicon_find_id(const akg_lexicon *lexicon, const char *id) {
  size_t lo = 0, hi = lexicon->actor_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(lexicon->actors[mid].id, id);
    if (!c)
      return &lexicon->actors[mid];
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

/* Compares without case against the id, the label and the alt labels. */
static bool has_name(const akg_actor *actor, const char *name) {
  if (!strcasecmp(actor->label, name) || !strcasecmp(actor->id, name))
    return true;
  for (size_t i = 0; i < actor->alt_label_count; i++)
    if (!strcasecmp(actor->alt_labels[i], name))
      return true;
  return false;
}

const akg_actor *akg_lexicon_find_name(const akg_lexicon *lexicon, const char *name) {
  akg_tokens toks = {0};
  akg_tokenize(name, strlen(name), &toks);
  const akg_actor *found = NULL;
  uint32_t value;
  size_t skip = toks.count > 1 && !strcmp(akg_token_norm(&toks, 0), "the");
  if (toks.count &&
      akg_phrase_dict_match(lexicon->names, &toks, skip, &value) == toks.count - skip &&
      value != AKG_NAME_EXCLUDED)
    found = &lexicon->actors[AKG_NAME_INDEX(value)];
  akg_tokens_free(&toks);
  for (size_t a = 0; !found && a < lexicon->actor_count; a++)
    if (has_name(&lexicon->actors[a], name))
      found = &lexicon->actors[a];
  return found;
}

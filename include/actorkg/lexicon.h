/* lexicon.h: the actor and relation lexicons, loaded from ontology/.
 *
 * Everything actorkg knows about names and words is data: actors.ttl (the
 * actors, their names, capitals, demonyms and aliases, and phrases that look
 * like actors but are not) and relations.ttl (the words and frames that
 * signal each relation, and the cue words of negation, intention, reported
 * speech and document boilerplate). Both are parsed with Raptor's Turtle
 * parser at start-up. A loaded lexicon is immutable, so any number of
 * threads may share it. */
#ifndef ACTORKG_LEXICON_H
#define ACTORKG_LEXICON_H

#include <stddef.h>

#include "actorkg/actor.h"
#include "actorkg/status.h"

typedef struct akg_lexicon akg_lexicon;

/* Loads DIR/actors.ttl and DIR/relations.ttl. Errors (a missing file, bad
 * Turtle, an actor without a label) are reported to `diag` with the file
 * and line, and the load fails. */
akg_status akg_lexicon_load(const char *dir, akg_lexicon **out, akg_diag *diag);
/* Loads from Turtle text in memory (the `base` names the documents in
 * messages); for tests. Either text may be NULL. */
akg_status akg_lexicon_load_strings(const char *actors_ttl, const char *relations_ttl,
                                    akg_lexicon **out, akg_diag *diag);
/* Accepts NULL. */
void akg_lexicon_free(akg_lexicon *lexicon);

/* Actors, ordered by id. */
size_t akg_lexicon_actor_count(const akg_lexicon *lexicon);
const akg_actor *akg_lexicon_actor_at(const akg_lexicon *lexicon, size_t index);
/* The actor with this id ("JPN"), or NULL. */
const akg_actor *akg_lexicon_find_id(const akg_lexicon *lexicon, const char *id);
/* The actor one of whose names is exactly `name` (any label kind,
 * compared case-insensitively), or NULL; for gold files and queries. */
const akg_actor *akg_lexicon_find_name(const akg_lexicon *lexicon, const char *name);

#endif

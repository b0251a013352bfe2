/* article_record.h: one article and its facts as one self-contained line.
 *
 * `actorkg extract` writes one record per article; `actorkg merge` reads
 * any number of them back, in any order, and rebuilds exactly the graph
 * that `actorkg build` makes from the same articles. A record is one
 * N-Quads statement (or, without the graph label, an N-Triples one), so
 * streams of records are valid RDF that any store can load:
 *
 *   <BASE/article/NAME> <https://w3id.org/actorkg/ns#record>
 *       "PAYLOAD"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON>
 *       <BASE/record/HASH> .
 *
 * (on one line). PAYLOAD is a JSON object holding everything the graph
 * takes from the article: the article's id, origin, title, publisher,
 * creator, url and date, the distinct sentences that state its facts, and
 * its facts in extraction order, each with subject and object (actor ids),
 * relation, date, sentence position, CAMEO code, PLOVER category and the
 * number of its sentence:
 *
 *   {"actorkg":1,"id":"a.txt","origin":"corpus/a.txt","title":"...",
 *    "date":"2021-09-27","sentences":["Japan named China ..."],
 *    "facts":[{"s":"JPN","p":"accuses","o":"CHN","date":"2021-09",
 *    "pos":120,"cameo":"112","plover":"ACCUSE","sentence":0}]}
 *
 * Keys are written in that order; fields an article or fact does not have
 * are left out. HASH is the FNV-1a 64 hash of PAYLOAD in 16 hex digits:
 * each record is its own named graph, equal records have equal names (a
 * record read twice counts once), and a reader checks that the name fits
 * the content. Nothing in a line depends on any other line. */
#ifndef ACTORKG_ARTICLE_RECORD_H
#define ACTORKG_ARTICLE_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "actorkg/article.h"
#include "actorkg/buf.h"
#include "actorkg/fact.h"
#include "actorkg/lexicon.h"
#include "actorkg/status.h"

#define AKG_RECORD_PREDICATE "https://w3id.org/actorkg/ns#record"
#define AKG_RECORD_DATATYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON"

typedef enum akg_record_syntax {
  AKG_RECORD_NQUADS,  /* with the record's graph label */
  AKG_RECORD_NTRIPLES /* without it */
} akg_record_syntax;

/* Appends the record of `article` and its facts (as the extractor gave
 * them) to `out`, ending with "\n". `base_iri` (absolute, ending in "/" or
 * "#") names the article and the record; the payload does not depend on
 * it. The article's text is not part of the record. */
void akg_record_write(akg_buf *out, const akg_article *article, const akg_fact *facts,
                      size_t fact_count, const char *base_iri, akg_record_syntax syntax);

/* An article read back from a record. The article's strings and the
 * facts' evidence are owned by the record; actors are borrowed from the
 * reader's lexicon and code strings from the reader, so both must outlive
 * whatever keeps the facts (a graph). */
typedef struct akg_record {
  akg_article article; /* text is NULL */
  akg_facts facts;
  uint64_t hash; /* of the payload: the same record gives the same hash */
} akg_record;

typedef struct akg_record_reader akg_record_reader;

/* `lexicon` (borrowed) resolves actor ids; it must be the ontology the
 * records were extracted with, or one that has all their actors. */
akg_record_reader *akg_record_reader_new(const akg_lexicon *lexicon);
/* Accepts NULL. */
void akg_record_reader_free(akg_record_reader *reader);

/* Parses one line (without its line end) into `out`, clearing what `out`
 * held. A line with no statement (empty, blank or a comment) sets *found
 * to false and leaves `out` empty. A malformed line, a statement that is
 * not an actorkg record, an unknown actor or relation, or a graph label
 * that does not fit the payload is reported to `diag` as FILE:LINE with
 * the reason and gives AKG_ERR_SYNTAX. */
akg_status akg_record_parse(akg_record_reader *reader, const char *line, size_t len,
                            const char *file, unsigned long line_number, akg_record *out,
                            bool *found, akg_diag *diag);

/* Frees what the record holds and empties it, keeping the facts' memory. */
void akg_record_clear(akg_record *record);
/* Frees everything; accepts a zeroed record. */
void akg_record_free(akg_record *record);

#endif

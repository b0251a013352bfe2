#!/usr/bin/env bash
# test_sparql: SPARQL queries (roqet) over the graph of the seed corpus, each
# with the answer the articles state (the sentences quoted), and the
# invariants of the data model. The README's example queries are
# tests/sparql/*.rq, run by test_sparql_queries.sh with roqet and Oxigraph.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
require_tools roqet

build_corpus "$tmp/out"
build_summary="$ERR"
TTL="$tmp/out/graph.ttl"

# ---------------------------------------------------------------- (a)
# Who accuses Japan, in which article, and when? Through the events: each
# fact as one article states it, with its source and date.
# 002 (2021-07-09): "Japan's move was criticized by China", "China
# criticized Japan's move calling it 'groundless slander'". 004 (no date in
# the article): Wang Wenbin said "the United States and Japan should cease
# promoting the so-called Chinese threat theory".
Q_ACCUSERS_OF_JAPAN=$(cat <<'SPARQL'
PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX akg:     <https://w3id.org/actorkg/ns#>
PREFIX actor:   <https://w3id.org/actorkg/id/actor/>

# Who accuses Japan, according to which article, and when?
SELECT ?accuser ?article ?date
WHERE {
  ?event rdf:subject   ?who ;
         rdf:predicate akg:accuses ;
         rdf:object    actor:JPN ;
         prov:wasDerivedFrom ?source .
  ?who rdfs:label ?accuser .
  ?source dcterms:identifier ?article .
  OPTIONAL { ?event dcterms:date ?date }   # 004 gives no date
}
ORDER BY ?accuser ?article ?date
SPARQL
)
check_eq "(a) who accuses Japan, in which article, when" \
"China,002_16328a1d64ade50c.txt,2021-07-09
China,004_a3ca93d55036ef69.txt," \
  "$(sparql "$TTL" "$Q_ACCUSERS_OF_JAPAN")"
# The same through the direct triple.
check_eq "(a) ?x akg:accuses actor:JPN" "actor:CHN" \
  "$(sparql "$TTL" "${SPARQL_PREFIXES}SELECT ?x WHERE { ?x akg:accuses actor:JPN }")"
ok "(a) China accuses Japan, in 002 (2021-07-09) and 004 (undated)"

# ---------------------------------------------------------------- (b)
# Who joined the NATO CCDCOE? 003: "the Japanese defense minister announced
# Japan's official joining of the NATO Cooperative Cyber Defence Centre of
# Excellence (CCDCOE)", "now that both ROK and Japan have joined CCDCOE".
Q_CCDCOE_MEMBERS=$(cat <<'SPARQL'
PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>
PREFIX akg:   <https://w3id.org/actorkg/ns#>
PREFIX actor: <https://w3id.org/actorkg/id/actor/>

# Who joined the NATO CCDCOE?
SELECT ?member ?name
WHERE {
  ?member akg:joins actor:CCDCOE ;
          rdfs:label ?name .
}
ORDER BY ?member
SPARQL
)
check_eq "(b) members of the NATO CCDCOE" \
"actor:JPN,Japan
actor:KOR,South Korea" \
  "$(sparql "$TTL" "$Q_CCDCOE_MEMBERS")"

# When did Japan join? 003 is of 2022-11-15 and says "On November 4, local
# time, the Japanese defense minister announced Japan's official joining":
# 2022-11-04. Its other sentences on the joining give no date, so they date
# the event to the article's own date (data-model.md: several sentences can
# give several dates).
Q_JAPAN_JOINS_CCDCOE=$(cat <<'SPARQL'
PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX akg:     <https://w3id.org/actorkg/ns#>
PREFIX actor:   <https://w3id.org/actorkg/id/actor/>

# When did Japan join the NATO CCDCOE, according to which article?
SELECT ?article ?date
WHERE {
  ?event rdf:subject   actor:JPN ;
         rdf:predicate akg:joins ;
         rdf:object    actor:CCDCOE ;
         prov:wasDerivedFrom ?source ;
         dcterms:date  ?date .
  ?source dcterms:identifier ?article .
}
ORDER BY ?date
SPARQL
)
join_dates="$(sparql "$TTL" "$Q_JAPAN_JOINS_CCDCOE")"
check_contains "(b) the date of Japan's joining" "003_55838ce8ae7e30bf.txt,2022-11-04" "$join_dates"
while IFS= read -r row; do
  echo "  Japan joins CCDCOE: $row"
  case "$row" in
    003_55838ce8ae7e30bf.txt,2022-11-04 | 003_55838ce8ae7e30bf.txt,2022-11-15) ;;
    *) fail "(b) unexpected source or date for Japan's joining: '$row'" ;;
  esac
done <<<"$join_dates"
ok "(b) Japan and South Korea joined the CCDCOE; Japan on 2022-11-04"

# ---------------------------------------------------------------- (c)
# Japan's cooperation partners. 000, 001, 003, 004: cooperation with the
# U.S., Australia, India and ASEAN; 001: "its QUAD partners"; 003: "the
# cooperative relationship with NATO members".
Q_PARTNERS_OF_JAPAN=$(cat <<'SPARQL'
PREFIX akg:   <https://w3id.org/actorkg/ns#>
PREFIX actor: <https://w3id.org/actorkg/id/actor/>

# With whom does Japan cooperate?
SELECT ?partner
WHERE { actor:JPN akg:cooperatesWith ?partner }
ORDER BY ?partner
SPARQL
)
check_eq "(c) Japan's cooperation partners" \
"actor:ASEAN
actor:AUS
actor:IND
actor:NATO
actor:QUAD
actor:USA" \
  "$(sparql "$TTL" "$Q_PARTNERS_OF_JAPAN")"

# akg:cooperatesWith is symmetric and the graph writes both directions: no
# pair may lack its reverse. (Rasqal has no FILTER NOT EXISTS: OPTIONAL and
# !BOUND say the same.)
Q_ONE_WAY_COOPERATION=$(cat <<'SPARQL'
PREFIX akg: <https://w3id.org/actorkg/ns#>

# Pairs ?a akg:cooperatesWith ?b without ?b akg:cooperatesWith ?a.
SELECT ?a ?b
WHERE {
  ?a akg:cooperatesWith ?b .
  OPTIONAL { ?b ?back ?a . FILTER(?back = akg:cooperatesWith) }
  FILTER(!BOUND(?back))
}
ORDER BY ?a ?b
SPARQL
)
check_eq "(c) cooperatesWith pairs without their reverse" "" \
  "$(sparql "$TTL" "$Q_ONE_WAY_COOPERATION")"
# The query does find one-way pairs: accusations are not symmetric.
check_eq "(c) control: the same query on akg:accuses" \
"actor:CHN,actor:USA
actor:JPN,actor:PRK
actor:JPN,actor:RUS" \
  "$(sparql "$TTL" "${Q_ONE_WAY_COOPERATION//cooperatesWith/accuses}")"
# ... while each cooperation event is written once, in one direction.
check_eq "(c) cooperation events written in both directions for one article" "" \
  "$(sparql "$TTL" "${SPARQL_PREFIXES}
SELECT ?article ?a ?b WHERE {
  ?e1 rdf:predicate akg:cooperatesWith ; rdf:subject ?a ; rdf:object ?b ;
      prov:wasDerivedFrom ?source .
  ?e2 rdf:predicate akg:cooperatesWith ; rdf:subject ?b ; rdf:object ?a ;
      prov:wasDerivedFrom ?source .
  ?source dcterms:identifier ?article .
}")"
ok "(c) Japan cooperates with ASEAN, Australia, India, NATO, the Quad, the US; both directions present"

# ---------------------------------------------------------------- (d)
# Events per relation: one event per (article, subject, relation, object).
# accuses 17: Japan accuses China and Russia in all five articles, North
# Korea in four (not in 002); China accuses Japan in 002 and 004, the US in
# 004. cooperatesWith 18: Japan with the US, Australia, India and ASEAN in
# 000 and 004; the same and the Quad in 001; the US in 002; the US,
# Australia, India and NATO in 003. joins 2: Japan and South Korea, 003.
Q_EVENTS_PER_RELATION=$(cat <<'SPARQL'
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX akg: <https://w3id.org/actorkg/ns#>

# How many events (article-level statements) per relation?
SELECT ?relation (COUNT(?event) AS ?events)
WHERE {
  ?event a akg:Event ;
         rdf:predicate ?relation .
}
GROUP BY ?relation
ORDER BY ?relation
SPARQL
)
check_eq "(d) events per relation" \
"akg:accuses,17
akg:cooperatesWith,18
akg:joins,2" \
  "$(sparql "$TTL" "$Q_EVENTS_PER_RELATION")"
# The build's summary line counts the same events.
check_contains "(d) summary line" "37 events" "$build_summary"
ok "(d) 17 + 18 + 2 = 37 events, as the summary says"

# ---------------------------------------------------------------- (e)
# Who accuses whom, in how many articles (the edge widths of graph.dot).
Q_ACCUSATIONS_BY_ARTICLES=$(cat <<'SPARQL'
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX akg:  <https://w3id.org/actorkg/ns#>

# Accusations, by the number of articles that state them.
SELECT ?accuser ?accused (COUNT(DISTINCT ?source) AS ?articles)
WHERE {
  ?event rdf:predicate akg:accuses ;
         rdf:subject ?s ;
         rdf:object ?o ;
         prov:wasDerivedFrom ?source .
  ?s rdfs:label ?accuser .
  ?o rdfs:label ?accused .
}
GROUP BY ?accuser ?accused
ORDER BY DESC(?articles) ?accuser ?accused
SPARQL
)
check_eq "(e) accusations by number of articles" \
"Japan,China,5
Japan,Russia,5
Japan,North Korea,4
China,Japan,2
China,United States,1" \
  "$(sparql "$TTL" "$Q_ACCUSATIONS_BY_ARTICLES")"
ok "(e) accusations counted by articles"

# ---------------------------------------------------------------- provenance
# Every event is a reified statement, derived from exactly one article of
# the input (its dcterms:identifier is the file name), with at least one
# evidence sentence.
corpus_files="$(list_dir "$CORPUS")"
Q_EVENT_PROVENANCE=$(cat <<'SPARQL'
PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema:  <https://schema.org/>
PREFIX akg:     <https://w3id.org/actorkg/ns#>

# Each event, the file it comes from and its number of evidence sentences.
SELECT ?event ?article (COUNT(DISTINCT ?evidence) AS ?sentences)
WHERE {
  ?event a akg:Event .
  OPTIONAL {
    ?event prov:wasDerivedFrom ?source .
    ?source a schema:NewsArticle ;
            dcterms:identifier ?article .
  }
  OPTIONAL { ?event akg:evidence ?evidence }
}
GROUP BY ?event ?article
ORDER BY ?event
SPARQL
)
provenance="$(sparql "$TTL" "$Q_EVENT_PROVENANCE")"
n_rows=0
declare -A seen_event=()
while IFS=, read -r event article sentences; do
  n_rows=$((n_rows + 1))
  [[ -z "${seen_event[$event]:-}" ]] || fail "$event is derived from more than one article"
  seen_event[$event]=1
  [[ -n "$article" ]] || fail "$event has no prov:wasDerivedFrom an article with a dcterms:identifier"
  grep -qxF -- "$article" <<<"$corpus_files" ||
    fail "$event is derived from '$article', not a file of corpus/"
  [[ "$sentences" -ge 1 ]] || fail "$event has no akg:evidence"
done <<<"$provenance"
check_eq "events with provenance" 37 "$n_rows"
check_eq "events that are complete rdf:Statements" 37 \
  "$(sparql "$TTL" "${SPARQL_PREFIXES}
SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e a akg:Event , rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
}")"
# Every file of the corpus is an article of the graph, and no other.
check_eq "dcterms:identifier of the articles" "$corpus_files" \
  "$(sparql "$TTL" "${SPARQL_PREFIXES}
SELECT ?id WHERE { ?a a schema:NewsArticle ; dcterms:identifier ?id } ORDER BY ?id")"
ok "every event comes from one corpus file and has evidence"

# The evidence is a sentence of that article, as written. (ENCODE_FOR_URI
# keeps the CSV trivial; printf %b decodes it.)
n_checked=0
while IFS=, read -r article encoded; do
  sentence="$(printf '%b' "${encoded//%/\\x}")"
  grep -qF -- "$sentence" "$CORPUS/$article" ||
    fail "evidence not found in $article: '$sentence'"
  n_checked=$((n_checked + 1))
done < <(sparql "$TTL" "${SPARQL_PREFIXES}
SELECT DISTINCT ?article (ENCODE_FOR_URI(STR(?evidence)) AS ?text) WHERE {
  ?event akg:evidence ?evidence ; prov:wasDerivedFrom ?source .
  ?source dcterms:identifier ?article .
}")
[[ $n_checked -ge 20 ]] || fail "only $n_checked evidence sentences"
ok "all $n_checked evidence sentences occur verbatim in their articles"

#!/usr/bin/env bash
# test_inputs: `actorkg build` on the input-format fixtures (two HTML pages,
# one in windows-1252; an RSS 2.0 feed of 3 items; an Atom feed of 2
# entries; PETRARCH XML of 3 sentences; plain text with a Key: value header
# and with front matter), checked with rapper and roqet: every article's
# identifier, title, date, publisher, author and URL, the relations each
# states and none from page furniture; standard input as "-"; a truncated
# feed skipped with one message while the rest is read.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
require_tools rapper roqet

INPUTS="$AKG_SOURCE_DIR/tests/fixtures/inputs"

akg build -o "$tmp/out" --ontology "$ONTOLOGY" "$INPUTS"
expect_rc 0
check_contains "summary line" "12 articles read, 0 skipped" "$ERR"
check_eq "no message but the summary" 1 "$(printf '%s\n' "$ERR" | wc -l)"
TTL="$tmp/out/graph.ttl"

# Every IRI is valid, those minted from URL-like record ids included: both
# syntaxes parse without a warning and hold the same triples.
n_ttl="$(rapper_count turtle "$TTL")"
n_nt="$(rapper_count ntriples "$tmp/out/graph.nt")"
check_eq "triples in graph.ttl and graph.nt" "$n_ttl" "$n_nt"
check_contains "an article IRI minted from a URL guid" \
  "<${AKG_ID}article/https%3A%2F%2Fwire.example%2Fasia%2F2024%2F05%2F20%2Fchina-us-cyberattacks>" \
  "$(cat "$tmp/out/graph.nt")"
ok "graph.ttl and graph.nt parse ($n_ttl triples each)"

# ---------------------------------------------------------------- articles
# One row per article, as each format gives it: PETRARCH records have a
# date, an id and a source only; feed items are named by guid (a URL or
# not), link or Atom id; pages and texts by their file names. CSV quotes
# the Atom tag id, which holds a comma.
Q_ARTICLES=$(cat <<'SPARQL'
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema:  <https://schema.org/>

SELECT ?id ?date ?publisher ?author ?title ?url
WHERE {
  ?article a schema:NewsArticle ;
           dcterms:identifier ?id .
  OPTIONAL { ?article schema:datePublished ?date }
  OPTIONAL { ?article dcterms:publisher ?publisher }
  OPTIONAL { ?article dcterms:creator ?author }
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article schema:url ?url }
}
ORDER BY ?id
SPARQL
)
check_eq "articles: identifier, date, publisher, author, title, URL" \
"AFP_ENG_20240307.0113-1,2024-03-07,AFP,,,
KYD_ENG_20240312.0007-1,2024-03-12,KYD,,,
XIN_ENG_20240310.0042-2,2024-03-10,XIN,,,
canada-india-key-value.txt,2023-09-19,Northern Ledger,Marc Tremblay,Canada accuses India of role in killing of Sikh leader,https://northern-ledger.example/world/2023/09/19/canada-india
courrier-finland-nato-cp1252.html,2023-04-04,Le Courrier Diplomatique,Élodie Martin,Finland joins NATO as the alliance’s 31st member,
https://wire.example/asia/2024/05/20/china-us-cyberattacks,2024-05-20,Example Wire,Li Wei,China accuses the United States of cyberattacks on universities,https://wire.example/asia/2024/05/20/china-us-cyberattacks
https://wire.example/asia/2024/05/22/philippines-china-shoal,2024-05-22,Manila Tribune,,Philippines accuses China of dangerous manoeuvres at Second Thomas Shoal,https://wire.example/asia/2024/05/22/philippines-china-shoal
pacific-wire-japan-australia.html,2024-05-14,Pacific Wire,Hana Sato,Japan and Australia agree to deepen cyber and maritime cooperation,https://pacificwire.example/politics/2024/05/14/japan-australia-cooperation.html
poland-lithuania-front-matter.txt,2024-02-28,Baltic Review,Ieva Kazlauskaitė,Poland and Lithuania to expand military cooperation,https://baltic-review.example/2024/02/28/poland-lithuania
\"tag:euro-observer.example,2024:entry-4411\",2024-03-02,Euro Observer,Olena Kovalenko,Ukraine accuses Russia of strikes on the power grid — again,https://euro-observer.example/news/2024/03/02/ukraine-russia-grid
urn:uuid:6f0e4c1a-93d2-4b8e-9a57-0c3f8e1d2b44,2024-03-05,Euro Observer,Euro Observer staff,Germany and France agree on joint procurement,https://euro-observer.example/news/2024/03/05/germany-france-procurement
wire-asia-2024-0521-017,2024-05-21,Example Wire,Priya Raman,India and Japan to expand defence cooperation,https://wire.example/asia/2024/05/21/india-japan-defence" \
  "$(sparql "$TTL" "$Q_ARTICLES")"
# schema:url is an IRI, not a string.
check_eq "schema:url values that are not IRIs" "" \
  "$(sparql "$TTL" "${SPARQL_PREFIXES}SELECT ?u WHERE { ?a schema:url ?u FILTER(!isIRI(?u)) }")"
check_eq "datePublished typed xsd:date" 12 \
  "$(sparql "$TTL" "${SPARQL_PREFIXES}SELECT (COUNT(?d) AS ?n) WHERE {
     ?a schema:datePublished ?d FILTER(DATATYPE(?d) = xsd:date) }")"
ok "titles, dates, publishers, authors and URLs of all 12 articles"

# ---------------------------------------------------------------- relations
# Each article states one relation (the HTML page on Japan and Australia
# also mentions exercises with the United States), dated by its sentence
# ("on Monday" in an article of Tuesday 2023-09-19 is 2023-09-18) or by the
# article. Nothing comes from page furniture: the nav, ticker, figure
# caption, related-links list, share box, aside, newsletter form, noscript
# and footer of the pages name a dozen other relations (Russia accuses
# Ukraine, North Korea accuses South Korea, Canada accuses India, Iran
# accuses Israel, Sweden joins NATO, ...); nor from scripts and styles.
Q_EVENTS=$(cat <<'SPARQL'
PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>

SELECT ?id ?subject ?relation ?object ?date
WHERE {
  ?event rdf:subject ?subject ; rdf:predicate ?relation ; rdf:object ?object ;
         prov:wasDerivedFrom ?article ;
         dcterms:date ?date .
  ?article dcterms:identifier ?id .
}
ORDER BY ?id ?subject ?object ?date
SPARQL
)
check_eq "events: article, subject, relation, object, date" \
"AFP_ENG_20240307.0113-1,actor:SWE,akg:joins,actor:NATO,2024-03-07
KYD_ENG_20240312.0007-1,actor:JPN,akg:cooperatesWith,actor:PHL,2024-03-12
XIN_ENG_20240310.0042-2,actor:IRN,akg:accuses,actor:ISR,2024-03-10
canada-india-key-value.txt,actor:CAN,akg:accuses,actor:IND,2023-09-18
canada-india-key-value.txt,actor:CAN,akg:accuses,actor:IND,2023-09-19
canada-india-key-value.txt,actor:IND,akg:accuses,actor:CAN,2023-09-19
courrier-finland-nato-cp1252.html,actor:FIN,akg:joins,actor:NATO,2023-04-04
https://wire.example/asia/2024/05/20/china-us-cyberattacks,actor:CHN,akg:accuses,actor:USA,2024-05-20
https://wire.example/asia/2024/05/22/philippines-china-shoal,actor:PHL,akg:accuses,actor:CHN,2024-05-21
https://wire.example/asia/2024/05/22/philippines-china-shoal,actor:PHL,akg:accuses,actor:CHN,2024-05-22
pacific-wire-japan-australia.html,actor:AUS,akg:cooperatesWith,actor:JPN,2024-05-14
pacific-wire-japan-australia.html,actor:JPN,akg:cooperatesWith,actor:USA,2024-05-14
poland-lithuania-front-matter.txt,actor:LTU,akg:cooperatesWith,actor:POL,2024-02-28
\"tag:euro-observer.example,2024:entry-4411\",actor:UKR,akg:accuses,actor:RUS,2024-03-02
urn:uuid:6f0e4c1a-93d2-4b8e-9a57-0c3f8e1d2b44,actor:DEU,akg:cooperatesWith,actor:FRA,2024-03-05
wire-asia-2024-0521-017,actor:IND,akg:cooperatesWith,actor:JPN,2024-05-21" \
  "$(sparql "$TTL" "$Q_EVENTS")"
# The direct triples follow; none names an actor only furniture mentions.
check_eq "actors that only page furniture names" "" \
  "$(sparql "$TTL" "${SPARQL_PREFIXES}SELECT DISTINCT ?x WHERE {
     { ?x ?p ?y } UNION { ?y ?p ?x }
     FILTER(?x IN (actor:PRK, actor:KOR, actor:BRA, actor:ARG, actor:VNM))
     FILTER(?p IN (akg:accuses, akg:cooperatesWith, akg:joins)) }")"
check_eq "who joined NATO" "actor:FIN
actor:SWE" "$(sparql "$TTL" "${SPARQL_PREFIXES}SELECT ?x WHERE { ?x akg:joins actor:NATO } ORDER BY ?x")"
ok "the relations of every format, none from furniture"

# Evidence is the article's sentence, decoded from its format: the
# windows-1252 apostrophe, the HTML entity in the Atom title.
check_contains "evidence from the windows-1252 page" \
  "Finland joined NATO on Tuesday, becoming the alliance’s 31st member" \
  "$(sparql "$TTL" "${SPARQL_PREFIXES}SELECT ?t WHERE { ?e akg:evidence ?t ; rdf:subject actor:FIN }")"
ok "evidence decoded from windows-1252"

# ---------------------------------------------------------------- stdin
# "-" reads standard input, content-sniffed; its article is "stdin".
run "$AKG_BIN" build -o "$tmp/stdin" --ontology "$ONTOLOGY" - \
  <"$INPUTS/pacific-wire-japan-australia.html"
expect_rc 0
check_eq "stdin: identifier, title, date" \
  "stdin,Japan and Australia agree to deepen cyber and maritime cooperation,2024-05-14" \
  "$(sparql "$tmp/stdin/graph.ttl" "${SPARQL_PREFIXES}SELECT ?id ?t ?d WHERE {
     ?a dcterms:identifier ?id ; dcterms:title ?t ; schema:datePublished ?d }")"
check_eq "stdin: relations" "actor:AUS,actor:JPN
actor:JPN,actor:USA" \
  "$(sparql "$tmp/stdin/graph.ttl" "${SPARQL_PREFIXES}SELECT ?s ?o WHERE {
     ?e rdf:subject ?s ; rdf:object ?o ; rdf:predicate akg:cooperatesWith } ORDER BY ?s")"
# A feed on standard input gives its items, next to files.
run "$AKG_BIN" build -o "$tmp/stdin2" --ontology "$ONTOLOGY" - \
  "$INPUTS/canada-india-key-value.txt" <"$INPUTS/events-2024-03.xml"
expect_rc 0
check_contains "stdin feed and a file" "4 articles read, 0 skipped" "$ERR"
ok "standard input as -"

# ---------------------------------------------------------------- errors
# A feed cut off mid-item is skipped with one message naming it, its line
# and libxml2's diagnosis (exit 3); the other inputs are read.
mkdir "$tmp/broken"
cp "$INPUTS/canada-india-key-value.txt" "$tmp/broken/"
head -c 1400 "$INPUTS/asia-desk.rss" >"$tmp/broken/asia-desk.rss"
printf '<?xml version="1.0"?>\n<catalog><book id="1"/></catalog>\n' >"$tmp/broken/books.xml"
akg build -o "$tmp/out-broken" --ontology "$ONTOLOGY" "$tmp/broken"
expect_rc 3
check_contains "truncated feed" \
  "actorkg: $tmp/broken/asia-desk.rss:22: error: not well-formed XML: Premature end of data in tag description line 22" \
  "$ERR"
check_contains "XML of another kind" \
  "actorkg: $tmp/broken/books.xml: error: XML with root element <catalog>: not a format actorkg reads" \
  "$ERR"
check_contains "summary" "1 articles read, 2 skipped" "$ERR"
check_eq "messages: two errors and the summary" 3 "$(printf '%s\n' "$ERR" | wc -l)"
check_eq "the other input is in the graph" "canada-india-key-value.txt" \
  "$(sparql "$tmp/out-broken/graph.ttl" "${SPARQL_PREFIXES}SELECT ?id WHERE { ?a dcterms:identifier ?id }")"
ok "a truncated feed is skipped with its line and libxml2's message"

# ---------------------------------------------------------------- help
akg --help
expect_rc 0
help_text="$(tr '\n' ' ' <<<"$OUT" | tr -s ' ')"
for what in "plain text" "HTML pages" "RSS 2.0 and Atom feeds" "PETRARCH XML" \
  "The path - reads standard input"; do
  check_contains "--help: $what" "$what" "$help_text"
done
ok "--help names the formats and -"

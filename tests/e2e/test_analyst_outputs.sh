#!/usr/bin/env bash
# test_analyst_outputs: the outputs for spreadsheets and network tools
# (README, "events.csv" and "graph.graphml"), checked with other tools on
# the seed corpus: python3's csv module reads events.csv to a row per
# akg:Event of graph.ttl (roqet), with the same (article, subject, relation,
# object) as the events; xmllint reads graph.graphml, with a <node> per
# actor and an <edge> per distinct fact; rapper reads ontology.ttl, the
# same bytes as ontology/actorkg.ttl. Then --format: only the outputs named
# are written, the others left as they were; a bad name exits 2.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
require_tools python3 roqet rapper xmllint cmp

build_corpus "$tmp/out"
summary="$ERR"
for f in events.csv graph.graphml ontology.ttl; do check_file "$tmp/out/$f"; done
TTL="$tmp/out/graph.ttl"

# ---------------------------------------------------------------- events.csv
n_events="$(sparql "$TTL" "${SPARQL_PREFIXES}SELECT (COUNT(?e) AS ?n) WHERE { ?e a akg:Event }")"
[[ "$n_events" -gt 20 ]] || fail "only $n_events events in graph.ttl"

# Strict RFC 4180 reading: rows end with CRLF, every row has the header's
# eleven fields, and the text is UTF-8.
python3 - "$tmp/out/events.csv" >"$tmp/csv.out" <<'PY' || fail "python3 cannot read events.csv: $(cat "$tmp/csv.out")"
import csv, sys
data = open(sys.argv[1], "rb").read()
text = data.decode("utf-8")                      # raises on bad UTF-8
assert not text.startswith("\ufeff"), "byte-order mark"
assert data.endswith(b"\r\n"), "last row does not end with CRLF"
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8"), strict=True))
header = rows[0]
assert header == ["date", "subject", "subject_code", "relation", "object",
                  "object_code", "cameo", "article", "publisher", "url",
                  "evidence"], header
for r in rows[1:]:
    assert len(r) == len(header), r
# CRLF after every row: as many as rows, counting none inside quoted fields.
assert data.count(b"\r\n") - sum(f.count("\r\n") for r in rows for f in r) == len(rows)
print(len(rows) - 1)
for r in rows[1:]:
    print("\t".join([r[7], r[2], r[3], r[5]]))
PY
check_eq "events.csv: one row per akg:Event" "$n_events" "$(head -1 "$tmp/csv.out")"
# The same events: (article, subject code, relation, object code).
csv_events="$(sed 1d "$tmp/csv.out" | LC_ALL=C sort)"
ttl_events="$(sparql "$TTL" "${SPARQL_PREFIXES}
SELECT ?article ?s ?p ?o WHERE {
  ?e a akg:Event ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
     prov:wasDerivedFrom ?source .
  ?source dcterms:identifier ?article .
}" | sed -e 's/actor://g' -e 's/akg://g' | tr , '\t' | LC_ALL=C sort)"
check_eq "events.csv holds the events of graph.ttl" "$ttl_events" "$csv_events"
ok "events.csv: $n_events rows, RFC 4180 with CRLF, the events of graph.ttl"

# Cells with several values: 003 dates Japan's joining 2022-11-04 (the
# text) and 2022-11-15 (the article), earliest first.
python3 - "$tmp/out/events.csv" >"$tmp/join.out" <<'PY'
import csv, sys
for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")):
    if r["subject_code"] == "JPN" and r["relation"] == "joins":
        print(r["date"], r["object_code"], r["cameo"] or "-", len(r["evidence"].split(" | ")) > 1)
PY
check_eq "events.csv: Japan joins the CCDCOE" "2022-11-04 | 2022-11-15 CCDCOE - True" \
  "$(cat "$tmp/join.out")"
ok "events.csv: several dates and sentences in one cell, joined by ' | '"

# ---------------------------------------------------------------- graph.graphml
GML="$tmp/out/graph.graphml"
run xmllint --noout "$GML"
expect_rc 0
[[ -z "$ERR" ]] || fail "xmllint warnings on graph.graphml: $ERR"
xpath() { xmllint --xpath "$1" "$GML"; }
G="*[local-name()='graphml' and namespace-uri()='http://graphml.graphdrawing.org/xmlns']"
check_eq "graphml: the root element in the GraphML namespace" 1 "$(xpath "count(/$G)")"
n_actors="$(sparql "$TTL" "${SPARQL_PREFIXES}
SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {
  ?e a akg:Event . { ?e rdf:subject ?a } UNION { ?e rdf:object ?a } }")"
# Distinct facts: the direct triples, cooperatesWith counted once a pair.
n_directed="$(sparql "$TTL" "${SPARQL_PREFIXES}
SELECT (COUNT(*) AS ?n) WHERE { { ?a akg:accuses ?b } UNION { ?a akg:joins ?b } }")"
n_coop="$(sparql "$TTL" "${SPARQL_PREFIXES}
SELECT (COUNT(*) AS ?n) WHERE { ?a akg:cooperatesWith ?b . FILTER(STR(?a) < STR(?b)) }")"
check_eq "graphml: a <node> per actor" "$n_actors" "$(xpath "count(/$G/*[local-name()='graph']/*[local-name()='node'])")"
check_eq "graphml: an <edge> per distinct fact" "$((n_directed + n_coop))" \
  "$(xpath "count(//*[local-name()='edge'])")"
check_contains "the summary counts the same" "$n_actors actors, $((n_directed + n_coop)) distinct facts" "$summary"
check_eq "graphml: cooperation edges undirected" "$n_coop" \
  "$(xpath "count(//*[local-name()='edge'][@directed='false'])")"
check_eq "graphml: no other edge undirected" 0 \
  "$(xpath "count(//*[local-name()='edge'][@directed='false'][*[@key='relation'] != 'cooperatesWith'])")"
check_eq "graphml: every <data> has a declared <key>" 0 \
  "$(xpath "count(//*[local-name()='data'][not(@key = //*[local-name()='key']/@id)])")"
check_eq "graphml: every edge end is a node" 0 \
  "$(xpath "count(//*[local-name()='edge'][not(@source = //*[local-name()='node']/@id) or not(@target = //*[local-name()='node']/@id)])")"
check_eq "graphml: Japan accuses China in five articles" 5 \
  "$(xpath "string(//*[local-name()='edge'][@source='JPN' and @target='CHN']/*[@key='weight'])")"
check_eq "graphml: the CCDCOE is an organization" organization \
  "$(xpath "string(//*[local-name()='node'][@id='CCDCOE']/*[@key='kind'])")"
ok "graph.graphml: well-formed, $n_actors nodes, $((n_directed + n_coop)) edges, keys declared"

# ---------------------------------------------------------------- ontology.ttl
cmp -s "$ONTOLOGY/actorkg.ttl" "$tmp/out/ontology.ttl" || fail "ontology.ttl is not a copy of ontology/actorkg.ttl"
n_onto="$(rapper_count turtle "$tmp/out/ontology.ttl")"
[[ "$n_onto" -gt 20 ]] || fail "ontology.ttl: only $n_onto triples"
ok "ontology.ttl: ontology/actorkg.ttl, $n_onto triples"

# A lexicon folder without actorkg.ttl: no ontology.ttl, with a warning,
# unless --format asks for it.
mkdir "$tmp/lexicon-only"
cp "$ONTOLOGY/actors.ttl" "$ONTOLOGY/relations.ttl" "$tmp/lexicon-only/"
akg build -o "$tmp/out-lex" --ontology "$tmp/lexicon-only" "$CORPUS"
expect_rc 0
check_contains "no actorkg.ttl: a warning" "$tmp/lexicon-only/actorkg.ttl: warning: no such file, so ontology.ttl is not written" "$ERR"
[[ ! -e "$tmp/out-lex/ontology.ttl" ]] || fail "ontology.ttl written without a source"
check_file "$tmp/out-lex/events.csv"
akg build -o "$tmp/out-lex2" --format csv,ontology --ontology "$tmp/lexicon-only" "$CORPUS"
expect_rc 1
check_contains "--format ontology without actorkg.ttl: an error" "$tmp/lexicon-only/actorkg.ttl: error: cannot open" "$ERR"
[[ ! -e "$tmp/out-lex2/events.csv" ]] || fail "events.csv written although the run failed"
ok "no actorkg.ttl in the lexicon folder: warning by default, error when asked for"

# ---------------------------------------------------------------- --format
cp -r "$tmp/out" "$tmp/sel"
# Mark every file, so "left as it was" is seen.
for f in "$tmp/sel"/*; do printf 'old\n' >"$f"; done
before="$(dir_digest "$tmp/sel")"
akg build -o "$tmp/sel" --format csv,graphml "$CORPUS"
expect_rc 0
cmp -s "$tmp/out/events.csv" "$tmp/sel/events.csv" || fail "--format csv: events.csv not written"
cmp -s "$tmp/out/graph.graphml" "$tmp/sel/graph.graphml" || fail "--format graphml: graph.graphml not written"
for f in graph.ttl graph.nt graph.dot graph.svg ontology.ttl; do
  check_eq "--format csv,graphml leaves $f" old "$(cat "$tmp/sel/$f")"
done
check_eq "--format: no other file" "$(list_dir "$tmp/out")" "$(list_dir "$tmp/sel")"
[[ "$before" != "$(dir_digest "$tmp/sel")" ]] || fail "nothing changed"
akg build -o "$tmp/one" --format ttl "$CORPUS"
expect_rc 0
check_eq "--format ttl: only graph.ttl" graph.ttl "$(list_dir "$tmp/one")"
cmp -s "$tmp/out/graph.ttl" "$tmp/one/graph.ttl" || fail "--format ttl: not the same graph.ttl"
ok "--format writes the outputs named, byte for byte as without it, and no other"

# merge takes the list too.
akg extract -q "$CORPUS"
expect_rc 0
printf '%s\n' "$OUT" >"$tmp/records.nq"
akg merge -q -o "$tmp/merged" --format graphml,nt "$tmp/records.nq"
expect_rc 0
check_eq "merge --format graphml,nt" "graph.graphml
graph.nt" "$(list_dir "$tmp/merged")"
cmp -s "$tmp/out/graph.graphml" "$tmp/merged/graph.graphml" || fail "merge: another graph.graphml"
ok "merge --format graphml,nt: those two, the same bytes as build"

# Bad lists: a usage error naming the name and the valid ones; nothing written.
for bad in bogus "ttl,bogus" "csv," "" "TTL"; do
  akg build -o "$tmp/bad" --format "$bad" "$CORPUS"
  expect_rc 2
  check_contains "--format '$bad': the valid names listed" "(the outputs: ttl, nt, nq, dot, svg, csv, graphml, ontology" "$ERR"
  [[ ! -e "$tmp/bad" ]] || fail "--format '$bad' wrote $(list_dir "$tmp/bad")"
done
akg build -o "$tmp/bad" --format ttl,bogus "$CORPUS"
check_contains "the unknown name is named" "unknown output 'bogus'" "$ERR"
# extract keeps its own --format (the record syntax).
akg extract -q --format ntriples "$CORPUS"
expect_rc 0
akg extract -q --format csv "$CORPUS"
expect_rc 2
check_contains "extract --format csv" "--format is nquads or ntriples, not 'csv'" "$ERR"
akg eval --gold "$AKG_SOURCE_DIR/tests/seeds.tsv" --format csv "$CORPUS"
expect_rc 2
ok "bad --format lists: exit 2, the name and the valid names given; extract's --format unchanged"

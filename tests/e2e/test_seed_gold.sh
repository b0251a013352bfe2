#!/usr/bin/env bash
# test_seed_gold: the graph of the seed corpus against its gold file
# (tests/seeds.tsv), with the eval report printed so that `ctest -V` or
# `--output-on-failure` shows how many required rows the graph holds; then
# the relations each headline states, looked up in graph.ttl.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
require_tools roqet

GOLD="$AKG_SOURCE_DIR/tests/seeds.tsv"
check_file "$GOLD"
n_required="$(awk -F'\t' 'NR > 1 && $6 == "required"' "$GOLD" | wc -l)"

akg eval --gold "$GOLD" --ontology "$ONTOLOGY" \
  --min-precision 0.95 --min-recall 0.95 --min-date-accuracy 0.9 "$CORPUS"
echo "---- eval report (tests/seeds.tsv: $n_required required rows)"
printf '%s\n' "$OUT"
echo "---- stderr"
printf '%s\n' "$ERR"
echo "----"
expect_rc 0

overall="$(grep -E '^overall[[:space:]]' <<<"$OUT" || true)"
[[ -n "$overall" ]] || fail "no 'overall' line in the eval report"
# overall  precision recall F1 TP FP FN
read -r _ precision recall f1 tp fp fn <<<"$overall"
for v in "$precision" "$recall" "$f1"; do
  [[ "$v" =~ ^[01]\.[0-9]+$ ]] || fail "overall line has no scores: '$overall'"
done
grep -qE '^date accuracy: ' <<<"$OUT" || fail "no 'date accuracy' line in the eval report"
echo "the graph holds $tp of the $n_required required rows (recall $recall, precision $precision, $fp false positives, $fn missed)"
[[ $((tp + fn)) -eq $n_required ]] ||
  fail "TP + FN = $((tp + fn)), but the gold file has $n_required required rows"
ok "seed gold: precision >= 0.95, recall >= 0.95, date accuracy >= 0.9"

# ---------------------------------------------------------------- headlines
# What each headline states must be in the graph: the direct triple, and an
# event of that article whose evidence is the headline itself.
build_corpus "$tmp/out"
TTL="$tmp/out/graph.ttl"

T001="Japan names China, Russia and N Korea as cyberspace threats who 'steal military info'"
T002="Japan seeks stronger cybersecurity due to threats from China and Russia"
T003="Japan joins NATO Cyber Defense Center not just for cybersecurity"
T004="Japan Keen To Enhance Ties With India To Counter Cybersecurity Threats From China, Russia & N.Korea"

# article | subject | relation | object | headline
HEADLINE_FACTS="001_93ae5d72f34d4644.txt|JPN|accuses|CHN|$T001
001_93ae5d72f34d4644.txt|JPN|accuses|RUS|$T001
001_93ae5d72f34d4644.txt|JPN|accuses|PRK|$T001
002_16328a1d64ade50c.txt|JPN|accuses|CHN|$T002
002_16328a1d64ade50c.txt|JPN|accuses|RUS|$T002
003_55838ce8ae7e30bf.txt|JPN|joins|CCDCOE|$T003
004_a3ca93d55036ef69.txt|JPN|cooperatesWith|IND|$T004
004_a3ca93d55036ef69.txt|JPN|accuses|CHN|$T004
004_a3ca93d55036ef69.txt|JPN|accuses|RUS|$T004
004_a3ca93d55036ef69.txt|JPN|accuses|PRK|$T004"

while IFS='|' read -r article s rel o headline; do
  # The direct triple.
  n="$(sparql "$TTL" "${SPARQL_PREFIXES}
SELECT (COUNT(*) AS ?n) WHERE { actor:$s akg:$rel actor:$o }")"
  check_eq "direct triple actor:$s akg:$rel actor:$o ($article)" 1 "$n"

  # The event of that article with the headline as evidence. A
  # cooperatesWith event is written once, in either order.
  directions="actor:$s actor:$o"
  [[ $rel == cooperatesWith ]] && directions="$directions
actor:$o actor:$s"
  found=0
  while read -r subj obj; do
    n="$(sparql "$TTL" "${SPARQL_PREFIXES}
SELECT (COUNT(?event) AS ?n) WHERE {
  ?event rdf:subject $subj ; rdf:predicate akg:$rel ; rdf:object $obj ;
         prov:wasDerivedFrom ?source ; akg:evidence ?evidence .
  ?source dcterms:identifier \"$article\" .
  FILTER(STR(?evidence) = \"$headline\")
}")"
    [[ "$n" -ge 1 ]] && found=1
  done <<<"$directions"
  [[ $found == 1 ]] ||
    fail "$article: no $s $rel $o event with the headline as evidence: '$headline'"
  echo "  $article: $s $rel $o"
done <<<"$HEADLINE_FACTS"
ok "the relations stated in the headlines are in the graph, with the headline as evidence"

# The headline is the article's dcterms:title, also one ending in a quoted
# phrase (001; a regression test: it once read as a sentence of prose).
check_eq "dcterms:title of the articles" \
"000_3851dfb9e86f56df.txt,Japan’s Cyber-Security Strategy Warrants Sharp Vigilance
001_93ae5d72f34d4644.txt,\"$T001\"
002_16328a1d64ade50c.txt,$T002
003_55838ce8ae7e30bf.txt,$T003
004_a3ca93d55036ef69.txt,\"$T004\"" \
  "$(sparql "$TTL" "${SPARQL_PREFIXES}
SELECT ?id ?title WHERE {
  ?a dcterms:identifier ?id ; dcterms:title ?title .
} ORDER BY ?id")"
ok "headlines recorded as dcterms:title"

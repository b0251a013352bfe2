#!/usr/bin/env bash
# test_stats: `--stats` makes build and merge print, on stderr, a line per
# stage (reading, extraction, merging into the graph, sorting it, and
# every output file) with its seconds, MB/s, sentences/s, triples/s and
# peak memory, and a total; outputs are the same bytes as without it.
# Timings are not checked (no timed tests): only that every stage is there
# with figures where they apply.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
require_tools awk cmp

build_corpus "$tmp/plain"
akg build --stats -j2 -o "$tmp/out" --ontology "$ONTOLOGY" "$CORPUS"
expect_rc 0
stats="$(grep '^stats: ' <<<"$ERR" || true)"
check_contains "summary line kept" "5 articles read, 0 skipped" "$ERR"
check_contains "header" "stage" "$(head -1 <<<"$stats")"
for stage in 'load lexicon' 'read (2 threads' 'extract (2 threads' 'merge into graph' \
  'read+extract+merge (wall)' 'finish graph (sort)' 'graph.ttl (Turtle)' \
  'graph.nt (N-Triples)' 'graph.nq (N-Quads)' 'graph.dot (DOT, layout)' \
  'graph.svg (SVG, layout+render)' 'total (wall)'; do
  check_contains "stage '$stage' reported" "stats: $stage" "$stats"
done
ok "build --stats: every stage reported"

# field N of a stage's line, counted from the end (1: peak MB, 2: triples/s,
# 3: sentences/s, 4: MB/s, 5: seconds), so stage names may hold spaces.
field() { grep -F "stats: $1" <<<"$stats" | head -1 | awk -v k="$2" '{ print $(NF - k + 1) }'; }
number='^[0-9]+(\.[0-9]+)?$'
n_triples="$(rapper_count ntriples "$tmp/out/graph.nt")"
for stage in 'graph.ttl' 'graph.nt' 'graph.nq'; do
  [[ "$(field "$stage" 2)" =~ $number ]] || fail "$stage: no triples/s: $(grep -F "$stage" <<<"$stats")"
  [[ "$(field "$stage" 4)" =~ $number ]] || fail "$stage: no MB/s"
done
[[ "$(field 'extract' 3)" =~ $number ]] || fail "extract: no sentences/s"
[[ "$(field 'read (' 4)" =~ $number ]] || fail "read: no MB/s"
[[ "$(field 'total' 3)" =~ $number ]] || fail "total: no sentences/s"
check_eq "graph.svg has no triples/s" "-" "$(field 'graph.svg' 2)"
peak="$(field 'total' 1)"
[[ "$peak" =~ $number ]] && awk -v p="$peak" 'BEGIN { exit !(p > 1 && p < 100000) }' ||
  fail "total: peak memory '$peak' MB is not a size"
# triples/s times seconds gives back the graph's triples (within rounding).
awk -v r="$(field 'graph.nt' 2)" -v s="$(field 'graph.nt' 5)" -v n="$n_triples" \
  'BEGIN { if (s > 0.002 && (r * s < n * 0.8 || r * s > n * 1.2)) exit 1 }' ||
  fail "graph.nt: triples/s x seconds is not the $n_triples triples"
ok "build --stats: MB/s, sentences/s, triples/s and peak memory where they apply"

for f in graph.ttl graph.nt graph.nq graph.dot graph.svg; do
  cmp -s "$tmp/plain/$f" "$tmp/out/$f" || fail "$f differs with --stats"
done
ok "outputs unchanged by --stats"

akg extract -q -j1 --ontology "$ONTOLOGY" "$CORPUS"
expect_rc 0
printf '%s\n' "$OUT" >"$tmp/records.nq"
akg merge --stats -o "$tmp/merged" --ontology "$ONTOLOGY" "$tmp/records.nq"
expect_rc 0
stats="$(grep '^stats: ' <<<"$ERR" || true)"
for stage in 'load lexicon' 'read records' 'merge into graph' 'finish graph (sort)' 'graph.ttl (Turtle)' \
  'graph.nq (N-Quads)' 'graph.svg (SVG, layout+render)' 'total (wall)'; do
  check_contains "merge: stage '$stage' reported" "stats: $stage" "$stats"
done
[[ "$(field 'read records' 4)" =~ $number ]] || fail "read records: no MB/s"
ok "merge --stats: every stage reported"

akg build -q -o "$tmp/quiet" --ontology "$ONTOLOGY" "$CORPUS"
check_eq "no figures without --stats" "" "$ERR"
akg eval --stats --gold "$AKG_SOURCE_DIR/tests/seeds.tsv" --ontology "$ONTOLOGY" "$CORPUS"
expect_rc 2
check_contains "eval refuses --stats" "eval does not take --stats" "$ERR"
akg --help
check_contains "--help names --stats" "--stats" "$OUT"
check_contains "--help lists graph.nq" "nq        graph.nq" "$OUT"
ok "--stats only where asked, and only for build and merge; --help names it"

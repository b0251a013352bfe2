#!/usr/bin/env bash
# test_bench_smoke: the benchmark does not rot. actorkg-gen makes the same
# corpus for the same seed (and another for another seed), its relation
# sentences give events, and bench/run.sh runs end to end on a 100 KB
# corpus and a 30-actor diagram, printing every section of its report.
# No figure is checked (timed tests are not allowed): only that each is
# there.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
require_tools awk cmp diff find wc
GEN="${AKG_BUILD_DIR:?}/actorkg-gen"
[[ -x "$GEN" ]] || fail "$GEN is not built"

gen() { run "$GEN" --ontology "$ONTOLOGY" --templates "$AKG_SOURCE_DIR/bench/templates.txt" "$@"; }
gen --bytes 100K --seed 7 "$tmp/a"
expect_rc 0
gen --bytes 100K --seed 7 "$tmp/b"
gen --bytes 100K --seed 8 "$tmp/c"
diff -r "$tmp/a" "$tmp/b" >/dev/null || fail "the same seed gave two corpora"
diff -r "$tmp/a" "$tmp/c" >/dev/null && fail "two seeds gave the same corpus"
bytes="$(awk '$1 == "bytes" { print $2 }' "$tmp/a/MANIFEST")"
on_disk="$(find "$tmp/a/corpus" -type f -print0 | wc -c --files0-from=- | tail -1 | awk '{ print $1 }')"
check_eq "MANIFEST bytes are the corpus's" "$on_disk" "$bytes"
[[ "$bytes" -ge 102400 ]] || fail "asked 100K, got $bytes bytes"
ok "actorkg-gen: reproducible for a seed, the size asked"

# Each relation sentence of the templates states one fact.
relations="$(awk '$1 == "relation-sentences" { print $2 }' "$tmp/a/MANIFEST")"
akg build -o "$tmp/out" --ontology "$ONTOLOGY" "$tmp/a/corpus"
expect_rc 0
events="$(sed -n 's/.* \([0-9][0-9]*\) events.*/\1/p' <<<"$ERR")"
awk -v e="$events" -v r="$relations" 'BEGIN { exit !(r > 5 && e >= 0.9 * r && e <= r) }' ||
  fail "$relations relation sentences gave $events events"
ok "$relations relation sentences, $events events"

gen --synthetic-actors 30 --relations 300 "$tmp/syn"
expect_rc 0
akg build -o "$tmp/syn-out" --ontology "$tmp/syn/ontology" "$tmp/syn/corpus"
expect_rc 0
check_contains "every made-up actor in the graph" " 30 actors" "$ERR"
ok "actorkg-gen --synthetic-actors: a lexicon whose actors all take part"

run bash "$AKG_SOURCE_DIR/bench/run.sh" --sizes 100K --runs 1 --bin "$AKG_BUILD_DIR" \
  --diagram 30 300 --data "$tmp/bench" -o "$tmp/report.md"
expect_rc 0
report="$(cat "$tmp/report.md")"
for section in '# actorkg benchmark' '| machine |' '## Corpora' '## Whole process' \
  '## Per stage' '### 100K, -j1' '## Threads' '## RDF writers against serdi' \
  '## Diagram' '## Targets' 'Load average after'; do
  check_contains "report section '$section'" "$section" "$report"
done
threads="$(awk '/^## Threads/ { p = 1; next } /^## / { p = 0 } p' <<<"$report")"
check_contains "-j1 and -j2 compared, their outputs identical" "| yes |" \
  "$(grep '^| 100K | ' <<<"$threads")"
for stage in 'read (1 thread)' 'extract (1 thread)' 'graph.ttl (Turtle)' 'graph.svg (SVG, layout+render)'; do
  check_contains "per-stage line '$stage'" "$stage" "$report"
done
check_contains "SVG target row" "30-actor SVG < 2 s" "$report"
ok "bench/run.sh: every section of the report"

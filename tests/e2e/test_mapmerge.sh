#!/usr/bin/env bash
# test_mapmerge: `actorkg merge` of the records that `actorkg extract`
# writes gives byte for byte the files `actorkg build` writes for the
# same articles, for any split into streams and any order of streams and
# of lines: on the seed corpus (1+4, 2+3, one file per stream, reversed,
# all lines shuffled), and on a generated corpus with bad inputs and an
# identifier given by three articles in different streams. Records are
# valid N-Quads (rapper), a record given twice counts once, and a bad
# record is named by file and line.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=generated_corpus.sh
. "$(dirname "$0")/generated_corpus.sh"
require_tools cmp rapper shuf split

FILES=("${OUTPUT_FILES[@]}")
export ACTORKG_ONTOLOGY="$ONTOLOGY"

# A fixed byte stream for shuf, so the shuffles are the same on every run.
random_source() { yes actorkg | head -c 100000; }

same_outputs() { # same_outputs BUILD_DIR MERGE_DIR WHAT
  local f
  for f in "${FILES[@]}"; do
    cmp "$1/$f" "$2/$f" || fail "$3: $f differs from build's"
  done
}

# merge_and_compare WHAT EXPECTED_RC BUILD_DIR STREAM...: merges the streams
# and compares the output files with build's.
merges=0
merge_and_compare() {
  local what="$1" rc="$2" build_dir="$3"
  shift 3
  merges=$((merges + 1))
  akg merge -q -o "$tmp/merged$merges" "$@"
  expect_rc "$rc"
  same_outputs "$build_dir" "$tmp/merged$merges" "$what"
  echo "  same bytes: $what"
}

# ---------------------------------------------------------------- seed corpus
build_corpus "$tmp/build" -q
mapfile -t seeds < <(find "$CORPUS" -type f | LC_ALL=C sort)
mkdir -p "$tmp/seed"
for i in "${!seeds[@]}"; do
  akg extract -q "${seeds[$i]}"
  expect_rc 0
  check_eq "one record for ${seeds[$i]}" 1 "$(wc -l <"$tmp/run.out")"
  cp "$tmp/run.out" "$tmp/seed/$i.nq"
done
check_eq "the seed records are N-Quads: 5 statements" 5 \
  "$(cat "$tmp"/seed/*.nq >"$tmp/seed-all.nq" && rapper_count nquads "$tmp/seed-all.nq")"
S=("$tmp"/seed/{0,1,2,3,4}.nq)
cat "${S[0]}" >"$tmp/seed-1.nq"
cat "${S[@]:1}" >"$tmp/seed-4.nq"
cat "${S[@]:0:2}" >"$tmp/seed-2.nq"
cat "${S[@]:2}" >"$tmp/seed-3.nq"
shuf --random-source=<(random_source) "$tmp/seed-all.nq" >"$tmp/seed-shuffled.nq"
merge_and_compare "seed, 1+4" 0 "$tmp/build" "$tmp/seed-1.nq" "$tmp/seed-4.nq"
merge_and_compare "seed, 4+1" 0 "$tmp/build" "$tmp/seed-4.nq" "$tmp/seed-1.nq"
merge_and_compare "seed, 2+3" 0 "$tmp/build" "$tmp/seed-2.nq" "$tmp/seed-3.nq"
merge_and_compare "seed, one file per stream" 0 "$tmp/build" "${S[@]}"
merge_and_compare "seed, one file per stream, reversed" 0 "$tmp/build" \
  "${S[4]}" "${S[3]}" "${S[2]}" "${S[1]}" "${S[0]}"
merge_and_compare "seed, all lines shuffled, on standard input" 0 "$tmp/build" \
  - <"$tmp/seed-shuffled.nq"
merge_and_compare "seed, standard input by default" 0 "$tmp/build" <"$tmp/seed-shuffled.nq"
merge_and_compare "seed, every stream twice" 0 "$tmp/build" "$tmp/seed-2.nq" \
  "$tmp/seed-3.nq" "$tmp/seed-all.nq"
akg extract -q --format ntriples "$CORPUS"
expect_rc 0
check_eq "N-Triples records parse: 5 triples" 5 "$(rapper_count ntriples "$tmp/run.out")"
cp "$tmp/run.out" "$tmp/seed.nt"
merge_and_compare "seed, N-Triples records" 0 "$tmp/build" "$tmp/seed.nt"
ok "seed corpus: merge(extract) == build, $merges ways"

# The other --base applies to the output of merge, as to build's.
akg build -q --base http://example.org/kg -o "$tmp/build-base" "$CORPUS"
merge_and_compare "seed, --base" 0 "$tmp/build-base" --base http://example.org/kg \
  "$tmp/seed-all.nq"
ok "merge --base"

# ---------------------------------------------------------------- other formats
# HTML pages, RSS and Atom feeds (several articles per file) and PETRARCH
# records, and an article on standard input.
FIXTURES="$AKG_SOURCE_DIR/tests/fixtures/inputs"
akg build -q -o "$tmp/fbuild" "$FIXTURES" - <"${seeds[0]}"
expect_rc 0
mkdir -p "$tmp/fparts"
for f in "$FIXTURES"/*; do
  akg extract -q "$f"
  expect_rc 0
  cp "$tmp/run.out" "$tmp/fparts/$(basename "$f").nq"
done
akg extract -q - <"${seeds[0]}"
expect_rc 0
cp "$tmp/run.out" "$tmp/fparts/stdin.nq"
cat "$tmp"/fparts/*.nq | shuf --random-source=<(random_source) >"$tmp/fixtures.nq"
[[ "$(wc -l <"$tmp/fixtures.nq")" -gt "$(find "$FIXTURES" -type f | wc -l)" ]] ||
  fail "feeds should give several records per file"
merge_and_compare "reader fixtures and standard input, shuffled" 0 "$tmp/fbuild" \
  "$tmp/fixtures.nq"
ok "HTML, feeds, PETRARCH and standard input: merge(extract) == build"

# ---------------------------------------------------------------- generated corpus
generate_corpus "$tmp/gen" 15
akg build -q --max-file-size 40K -o "$tmp/gbuild" "$CORPUS" "$tmp/gen"
expect_rc 3
# The articles left out for a shared identifier, one a line.
left_out() { sed -n 's/^actorkg: \(.*\): error: article identifier .*/\1/p' "$1" | sort; }
left_out "$tmp/run.err" >"$tmp/build-clashes"

# Extract in parts from a shuffled list of files, as a map job would.
find "$CORPUS" "$tmp/gen" -type f | shuf --random-source=<(random_source) >"$tmp/files"
n_files="$(wc -l <"$tmp/files")"
split -n l/4 -d "$tmp/files" "$tmp/list."
mkdir -p "$tmp/parts"
for list in "$tmp"/list.*; do
  akg extract -q -j 2 --max-file-size 40K --files-from "$list"
  [[ "$RC" == 0 || "$RC" == 3 ]] || fail "extract of $list: exit $RC"
  cp "$tmp/run.out" "$tmp/parts/$(basename "$list").nq"
done
P=("$tmp"/parts/*.nq)
n_records="$(cat "${P[@]}" | wc -l)"
check_eq "one record per readable article" "$((n_files - 4))" "$n_records"
cat "${P[@]}" >"$tmp/all.nq"
check_eq "the records are N-Quads" "$n_records" "$(rapper_count nquads "$tmp/all.nq")"
shuf --random-source=<(random_source) "$tmp/all.nq" >"$tmp/all-shuffled.nq"
split -n l/3 -d "$tmp/all-shuffled.nq" "$tmp/shuffled."

merge_and_compare "generated, 4 parts" 3 "$tmp/gbuild" "${P[@]}"
left_out "$tmp/run.err" >"$tmp/merge-clashes"
merge_and_compare "generated, 4 parts reversed" 3 "$tmp/gbuild" \
  "${P[3]}" "${P[2]}" "${P[1]}" "${P[0]}"
merge_and_compare "generated, shuffled lines in 3 streams" 3 "$tmp/gbuild" "$tmp"/shuffled.*
merge_and_compare "generated, all shuffled on standard input" 3 "$tmp/gbuild" \
  - <"$tmp/all-shuffled.nq"
# One record per stream: each article alone.
mkdir -p "$tmp/singles"
split -l 1 -a 4 -d "$tmp/all-shuffled.nq" "$tmp/singles/r."
merge_and_compare "generated, one record per stream" 3 "$tmp/gbuild" "$tmp"/singles/r.*
ok "generated corpus ($n_records records): merge(extract) == build, 5 more ways"

# The identifier given by three articles: build and merge keep the same one
# and name the same two as left out.
check_eq "build and merge leave out the same articles" \
  "$(cat "$tmp/build-clashes")" "$(cat "$tmp/merge-clashes")"
check_eq "two articles left out" 2 "$(wc -l <"$tmp/merge-clashes")"
ok "shared identifier resolved as build resolves it"

# ---------------------------------------------------------------- silent articles
# By default the graph describes the articles behind its events; with
# --all-articles, every article read. merge follows build either way.
mkdir -p "$tmp/silent"
printf 'Title: Rain in Tokyo\nDate: 2021-07-01\n\nIt rained in Tokyo and Seoul.\n' \
  >"$tmp/silent/weather.txt"
articles_in() { grep -c '#type> <https://schema.org/NewsArticle> \.$' "$1/graph.nt"; }
events_in() { grep -c '#type> <https://w3id.org/actorkg/ns#Event> \.$' "$1/graph.nt"; }
akg build -q -o "$tmp/sbuild" "$CORPUS" "$tmp/silent"
expect_rc 0
check_eq "default: the five seed articles, not the silent one" 5 "$(articles_in "$tmp/sbuild")"
akg build -o "$tmp/sbuild2" "$CORPUS" "$tmp/silent"
check_contains "the summary counts both" "6 articles read, 0 skipped, " "$ERR"
check_contains "... and the five in the graph" " 5 articles in the graph, " "$ERR"
akg build -q --all-articles -o "$tmp/sbuild-all" "$CORPUS" "$tmp/silent"
expect_rc 0
check_eq "--all-articles: all six" 6 "$(articles_in "$tmp/sbuild-all")"
check_contains "... the silent one with its title" "Rain in Tokyo" "$(cat "$tmp/sbuild-all/graph.ttl")"
check_eq "--all-articles: the same events" "$(events_in "$tmp/sbuild")" "$(events_in "$tmp/sbuild-all")"
akg extract -q "$tmp/silent"
expect_rc 0
cp "$tmp/run.out" "$tmp/silent.nq"
merge_and_compare "seed and a silent article" 0 "$tmp/sbuild" "$tmp/seed-all.nq" "$tmp/silent.nq"
merge_and_compare "seed and a silent article, --all-articles" 0 "$tmp/sbuild-all" \
  --all-articles "$tmp/silent.nq" "$tmp/seed-all.nq"
ok "an article that states no relation is described only with --all-articles"

# ---------------------------------------------------------------- bad records
{
  head -n 2 "$tmp/seed-all.nq"
  echo '# a comment line is fine'
  echo '<http://example.org/a> <http://example.org/p> "not a record" .'
  tail -n 3 "$tmp/seed-all.nq"
  head -n 1 "$tmp/seed-all.nq" | sed 's/Japan/Japon/'
} >"$tmp/bad.nq"
akg merge -q -o "$tmp/merged-bad" "$tmp/bad.nq"
expect_rc 3
check_contains "a foreign statement is named by file and line" \
  "$tmp/bad.nq:4: error: column" "$ERR"
check_contains "... with the reason" "not an actorkg record" "$ERR"
check_contains "an edited record is named by file and line" "$tmp/bad.nq:8: error:" "$ERR"
check_contains "... with the reason" "does not fit the record's content" "$ERR"
same_outputs "$tmp/build" "$tmp/merged-bad" "bad lines skipped"
ok "bad records named (file:line), skipped, exit 3"

akg merge --strict -q -o "$tmp/merged-strict" "$tmp/bad.nq"
expect_rc 1
[[ ! -e "$tmp/merged-strict" ]] || fail "--strict: outputs written after a bad record"
akg merge -q -o "$tmp/merged-missing" "$tmp/no-such.nq" "$tmp/seed-all.nq"
expect_rc 3
check_contains "a missing record file is named" "$tmp/no-such.nq: error: cannot open" "$ERR"
same_outputs "$tmp/build" "$tmp/merged-missing" "missing stream skipped"
ok "merge --strict stops at a bad record; a missing stream is skipped"

# Records made with one lexicon do not merge with another that lacks
# their actors: each such record is named.
mkdir -p "$tmp/onto"
cp "$ONTOLOGY/relations.ttl" "$tmp/onto/"
cat >"$tmp/onto/actors.ttl" <<'TTL'
@prefix akg: <https://w3id.org/actorkg/ns#> .
@prefix actor: <https://w3id.org/actorkg/id/actor/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
actor:CHN a akg:Country ; rdfs:label "China"@en .
TTL
akg merge -q --ontology "$tmp/onto" -o "$tmp/merged-onto" "$tmp/seed-all.nq"
expect_rc 3
check_contains "an unknown actor is named" \
  "$tmp/seed-all.nq:1: error: actor \"" "$ERR"
check_contains "... as missing from the lexicon" "is not in the lexicon" "$ERR"
ok "records with actors the lexicon lacks are named"

akg --help
check_contains "--help: extract" "actorkg extract [OPTIONS] [PATH ...]" "$OUT"
check_contains "--help: merge" "actorkg merge [OPTIONS] [RECORDS ...]" "$OUT"
akg extract --output "$tmp/x" "$CORPUS"
expect_rc 2
check_contains "extract takes no -o" "extract does not take --output" "$ERR"
akg extract --format turtle "$CORPUS"
expect_rc 2
check_contains "bad --format named" "turtle" "$ERR"
ok "--help documents extract and merge; their options are checked"

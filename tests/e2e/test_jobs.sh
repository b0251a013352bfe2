#!/usr/bin/env bash
# test_jobs: -j N gives the same bytes for every N: the output files,
# the diagnostics on stderr (in input order), eval's report and extract's
# records; on the seed corpus plus a generated one with bad inputs and
# repeated identifiers. Also: which of two articles with one identifier is
# kept does not depend on the order of the inputs.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source-path=SCRIPTDIR source=generated_corpus.sh
. "$(dirname "$0")/generated_corpus.sh"
require_tools cmp

FILES=("${OUTPUT_FILES[@]}")
generate_corpus "$tmp/gen" 12
INPUTS=("$CORPUS" "$tmp/gen")

# same_outputs A B WHAT: the output files of folders A and B are identical.
same_outputs() {
  local f
  for f in "${FILES[@]}"; do
    cmp "$1/$f" "$2/$f" || fail "$3: $f differs"
  done
}

for j in 1 2 7; do
  akg build -q -j "$j" --max-file-size 40K --ontology "$ONTOLOGY" -o "$tmp/out$j" "${INPUTS[@]}"
  expect_rc 3
  cp "$tmp/run.err" "$tmp/err$j"
done
# The skipped inputs are named, in listing order, and the identifier clash
# twice (dup1/ and dup2/ against corpus/).
for bad in a/empty.txt b/binary.txt b/c/latin1.txt b/large.txt; do
  check_contains "-j1: $bad reported" "$tmp/gen/$bad" "$(cat "$tmp/err1")"
done
check_eq "-j1: two articles left out for a shared identifier" 2 \
  "$(grep -c "article identifier \"$SEED_DUP\" is also used by" "$tmp/err1")"
check_eq "-j1: diagnostics in listing order" \
  "$tmp/gen/a/empty.txt $tmp/gen/b/binary.txt $tmp/gen/b/c/latin1.txt $tmp/gen/b/large.txt" \
  "$(grep -oE "$tmp/gen/(a/empty|b/binary|b/c/latin1|b/large)\.txt" "$tmp/err1" | tr '\n' ' ' | sed 's/ $//')"
for j in 2 7; do
  same_outputs "$tmp/out1" "$tmp/out$j" "build -j1 vs -j$j"
  cmp "$tmp/err1" "$tmp/err$j" || fail "stderr of -j1 and -j$j differ: $(diff "$tmp/err1" "$tmp/err$j")"
done
n_articles="$(grep -c 'a schema:NewsArticle' "$tmp/out1/graph.ttl" || true)"
[[ "$n_articles" -ge 60 ]] || fail "only $n_articles articles in the generated graph"
ok "build -j1, -j2, -j7: same output files and same stderr ($n_articles articles)"

# The default (one thread per processor) gives the same too.
akg build -q --max-file-size 40K --ontology "$ONTOLOGY" -o "$tmp/outd" "${INPUTS[@]}"
expect_rc 3
same_outputs "$tmp/out1" "$tmp/outd" "build -j1 vs default -j"
cmp "$tmp/err1" "$tmp/run.err" || fail "stderr of -j1 and the default -j differ"
ok "build with the default -j: same files and stderr"

# Order-independent identifiers: the inputs the other way round keep the
# same article for the shared identifier, so the files are the same.
akg build -q -j 2 --max-file-size 40K --ontology "$ONTOLOGY" -o "$tmp/outr" "$tmp/gen" "$CORPUS"
expect_rc 3
same_outputs "$tmp/out1" "$tmp/outr" "inputs in reverse order"
ok "build with the inputs in reverse order: same files"

# eval's report and extract's records.
for j in 1 3; do
  akg eval -q -j "$j" --gold "$AKG_SOURCE_DIR/tests/seeds.tsv" --ontology "$ONTOLOGY" "${INPUTS[@]}"
  cp "$tmp/run.out" "$tmp/eval$j"
  akg extract -q -j "$j" --ontology "$ONTOLOGY" "${INPUTS[@]}"
  expect_rc 3
  cp "$tmp/run.out" "$tmp/records$j"
  cp "$tmp/run.err" "$tmp/extract-err$j"
done
[[ -s "$tmp/eval1" ]] || fail "eval printed nothing"
cmp "$tmp/eval1" "$tmp/eval3" || fail "eval -j1 and -j3 differ"
cmp "$tmp/records1" "$tmp/records3" || fail "extract -j1 and -j3 differ"
cmp "$tmp/extract-err1" "$tmp/extract-err3" || fail "extract -j1 and -j3: stderr differs"
ok "eval and extract: -j1 and -j3 give the same bytes"

# Bad values of -j are refused; merge takes no -j.
for bad in 0 -1 x 2000; do
  akg build -j "$bad" "$CORPUS"
  expect_rc 2
  check_contains "-j $bad refused" "--jobs" "$ERR"
done
akg merge -j 2 /dev/null
expect_rc 2
check_contains "merge -j refused" "merge does not take --jobs" "$ERR"
ok "bad -j values refused"

akg --help
check_contains "--help documents -j" "-j, --jobs N" "$OUT"
check_contains "--help documents --files-from" "--files-from FILE" "$OUT"
ok "--help documents -j and --files-from"

# Standard input cannot be both the list of paths and an article.
akg extract --files-from - - </dev/null
expect_rc 2
check_contains "--files-from - with the path -" "cannot both read standard input" "$ERR"
# --files-from adds to the paths given; empty lines are skipped.
printf '%s\n\n%s\n' "$CORPUS/000_3851dfb9e86f56df.txt" "$CORPUS/003_55838ce8ae7e30bf.txt" >"$tmp/list"
akg extract -q --files-from "$tmp/list" "$CORPUS/001_93ae5d72f34d4644.txt"
expect_rc 0
check_eq "--files-from: records of the listed files and the given one" \
  "001_93ae5d72f34d4644 000_3851dfb9e86f56df 003_55838ce8ae7e30bf" \
  "$(sed 's|^<[^>]*/article/\([^>]*\)>.*|\1|' "$tmp/run.out" | tr '\n' ' ' | sed 's/ $//')"
akg extract -q --files-from "$tmp/no-such-list"
expect_rc 1
check_contains "a missing list is named" "$tmp/no-such-list" "$ERR"
ok "--files-from"

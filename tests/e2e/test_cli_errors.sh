#!/usr/bin/env bash
# test_cli_errors: the command line and the exit statuses of --help:
#   0 success; 1 the run failed (outputs left as they were); 2 bad command
#   line; 3 outputs written but some inputs were skipped (each named on
#   stderr); 4 eval targets not met.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
require_tools rapper roqet

FILES=("${OUTPUT_FILES[@]}")
GOLD="$AKG_SOURCE_DIR/tests/seeds.tsv"
export ACTORKG_ONTOLOGY="$ONTOLOGY"   # the default of --ontology

# article identifiers in a graph.ttl, one a line, sorted
articles_of() {
  sparql "$1" "${SPARQL_PREFIXES}
SELECT ?id WHERE { ?a a schema:NewsArticle ; dcterms:identifier ?id } ORDER BY ?id"
}
corpus_files="$(list_dir "$CORPUS")"

# all outputs present and parseable
check_outputs() {
  local f
  for f in "${FILES[@]}"; do check_file "$1/$f"; done
  rapper_count turtle "$1/graph.ttl" >/dev/null
}

# ---------------------------------------------------------------- help, version
akg --help
expect_rc 0
check_contains "--help: usage" "Usage: actorkg build" "$OUT"
check_contains "--help: exit statuses" "Exit status" "$OUT"
for status in "0 success" "1 the run failed" "2 bad command" "3 outputs written" "4 eval targets"; do
  check_contains "--help: exit status '$status'" "$status" "$(tr '\n' ' ' <<<"$OUT" | tr -s ' ')"
done
check_eq "--help: nothing on stderr" "" "$ERR"
akg -h
expect_rc 0
check_contains "-h prints the help" "Exit status" "$OUT"
ok "--help"

version="$(sed -n 's/^project(actorkg VERSION \([0-9.]*\).*/\1/p' "$AKG_SOURCE_DIR/CMakeLists.txt")"
[[ -n "$version" ]] || fail "no project version in CMakeLists.txt"
for opt in --version -V; do
  akg "$opt"
  expect_rc 0
  check_eq "$opt" "actorkg $version" "$OUT"
done
ok "--version: actorkg $version"

# ---------------------------------------------------------------- bad command lines
akg frobnicate
expect_rc 2
check_contains "unknown command named on stderr" "frobnicate" "$ERR"
check_eq "unknown command: nothing on stdout" "" "$OUT"

akg
expect_rc 2
[[ -n "$ERR" ]] || fail "no command: no message on stderr"

for cmd in build eval; do
  akg "$cmd" --no-such-option -o "$tmp/never" "$CORPUS"
  expect_rc 2
  check_contains "$cmd: unknown option named on stderr" "--no-such-option" "$ERR"
  check_eq "$cmd: unknown option: nothing on stdout" "" "$OUT"
done
[[ ! -e "$tmp/never" ]] || fail "a bad command line created the output folder"

akg build -o
expect_rc 2
akg build --max-file-size lots "$CORPUS"
expect_rc 2
check_contains "bad --max-file-size named" "lots" "$ERR"

akg eval "$CORPUS"
expect_rc 2
check_contains "eval without --gold" "--gold" "$ERR"
akg eval --gold "$GOLD" --min-recall 1.5 "$CORPUS"
expect_rc 2
check_contains "target out of range named" "1.5" "$ERR"
ok "bad command lines exit 2 with a message on stderr"

# ---------------------------------------------------------------- unreadable inputs
# A path that does not exist: named, skipped, the rest still built.
missing="$tmp/no/such/article.txt"
akg build -o "$tmp/out-missing" "$missing" "$CORPUS"
expect_rc 3
check_contains "nonexistent input named on stderr" "$missing" "$ERR"
check_contains "summary counts the skipped input" "5 articles read, 1 skipped" "$ERR"
check_outputs "$tmp/out-missing"
check_eq "articles in the graph despite the missing input" "$corpus_files" \
  "$(articles_of "$tmp/out-missing/graph.ttl")"
ok "nonexistent input: exit 3, named, outputs written"

# An empty file and a file with a NUL byte among good files.
mkdir "$tmp/mixed"
cp "$CORPUS"/* "$tmp/mixed/"
: >"$tmp/mixed/empty.txt"
printf 'Japan accused China of cyberattacks.\n\0\nRussia accused Japan.\n' >"$tmp/mixed/nul.txt"
akg build -o "$tmp/out-mixed" "$tmp/mixed"
expect_rc 3
check_contains "empty file named on stderr" "empty.txt" "$ERR"
check_contains "file with a NUL byte named on stderr" "nul.txt" "$ERR"
check_eq "lines of stderr naming a skipped file" 2 "$(grep -cE 'empty\.txt|nul\.txt' <<<"$ERR")"
check_contains "summary counts both" "5 articles read, 2 skipped" "$ERR"
check_outputs "$tmp/out-mixed"
check_eq "the good articles are in the graph, the bad ones not" "$corpus_files" \
  "$(articles_of "$tmp/out-mixed/graph.ttl")"
check_eq "the good articles' facts are all there" \
  "$(sparql "$tmp/out-missing/graph.ttl" "${SPARQL_PREFIXES}SELECT (COUNT(?e) AS ?n) WHERE { ?e a akg:Event }")" \
  "$(sparql "$tmp/out-mixed/graph.ttl" "${SPARQL_PREFIXES}SELECT (COUNT(?e) AS ?n) WHERE { ?e a akg:Event }")"
ok "empty and binary files: exit 3, each named, good articles still in the graph"

# Two inputs with the same file name: the second is named and left out.
mkdir -p "$tmp/dup/a" "$tmp/dup/b"
cp "$CORPUS/002_16328a1d64ade50c.txt" "$tmp/dup/a/news.txt"
cp "$CORPUS/003_55838ce8ae7e30bf.txt" "$tmp/dup/b/news.txt"
akg build -o "$tmp/out-dup" "$tmp/dup"
expect_rc 3
check_contains "duplicate identifier named" "news.txt" "$ERR"
check_eq "one article per identifier" "news.txt" "$(articles_of "$tmp/out-dup/graph.ttl")"
ok "duplicate article identifiers: exit 3"

# --strict: the first bad input stops the run before anything is written.
akg build --strict -o "$tmp/out-strict" "$tmp/mixed"
expect_rc 1
check_contains "--strict names the first bad file" "empty.txt" "$ERR"
if [[ -d "$tmp/out-strict" ]]; then
  check_eq "--strict: files in the output folder" "" "$(list_dir "$tmp/out-strict")"
fi
# ... and over earlier outputs, leaves them as they were.
before="$(dir_digest "$tmp/out-missing")"
akg build --strict -o "$tmp/out-missing" "$CORPUS" "$missing"
expect_rc 1
check_contains "--strict names the missing input" "$missing" "$ERR"
check_eq "--strict: earlier outputs unchanged" "$before" "$(dir_digest "$tmp/out-missing")"
ok "--strict: exit 1, no output written"

# An output path that is a file, not a folder.
echo "not a folder" >"$tmp/a-file"
akg build -o "$tmp/a-file" "$CORPUS"
expect_rc 1
check_contains "output path that is a file: named" "a-file" "$ERR"
check_eq "the file is left as it was" "not a folder" "$(cat "$tmp/a-file")"
ok "-o FILE: exit 1"

# ---------------------------------------------------------------- ontology
akg build -o "$tmp/out-noont" --ontology "$tmp/no-ontology" "$CORPUS"
expect_rc 1
check_contains "missing ontology: actors.ttl named" "actors.ttl" "$ERR"
[[ ! -e "$tmp/out-noont" ]] || [[ -z "$(list_dir "$tmp/out-noont")" ]] ||
  fail "missing ontology: outputs written: $(list_dir "$tmp/out-noont")"
ok "missing --ontology folder: exit 1, actors.ttl named"

# A broken relations.ttl fails the run before it writes: earlier outputs
# stay byte for byte, and no temporary file is left behind.
mkdir "$tmp/broken-ontology"
cp "$ONTOLOGY"/*.ttl "$tmp/broken-ontology/"
printf '\nrel:broken a akg:RelationTrigger ; akg:signals\n' >>"$tmp/broken-ontology/relations.ttl"
build_corpus "$tmp/out-keep"
before="$(dir_digest "$tmp/out-keep")"
inodes_before="$(cd "$tmp/out-keep" && stat -c '%n %i %Y' "${FILES[@]}")"
akg build -o "$tmp/out-keep" --ontology "$tmp/broken-ontology" "$CORPUS"
expect_rc 1
check_contains "broken ontology: relations.ttl named" "relations.ttl" "$ERR"
check_eq "a failed run leaves the earlier outputs unchanged" "$before" "$(dir_digest "$tmp/out-keep")"
check_eq "no other file in the output folder" "$(printf '%s\n' "${FILES[@]}" | LC_ALL=C sort)" "$(list_dir "$tmp/out-keep")"
check_eq "the failed run replaced no file (inode, mtime)" "$inodes_before" \
  "$(cd "$tmp/out-keep" && stat -c '%n %i %Y' "${FILES[@]}")"
ok "broken relations.ttl: exit 1, earlier outputs byte-identical"

# ---------------------------------------------------------------- gold files
# Line 2 is good, line 3 lacks columns.
printf 'article\tsubject\trelation\tobject\tdate\tstatus\tevidence\n%s\n%s\n' \
  "$(printf '001_93ae5d72f34d4644.txt\tJapan\tACCUSES\tChina\t2021-09-27\trequired\tx')" \
  "$(printf '001_93ae5d72f34d4644.txt\tJapan\tACCUSES')" >"$tmp/bad-gold.tsv"
akg eval --gold "$tmp/bad-gold.tsv" "$CORPUS"
expect_rc 1
check_contains "malformed gold: file and line named" "bad-gold.tsv:3" "$ERR"

# An unknown relation and an impossible date are malformed too.
printf 'article\tsubject\trelation\tobject\tdate\tstatus\tevidence\nx.txt\tJapan\tLOVES\tChina\t\trequired\tx\n' >"$tmp/bad-relation.tsv"
akg eval --gold "$tmp/bad-relation.tsv" "$CORPUS"
expect_rc 1
check_contains "unknown relation: file and line named" "bad-relation.tsv:2" "$ERR"
printf 'article\tsubject\trelation\tobject\tdate\tstatus\tevidence\nx.txt\tJapan\tACCUSES\tChina\t2021-02-30\trequired\tx\n' >"$tmp/bad-date.tsv"
akg eval --gold "$tmp/bad-date.tsv" "$CORPUS"
expect_rc 1
check_contains "impossible date: file and line named" "bad-date.tsv:2" "$ERR"

akg eval --gold "$tmp/no-such-gold.tsv" "$CORPUS"
expect_rc 1
check_contains "missing gold file named" "no-such-gold.tsv" "$ERR"
ok "malformed or missing gold files: exit 1, file and line named"

# Targets not met: exit 4, the report still printed.
akg eval --gold "$GOLD" --min-recall 1.0 "$CORPUS/000_3851dfb9e86f56df.txt"
expect_rc 4
check_contains "report printed when targets are not met" "overall" "$OUT"
ok "eval below target: exit 4"

# lib.sh: shared helpers of the end-to-end tests. Sourced, never run:
#
#   . "$(dirname "$0")/lib.sh"
#
# ctest passes AKG_BIN (the actorkg binary), AKG_SOURCE_DIR (the repository
# root) and AKG_BUILD_DIR. To run a script by hand:
#   AKG_BIN=build-e2e/actorkg AKG_SOURCE_DIR=$PWD bash tests/e2e/test_sparql.sh
#
# Every script gets a scratch folder $tmp, removed on exit (kept, and its
# path printed, with AKG_KEEP_TMP=1).
# shellcheck shell=bash

set -euo pipefail

: "${AKG_SOURCE_DIR:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
if [[ -z "${AKG_BIN:-}" ]]; then
  echo "AKG_BIN is not set: run through ctest, or export AKG_BIN=path/to/actorkg" >&2
  exit 1
fi
if [[ ! -x "$AKG_BIN" ]]; then
  echo "AKG_BIN=$AKG_BIN is not an executable" >&2
  exit 1
fi
CORPUS="$AKG_SOURCE_DIR/corpus"
ONTOLOGY="$AKG_SOURCE_DIR/ontology"
# The IRIs minted by default (data-model.md, "Namespaces").
AKG_NS='https://w3id.org/actorkg/ns#'
# Every file build and merge write by default (README, "make run"); tests
# that compare or protect outputs loop over these.
OUTPUT_FILES=(graph.ttl graph.nt graph.nq graph.dot graph.svg events.csv graph.graphml ontology.ttl
  index.html)
AKG_ID='https://w3id.org/actorkg/id/'

TEST_NAME="$(basename "$0" .sh)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/akg-e2e.XXXXXX")"
_akg_cleanup() {
  if [[ "${AKG_KEEP_TMP:-0}" == 1 ]]; then
    echo "(kept $tmp)" >&2
  else
    rm -rf "$tmp"
  fi
}
trap _akg_cleanup EXIT

# ------------------------------------------------------------------ failing

fail() {
  echo "FAIL [$TEST_NAME]: $*" >&2
  exit 1
}

# check_eq WHAT EXPECTED ACTUAL: multi-line values are compared as a whole
# and shown as a diff.
check_eq() {
  local what="$1" expected="$2" actual="$3"
  [[ "$expected" == "$actual" ]] && return 0
  {
    echo "FAIL [$TEST_NAME]: $what"
    if [[ "$expected" == *$'\n'* || "$actual" == *$'\n'* ]]; then
      echo "--- expected"
      printf '%s\n' "$expected"
      echo "--- got"
      printf '%s\n' "$actual"
      echo "--- diff (expected -> got)"
      diff <(printf '%s\n' "$expected") <(printf '%s\n' "$actual") || true
    else
      echo "  expected: '$expected'"
      echo "  got:      '$actual'"
    fi
  } >&2
  exit 1
}

# check_contains WHAT NEEDLE HAYSTACK: NEEDLE is a fixed string.
check_contains() {
  local what="$1" needle="$2" haystack="$3"
  [[ "$haystack" == *"$needle"* ]] && return 0
  {
    echo "FAIL [$TEST_NAME]: $what"
    echo "  expected to contain: '$needle'"
    echo "  got:"
    printf '%s\n' "$haystack" | sed 's/^/    | /'
  } >&2
  exit 1
}

check_not_contains() {
  local what="$1" needle="$2" haystack="$3"
  [[ "$haystack" != *"$needle"* ]] && return 0
  {
    echo "FAIL [$TEST_NAME]: $what"
    echo "  expected not to contain: '$needle'"
    echo "  got:"
    printf '%s\n' "$haystack" | sed 's/^/    | /'
  } >&2
  exit 1
}

check_file() {   # check_file PATH: exists, regular, not empty
  [[ -f "$1" ]] || fail "expected file $1 to exist"
  [[ -s "$1" ]] || fail "expected file $1 not to be empty"
}

ok() { echo "ok - $*"; }

require_tools() {
  local t
  for t in "$@"; do
    command -v "$t" >/dev/null 2>&1 || fail "required tool '$t' is not installed"
  done
}

# ------------------------------------------------------------------ running

# run CMD...: runs CMD without stopping the script; sets RC, OUT (stdout)
# and ERR (stderr). A sanitizer report on stderr fails the test whatever the
# exit status (with -fno-sanitize-recover a UBSan error exits 1, which some
# tests expect for other reasons).
run() {
  local rc=0
  "$@" >"$tmp/run.out" 2>"$tmp/run.err" || rc=$?
  RC=$rc
  # shellcheck disable=SC2034 # read by the test scripts
  OUT="$(cat "$tmp/run.out")"
  ERR="$(cat "$tmp/run.err")"
  echo "\$ ${*/#"$AKG_BIN"/actorkg}   -> exit $RC"
  if grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$tmp/run.err"; then
    cat "$tmp/run.err" >&2
    fail "sanitizer report while running: $*"
  fi
}

akg() { run "$AKG_BIN" "$@"; }

# expect_rc N: the last run exited with N (shows its stderr otherwise).
expect_rc() {
  local want="$1"
  [[ "$RC" == "$want" ]] && return 0
  {
    echo "FAIL [$TEST_NAME]: expected exit status $want, got $RC"
    echo "  stderr:"
    printf '%s\n' "$ERR" | sed 's/^/    | /'
  } >&2
  exit 1
}

# build_corpus OUTDIR [ARGS...]: the seed corpus with the source ontology.
build_corpus() {
  local out="$1"
  shift
  akg build -o "$out" --ontology "$ONTOLOGY" "$@" "$CORPUS"
  expect_rc 0
}

# ------------------------------------------------------------------ RDF tools

# rapper_count FORMAT FILE: parses FILE, prints its triple count (from
# rapper's "Parsing returned N triples").
rapper_count() {
  local format="$1" file="$2" rc=0 n
  rapper -i "$format" -c "$file" >"$tmp/rapper.out" 2>"$tmp/rapper.err" || rc=$?
  if [[ $rc != 0 ]] || grep -qE '^rapper: (Error|Warning)' "$tmp/rapper.err"; then
    cat "$tmp/rapper.err" >&2
    fail "rapper -i $format -c $file: exit $rc"
  fi
  n="$(sed -n 's/.*returned \([0-9][0-9]*\) triple.*/\1/p' "$tmp/rapper.err")"
  [[ -n "$n" ]] || fail "no triple count in rapper's output: $(cat "$tmp/rapper.err")"
  echo "$n"
}

# sparql TTL QUERY: runs QUERY with roqet over TTL; prints the CSV rows
# without the header line and without the CRs roqet writes, IRIs of the
# default namespaces shortened (actor:JPN, article:..., event:..., akg:accuses).
# Note: roqet (Rasqal 0.9.33) rejects a '#' comment on the last line of a
# query unless a newline follows it, and supports neither FILTER NOT EXISTS
# nor MINUS: use OPTIONAL + !BOUND.
sparql() {
  local ttl="$1" query="$2" rc=0
  roqet -W 0 -q -r csv -D "$ttl" -e "$query" >"$tmp/roqet.out" 2>"$tmp/roqet.err" || rc=$?
  if [[ $rc != 0 ]]; then
    {
      cat "$tmp/roqet.err"
      echo "query:"
      printf '%s\n' "$query"
    } >&2
    fail "roqet failed (exit $rc)"
  fi
  tr -d '\r' <"$tmp/roqet.out" | sed 1d | shorten
}

shorten() {
  sed -e "s|${AKG_ID}actor/|actor:|g" -e "s|${AKG_ID}article/|article:|g" \
      -e "s|${AKG_ID}event/|event:|g" -e "s|${AKG_NS}|akg:|g"
}

# The prefixes of data-model.md, for queries that do not spell them out.
# shellcheck disable=SC2034 # read by the test scripts
SPARQL_PREFIXES='PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX prov:    <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema:  <https://schema.org/>
PREFIX akg:     <https://w3id.org/actorkg/ns#>
PREFIX actor:   <https://w3id.org/actorkg/id/actor/>
PREFIX article: <https://w3id.org/actorkg/id/article/>
PREFIX event:   <https://w3id.org/actorkg/id/event/>
'

# list_dir DIR: the names in DIR (hidden ones too), sorted, one a line.
list_dir() {
  find "$1" -mindepth 1 -maxdepth 1 -printf '%f\n' | LC_ALL=C sort
}

# sha of every file of a folder, for "left as it was" checks.
dir_digest() {
  (cd "$1" && find . -type f -print0 | sort -z | xargs -0r sha256sum)
}

# eval_floor SET MIN_PRECISION MIN_RECALL MIN_DATE_ACCURACY: scores the
# evaluation set tests/eval/SET (gold.tsv, articles/) and fails below the
# floors; the report is printed for `ctest -V`.
eval_floor() {
  local set="$1" dir="$AKG_SOURCE_DIR/tests/eval/$1"
  check_file "$dir/gold.tsv"
  akg eval --gold "$dir/gold.tsv" --ontology "$ONTOLOGY" --min-precision "$2" \
    --min-recall "$3" --min-date-accuracy "$4" "$dir/articles"
  echo "---- eval report ($set)"
  printf '%s\n' "$OUT"
  echo "----"
  expect_rc 0
  ok "$set: precision >= $2, recall >= $3, date accuracy >= $4"
}

# ------------------------------------------------------------------ the report

# html_valid FILE: libxml2's HTML parser reads FILE without an error, except
# that it knows no SVG (HTML5 inline SVG is "Tag svg invalid" to it).
html_valid() {
  local errors
  xmllint --html --noout "$1" 2>"$tmp/html.err" || fail "xmllint --html rejects $1: $(head -5 "$tmp/html.err")"
  errors="$(grep ' error : ' "$tmp/html.err" |
    grep -vE 'error : Tag (svg|g|a|title|polygon|polyline|path|ellipse|text) invalid$' || true)"
  check_eq "$1: HTML errors (other than SVG tags)" "" "$errors"
  # The inline SVG, cut out, is XML on its own.
  sed -n '/^<svg /,/^<\/svg>$/p' "$1" >"$tmp/inline.svg"
  [[ -s "$tmp/inline.svg" ]] || fail "$1: no inline <svg> element"
  xmllint --noout "$tmp/inline.svg" 2>"$tmp/inline.err" ||
    fail "$1: the inline SVG is not well-formed: $(head -5 "$tmp/inline.err")"
}

# require_chromium: headless Chromium (scripts/install-deps.sh installs it);
# exits 77 (skipped) when it is missing, as only a failed install leaves it.
require_chromium() {
  if ! command -v chromium >/dev/null 2>&1; then
    echo "SKIP [$TEST_NAME]: chromium is not installed (scripts/install-deps.sh installs it; it could not here)"
    exit 77
  fi
}

# chromium_run ARGS...: headless Chromium with a fresh profile and nothing
# that talks to the network; --dump-dom output on stdout, its chatter in
# $tmp/chromium.err.
chromium_run() {
  local profile
  profile="$(mktemp -d "$tmp/chromium.XXXXXX")"
  timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --virtual-time-budget=5000 "$@" 2>"$tmp/chromium.err" ||
    fail "chromium $*: exit $?: $(tail -5 "$tmp/chromium.err")"
}

# dom_rows DOM: the event rows of a dumped report, one a line (texts may
# hold line ends, and the script moves rows without theirs when it sorts).
dom_rows() {
  tr '\n' ' ' <"$1" | sed 's|</tr>|</tr>\n|g' | grep -o '<tr data-index="[0-9]*"[^>]*>.*</tr>' || true
}

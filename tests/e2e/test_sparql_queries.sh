#!/usr/bin/env bash
# test_sparql_queries: every query of the README (tests/sparql/NN-name.rq)
# runs over out/graph.ttl of the seed corpus in two SPARQL engines, roqet
# (Rasqal) and Oxigraph (npm package, WebAssembly, installed here into the
# build folder), and both must give the committed answer NN-name.csv; the
# README must show exactly those queries and answers (tests/sparql/readme.sh).
# After a deliberate change of the extraction, tests/sparql/update-expected.sh
# rewrites the answers for review.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=../sparql/common.sh
. "$AKG_SOURCE_DIR/tests/sparql/common.sh"
require_tools roqet
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  fail "node and npm are needed for Oxigraph: sh scripts/install-deps.sh"
fi

mapfile -t queries < <(sparql_queries)
[[ ${#queries[@]} -ge 5 ]] || fail "only ${#queries[@]} queries in tests/sparql"
for csv in "$SPARQL_DIR"/*.csv; do
  [[ -f "${csv%.csv}.rq" ]] || fail "$csv has no query ${csv%.csv}.rq"
done

# ---------------------------------------------------------------- README
"$SPARQL_DIR/readme.sh" --check "$AKG_SOURCE_DIR/README.md" ||
  fail "README.md does not show the queries of tests/sparql"
ok "README.md shows the ${#queries[@]} queries of tests/sparql and their answers"

build_corpus "$tmp/out"
TTL="$tmp/out/graph.ttl"

# ---------------------------------------------------------------- answers
# check_answer ENGINE QUERY GOT_FILE: GOT is the committed answer. When only
# the order differs, says so: an ORDER BY that leaves ties lets two engines
# order rows differently.
check_answer() {
  local engine="$1" query="$2" got="$3" name expected
  name="$(basename "$query" .rq)"
  expected="$SPARQL_DIR/$name.csv"
  [[ -f "$expected" ]] || fail "$name: no expected answer (tests/sparql/update-expected.sh)"
  cmp -s "$expected" "$got" && return 0
  if has_order_by "$query" && cmp -s <(LC_ALL=C sort "$expected") <(LC_ALL=C sort "$got"); then
    echo "($name: same rows in another order: is its ORDER BY total?)" >&2
  fi
  check_eq "$name with $engine" "$(cat "$expected")" "$(cat "$got")"
}

mkdir "$tmp/roqet" "$tmp/oxigraph"
for query in "${queries[@]}"; do
  name="$(basename "$query" .rq)"
  roqet_csv "$TTL" "$query" >"$tmp/roqet/$name.csv" || fail "roqet failed on $name"
  check_answer roqet "$query" "$tmp/roqet/$name.csv"
done
ok "roqet gives the expected answer to all ${#queries[@]} queries"

modules="$(oxigraph_install "${AKG_BUILD_DIR:-$AKG_SOURCE_DIR/build}/npm")" ||
  fail "cannot install the npm package oxigraph@$OXIGRAPH_VERSION"
oxigraph_csv "$modules" "$TTL" "$tmp/oxigraph" "${queries[@]}" || fail "Oxigraph failed"
for query in "${queries[@]}"; do
  check_answer "Oxigraph $OXIGRAPH_VERSION" "$query" "$tmp/oxigraph/$(basename "$query" .rq).csv"
done
ok "Oxigraph $OXIGRAPH_VERSION gives the same answers"

# The answers are not empty by accident: each query finds rows.
for query in "${queries[@]}"; do
  name="$(basename "$query" .rq)"
  [[ "$(wc -l <"$SPARQL_DIR/$name.csv")" -ge 2 ]] || fail "$name: the expected answer has no row"
done
ok "every query has at least one row"

#!/usr/bin/env bash
# update-expected.sh: rewrites the expected answers tests/sparql/NN-name.csv
# from roqet's answers over the graph of the seed corpus, then the README's
# copy of them. For when the extraction has changed on purpose: afterwards,
# read `git diff tests/sparql README.md`, check that every changed row is
# what the articles say, and commit. (tests/e2e/test_sparql_queries.sh then
# also checks that Oxigraph gives the same answers.)
#
#   tests/sparql/update-expected.sh [GRAPH.ttl]
#
# Without GRAPH.ttl, builds corpus/ with $AKG_BIN (default: build/actorkg)
# and the repository's ontology/ into a scratch folder.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$(dirname "$0")/common.sh"
root="$(cd "$SPARQL_DIR/../.." && pwd)"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/akg-expected.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
graph="${1:-}"
if [[ -z "$graph" ]]; then
  bin="${AKG_BIN:-$root/build/actorkg}"
  [[ -x "$bin" ]] || { echo "update-expected.sh: no $bin: build first, or set AKG_BIN" >&2; exit 1; }
  "$bin" build -q -o "$tmp/out" --ontology "$root/ontology" "$root/corpus"
  graph="$tmp/out/graph.ttl"
fi

changed=0
while IFS= read -r query; do
  name="$(basename "$query" .rq)"
  roqet_csv "$graph" "$query" >"$tmp/$name.csv"
  if ! cmp -s "$tmp/$name.csv" "$SPARQL_DIR/$name.csv" 2>/dev/null; then
    cp "$tmp/$name.csv" "$SPARQL_DIR/$name.csv"
    echo "updated tests/sparql/$name.csv"
    changed=$((changed + 1))
  fi
done < <(sparql_queries)
echo "$changed expected answer(s) changed"
"$SPARQL_DIR/readme.sh" --write "$root/README.md"

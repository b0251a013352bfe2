#!/usr/bin/env bash
# readme.sh: the README's list of queries is made from tests/sparql, so the
# README shows exactly the queries the tests run, with the answers the tests
# expect. Between the lines
#   <!-- BEGIN tests/sparql ... -->  and  <!-- END tests/sparql -->
# each NN-name.rq appears as: its first line (a "# " comment) as the caption,
# the rest of the file verbatim in a sparql block, then NN-name.csv.
#
#   tests/sparql/readme.sh [--check] [README]   exit 1, with a diff, if the README differs
#   tests/sparql/readme.sh --write [README]     rewrite that part of the README
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$(dirname "$0")/common.sh"

mode=--check
case "${1:-}" in
  --check | --write) mode="$1"; shift ;;
  -*) echo "usage: $0 [--check|--write] [README]" >&2; exit 2 ;;
esac
readme="${1:-$(cd "$SPARQL_DIR/../.." && pwd)/README.md}"
begin='<!-- BEGIN tests/sparql'
end='<!-- END tests/sparql -->'

# The generated part, markers included.
generate() {
  local query name title n=0
  echo "$begin: made by tests/sparql/readme.sh --write from the .rq and .csv files; edit those -->"
  while IFS= read -r query; do
    n=$((n + 1))
    name="$(basename "$query" .rq)"
    title="$(sed -n '1s/^# *//p' "$query")"
    if [[ -z "$title" || "$(head -c 2 "$query")" != "# " ]]; then
      echo "readme.sh: $query: the first line must be a '# ' comment, the caption" >&2
      return 1
    fi
    [[ -f "$SPARQL_DIR/$name.csv" ]] || {
      echo "readme.sh: $query has no expected answer $name.csv (tests/sparql/update-expected.sh)" >&2
      return 1
    }
    echo
    echo "**$n. $title** (\`tests/sparql/$name.rq\`):"
    echo
    echo '```sparql'
    sed 1d "$query"
    echo '```'
    echo '```'
    cat "$SPARQL_DIR/$name.csv"
    echo '```'
  done < <(sparql_queries)
  echo
  echo "$end"
}

[[ -f "$readme" ]] || { echo "readme.sh: $readme: no such file" >&2; exit 1; }
n_begin="$(grep -c -F -- "$begin" "$readme" || true)"
n_end="$(grep -c -x -F -- "$end" "$readme" || true)"
if [[ "$n_begin" != 1 || "$n_end" != 1 ]]; then
  echo "readme.sh: $readme: needs one '$begin ... -->' line and one '$end' line" >&2
  exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/akg-readme.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
generate >"$tmp/part"
# The README with its generated part replaced.
awk -v begin="$begin" -v end="$end" -v part="$tmp/part" '
  index($0, begin) == 1 { while ((getline line < part) > 0) print line; skip = 1; next }
  skip && $0 == end { skip = 0; next }
  !skip { print }
' "$readme" >"$tmp/readme"

if [[ "$mode" == --write ]]; then
  if cmp -s "$readme" "$tmp/readme"; then
    echo "readme.sh: $readme is up to date"
  else
    cat "$tmp/readme" >"$readme"
    echo "readme.sh: rewrote the queries of $readme"
  fi
elif ! cmp -s "$readme" "$tmp/readme"; then
  {
    echo "readme.sh: the queries in $readme are not those of tests/sparql:"
    diff -u --label "$readme" --label "from tests/sparql" "$readme" "$tmp/readme" || true
    echo "readme.sh: edit tests/sparql/*.rq, never the README's copy, then run tests/sparql/readme.sh --write"
  } >&2
  exit 1
fi

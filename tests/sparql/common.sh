# common.sh: what the scripts of tests/sparql share (sourced, never run):
# running a query with roqet or Oxigraph, and the one canonical CSV form
# that both answers and the expected .csv files are compared in.
#
# The canonical form is the SPARQL 1.1 CSV results format as both engines
# write it (IRIs bare, literals as their lexical form without language tag
# or datatype, unbound as empty, fields with a comma, quote or line break
# quoted), with LF line ends and a final newline; blank node labels, which
# each engine makes up, become "_:b"; and, for a query without ORDER BY,
# the rows after the header sorted (LC_ALL=C), so the row order an engine
# happens to give does not matter.
# shellcheck shell=bash

SPARQL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# The npm package, pinned so that a new release cannot change answers.
OXIGRAPH_VERSION=0.5.11

# sparql_queries: the query files, in order, one a line.
sparql_queries() {
  find "$SPARQL_DIR" -maxdepth 1 -name '[0-9][0-9]-*.rq' -printf '%p\n' | LC_ALL=C sort
}

# has_order_by QUERY_FILE: true when the query (comments aside) sorts its
# rows, so that their order is part of the answer.
has_order_by() {
  sed 's/#.*//' "$1" | tr '\n' ' ' | grep -qiE '(^|[^[:alnum:]_])ORDER[[:space:]]+BY([^[:alnum:]_]|$)'
}

# canon_csv QUERY_FILE < RAW_CSV > CANONICAL_CSV
canon_csv() {
  local query="$1" text
  text="$(tr -d '\r' | sed -E 's/(^|,)_:[^,]*/\1_:b/g')"
  if has_order_by "$query"; then
    printf '%s\n' "$text"
  else
    printf '%s\n' "$text" | sed -n 1p
    printf '%s\n' "$text" | sed 1d | LC_ALL=C sort
  fi
}

# roqet_csv GRAPH QUERY_FILE: the canonical answer of roqet (Rasqal).
# Without -W 0, roqet exits 2 on the warnings every aggregate raises.
roqet_csv() {
  local graph="$1" query="$2" raw
  raw="$(roqet -W 0 -q -r csv -D "$graph" -e "$(cat "$query")")" || {
    echo "roqet failed on $query" >&2
    return 1
  }
  canon_csv "$query" <<<"$raw"
}

# oxigraph_install DIR: the pinned oxigraph package in DIR/node_modules,
# installed with npm unless it is there already. Prints DIR/node_modules.
oxigraph_install() {
  local dir="$1" have=""
  if [[ -f "$dir/node_modules/oxigraph/package.json" ]]; then
    have="$(node -p 'require(process.argv[1]).version' "$dir/node_modules/oxigraph/package.json")"
  fi
  if [[ "$have" != "$OXIGRAPH_VERSION" ]]; then
    mkdir -p "$dir"
    echo "installing oxigraph@$OXIGRAPH_VERSION into $dir (npm)" >&2
    # Its own cache: CI's HOME may be missing or read-only.
    npm install --prefix "$dir" --cache "$dir/cache" --no-save --no-package-lock \
      --no-audit --no-fund --loglevel=error "oxigraph@$OXIGRAPH_VERSION" >&2 || {
      echo "npm could not install oxigraph@$OXIGRAPH_VERSION into $dir" >&2
      return 1
    }
  fi
  printf '%s\n' "$dir/node_modules"
}

# oxigraph_csv NODE_MODULES GRAPH OUTDIR QUERY_FILE...: loads GRAPH into one
# Oxigraph store and writes each query's canonical answer to OUTDIR/NAME.csv.
oxigraph_csv() {
  local modules="$1" graph="$2" outdir="$3" query name
  shift 3
  NODE_PATH="$modules" node "$SPARQL_DIR/oxigraph.js" "$graph" "$outdir" "$@" || return 1
  for query in "$@"; do
    name="$(basename "$query" .rq)"
    canon_csv "$query" <"$outdir/$name.csv" >"$outdir/$name.canon" || return 1
    mv "$outdir/$name.canon" "$outdir/$name.csv"
  done
}

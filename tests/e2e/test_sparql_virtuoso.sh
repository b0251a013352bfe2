#!/usr/bin/env bash
# test_sparql_virtuoso: the README's queries (tests/sparql/*.rq) against
# Virtuoso, a triple store users run: a private server on 127.0.0.1 with its
# database in the scratch folder, out/graph.ttl loaded with TTLP_MT into a
# named graph as the README says, each query sent to its /sparql endpoint
# and its JSON answer compared with the committed .csv. Optional: skipped
# (exit 77) unless Virtuoso is installed (`apt-get install
# virtuoso-opensource-7-bin`, about 15 MB; scripts/install-deps.sh leaves
# it out).
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
# shellcheck source=../sparql/common.sh
. "$AKG_SOURCE_DIR/tests/sparql/common.sh"
for tool in virtuoso-t isql-vt curl node; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "skip: $tool is not installed (apt-get install virtuoso-opensource-7-bin curl nodejs)"
    exit 77
  fi
done
GRAPH_IRI='https://w3id.org/actorkg/graph'

build_corpus "$tmp/out"
TTL="$tmp/out/graph.ttl"

# ---------------------------------------------------------------- server
server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    isql-vt "127.0.0.1:$sql_port" dba dba exec="shutdown;" >/dev/null 2>&1 || true
    for _ in $(seq 50); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap 'stop_server; _akg_cleanup' EXIT

# isql SQL: runs SQL as dba; fails on an error, whatever isql's status.
isql() {
  isql-vt "127.0.0.1:$sql_port" dba dba exec="$1" >"$tmp/isql.out" 2>&1 || true
  ! grep -q '\*\*\* Error' "$tmp/isql.out"
}

# start_server: a fresh database, on two ports chosen at random (another
# Virtuoso may have the default ones); true once it accepts SQL.
start_server() {
  local db="$tmp/virtuoso.$1"
  sql_port=$((20000 + RANDOM % 20000))
  http_port=$((sql_port + 20000))
  mkdir -p "$db"
  cat >"$db/virtuoso.ini" <<INI
[Database]
DatabaseFile       = $db/virtuoso.db
ErrorLogFile       = $db/virtuoso.log
LockFile           = $db/virtuoso.lck
TransactionFile    = $db/virtuoso.trx
xa_persistent_file = $db/virtuoso.pxa
[TempDatabase]
DatabaseFile    = $db/virtuoso-temp.db
TransactionFile = $db/virtuoso-temp.trx
[Parameters]
ServerPort      = 127.0.0.1:$sql_port
DirsAllowed     = ., $tmp/out
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = $db
INI
  virtuoso-t +foreground +configfile "$db/virtuoso.ini" >"$db/stdout" 2>&1 &
  server_pid=$!
  for _ in $(seq 300); do
    kill -0 "$server_pid" 2>/dev/null || break
    if isql "select 1;"; then return 0; fi
    sleep 0.1
  done
  cat "$db/virtuoso.log" "$db/stdout" >&2 2>/dev/null || true
  stop_server
  return 1
}

started=0
for attempt in 1 2 3; do
  if start_server "$attempt"; then started=1 && break; fi
done
[[ $started == 1 ]] || fail "virtuoso-t did not start (3 tries)"
ok "Virtuoso on 127.0.0.1:$sql_port (SQL) and :$http_port (HTTP)"

isql "DB.DBA.TTLP_MT(file_to_string_output('$TTL'), '', '$GRAPH_IRI'); checkpoint;" || {
  cat "$tmp/isql.out" >&2
  fail "TTLP_MT could not load $TTL"
}
n_triples="$(rapper_count turtle "$TTL")"
isql "SPARQL SELECT COUNT(*) FROM <$GRAPH_IRI> WHERE { ?s ?p ?o };" || fail "counting the triples"
check_contains "triples in the graph" "$n_triples" "$(cat "$tmp/isql.out")"
ok "TTLP_MT loaded all $n_triples triples"

# ---------------------------------------------------------------- answers
mapfile -t queries < <(sparql_queries)
for query in "${queries[@]}"; do
  name="$(basename "$query" .rq)"
  curl -sS --fail -H 'Accept: application/sparql-results+json' \
    --data-urlencode "query@$query" --data-urlencode "default-graph-uri=$GRAPH_IRI" \
    "http://127.0.0.1:$http_port/sparql" >"$tmp/$name.json" ||
    fail "$name: the /sparql endpoint failed"
  node "$SPARQL_DIR/json-to-csv.js" <"$tmp/$name.json" | canon_csv "$query" >"$tmp/$name.csv" ||
    fail "$name: no SPARQL JSON results from Virtuoso: $(head -c 300 "$tmp/$name.json")"
  check_eq "$name with Virtuoso" "$(cat "$SPARQL_DIR/$name.csv")" "$(cat "$tmp/$name.csv")"
done
ok "Virtuoso gives the expected answer to all ${#queries[@]} queries"

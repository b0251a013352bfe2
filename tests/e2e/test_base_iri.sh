#!/usr/bin/env bash
# test_base_iri: --base IRI mints the actor, article and event IRIs under
# IRI; the vocabulary (akg:, W3C, schema.org) stays as it is, the outputs
# still parse, and the graph is the default one with the base replaced.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
require_tools rapper roqet

BASE='http://example.org/kg/'

build_corpus "$tmp/default"
build_corpus "$tmp/out" --base "$BASE"
NT="$tmp/out/graph.nt"

n_nt="$(rapper_count ntriples "$NT")"
n_ttl="$(rapper_count turtle "$tmp/out/graph.ttl")"
check_eq "triples in graph.ttl and graph.nt with --base" "$n_nt" "$n_ttl"
check_eq "triples with --base and without" "$(rapper_count ntriples "$tmp/default/graph.nt")" "$n_nt"
ok "graph.nt and graph.ttl parse with --base ($n_nt triples)"

# Every minted IRI is under the base, in its folder.
for kind in actor article event; do
  n="$(grep -c "<${BASE}${kind}/" "$NT" || true)"
  [[ "$n" -gt 0 ]] || fail "graph.nt has no <${BASE}${kind}/...> IRI"
  echo "  $kind IRIs under $BASE: $n occurrences"
done
for f in graph.nt graph.ttl graph.dot graph.svg graph.graphml; do
  if grep -q "$AKG_ID" "$tmp/out/$f"; then
    fail "$f still uses the default base: $(grep -m3 "$AKG_ID" "$tmp/out/$f")"
  fi
done
# Subjects are all minted (no IRI outside the base is described).
check_eq "subjects of graph.nt outside the base" "" \
  "$(cut -d' ' -f1 "$NT" | sort -u | grep -v "^<${BASE}\(actor\|article\|event\)/" || true)"
# The vocabulary does not move.
grep -q "<${AKG_NS}accuses>" "$NT" || fail "akg:accuses is no longer ${AKG_NS}accuses"
check_contains "graph.ttl: actor: prefix on the base" \
  "@prefix actor: <${BASE}actor/> ." "$(grep '^@prefix' "$tmp/out/graph.ttl")"
check_contains "graph.ttl: akg: prefix unchanged" \
  "@prefix akg: <${AKG_NS}> ." "$(grep '^@prefix' "$tmp/out/graph.ttl")"
ok "actor, article and event IRIs under $BASE"

# Same graph as the default one, base replaced (same event hashes too).
sed "s|<${AKG_ID}|<${BASE}|g" "$tmp/default/graph.nt" | LC_ALL=C sort >"$tmp/expected.nt"
LC_ALL=C sort "$NT" >"$tmp/got.nt"
cmp -s "$tmp/expected.nt" "$tmp/got.nt" ||
  fail "graph.nt with --base is not the default graph rebased: $(diff "$tmp/expected.nt" "$tmp/got.nt" | head -10)"
ok "the --base graph is the default graph rebased"

# Queries work on the new IRIs.
check_eq "who accuses Japan, --base graph" "${BASE}actor/CHN" \
  "$(sparql "$tmp/out/graph.ttl" "PREFIX akg: <${AKG_NS}>
PREFIX actor: <${BASE}actor/>
SELECT ?x WHERE { ?x akg:accuses actor:JPN }")"
ok "SPARQL on the --base graph"

# A base that is not an absolute IRI is refused, nothing written.
for bad in 'not an iri' 'http://example.org/a b/' 'http://example.org/<x>/'; do
  akg build -o "$tmp/out-bad" --base "$bad" "$CORPUS"
  check_eq "--base '$bad': exit status (bad command line)" 2 "$RC"
  check_contains "--base '$bad' named on stderr" "$bad" "$ERR"
  [[ ! -e "$tmp/out-bad" ]] || [[ -z "$(list_dir "$tmp/out-bad")" ]] ||
    fail "--base '$bad': outputs written"
done
ok "invalid base IRIs refused"

# A base without a trailing "/" gets one: http://example.org/kg mints
# http://example.org/kg/actor/JPN, not http://example.org/kgactor/JPN.
build_corpus "$tmp/out-noslash" --base "${BASE%/}"
cmp -s "$tmp/out-noslash/graph.nt" "$tmp/out/graph.nt" ||
  fail "--base without a trailing slash differs from the same base with one"
ok "a base without a trailing slash gets one"

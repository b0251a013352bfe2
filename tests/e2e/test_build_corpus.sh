#!/usr/bin/env bash
# test_build_corpus: `actorkg build` on the seed corpus writes files that
# the standard tools accept (rapper for Turtle and N-Triples, dot for the
# DOT file, xmllint for the SVG), the same graph in both RDF syntaxes, byte
# for byte the same on a second run, with the prefixes of data-model.md.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
require_tools rapper dot xmllint cmp

FILES=("${OUTPUT_FILES[@]}")

build_corpus "$tmp/out"
check_contains "summary line on stderr" "5 articles read, 0 skipped" "$ERR"
for f in "${FILES[@]}"; do
  check_file "$tmp/out/$f"
done
check_eq "files in the output folder (no temporary files left)" \
  "$(printf '%s\n' "${FILES[@]}" | LC_ALL=C sort)" "$(list_dir "$tmp/out")"
ok "every output file written"

# The Turtle and the N-Triples hold the same graph: same triple count.
n_ttl="$(rapper_count turtle "$tmp/out/graph.ttl")"
n_nt="$(rapper_count ntriples "$tmp/out/graph.nt")"
echo "graph.ttl: $n_ttl triples, graph.nt: $n_nt triples"
check_eq "triple count of graph.nt equals that of graph.ttl" "$n_ttl" "$n_nt"
[[ "$n_ttl" -gt 100 ]] || fail "only $n_ttl triples for the seed corpus"
# ... and the same triples (both re-serialized by rapper as N-Triples, sorted).
rapper -q -i turtle -o ntriples "$tmp/out/graph.ttl" | LC_ALL=C sort >"$tmp/ttl.sorted"
rapper -q -i ntriples -o ntriples "$tmp/out/graph.nt" | LC_ALL=C sort >"$tmp/nt.reparsed"
cmp -s "$tmp/ttl.sorted" "$tmp/nt.reparsed" ||
  fail "graph.ttl and graph.nt differ: $(diff "$tmp/ttl.sorted" "$tmp/nt.reparsed" | head -20)"
ok "graph.ttl and graph.nt: the same $n_ttl triples"

run dot -Tsvg "$tmp/out/graph.dot" -o /dev/null
expect_rc 0
[[ -z "$ERR" ]] || fail "dot warnings on graph.dot: $ERR"
ok "dot renders graph.dot"

run xmllint --noout "$tmp/out/graph.svg"
expect_rc 0
check_contains "graph.svg is an SVG document" "<svg" "$(head -c 2000 "$tmp/out/graph.svg")"
ok "graph.svg is well-formed XML"

# Every actor of the seed corpus is drawn, with its label.
for label in Japan China Russia "North Korea" "United States" Australia India \
             ASEAN "NATO CCDCOE" "South Korea"; do
  check_contains "graph.dot has a node labelled $label" "$label" "$(cat "$tmp/out/graph.dot")"
  check_contains "graph.svg shows $label" ">$label</text>" "$(cat "$tmp/out/graph.svg")"
done
ok "actors drawn in graph.dot and graph.svg"

# Deterministic: a second run, in another folder, gives the same bytes.
build_corpus "$tmp/out2"
for f in "${FILES[@]}"; do
  cmp "$tmp/out/$f" "$tmp/out2/$f" || fail "$f differs between two runs on the same input"
done
# ... and so does rebuilding over the existing outputs.
build_corpus "$tmp/out2"
for f in "${FILES[@]}"; do
  cmp "$tmp/out/$f" "$tmp/out2/$f" || fail "$f differs after rebuilding in place"
done
ok "two runs give byte-identical outputs"

# The prefixes of data-model.md are declared, with their IRIs.
declare -A PREFIX_IRI=(
  [akg]='https://w3id.org/actorkg/ns#'
  [actor]='https://w3id.org/actorkg/id/actor/'
  [article]='https://w3id.org/actorkg/id/article/'
  [event]='https://w3id.org/actorkg/id/event/'
  [prov]='http://www.w3.org/ns/prov#'
  [dcterms]='http://purl.org/dc/terms/'
  [schema]='https://schema.org/'
  [skos]='http://www.w3.org/2004/02/skos/core#'
  [xsd]='http://www.w3.org/2001/XMLSchema#'
)
ttl_prefixes="$(grep '^@prefix' "$tmp/out/graph.ttl")"
for p in akg actor article event prov dcterms schema skos xsd; do
  check_contains "graph.ttl declares the prefix $p:" \
    "@prefix $p: <${PREFIX_IRI[$p]}> ." "$ttl_prefixes"
done
ok "graph.ttl declares akg: actor: article: event: prov: dcterms: schema: skos: xsd:"

# The prefixes are used, not only declared.
for use in 'actor:JPN' 'akg:accuses' 'skos:prefLabel' 'dcterms:identifier' \
           'schema:NewsArticle' 'prov:wasDerivedFrom' '^^xsd:date'; do
  grep -qF -- "$use" "$tmp/out/graph.ttl" || fail "graph.ttl never writes $use"
done
ok "graph.ttl uses the prefixes"

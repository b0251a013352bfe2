#!/usr/bin/env bash
# test_nquads: graph.nq holds the triples of graph.nt, each event's and
# each article's in the named graph of its article (the article's IRI),
# actors and direct facts in the default graph. rapper parses it; dropping
# the graph terms gives exactly graph.nt's set of triples.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
require_tools rapper cmp awk

build_corpus "$tmp/out"
NQ="$tmp/out/graph.nq"
check_file "$NQ"
n_nq="$(rapper_count nquads "$NQ")"
n_nt="$(rapper_count ntriples "$tmp/out/graph.nt")"
check_eq "graph.nq and graph.nt: as many triples" "$n_nt" "$n_nq"
ok "rapper reads graph.nq: $n_nq triples"

# rapper writes a quad's graph as the last term before " ."; N-Triples
# output drops it, so the two parses must be the same sorted lines.
rapper -q -i nquads -o ntriples "$NQ" | LC_ALL=C sort >"$tmp/nq-as-nt"
rapper -q -i ntriples -o ntriples "$tmp/out/graph.nt" | LC_ALL=C sort >"$tmp/nt"
cmp -s "$tmp/nq-as-nt" "$tmp/nt" ||
  fail "graph.nq without graphs is not graph.nt: $(diff "$tmp/nt" "$tmp/nq-as-nt" | head -10)"
ok "graph.nq without its graph terms: the very triples of graph.nt"

# The quads expected from graph.nt: an event's triples in the graph of
# the article it is derived from, an article's in its own graph, the rest
# (actors, direct facts) in the default graph. The IRIs of subjects and
# predicates hold no spaces, so awk's fields 1 to 3 of a
# prov:wasDerivedFrom line are whole terms.
awk -v id="$AKG_ID" -v derived="<http://www.w3.org/ns/prov#wasDerivedFrom>" '
  NR == FNR { if ($2 == derived) article[$1] = $3; next }
  { line = substr($0, 1, length($0) - 2)
    if (index($1, "<" id "event/") == 1) print line " " article[$1] " ."
    else if (index($1, "<" id "article/") == 1) print line " " $1 " ."
    else print $0 }
' "$tmp/out/graph.nt" "$tmp/out/graph.nt" | LC_ALL=C sort >"$tmp/expected.nq"
LC_ALL=C sort "$NQ" >"$tmp/got.nq"
cmp -s "$tmp/expected.nq" "$tmp/got.nq" ||
  fail "graph.nq is not graph.nt with the graphs of the data model: $(diff "$tmp/expected.nq" "$tmp/got.nq" | head -10)"
n_named="$(grep -c "> <${AKG_ID}article/[^>]*> \.\$" "$NQ")"
n_default="$(grep -vc "> <${AKG_ID}article/[^>]*> \.\$" "$NQ")"
[[ "$n_named" -gt 100 && "$n_default" -gt 10 ]] ||
  fail "$n_named quads in named graphs, $n_default in the default graph"
ok "events and articles in their article's named graph ($n_named quads), actors and direct facts in the default graph ($n_default)"

#!/usr/bin/env bash
# test_report: out/index.html in a real browser (headless Chromium): the
# diagram is there with one node per actor, the table has one row per event
# of graph.ttl (counted by roqet), the fragment's filter and sort are
# applied by the page's script, and a screenshot is taken. Also: libxml2's
# HTML parser reads the page, the page names nothing to load, and
# --min-sources / --top / --max-facts thin the diagram but not the RDF or
# the table.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
require_tools roqet xmllint
require_chromium

build_corpus "$tmp/out"
PAGE="$tmp/out/index.html"
check_file "$PAGE"
html_valid "$PAGE"
xmllint --noout "$tmp/out/graph.svg" || fail "graph.svg is not well-formed"
ok "index.html read by xmllint --html; its inline SVG and graph.svg are XML"

# Nothing to fetch: no src, no stylesheet link, no import.
loads="$(grep -oE '<(script|img|iframe|link)[^>]*(src|href)=|@import|url\(' "$PAGE" || true)"
check_eq "references that a browser would load" "" "$loads"
ok "index.html is self-contained"

events="$(sparql "$tmp/out/graph.ttl" "${SPARQL_PREFIXES}
SELECT (COUNT(?e) AS ?n) WHERE { ?e a akg:Event }")"
actors="$(sparql "$tmp/out/graph.ttl" "${SPARQL_PREFIXES}
SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { { ?e a akg:Event ; rdf:subject ?a } UNION { ?e a akg:Event ; rdf:object ?a } }")"
echo "graph.ttl: $events events, $actors actors"
[[ "$events" -gt 10 ]] || fail "only $events events in the seed graph"

# As loaded: every row shown, every actor drawn.
chromium_run --dump-dom "file://$PAGE" >"$tmp/dom.html"
check_contains "the page was rendered" '<div id="diagram">' "$(cat "$tmp/dom.html")"
check_eq "<svg> elements" 1 "$(grep -c '<svg ' "$tmp/dom.html")"
check_eq "actor nodes in the diagram" "$actors" "$(grep -c 'class="node actor' "$tmp/dom.html")"
check_eq "table rows" "$events" "$(dom_rows "$tmp/dom.html" | wc -l)"
check_contains "shown count written by the script" "data-shown=\"$events\">$events of $events events shown" "$(cat "$tmp/dom.html")"
check_contains "summary" "data-events=\"$events\"" "$(cat "$tmp/dom.html")"
ok "chromium: $actors actors drawn, $events event rows"

# #filter=Russia: the rows that mention Russia anywhere (names, title,
# evidence), counted in the static page, are the ones left visible.
want="$(grep '^<tr><td>' "$PAGE" | sed 's/<[^>]*>/ /g' | grep -ci russia)"
[[ "$want" -gt 0 && "$want" -lt "$events" ]] || fail "filter test needs some rows with Russia, not $want"
chromium_run --dump-dom "file://$PAGE#filter=Russia" >"$tmp/dom-filter.html"
visible="$(dom_rows "$tmp/dom-filter.html" | grep -vc ' hidden=' || true)"
check_eq "rows visible with #filter=Russia" "$want" "$visible"
check_contains "shown count" "data-shown=\"$want\">$want of $events events shown" "$(cat "$tmp/dom-filter.html")"
check_eq "every visible row mentions Russia" "$want" \
  "$(dom_rows "$tmp/dom-filter.html" | grep -v ' hidden=' | sed 's/<[^>]*>/ /g' | grep -ci russia)"
ok "filter from the URL fragment: $want of $events rows"

# #sort=0&order=desc: rows by date, newest first.
chromium_run --dump-dom "file://$PAGE#sort=0&order=desc" >"$tmp/dom-sort.html"
dates="$(dom_rows "$tmp/dom-sort.html" | sed -E 's|^<tr[^>]*><td>([^<]*)</td>.*|\1|')"
check_eq "rows sorted by date, descending" "$(LC_ALL=C sort -r <<<"$dates")" "$dates"
check_contains "sorted column marked" 'aria-sort="descending">Date</th>' "$(cat "$tmp/dom-sort.html")"
[[ "$(head -1 <<<"$dates")" != "$(tail -1 <<<"$dates")" ]] || fail "all dates equal: sort not tested"
ok "sort from the URL fragment: newest first"

chromium_run --screenshot="$tmp/out/index.png" --window-size=1280,1600 "file://$PAGE" >/dev/null
check_file "$tmp/out/index.png"
check_eq "screenshot is a PNG" "$(printf '\x89PNG')" "$(head -c 4 "$tmp/out/index.png")"
[[ "$(stat -c %s "$tmp/out/index.png")" -gt 20000 ]] || fail "screenshot suspiciously small"
ok "screenshot of the page taken"

# --min-sources 3 --top 5: fewer actors drawn; the RDF and the table whole.
akg build -o "$tmp/few" --ontology "$ONTOLOGY" --min-sources 3 --top 5 "$CORPUS"
expect_rc 0
cmp -s "$tmp/out/graph.ttl" "$tmp/few/graph.ttl" || fail "--min-sources/--top changed graph.ttl"
drawn="$(grep -c 'class="node actor' "$tmp/few/graph.svg")"
[[ "$drawn" -ge 2 && "$drawn" -le 5 ]] || fail "--top 5: $drawn actors drawn"
chromium_run --dump-dom "file://$tmp/few/index.html" >"$tmp/dom-few.html"
check_eq "--top 5: actors in the report's diagram" "$drawn" "$(grep -c 'class="node actor' "$tmp/dom-few.html")"
check_eq "--top 5: table rows" "$events" "$(dom_rows "$tmp/dom-few.html" | wc -l)"
for pen in $(grep -o 'stroke-width="[0-9]*"' "$tmp/few/graph.svg" | grep -o '[0-9]*' | sort -u); do
  [[ "$pen" -ge 2 ]] || fail "--min-sources 3 drew an edge of width $pen (1 article)"
done
ok "--min-sources 3 --top 5: $drawn actors drawn, RDF and table unchanged"

# --max-facts 3: the three facts stated by most articles are drawn (the
# legend's edges have class "legend", the facts class "fact").
akg build -o "$tmp/three" --ontology "$ONTOLOGY" --max-facts 3 "$CORPUS"
expect_rc 0
cmp -s "$tmp/out/graph.ttl" "$tmp/three/graph.ttl" || fail "--max-facts changed graph.ttl"
check_eq "--max-facts 3: facts drawn" 3 "$(grep -c 'class="edge fact' "$tmp/three/graph.svg")"
check_contains "--max-facts 3: the report says so" "at most 3 of the" "$(cat "$tmp/three/index.html")"
(("$(grep -c 'class="edge fact' "$tmp/out/graph.svg")" > 3)) || fail "the default drew 3 facts or fewer"
akg build -o "$tmp/all" --ontology "$ONTOLOGY" --max-facts 0 "$CORPUS"
expect_rc 0
cmp -s "$tmp/out/graph.svg" "$tmp/all/graph.svg" || fail "--max-facts 0 is not the default on a small graph"
akg build -o "$tmp/bad" --max-facts -1 "$CORPUS"
expect_rc 2
check_contains "--max-facts -1 refused" "--max-facts needs a number" "$ERR"
ok "--max-facts 3: three facts drawn; 0 draws all; RDF unchanged"

akg build -o "$tmp/bad" --top 0 "$CORPUS"
expect_rc 2
check_contains "--top 0 refused" "--top needs a positive number" "$ERR"

#!/usr/bin/env bash
# test_hostile_names: every IRI actorkg mints is valid and every piece of
# text is escaped, whatever the input: article file names with spaces,
# quotes, '#', '%', '<', '\', non-ASCII, control characters and invalid
# UTF-8; titles, publishers and authors with '"', '<', '>', '\', '&' and
# characters that end lines in some parsers; a lexicon label with the same.
# Checked with the real tools: rapper reads graph.ttl and graph.nt to the
# same triples, dot reads graph.dot, xmllint reads graph.svg and index.html,
# and headless Chromium shows every event of index.html as one row.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
require_tools rapper roqet dot xmllint

names=(
  'with space.txt' 'quote"d.txt' "apos'trophe.txt" 'hash#tag.txt' 'percent%41.txt'
  'pct%zz.txt' 'less<than>.txt' 'na'$'\xc3\xaf''ve-'$'\xe6\x97\xa5\xe6\x9c\xac''.txt'
  'back\slash.txt' 'amp&er.txt' 'brace{}|^`.txt' $'\xff\xfe-not-utf8.txt'
  $'new\nline.txt' $'tab\tand\x01control.txt' $'cr\rname.txt' 'ends with quote"'
)
# U+2028 LINE SEPARATOR, U+0085 NEXT LINE, form feed, vertical tab, ESC, DEL.
odd=$' \xe2\x80\xa8 \xc2\x85 \f \v \x1b \x7f'
mkdir "$tmp/in"
for name in "${names[@]}"; do
  {
    printf 'Title: A "quoted" <b>bold</b> title with back\\slash & ampersand%s\n' "$odd"
    printf 'Source: Pub "X" <y> & \\z%s\n' "$odd"
    printf 'Author: O'\''Brien \\ "Q" <q@example.org>\n'
    printf 'URL: https://example.org/%s/news?id=1&lang=en\n' $'\xe6\x97\xa5\xe6\x9c\xac'
    printf '\nJapan accused China of cyberattacks on Tuesday.\n'
    # Evidence with quotes, backslashes, a tab, non-ASCII and U+2028.
    printf '\nJapan accused Russia of "hacking" \\ back\\slash\tand caf\xc3\xa9 \xe2\x80\x9cx\xe2\x80\x9d \xe2\x80\xa8 on Monday.\n'
  } >"$tmp/in/$name"
done
# A URL that is no IRI is left out, not written broken.
printf 'Title: Bad URL\nURL: https://example.org/a b"c<d>\n\nJapan accused China.\n' \
  >"$tmp/in/bad-url.txt"
count=$((${#names[@]} + 1))

akg build -o "$tmp/out" --ontology "$ONTOLOGY" "$tmp/in"
expect_rc 0
check_contains "every file read" "$count articles read, 0 skipped" "$ERR"

# rdf_same DIR: graph.ttl, graph.nt and graph.nq parse without a warning
# and hold the very same triples (not only as many).
rdf_same() {
  local ttl_count nt_count
  ttl_count="$(rapper_count turtle "$1/graph.ttl")"
  nt_count="$(rapper_count ntriples "$1/graph.nt")"
  check_eq "$1: triples in graph.ttl and graph.nt" "$nt_count" "$ttl_count"
  check_eq "$1: triples in graph.nq and graph.nt" "$nt_count" "$(rapper_count nquads "$1/graph.nq")"
  rapper -q -i turtle -o ntriples "$1/graph.ttl" | LC_ALL=C sort >"$tmp/from-ttl.nt"
  rapper -q -i ntriples -o ntriples "$1/graph.nt" | LC_ALL=C sort >"$tmp/from-nt.nt"
  rapper -q -i nquads -o ntriples "$1/graph.nq" | LC_ALL=C sort >"$tmp/from-nq.nt"
  cmp -s "$tmp/from-ttl.nt" "$tmp/from-nt.nt" ||
    fail "$1: graph.ttl and graph.nt differ: $(diff "$tmp/from-ttl.nt" "$tmp/from-nt.nt" | head -5)"
  cmp -s "$tmp/from-nq.nt" "$tmp/from-nt.nt" ||
    fail "$1: graph.nq and graph.nt differ: $(diff "$tmp/from-nq.nt" "$tmp/from-nt.nt" | head -5)"
}
# diagram_valid DIR: dot reads graph.dot without a word, xmllint reads
# graph.svg.
diagram_valid() {
  dot -Tsvg "$1/graph.dot" -o /dev/null 2>"$tmp/dot.err" || fail "dot rejects $1/graph.dot: $(cat "$tmp/dot.err")"
  [[ ! -s "$tmp/dot.err" ]] || fail "dot warns on $1/graph.dot: $(cat "$tmp/dot.err")"
  xmllint --noout "$1/graph.svg" 2>"$tmp/xmllint.err" ||
    fail "xmllint rejects $1/graph.svg: $(head -5 "$tmp/xmllint.err")"
}

rdf_same "$tmp/out"
diagram_valid "$tmp/out"
ok "hostile file names and titles: Turtle, N-Triples and N-Quads equal, DOT and SVG valid"

# The hostile evidence is there, read back from the Turtle as written.
evidence="$(sparql "$tmp/out/graph.ttl" "${SPARQL_PREFIXES}
SELECT DISTINCT ?t WHERE { ?e akg:evidence ?t FILTER(CONTAINS(?t, \"hacking\")) }")"
check_contains "evidence with quotes, backslashes and non-ASCII read back" \
  'Japan accused Russia of ""hacking"" \ back\slash'$'\t''and caf'$'\xc3\xa9'' '$'\xe2\x80\x9c''x' "$evidence"
# Percent-encoded article names cannot be prefixed names; plain ones are.
grep -qF "<${AKG_ID}article/with%20space>" "$tmp/out/graph.ttl" ||
  fail "graph.ttl: article/with%20space not written as a full IRI"
grep -q '^article:bad-url a schema:NewsArticle' "$tmp/out/graph.ttl" ||
  fail "graph.ttl: article:bad-url not written as a prefixed name"
ok "hostile evidence kept; prefixed names only for plain local names"

# The report: HTML that parses, every title shown as text, no markup of
# the inputs let through.
html_valid "$tmp/out/index.html"
page="$(cat "$tmp/out/index.html")"
check_contains "the hostile title escaped in index.html" \
  '<span class="title">A &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt; title with back\slash &amp; ampersand' "$page"
check_contains "a hostile file name escaped in index.html" '>less&lt;than&gt;.txt</a>' "$page"
check_contains "the URL's ampersand escaped in its link" 'news?id=1&amp;lang=en">' "$page"
check_not_contains "no markup from a title" '<b>bold</b>' "$page"
if command -v chromium >/dev/null 2>&1; then
  events="$(sparql "$tmp/out/graph.ttl" "${SPARQL_PREFIXES}
SELECT (COUNT(?e) AS ?n) WHERE { ?e a akg:Event }")"
  chromium_run --dump-dom "file://$tmp/out/index.html" >"$tmp/dom.html"
  check_eq "chromium: one table row per event" "$events" "$(dom_rows "$tmp/dom.html" | wc -l)"
  check_contains "chromium: the script ran to the end" "$events of $events events shown" "$(cat "$tmp/dom.html")"
  check_contains "chromium: the title is text" '<span class="title">A "quoted" &lt;b&gt;bold&lt;/b&gt; title' "$(cat "$tmp/dom.html")"
else
  echo "(chromium not installed: the page was not opened in a browser)"
fi
ok "hostile names and titles: index.html parses and shows them as text"

# Every article is there, under an IRI of plain ASCII below the base.
articles="$(sparql "$tmp/out/graph.ttl" "${SPARQL_PREFIXES}
SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }")"
check_eq "one article per file" "$count" "$articles"
minted="$(grep -o "<${AKG_ID}[^>]*>" "$tmp/out/graph.nt" | LC_ALL=C sort -u)"
bad="$(LC_ALL=C grep -v "^<${AKG_ID}"'[A-Za-z0-9._~%/-]*>$' <<<"$minted" || true)"
check_eq "minted IRIs: unreserved characters and %XX only" "" "$bad"
for iri in 'article/with%20space' 'article/quote%22d' 'article/hash%23tag' \
  'article/percent%2541' 'article/less%3Cthan%3E' 'article/na%C3%AFve-%E6%97%A5%E6%9C%AC' \
  'article/back%5Cslash' 'article/%FF%FE-not-utf8' 'article/new%0Aline' \
  'article/cr%0Dname' 'article/ends%20with%20quote%22'; do
  check_contains "article IRI $iri" "<${AKG_ID}${iri}>" "$minted"
done
ok "$count articles, each under a percent-encoded IRI"

# Identifiers and titles read back as written (invalid UTF-8 as U+FFFD, a
# CR as a line end).
ids="$(sparql "$tmp/out/graph.ttl" "${SPARQL_PREFIXES}
SELECT ?id WHERE { ?a dcterms:identifier ?id } ORDER BY ?id")"
for name in 'with space.txt' 'hash#tag.txt' 'percent%41.txt' 'less<than>.txt' \
  'back\slash.txt' 'amp&er.txt' $'\xef\xbf\xbd\xef\xbf\xbd-not-utf8.txt'; do
  check_contains "identifier '$name' read back" "$name" "$ids"
done
title="$(sparql "$tmp/out/graph.ttl" "${SPARQL_PREFIXES}
SELECT DISTINCT ?t WHERE { ?a dcterms:title ?t FILTER(STRSTARTS(?t, \"A \")) }")"
check_contains "the title's quotes, brackets, backslash and ampersand kept" \
  'A ""quoted"" <b>bold</b> title with back\slash & ampersand' "$title"
url="$(grep -c '<https://schema.org/url> <https://example.org/\\u65E5\\u672C/news?id=1&lang=en>' "$tmp/out/graph.nt")"
check_eq "the non-ASCII URL kept on every article" "${#names[@]}" "$url"
ok "identifiers, titles and URLs read back as written"

# A lexicon label with quotes, markup, escapes and control characters (a
# label no curated lexicon has, but --ontology takes any folder).
mkdir "$tmp/ontology"
cp "$ONTOLOGY"/*.ttl "$tmp/ontology/"
cat >>"$tmp/ontology/actors.ttl" <<'EOF'

actor:XOD a akg:Country ;
    rdfs:label "Odd \"Q\" <b>&amp; \\N \\n back\\slash & Co \u0001 \u001B ]]> \u2028"@en ;
    skos:prefLabel "Odd \"Q\" <b>&amp; \\N \\n back\\slash & Co \u0001 \u001B ]]> \u2028"@en ;
    skos:altLabel "Oddland"@en ;
    akg:isoCode "XOD" .
EOF
printf 'Title: Odd\n\nOddland accused China of cyberattacks.\n' >"$tmp/in/oddland.txt"
akg build -o "$tmp/out-odd" --ontology "$tmp/ontology" "$tmp/in"
expect_rc 0
rdf_same "$tmp/out-odd"
diagram_valid "$tmp/out-odd"
html_valid "$tmp/out-odd/index.html"
check_contains "the odd label escaped in index.html" \
  '<td>Odd &quot;Q&quot; &lt;b&gt;&amp;amp; \N \n back\slash &amp; Co' "$(cat "$tmp/out-odd/index.html")"
check_contains "the odd label drawn as written" \
  '>Odd &quot;Q&quot; &lt;b&gt;&amp;amp; \N \n back\slash &amp; Co' "$(cat "$tmp/out-odd/graph.svg")"
ok "a label with quotes, markup, backslashes and control characters: DOT, SVG and HTML valid"

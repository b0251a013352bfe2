#!/usr/bin/env bash
# test_bad_inputs: every kind of bad input gets exactly one line on stderr
# naming the file and the problem, in the words the README promises; the
# run goes on with the good files and exits 3, or with --strict stops at
# the first bad file, exits 1 and writes nothing. The wording is pinned
# here in full (README, "Errors and exit statuses").
#
# As root, which reads any file whatever its mode, the run goes through
# setpriv as user nobody so that an unreadable file is unreadable; without
# setpriv that one case is left out.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
require_tools rapper

as_user=()
can_lock=1
if [[ $(id -u) == 0 ]]; then
  if command -v setpriv >/dev/null 2>&1; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    chmod 755 "$tmp" # nobody must reach the inputs and write the outputs
  else
    can_lock=0
  fi
fi
# A copy of the ontology that user nobody can read wherever the checkout is
# (a clone under a mode-700 folder from mktemp -d is not readable).
cp -R "$ONTOLOGY" "$tmp/ontology" && chmod -R a+rX "$tmp/ontology"
export ACTORKG_ONTOLOGY="$tmp/ontology"

good='Title: Good
Date: 2021-09-27

Japan accused China of cyberattacks.'
in="$tmp/in"
mkdir "$in"
printf '%s\n' "$good" >"$in/a-good.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10' >"$in/binary.png"
printf ' \n\t\n\n' >"$in/blank.txt"
ln -s no-such-target "$in/dangling"
awk 'BEGIN { printf "<html><body>"; for (i = 0; i < 100000; i++) printf "<div>"
  print "Japan accused China.</body></html>" }' >"$in/deep.html"
: >"$in/empty.txt"
mkfifo "$in/fifo-in-a-folder" # passed over quietly: not a file to read
awk 'BEGIN { for (i = 0; i < 30000; i++) print "Japan and India cooperate again." }' \
  >"$in/huge.txt" # 990 KB, over --max-file-size 900K
printf 'Title: Bad bytes\n\nJapan accused China \xe9 of cyberattacks.\n' >"$in/invalid-utf8.txt"
ln -s . "$in/loop-dir"
ln -s loop-self "$in/loop-self"
printf 'Japan accused China.\n\0\n' >"$in/nul.txt"
printf '<?xml version="1.0"?>\n<other/>\n' >"$in/other.xml"
printf '<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>China accuses' \
  >"$in/truncated.rss"
if [[ $can_lock == 1 ]]; then
  printf '%s\n' "$good" >"$in/unreadable.txt"
  chmod 000 "$in/unreadable.txt"
fi
mkfifo "$tmp/named-fifo"
mkdir "$tmp/out" && chmod 777 "$tmp/out"

run "${as_user[@]}" "$AKG_BIN" build -o "$tmp/out" --max-file-size 900K \
  "$in" "$tmp/no/such.txt" "$tmp/named-fifo"
expect_rc 3
# Paths are named as given; folder entries as folder/name. Every problem,
# in walking the paths or in reading a file, comes in walk order.
want="actorkg: $in/binary.png: error: contains NUL bytes: a binary file, not text
actorkg: $in/blank.txt: error: empty: no text to read
actorkg: $in/dangling: error: broken symbolic link: its target does not exist
actorkg: $in/deep.html:1: error: HTML that cannot be read to its end: ...
actorkg: $in/empty.txt: error: empty: no text to read
actorkg: $in/huge.txt: error: larger than the limit of 921600 bytes (--max-file-size)
actorkg: $in/invalid-utf8.txt:3: error: invalid UTF-8 at byte 38
actorkg: $in/loop-dir: error: folder already visited (symbolic link loop)
actorkg: $in/loop-self: error: symbolic link loop
actorkg: $in/nul.txt: error: contains NUL bytes: a binary file, not text
actorkg: $in/other.xml: error: XML with root element <other>: not a format actorkg reads (RSS 2.0, Atom, PETRARCH <Sentences>, HTML)
actorkg: $in/truncated.rss:2: error: not well-formed XML: ..."
skipped=14
if [[ $can_lock == 1 ]]; then
  want+="
actorkg: $in/unreadable.txt: error: cannot open: Permission denied"
  skipped=15
fi
want+="
actorkg: $tmp/no/such.txt: error: no such file or folder
actorkg: $tmp/named-fifo: error: not a regular file or folder"
# libxml2's own words (after "...: ") vary with its version.
check_eq "one line per bad input, naming it and the problem" "$want" \
  "$(grep -v ' articles read, ' <<<"$ERR" |
    sed -E 's/(cannot be read to its end|not well-formed XML): .*/\1: .../')"
check_contains "the summary counts them" "1 articles read, $skipped skipped" "$ERR"
rapper_count ntriples "$tmp/out/graph.nt" >/dev/null
check_contains "the good article's fact is in the graph" \
  "<${AKG_ID}actor/JPN> <${AKG_NS}accuses> <${AKG_ID}actor/CHN>" "$(cat "$tmp/out/graph.nt")"
ok "$skipped bad inputs: one message each, exit 3, the good article built"

# --strict: the first file that cannot be read stops the run (exit 1,
# one message, no output written).
mkdir "$tmp/strict"
printf '%s\n' "$good" >"$tmp/strict/a-good.txt"
: >"$tmp/strict/b-empty.txt"
printf 'x\0' >"$tmp/strict/c-nul.txt"
run "$AKG_BIN" build --strict -o "$tmp/out-strict" "$tmp/strict"
expect_rc 1
check_eq "--strict: only the first bad file named" \
  "actorkg: $tmp/strict/b-empty.txt: error: empty: no text to read" "$ERR"
[[ ! -e "$tmp/out-strict" ]] || fail "--strict wrote $(list_dir "$tmp/out-strict")"
ok "--strict: exit 1 at the first bad file, nothing written"

# A folder where a file is expected.
run "$AKG_BIN" eval --gold "$in" "$in/a-good.txt"
expect_rc 1
check_eq "a folder as the gold file" \
  "actorkg: $in: error: cannot read the gold file: Is a directory" "$ERR"
ok "a folder given as --gold: exit 1, named"

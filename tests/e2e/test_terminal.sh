#!/usr/bin/env bash
# test_terminal: what the command line shows besides its outputs (README,
# "Command line"). With standard error a file, nothing but the lines: no
# progress bar, no colour. On a terminal (util-linux `script` gives one), a
# progress bar and coloured "error", NO_COLOR and TERM=dumb turning the
# colour off, -q the bar too; the outputs are the same bytes either way.
# --verbose names every file and stage; --help has examples and every
# output; the manual page renders without a warning; `cmake --install`
# puts the binary, the page and the ontology in place, and the installed
# binary reads the installed ontology.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
require_tools groff cmp

# An input that is skipped with an error, so a message is printed.
mkdir "$tmp/in"
cp "$CORPUS"/*.txt "$tmp/in/"
: >"$tmp/in/empty.txt"
export ACTORKG_ONTOLOGY="$ONTOLOGY"

# ---------------------------------------------------------------- not a terminal
akg build -o "$tmp/out-file" "$tmp/in"
expect_rc 3
check_contains "the error line" "empty.txt: error:" "$ERR"
check_not_contains "no progress bar in a file" "files," "$ERR"
[[ "$ERR" != *$'\r'* ]] || fail "a carriage return on stderr that is a file"
[[ "$ERR" != *$'\033'* ]] || fail "an escape code on stderr that is a file"
check_eq "only the error and the summary" 2 "$(wc -l <"$tmp/run.err")"
ok "stderr a file: the lines alone, no bar, no colour"

# ---------------------------------------------------------------- a terminal
if command -v script >/dev/null 2>&1; then
  # on_tty NAME ENV... -- ARGS...: runs actorkg with stderr (and stdout) on a
  # pseudo-terminal; what it showed goes to $tmp/NAME.tty.
  on_tty() {
    local name="$1" cmd="" a
    shift
    while [[ "$1" != -- ]]; do cmd+="$(printf '%q ' "$1")"; shift; done
    shift
    cmd+="$(printf '%q ' "$AKG_BIN" "$@")"
    local rc=0
    script -qec "env $cmd" /dev/null </dev/null >"$tmp/$name.tty" 2>&1 || rc=$?
    echo "\$ (on a terminal) $cmd -> exit $rc"
    TTY_RC=$rc
    TTY="$(cat "$tmp/$name.tty")"
  }
  on_tty colour NO_COLOR= TERM=xterm -- build -o "$tmp/out-tty" "$tmp/in"
  check_eq "on a terminal: exit status" 3 "$TTY_RC"
  check_contains "on a terminal: the progress bar" "] 6/6 files, " "$TTY"
  check_contains "... with the rate" " MB/s" "$TTY"
  check_contains "on a terminal: error in colour" $'\033[1;31merror\033[0m: ' "$TTY"
  check_contains "the summary after the bar" "5 articles read, 1 skipped" "$TTY"
  for f in "$tmp/out-file"/*; do
    cmp -s "$f" "$tmp/out-tty/$(basename "$f")" || fail "$(basename "$f") differs on a terminal"
  done
  check_eq "the same files" "$(list_dir "$tmp/out-file")" "$(list_dir "$tmp/out-tty")"
  ok "on a terminal: progress bar and coloured error; the outputs the same bytes"

  on_tty nocolour NO_COLOR=1 TERM=xterm -- build -o "$tmp/out-nc" "$tmp/in"
  check_contains "NO_COLOR: the error line" "empty.txt: error: " "$TTY"
  [[ "$TTY" != *$'\033'* ]] || fail "NO_COLOR=1: an escape code on the terminal"
  check_contains "NO_COLOR: the bar stays" "] 6/6 files, " "$TTY"
  on_tty dumb NO_COLOR= TERM=dumb -- build -o "$tmp/out-dumb" "$tmp/in"
  [[ "$TTY" != *$'\033'* ]] || fail "TERM=dumb: an escape code on the terminal"
  ok "NO_COLOR=1 and TERM=dumb: no colour"

  on_tty quiet TERM=xterm -- build -q -o "$tmp/out-q" "$CORPUS"
  check_eq "-q on a terminal: exit status" 0 "$TTY_RC"
  check_eq "-q on a terminal: nothing shown" "" "$TTY"
  ok "-q on a terminal: no bar, no summary"
else
  echo "script (util-linux) not installed: terminal checks skipped"
fi

# ---------------------------------------------------------------- --verbose
akg build -v -o "$tmp/out-v" "$CORPUS"
expect_rc 0
check_contains "verbose: the lexicon" "actorkg: lexicon: " "$ERR"
for f in "$CORPUS"/*; do
  check_contains "verbose: $(basename "$f")" "actorkg: $f: 1 article, " "$ERR"
done
check_contains "verbose: reading timed" "actorkg: reading and extraction: 5 files in " "$ERR"
check_contains "verbose: the graph timed" "actorkg: graph: finished in " "$ERR"
for f in $(list_dir "$tmp/out-v"); do
  check_contains "verbose: $f written" "actorkg: $tmp/out-v/$f: $(stat -c %s "$tmp/out-v/$f") bytes in " "$ERR"
done
akg build -q -v -o "$tmp/out-qv" "$CORPUS"
expect_rc 2
check_contains "-q -v" "--quiet and --verbose cannot both be given" "$ERR"
ok "--verbose: every file, every stage, every output with its size"

# ---------------------------------------------------------------- --help, man page
akg --help
expect_rc 0
check_contains "--help: examples" $'Examples:\n  actorkg build ' "$OUT"
for name in ttl:graph.ttl nt:graph.nt dot:graph.dot svg:graph.svg csv:events.csv \
  graphml:graph.graphml ontology:ontology.ttl; do
  check_contains "--help: output ${name%%:*}" "  $(printf '%-9s %-14s' "${name%%:*}" "${name#*:}")" "$OUT"
done
for opt in --format --quiet --verbose --all-articles NO_COLOR; do check_contains "--help: $opt" "$opt" "$OUT"; done
ok "--help: the outputs, --format, --quiet, --verbose, NO_COLOR, examples"

MAN="$AKG_SOURCE_DIR/doc/actorkg.1"
run groff -man -Tutf8 -ww "$MAN"
expect_rc 0
check_eq "groff -ww: no warnings" "" "$ERR"
page="$(printf '%s' "$OUT" | sed 's/.\x08//g')" # no overstrike
for section in NAME SYNOPSIS OPTIONS "OUTPUT FILES" ENVIRONMENT "EXIT STATUS" EXAMPLES; do
  check_contains "man page: $section" "$section" "$page"
done
for word in events.csv graph.graphml ontology.ttl NO_COLOR --verbose --quiet --all-articles; do
  check_contains "man page: $word" "$word" "$page"
done
version="$("$AKG_BIN" --version)"
check_contains "man page: the version of the binary" ".TH ACTORKG 1 \"" "$(head -5 "$MAN")"
check_contains "man page: the version of the binary" "\"$version\"" "$(grep '^\.TH' "$MAN")"
ok "the manual page renders without warnings, for $version"

# ---------------------------------------------------------------- cmake --install
if [[ -n "${AKG_BUILD_DIR:-}" ]] && command -v cmake >/dev/null 2>&1; then
  run cmake --install "$AKG_BUILD_DIR" --prefix "$tmp/prefix"
  expect_rc 0
  for f in bin/actorkg share/man/man1/actorkg.1 share/actorkg/ontology/actorkg.ttl \
    share/actorkg/ontology/actors.ttl share/actorkg/ontology/relations.ttl; do
    check_file "$tmp/prefix/$f"
  done
  [[ -x "$tmp/prefix/bin/actorkg" ]] || fail "the installed actorkg is not executable"
  run groff -man -Tutf8 -ww "$tmp/prefix/share/man/man1/actorkg.1"
  check_eq "installed page: no warnings" "" "$ERR"
  # The installed binary reads the installed ontology (not the source tree's).
  unset ACTORKG_ONTOLOGY
  run "$tmp/prefix/bin/actorkg" build -v -o "$tmp/out-installed" "$CORPUS"
  expect_rc 0
  check_contains "installed: its own ontology" "from $tmp/prefix/share/actorkg/ontology in" "$ERR"
  printf 'broken' >>"$tmp/prefix/share/actorkg/ontology/relations.ttl"
  run "$tmp/prefix/bin/actorkg" build -o "$tmp/out-broken" "$CORPUS"
  expect_rc 1
  check_contains "installed: the installed relations.ttl is read" \
    "$tmp/prefix/share/actorkg/ontology/relations.ttl" "$ERR"
  # The build tree's binary keeps the source tree's ontology.
  akg build -v -o "$tmp/out-tree" "$CORPUS"
  expect_rc 0
  check_contains "build tree: the source ontology" "from $ONTOLOGY in" "$ERR"
  ok "cmake --install: binary, man page and ontology in place; each binary finds its ontology"
fi

#!/usr/bin/env bash
# test_valgrind: the end-to-end run under valgrind memcheck, with no memory
# error and no leak (definite or indirect), on the seed corpus, on inputs
# that are skipped, on a run that fails and on eval. Skipped (exit 77) when
# valgrind is not installed or the binary is built with AddressSanitizer,
# which valgrind cannot run. No suppression file is needed: Raptor,
# Graphviz (with its plugins linked in, see diagram.c) and libxml2 leave
# only memory that is still reachable at exit, which is not an error.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"

if ! command -v valgrind >/dev/null 2>&1; then
  echo "skip: valgrind is not installed"
  exit 77
fi
# (Not `ldd | grep -q`: under pipefail, grep quitting early can fail ldd.)
if [[ "$(ldd "$AKG_BIN" 2>/dev/null)" == *libasan* ]]; then
  echo "skip: $AKG_BIN is built with AddressSanitizer"
  exit 77
fi
export ACTORKG_ONTOLOGY="$ONTOLOGY"

# memcheck EXIT-ON-ERROR ARGS...: runs actorkg under memcheck; sets RC and
# ERR. Errors and definite or indirect leaks make valgrind exit with
# EXIT-ON-ERROR; its report is shown when it found any.
memcheck() {
  local on_error="$1"
  shift
  run valgrind --error-exitcode="$on_error" --leak-check=full \
    --errors-for-leak-kinds=definite,indirect "$AKG_BIN" "$@"
  if ! grep -q 'ERROR SUMMARY: 0 errors' <<<"$ERR"; then
    printf '%s\n' "$ERR" >&2
    fail "memcheck found errors in: actorkg $*"
  fi
  check_contains "no leak" "definitely lost: 0 bytes in 0 blocks" "$ERR"
  check_contains "no leak" "indirectly lost: 0 bytes in 0 blocks" "$ERR"
}

# The seed corpus, exactly as the README's make run: exit 0, and the same
# bytes as without valgrind.
memcheck 1 build -o "$tmp/out-vg" "$CORPUS"
expect_rc 0
build_corpus "$tmp/out"
check_eq "outputs under valgrind" "$(dir_digest "$tmp/out")" "$(dir_digest "$tmp/out-vg")"
ok "build corpus/ under memcheck: no error, no leak, same outputs"

# From here actorkg's own statuses include 1, so valgrind reports errors
# with 97 instead.
mkdir "$tmp/mixed"
cp "$CORPUS"/*.txt "$tmp/mixed/"
: >"$tmp/mixed/empty.txt"
printf 'Japan\0accused China.\n' >"$tmp/mixed/nul.txt"
printf 'Japan \xff accused China.\n' >"$tmp/mixed/invalid.txt"
printf 'Title: "Odd" <name> & \\\n\nJapan accused China.\n' >"$tmp/mixed/"$'odd \r\xfe name.txt'
memcheck 97 build -o "$tmp/out-mixed" "$tmp/mixed" "$tmp/no-such-file.txt"
expect_rc 3
ok "skipped inputs under memcheck: exit 3, no error, no leak"

echo "not a folder" >"$tmp/a-file"
memcheck 97 build -o "$tmp/a-file" "$CORPUS"
expect_rc 1
memcheck 97 build --strict -o "$tmp/out-strict" "$tmp/mixed"
expect_rc 1
ok "failed runs under memcheck: exit 1, no error, no leak"

memcheck 97 eval --gold "$AKG_SOURCE_DIR/tests/seeds.tsv" "$CORPUS"
expect_rc 0
ok "eval under memcheck: no error, no leak"

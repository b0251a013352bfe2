#!/usr/bin/env bash
# test_outputs_atomic: outputs are never half-written (README, "Errors and
# exit statuses"). A run killed while it writes (SIGKILL, SIGTERM), a run
# whose writes fail (RLIMIT_FSIZE), and a run whose last rename fails (the
# destination is a folder) all leave the previous out/ files as they were,
# byte for byte, and no temporary file that looks like an output; temporary
# files of a killed run do not disturb the next one.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
require_tools rapper

FILES=("${OUTPUT_FILES[@]}")
export ACTORKG_ONTOLOGY="$ONTOLOGY"

# digest of the outputs of a folder (missing ones show as such)
outputs_digest() {
  local f
  for f in "${FILES[@]}"; do
    if [[ -f "$1/$f" ]]; then sha256sum <"$1/$f" | sed "s/-\$/$f/"; else echo "missing $f"; fi
  done
}
# the names in a folder that are not hidden
visible() { list_dir "$1" | grep -v '^\.' || true; }
all_outputs="$(printf '%s\n' "${FILES[@]}" | LC_ALL=C sort)"

# A corpus big enough that writing takes half a second: the seed articles,
# 200 copies each under different names (1,000 articles).
mkdir "$tmp/big"
for i in $(seq 200); do
  for f in "$CORPUS"/*.txt; do cp "$f" "$tmp/big/copy$i-$(basename "$f")"; done
done

# The reference outputs: the seed corpus (the "previous run") and the big
# corpus (what a run that got to the end would leave).
build_corpus "$tmp/old"
old="$(outputs_digest "$tmp/old")"
akg build -o "$tmp/new" "$tmp/big"
expect_rc 0
new="$(outputs_digest "$tmp/new")"
[[ "$old" != "$new" ]] || fail "the two corpora give the same outputs"

# kill_while_writing SIGNAL DIR: builds the big corpus into DIR (a copy
# of the old outputs) and sends SIGNAL as soon as a temporary output file
# has bytes in it. Sets RC. On a busy machine the signal can come after the
# run has renamed its outputs: then the run is tried again from the old
# outputs, up to 5 times, so that the checks below see a run killed while
# it wrote. Job control is on so that the background run does not start
# with SIGINT ignored, as a non-interactive shell's background jobs do.
set -m
kill_while_writing() {
  local sig="$1" dir="$2" pid i try
  for ((try = 1; try <= 5; try++)); do
    "$AKG_BIN" build -q -o "$dir" "$tmp/big" 2>"$tmp/killed.err" &
    pid=$!
    for ((i = 0; i < 6000; i++)); do
      if find "$dir" -maxdepth 1 -name '.graph.*' -size +0 2>/dev/null | grep -q .; then
        kill "-$sig" "$pid"
        break
      fi
      sleep 0.01
    done
    RC=0
    wait "$pid" || RC=$?
    ((i < 6000)) || fail "kill -$sig: no temporary file seen in 60 s"
    ((RC != 0)) && [[ "$(outputs_digest "$dir")" != "$new" ]] && return
    echo "  (kill -$sig came after the outputs were complete; try $try again)"
    rm -rf "$dir"
    cp -r "$tmp/old" "$dir"
  done
  fail "kill -$sig: 5 runs finished before the signal reached them"
}

# the outputs of DIR are the complete old set or the complete new one;
# the new set only when the signal came after the renames, which
# blocking SIGTERM during them allows.
check_old_or_new() {
  local what="$1" dir="$2" got
  got="$(outputs_digest "$dir")"
  if [[ "$got" == "$new" ]]; then
    echo "  ($what: the signal came after the renames; new outputs complete)"
  else
    check_eq "$what: the previous outputs, byte for byte" "$old" "$got"
  fi
}

# ---------------------------------------------------------------- SIGKILL
cp -r "$tmp/old" "$tmp/out-kill"
kill_while_writing KILL "$tmp/out-kill"
check_eq "SIGKILL: exit status" 137 "$RC"
check_eq "SIGKILL: previous outputs untouched" "$old" "$(outputs_digest "$tmp/out-kill")"
check_eq "SIGKILL: nothing visible but the outputs" "$all_outputs" "$(visible "$tmp/out-kill")"
leftovers="$(list_dir "$tmp/out-kill" | grep -c '^\.graph\.' || true)"
((leftovers > 0)) || fail "SIGKILL left no temporary file: was the run killed while writing?"
ok "SIGKILL while writing: previous outputs byte-identical, $leftovers hidden temporary files"

# The next run is not disturbed by the leftovers.
akg build -o "$tmp/out-kill" "$tmp/big"
expect_rc 0
check_eq "the run after a SIGKILL writes the complete outputs" "$new" \
  "$(outputs_digest "$tmp/out-kill")"
check_eq "...and only those are visible" "$all_outputs" "$(visible "$tmp/out-kill")"
ok "the next run writes normally beside the leftovers"

# ---------------------------------------------------------------- SIGTERM
cp -r "$tmp/old" "$tmp/out-term"
kill_while_writing TERM "$tmp/out-term"
check_eq "SIGTERM: the process dies of the signal" 143 "$RC"
check_old_or_new "SIGTERM" "$tmp/out-term"
check_eq "SIGTERM: no temporary file left at all" "$all_outputs" "$(list_dir "$tmp/out-term")"
ok "SIGTERM while writing: outputs whole, temporary files removed"

# SIGINT (Ctrl-C) likewise.
cp -r "$tmp/old" "$tmp/out-int"
kill_while_writing INT "$tmp/out-int"
check_eq "SIGINT: the process dies of the signal" 130 "$RC"
check_old_or_new "SIGINT" "$tmp/out-int"
check_eq "SIGINT: no temporary file left at all" "$all_outputs" "$(list_dir "$tmp/out-int")"
ok "SIGINT while writing: outputs whole, temporary files removed"

# ---------------------------------------------------------------- failed writes
# Files may not grow past 16 KB (RLIMIT_FSIZE): write(2) fails with EFBIG.
# SIGXFSZ is ignored, as the shell's trap '' passes on to the program. With
# -j2 the outputs are written on two lanes, which both fail: still one
# message, the first failure in output order, as with -j1.
cp -r "$tmp/old" "$tmp/out-full"
rc=0
(
  trap '' XFSZ
  ulimit -f 16
  exec "$AKG_BIN" build -j2 -o "$tmp/out-full" "$tmp/big"
) >"$tmp/full.out" 2>"$tmp/full.err" || rc=$?
err="$(cat "$tmp/full.err")"
check_eq "failed write: exit status" 1 "$rc"
check_contains "failed write: the file and the cause named" \
  "actorkg: $tmp/out-full/graph.ttl: error: cannot write: File too large" "$err"
check_eq "failed write: one message" 1 "$(wc -l <<<"$err")"
check_eq "failed write: previous outputs untouched" "$old" "$(outputs_digest "$tmp/out-full")"
check_eq "failed write: no temporary file left" "$all_outputs" "$(list_dir "$tmp/out-full")"
ok "a write that fails: exit 1, file named, previous outputs byte-identical"

# ---------------------------------------------------------------- failed rename
# graph.svg, renamed last, cannot replace a folder that is not empty: the
# three renames before it are undone.
cp -r "$tmp/old" "$tmp/out-dir"
rm "$tmp/out-dir/graph.svg"
mkdir -p "$tmp/out-dir/graph.svg/inside"
before="$(outputs_digest "$tmp/out-dir")"
inodes="$(cd "$tmp/out-dir" && stat -c '%n %i' graph.ttl graph.nt graph.dot)"
akg build -o "$tmp/out-dir" "$tmp/big"
expect_rc 1
check_contains "failed rename: graph.svg named with the cause" \
  "actorkg: $tmp/out-dir/graph.svg: error: cannot rename the temporary file into place:" "$ERR"
check_eq "failed rename: one message" 1 "$(wc -l <<<"$ERR")"
check_eq "failed rename: the other outputs as they were" "$before" "$(outputs_digest "$tmp/out-dir")"
check_eq "failed rename: the very same files (inodes)" "$inodes" \
  "$(cd "$tmp/out-dir" && stat -c '%n %i' graph.ttl graph.nt graph.dot)"
check_eq "failed rename: no temporary or backup file left" "$all_outputs" \
  "$(list_dir "$tmp/out-dir")"
ok "a rename that fails: exit 1, graph.svg named, the renames before it undone"

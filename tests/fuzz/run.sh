#!/bin/sh
# run.sh: runs one libFuzzer target on its seed corpus.
#
#   tests/fuzz/run.sh TARGET SECONDS [LIBFUZZER-OPTION ...]
#   tests/fuzz/run.sh TARGET -runs=N [LIBFUZZER-OPTION ...]
#
# TARGET is a name under tests/fuzz/corpus/ (text_reader, sentences,
# tokens_dates, extract, read_buffer). The binary is taken from
# $AKG_FUZZ_BUILD_DIR (default: build-fuzz/tests/fuzz, as made by
#   cmake -S . -B build-fuzz -DAKG_FUZZ=ON -DCMAKE_C_COMPILER=clang
#   cmake --build build-fuzz -j2).
# New inputs go to a scratch folder, so the committed seeds never change;
# a crash is saved as $AKG_FUZZ_BUILD_DIR/TARGET-crash-<sha1> (or -leak-,
# -timeout-, -oom-) and the script exits non-zero. libFuzzer's final
# statistics (number of executions, exec/s) end the output.
set -eu

if [ $# -lt 2 ]; then
  sed -n '2,16p' "$0" >&2
  exit 2
fi
target="$1"
budget="$2"
shift 2
here="$(cd "$(dirname "$0")" && pwd)"
build="${AKG_FUZZ_BUILD_DIR:-$here/../../build-fuzz/tests/fuzz}"
binary="$build/fuzz_$target"
seeds="$here/corpus/$target"
[ -x "$binary" ] || { echo "run.sh: no fuzz target $binary (build with -DAKG_FUZZ=ON)" >&2; exit 2; }
[ -d "$seeds" ] || { echo "run.sh: no seed corpus $seeds" >&2; exit 2; }

case "$budget" in
  -runs=*) limit="$budget" ;;
  *[!0-9]*|'') echo "run.sh: SECONDS must be a number or -runs=N, not '$budget'" >&2; exit 2 ;;
  *) limit="-max_total_time=$budget" ;;
esac

dict=""
[ -f "$here/$target.dict" ] && dict="-dict=$here/$target.dict"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/akg-fuzz-$target.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT INT TERM

# Inputs up to 64 KiB reach the splitter's 4 KiB sentence cap and long
# headers; 10 s for one input is far beyond any honest input's time, so a
# timeout is a hang. The ontology comes from the source tree.
export ACTORKG_ONTOLOGY="${ACTORKG_ONTOLOGY:-$here/../../ontology}"
# shellcheck disable=SC2086 # $dict is empty or one word
"$binary" "$limit" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$build/$target-" $dict "$@" \
  "$scratch" "$seeds"

# generated_corpus.sh: a larger corpus made from the seed articles, for the
# tests of -j and of extract/merge. Sourced after lib.sh, never run.
#
# generate_corpus DIR COPIES: COPIES rounds of the five seed articles under
# new names in three folders, one round as written, one with China read as
# Russia, one with Japan read as Australia (so the graph has more than the
# seed's actors and facts); plus inputs that are skipped (an empty file, a
# file with a NUL byte, one that is not UTF-8, one over 40 KB for
# --max-file-size 40K) and two articles whose identifier is also a seed
# article's: a changed one (dup1/) and an unchanged copy (dup2/).
# shellcheck shell=bash

SEED_DUP=001_93ae5d72f34d4644.txt

generate_corpus() {
  local dir="$1" copies="$2" i f name
  mkdir -p "$dir/a" "$dir/b/c" "$dir/dup1" "$dir/dup2"
  for ((i = 0; i < copies; i++)); do
    for f in "$CORPUS"/*.txt; do
      name="$(basename "$f" .txt)_$i.txt"
      case $((i % 3)) in
        0) cp "$f" "$dir/a/$name" ;;
        1) sed 's/China/Russia/g; s/Chinese/Russian/g' "$f" >"$dir/b/$name" ;;
        2) sed 's/Japan/Australia/g; s/Japanese/Australian/g' "$f" >"$dir/b/c/$name" ;;
      esac
    done
  done
  : >"$dir/a/empty.txt"
  printf 'Title\n\nText with a NUL \0 byte.\n' >"$dir/b/binary.txt"
  printf 'Title\n\nNot UTF-8: caf\xe9.\n' >"$dir/b/c/latin1.txt"
  for ((i = 0; i < 8; i++)); do cat "$CORPUS/000_3851dfb9e86f56df.txt"; done >"$dir/b/large.txt"
  sed 's/China/North Korea/g' "$CORPUS/$SEED_DUP" >"$dir/dup1/$SEED_DUP"
  cp "$CORPUS/$SEED_DUP" "$dir/dup2/$SEED_DUP"
}

#!/usr/bin/env bash
# bench/run.sh: actorkg's benchmark. Prints a Markdown report; -o FILE
# also writes it to FILE (bench/RESULTS.md is the record in the repository).
#
#   bench/run.sh                  # the full run: 10 MB, 100 MB, 1 GB
#   bench/run.sh -o bench/RESULTS.md
#   bench/run.sh --sizes "10M 100M" --runs 1     # a quicker look
#
# What it does, in order (under five minutes on 2 cores once the corpora
# exist; generating the 1 GB corpus the first time adds about 20 s):
#   1. builds actorkg and actorkg-gen in Release mode in build-bench/
#      (or takes them from --bin DIR);
#   2. generates the corpora with actorkg-gen (fixed seed) into
#      bench/data/SIZE/ unless they are there already with the same
#      MANIFEST (bench/data/ is not in git);
#   3. per corpus: `wc -w` over the same files (the floor: one pass that
#      only splits words), then `actorkg build --stats` with -j1 and -j2,
#      median of --runs runs (default 3) except on the largest corpus, which
#      runs once with -j2 (and once with -j1 with --full); per-stage figures
#      of the median run; -j1 and -j2 outputs compared byte for byte;
#   4. the RDF writers against serdi (Debian package serdi, installed
#      first where apt can, as root; skipped if it
#      is missing) on the same triples: the largest corpus's graph.nt
#      converted by `serdi -i ntriples -o turtle` and `-o ntriples`;
#   5. the diagram of a made-up lexicon of 2,000 actors with 10,000
#      relation sentences among them (graph.svg stage, median of runs);
#   6. the targets, each met or not.
# Timings are wall-clock seconds; the machine's load is printed before and
# after, since a busy machine makes every figure worse.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$ROOT/bench/data"
BIN=""
SIZES="10M 100M 1G"
RUNS=3
FULL=0
OUT_FILE=""
DIAGRAM_ACTORS=2000
DIAGRAM_RELATIONS=10000
SEED=1

usage() {
  sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  cat <<'EOF'
Options:
  --sizes "A B ..."   corpus sizes (K, M, G suffixes; default "10M 100M 1G")
  --runs N            runs per measurement, the median is shown (default 3)
  --full              also run the largest corpus with -j1
  --data DIR          where corpora and outputs go (default bench/data)
  --bin DIR           use DIR/actorkg and DIR/actorkg-gen instead of building
  --diagram N M       the diagram benchmark's actors and relation sentences
                      (default 2000 10000; 0 0 skips it)
  -o FILE             also write the report to FILE
EOF
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --full) FULL=1; shift ;;
    --data) DATA="$2"; shift 2 ;;
    --bin) BIN="$2"; shift 2 ;;
    --diagram) DIAGRAM_ACTORS="$2"; DIAGRAM_RELATIONS="$3"; shift 3 ;;
    -o) OUT_FILE="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "bench/run.sh: --runs needs a number" >&2; exit 2; }

log() { echo "bench: $*" >&2; }
mkdir -p "$DATA"
DATA="$(cd "$DATA" && pwd)"
REPORT="$DATA/report.md"
: >"$REPORT"
say() { printf '%s\n' "$*" >>"$REPORT"; }

# ------------------------------------------------------------------ build

# serdi is what the RDF writers are measured against. On a fresh Debian
# machine (root, apt) it is installed here, before any timing, so that the
# report is complete; elsewhere its rows are skipped.
if ! command -v serdi >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]] &&
  command -v apt-get >/dev/null 2>&1; then
  log "installing serdi (Debian package) for the RDF comparison"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq serdi >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq serdi >/dev/null 2>&1; } ||
    log "could not install serdi: the RDF rows will be skipped"
fi

if [[ -z "$BIN" ]]; then
  BIN="$ROOT/build-bench"
  log "building actorkg and actorkg-gen (Release) in $BIN"
  cmake -S "$ROOT" -B "$BIN" -DCMAKE_BUILD_TYPE=Release -DAKG_TESTS=OFF >/dev/null
  cmake --build "$BIN" -j "$(nproc)" --target actorkg actorkg-gen >/dev/null
fi
AKG="$BIN/actorkg"
GEN="$BIN/actorkg-gen"
for b in "$AKG" "$GEN"; do
  [[ -x "$b" ]] || { echo "bench/run.sh: $b is missing" >&2; exit 1; }
done

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
# median of numbers given as arguments
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "-" }'; }
mb_rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", n / 1e6 / s; else print "-" }'; }
bytes_of() { awk '$1 == "bytes" { print $2 }' "$1/MANIFEST"; }
manifest() { awk -v k="$2" '$1 == k { print $2 }' "$1/MANIFEST"; }

# ------------------------------------------------------------------ machine

cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)"
ram="$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)"
commit="$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
say "# actorkg benchmark"
say ""
say "| | |"
say "|---|---|"
say "| date | $(date -u '+%Y-%m-%d %H:%M UTC') |"
say "| commit | \`$commit\` |"
say "| machine | $(nproc) processors, $cpu, $ram RAM |"
say "| load average before (1, 5, 15 min) | $load_before |"
say "| command | \`bench/run.sh --sizes \"$SIZES\" --runs $RUNS$([[ $FULL == 1 ]] && echo ' --full')\` |"
say ""

# ------------------------------------------------------------------ corpora

# What a corpus is made from besides the generator: its templates and
# lexicon, by checksum.
sources_sum() { cat "$ROOT/bench/templates.txt" "$ROOT/ontology/actors.ttl" | cksum; }

# A corpus is reused when its MANIFEST says it was made by this generator
# version with this seed and size, from the same templates and lexicon.
ensure_corpus() { # ensure_corpus SIZE -> prints its folder
  local size="$1" dir="$DATA/$1" bytes
  bytes="$(awk -v s="$size" 'BEGIN {
    n = s + 0; u = substr(s, length(s)); m = (u == "K") ? 1024 : (u == "M") ? 1048576 : (u == "G") ? 1073741824 : 1
    printf "%.0f", n * m }')"
  if [[ -f "$dir/MANIFEST" ]] && grep -qx "generator actorkg-gen 1" "$dir/MANIFEST" &&
    grep -qx "seed $SEED" "$dir/MANIFEST" && grep -qx "bytes-asked $bytes" "$dir/MANIFEST" &&
    [[ "$(cat "$dir/SOURCES" 2>/dev/null)" == "$(sources_sum)" ]]; then
    echo "$dir"
    return
  fi
  log "generating the $size corpus in $dir"
  rm -rf "$dir"
  "$GEN" --ontology "$ROOT/ontology" --templates "$ROOT/bench/templates.txt" \
    --bytes "$size" --seed "$SEED" "$dir" >&2
  sources_sum >"$dir/SOURCES"
  echo "$dir"
}

# wc -w over the files, as a floor: prints "seconds words"
wc_floor() {
  local start end words
  start="$(now)"
  words="$(find "$1" -type f -print0 | LC_ALL=C wc -w --files0-from=- | tail -1 | awk '{ print $1 }')"
  end="$(now)"
  echo "$(elapsed "$start" "$end") $words"
}

# one build: run_build CORPUS JOBS OUTDIR [ONTOLOGY]; the stats table goes
# to OUTDIR.stats, the summary line to OUTDIR.summary; prints the wall time
run_build() {
  local corpus="$1" jobs="$2" out="$3" ontology="${4:-$ROOT/ontology}" start end rc=0
  start="$(now)"
  "$AKG" build --stats -j "$jobs" --ontology "$ontology" -o "$out" "$corpus" \
    2>"$out.err" || rc=$?
  end="$(now)"
  if [[ $rc != 0 ]]; then
    cat "$out.err" >&2
    echo "bench/run.sh: actorkg build exited $rc on $corpus" >&2
    exit 1
  fi
  grep '^stats: ' "$out.err" | sed 's/^stats: //' >"$out.stats"
  grep '^actorkg: .* articles read' "$out.err" >"$out.summary" || true
  elapsed "$start" "$end"
}

# field K from the end of a stage's line (1 peak MB, 2 triples/s,
# 3 sentences/s, 4 MB/s, 5 seconds)
stage_field() { grep -F -- "$2" "$1" | head -1 | awk -v k="$3" '{ print $(NF - k + 1) }'; }
summary_count() { sed -n "s/.* \([0-9][0-9]*\) $2.*/\1/p" "$1" | head -1; }

# measure CORPUS JOBS RUNS NAME: runs, keeps the median run's figures as
# $DATA/out/NAME (.stats, .summary); prints the median seconds
measure() {
  local corpus="$1" jobs="$2" runs="$3" name="$4" i t times=() best
  for ((i = 1; i <= runs; i++)); do
    t="$(run_build "$corpus" "$jobs" "$DATA/out/$name.run$i")"
    times+=("$t")
    log "  $name run $i: $t s"
  done
  best="$(median "${times[@]}")"
  for ((i = 1; i <= runs; i++)); do
    if [[ "${times[$((i - 1))]}" == "$best" ]]; then
      rm -rf "$DATA/out/$name"
      mv "$DATA/out/$name.run$i" "$DATA/out/$name"
      for ext in stats summary err; do mv "$DATA/out/$name.run$i.$ext" "$DATA/out/$name.$ext"; done
      best="done"
    else
      rm -rf "$DATA/out/$name.run$i" "$DATA/out/$name.run$i".*
    fi
  done
  median "${times[@]}"
}

mkdir -p "$DATA/out"
read -r -a sizes <<<"$SIZES"
largest="${sizes[${#sizes[@]} - 1]}"
declare -A dir_of wc_s wc_words whole_j1 whole_j2
say "## Corpora"
say ""
say "Made by \`actorkg-gen\` (bench/gen_corpus.c, seed $SEED) from ontology/actors.ttl and"
say "bench/templates.txt: plain-text articles with a header, about one relation sentence"
say "per 10 KB, the rest mentions of actors and filler."
say ""
say "| corpus | files | MB | words (\`wc -w\`) | sentences | relation sentences |"
say "|---|---:|---:|---:|---:|---:|"
for size in "${sizes[@]}"; do
  dir="$(ensure_corpus "$size")"
  dir_of[$size]="$dir"
  wc_floor "$dir/corpus" >/dev/null # warm the page cache
  times=()
  for ((i = 1; i <= RUNS; i++)); do
    read -r t words < <(wc_floor "$dir/corpus")
    times+=("$t")
  done
  wc_s[$size]="$(median "${times[@]}")"
  wc_words[$size]="$words"
  say "| $size | $(manifest "$dir" files) | $(mb_rate "$(bytes_of "$dir")" 1) | $words | $(manifest "$dir" sentences) | $(manifest "$dir" relation-sentences) |"
done
say ""

# ------------------------------------------------------------------ builds

say "## Whole process"
say ""
say "\`actorkg build --stats\`, wall clock of the whole process (lexicon, reading,"
say "extraction, graph, all five outputs), median of $RUNS runs (the largest corpus: one"
say "run); \`wc -w\` on the same files as the floor."
say ""
say "| corpus | -j | seconds | MB/s | sentences/s | events | triples | peak MB | \`wc -w\` s | \`wc -w\` MB/s |"
say "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
whole_row() { # whole_row SIZE JOBS SECONDS NAME
  local size="$1" jobs="$2" s="$3" name="$4" dir="${dir_of[$1]}" bytes sentences triples
  bytes="$(bytes_of "$dir")"
  sentences="$(manifest "$dir" sentences)"
  triples="$(wc -l <"$DATA/out/$name/graph.nt")"
  say "| $size | $jobs | $s | $(mb_rate "$bytes" "$s") | $(rate "$sentences" "$s") | $(summary_count "$DATA/out/$name.summary" events) | $triples | $(stage_field "$DATA/out/$name.stats" 'total (wall)' 1) | ${wc_s[$size]} | $(mb_rate "$bytes" "${wc_s[$size]}") |"
}
for size in "${sizes[@]}"; do
  corpus="${dir_of[$size]}/corpus"
  runs="$RUNS"
  if [[ "$size" == "$largest" && ${#sizes[@]} -gt 1 ]]; then runs=1; fi
  if [[ "$size" != "$largest" || $FULL == 1 || ${#sizes[@]} == 1 ]]; then
    log "$size, -j1"
    whole_j1[$size]="$(measure "$corpus" 1 "$runs" "$size-j1")"
    whole_row "$size" 1 "${whole_j1[$size]}" "$size-j1"
  fi
  log "$size, -j2"
  whole_j2[$size]="$(measure "$corpus" 2 "$runs" "$size-j2")"
  whole_row "$size" 2 "${whole_j2[$size]}" "$size-j2"
done
say ""

stage_table() { # stage_table NAME TITLE
  say "### $2"
  say ""
  say '```'
  cat "$DATA/out/$1.stats" >>"$REPORT"
  say '```'
  say ""
}
say "## Per stage"
say ""
say "From \`--stats\` of the median run. Read and extract are summed over the worker"
say "threads (thread-seconds); the wall-clock line below them is the three together."
say "Peak MB is the process's peak resident set (ru_maxrss) at the end of the stage."
say ""
mid="${sizes[0]}"
for size in "${sizes[@]}"; do [[ -n "${whole_j1[$size]:-}" ]] && mid="$size"; done
[[ -n "${whole_j1[$mid]:-}" ]] && stage_table "$mid-j1" "$mid, -j1"
stage_table "$largest-j2" "$largest, -j2"

# ------------------------------------------------------------------ threads

say "## Threads"
say ""
say "Whole process, and the threaded part alone (read+extract+merge, wall clock, from"
say "\`--stats\`; the outputs are written after it, on two threads with -j2)."
say ""
say "| corpus | -j1 s | -j2 s | speedup | read+extract+merge -j1 s | -j2 s | speedup | outputs identical (\`cmp\`) |"
say "|---|---:|---:|---:|---:|---:|---:|---|"
speedup=""
pipe_speedup=""
identical="yes"
for size in "${sizes[@]}"; do
  [[ -n "${whole_j1[$size]:-}" ]] || continue
  same="yes"
  for f in graph.ttl graph.nt graph.nq graph.dot graph.svg; do
    cmp -s "$DATA/out/$size-j1/$f" "$DATA/out/$size-j2/$f" || { same="no ($f differs)"; identical="no"; }
  done
  speedup="$(awk -v a="${whole_j1[$size]}" -v b="${whole_j2[$size]}" 'BEGIN { printf "%.2f", a / b }')"
  p1="$(stage_field "$DATA/out/$size-j1.stats" 'read+extract+merge' 5)"
  p2="$(stage_field "$DATA/out/$size-j2.stats" 'read+extract+merge' 5)"
  pipe_speedup="$(awk -v a="$p1" -v b="$p2" 'BEGIN { printf "%.2f", a / b }')"
  say "| $size | ${whole_j1[$size]} | ${whole_j2[$size]} | ${speedup}x | $p1 | $p2 | ${pipe_speedup}x | $same |"
done
say ""

# ------------------------------------------------------------------ serdi

say "## RDF writers against serdi"
say ""
nt="$DATA/out/$largest-j2/graph.nt"
triples="$(wc -l <"$nt")"
ttl_s="$(stage_field "$DATA/out/$largest-j2.stats" 'graph.ttl' 5)"
nt_s="$(stage_field "$DATA/out/$largest-j2.stats" 'graph.nt' 5)"
ttl_ratio=""
nt_ratio=""
if command -v serdi >/dev/null 2>&1; then
  serdi_run() { # serdi_run SYNTAX -> median seconds
    local i start end times=()
    for ((i = 1; i <= RUNS; i++)); do
      start="$(now)"
      serdi -i ntriples -o "$1" "$nt" >"$DATA/out/serdi.$1"
      end="$(now)"
      times+=("$(elapsed "$start" "$end")")
    done
    rm -f "$DATA/out/serdi.$1"
    median "${times[@]}"
  }
  log "serdi on $triples triples"
  serdi_ttl="$(serdi_run turtle)"
  serdi_nt="$(serdi_run ntriples)"
  ttl_ratio="$(awk -v a="$ttl_s" -v b="$serdi_ttl" 'BEGIN { printf "%.2f", a / b }')"
  nt_ratio="$(awk -v a="$nt_s" -v b="$serdi_nt" 'BEGIN { printf "%.2f", a / b }')"
  per_m() { awk -v s="$1" -v n="$triples" 'BEGIN { printf "%.3f", s * 1e6 / n }'; }
  say "The same $triples triples (the $largest corpus's graph): actorkg's stage (walking the"
  say "graph and writing the file) against \`serdi -i ntriples -o SYNTAX graph.nt > file\`"
  say "(parsing N-Triples and writing), median of $RUNS. Per 1M triples: the seconds scaled."
  say ""
  say "| output | actorkg s | serdi s | actorkg / serdi | actorkg s per 1M triples | serdi s per 1M |"
  say "|---|---:|---:|---:|---:|---:|"
  say "| Turtle | $ttl_s | $serdi_ttl | ${ttl_ratio}x | $(per_m "$ttl_s") | $(per_m "$serdi_ttl") |"
  say "| N-Triples | $nt_s | $serdi_nt | ${nt_ratio}x | $(per_m "$nt_s") | $(per_m "$serdi_nt") |"
else
  say "serdi is not installed (\`apt-get install serdi\`): comparison skipped. actorkg on"
  say "$triples triples: Turtle $ttl_s s, N-Triples $nt_s s."
fi
say ""

# ------------------------------------------------------------------ diagram

svg_s=""
if [[ "$DIAGRAM_ACTORS" != 0 ]]; then
  say "## Diagram"
  say ""
  ddir="$DATA/diagram-$DIAGRAM_ACTORS-$DIAGRAM_RELATIONS"
  if ! grep -qx "synthetic-actors $DIAGRAM_ACTORS" "$ddir/MANIFEST" 2>/dev/null ||
    [[ "$(cat "$ddir/SOURCES" 2>/dev/null)" != "$(sources_sum)" ]]; then
    rm -rf "$ddir"
    "$GEN" --ontology "$ROOT/ontology" --templates "$ROOT/bench/templates.txt" \
      --synthetic-actors "$DIAGRAM_ACTORS" --relations "$DIAGRAM_RELATIONS" --seed "$SEED" "$ddir" >&2
    sources_sum >"$ddir/SOURCES"
  fi
  times=()
  for ((i = 1; i <= RUNS; i++)); do
    run_build "$ddir/corpus" 2 "$DATA/out/diagram" "$ddir/ontology" >/dev/null
    times+=("$(stage_field "$DATA/out/diagram.stats" 'graph.svg' 5)")
  done
  svg_s="$(median "${times[@]}")"
  dot_s="$(stage_field "$DATA/out/diagram.stats" 'graph.dot' 5)"
  say "A made-up lexicon of $DIAGRAM_ACTORS actors and $DIAGRAM_RELATIONS relation sentences among"
  say "them (\`actorkg-gen --synthetic-actors\`): $(summary_count "$DATA/out/diagram.summary" actors) actors and"
  say "$(summary_count "$DATA/out/diagram.summary" 'distinct facts') distinct facts in the graph. graph.svg (layout and render, as"
  say "src/export/diagram.c does them): **$svg_s s** (median of $RUNS); graph.dot: $dot_s s."
  say ""
fi

# ------------------------------------------------------------------ targets

met() { awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN {
  if (v == "" || v == "-") { print "not measured"; exit }
  ok = (op == ">=") ? v >= t : v <= t; print ok ? "met" : "**missed**" }'; }
say "## Targets"
say ""
say "| target | measured | |"
say "|---|---|---|"
if [[ -n "${whole_j1[$mid]:-}" ]]; then
  sps="$(rate "$(manifest "${dir_of[$mid]}" sentences)" "${whole_j1[$mid]}")"
  say "| one thread, whole process, ≥ 250,000 sentences/s ($mid) | $sps sentences/s | $(met "$sps" '>=' 250000) |"
fi
if [[ -n "$speedup" ]]; then
  say "| -j2 ≥ 1.8x faster than -j1 (whole process), identical output | ${speedup}x (threaded part ${pipe_speedup}x), identical: $identical | $(met "$speedup" '>=' 1.8)$([[ $identical == yes ]] || echo ', **output differs**') |"
fi
peak="$(stage_field "$DATA/out/$largest-j2.stats" 'total (wall)' 1)"
say "| peak memory ≤ 64 MB ($largest, $(summary_count "$DATA/out/$largest-j2.summary" events) events, -j2) | $peak MB | $(met "$peak" '<=' 64) |"
say "| Turtle within 1.5x of serdi | ${ttl_ratio:--}x | $(met "$ttl_ratio" '<=' 1.5) |"
say "| N-Triples within 1.5x of serdi | ${nt_ratio:--}x | $(met "$nt_ratio" '<=' 1.5) |"
[[ -n "$svg_s" ]] && say "| $DIAGRAM_ACTORS-actor SVG < 2 s | $svg_s s | $(met "$svg_s" '<=' 2) |"
say ""
say "Load average after: $(cut -d' ' -f1-3 /proc/loadavg) (before: $load_before)."

cat "$REPORT"
if [[ -n "$OUT_FILE" ]]; then
  cp "$REPORT" "$OUT_FILE"
  log "report written to $OUT_FILE"
fi

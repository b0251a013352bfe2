#!/usr/bin/env bash
# test_hostile_input: time and memory stay bounded on text written to blow
# them up (README, "Errors and exit statuses"). Each input runs alone under
# `timeout` and a memory ceiling: 1.5 GB of address space for a plain build,
# a 1.5 GB RSS limit for a sanitizer build (whose address space is mostly
# shadow). Before the caps, the long title took 31 s and 3.3 GB, the
# repeated pair 82 s, the many-relations file 2.5 GB; now each takes about
# a second and under 100 MB (plain build).
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"

LIMIT_SECONDS=120
sanitized=0
# (Not `ldd | grep -q`: under pipefail, grep quitting early can fail ldd.)
if [[ "$(ldd "$AKG_BIN" 2>/dev/null)" == *libasan* ]]; then sanitized=1; fi

# bounded NAME EXPECTED-STATUS FILE: builds FILE within the limits.
bounded() {
  local name="$1" want="$2" file="$3" rc=0
  (
    if [[ $sanitized == 1 ]]; then
      export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}hard_rss_limit_mb=1500"
    else
      ulimit -v 1500000
    fi
    exec timeout "$LIMIT_SECONDS" "$AKG_BIN" build -o "$tmp/out-$name" --ontology "$ONTOLOGY" "$file"
  ) >"$tmp/$name.out" 2>"$tmp/$name.err" || rc=$?
  ERR="$(cat "$tmp/$name.err")"
  [[ $rc != 124 ]] || fail "$name: not done within $LIMIT_SECONDS s"
  [[ $rc == "$want" ]] || fail "$name: exit $rc, expected $want; stderr: $(head -c 2000 <<<"$ERR")"
  rapper_count ntriples "$tmp/out-$name/graph.nt" >/dev/null
}

# The names of 64 countries of the lexicon, to make lists of any length.
names=(China Russia Japan India France Germany Italy Spain Brazil Mexico Canada Australia
  Egypt Iran Iraq Israel Jordan Kenya Nigeria Peru Chile Cuba Greece Turkey Poland Sweden
  Norway Finland Denmark Austria Hungary Romania Ukraine Belarus Vietnam Thailand Malaysia
  Indonesia Singapore Pakistan Afghanistan Nepal Bhutan Mongolia Kazakhstan Uzbekistan
  Georgia Armenia Azerbaijan Syria Lebanon Libya Tunisia Algeria Morocco Sudan Ethiopia
  Somalia Uganda Tanzania Zambia Angola Namibia Botswana)
# actor_list N: "China, Russia, ..." with N names, on one line.
actor_list() {
  local n="$1"
  printf '%s\n' "${names[@]}" | awk -v n="$n" '
    { name[NR - 1] = $0 } END { for (i = 0; i < n; i++) printf "%s%s", (i ? ", " : ""), name[i % NR] }'
}

# A sentence of 10 MB on one line, stating one fact over and over.
awk 'BEGIN { s = "Japan and China cooperate and "; n = int(10485760 / length(s))
  for (i = 0; i < n; i++) printf "%s", s; print "so on." }' >"$tmp/long_sentence.txt"
bounded long_sentence 3 "$tmp/long_sentence.txt"
check_contains "the cut-short article is named, with the cap" \
  "long_sentence.txt: warning: states more than 10000 relations; only the first 10000 are kept" "$ERR"
check_contains "...and the run still summed up" "1 articles read, 0 skipped" "$ERR"
ok "10 MB sentence: bounded, exit 3, the cap named"

# 100,000 actors in one sentence, accusing; and cooperating "among" them
# (a pairwise product: 5 billion pairs without the caps).
{
  echo "Title: A long list"
  echo
  actor_list 100000
  echo " accused the United States of hacking."
} >"$tmp/many_accusers.txt"
bounded many_accusers 0 "$tmp/many_accusers.txt"
{
  echo "Title: Talks"
  echo
  printf 'The summit agreed on cooperation among '
  actor_list 100000
  echo "."
} >"$tmp/cooperation_among.txt"
bounded cooperation_among 0 "$tmp/cooperation_among.txt"
ok "100,000 actors in one sentence: bounded"

# The same list as a title, which does not pass through the sentence
# splitter.
{
  printf 'Title: '
  actor_list 100000
  echo " cooperate"
  echo
  echo "Nothing else happened."
} >"$tmp/long_title.txt"
bounded long_title 0 "$tmp/long_title.txt"
ok "850 KB title: bounded"

# One pair stated in 200,000 different sentences (one event, 200,000
# pieces of evidence).
{
  echo "Title: Many"
  echo
  seq 200000 | awk '{ printf "Japan accused China of attack number %d.\n\n", $1 }'
} >"$tmp/same_pair.txt"
bounded same_pair 3 "$tmp/same_pair.txt"
evidence="$(grep -c 'ns#evidence>' "$tmp/out-same_pair/graph.nt")"
check_eq "evidence sentences kept for the one event" 100 "$evidence"
ok "one pair in 200,000 sentences: bounded, 100 evidence sentences kept"

# 64 coordinated actors and hundreds of relation words per sentence.
{
  echo "Title: x"
  echo
  line="$(actor_list 64)$(awk 'BEGIN { for (i = 0; i < 300; i++) printf " cooperate," }') cooperate."
  for i in $(seq 2000); do printf '%s %d\n\n' "$line" "$i"; done
} >"$tmp/many_relations.txt"
bounded many_relations 3 "$tmp/many_relations.txt"
ok "pairwise products in 2,000 sentences: bounded, exit 3"

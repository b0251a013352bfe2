#!/usr/bin/env bash
# test_plover: the PLOVER development set (tests/eval/plover-dev, 161
# one-sentence articles, mostly threats, demands and fights that are none of
# actorkg's relations): every required row found, and a false positive in at
# most 2 % of the articles. The report is printed for `ctest -V`.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"

DEV="$AKG_SOURCE_DIR/tests/eval/plover-dev"
check_file "$DEV/gold.tsv"
[[ -d "$DEV/articles" ]] || fail "no folder $DEV/articles"
n_articles="$(find "$DEV/articles" -type f | wc -l)"
n_required="$(awk -F'\t' 'NR > 1 && $6 == "required"' "$DEV/gold.tsv" | wc -l)"

akg eval --gold "$DEV/gold.tsv" --ontology "$ONTOLOGY" \
  --min-recall 1.0 --max-fp-articles 0.02 "$DEV/articles"
echo "---- eval report (plover-dev: $n_articles articles, $n_required required rows)"
printf '%s\n' "$OUT"
echo "---- stderr"
printf '%s\n' "$ERR"
echo "----"
expect_rc 0

check_contains "summary line" "$n_articles articles read, 0 skipped" "$ERR"
overall="$(grep -E '^overall[[:space:]]' <<<"$OUT" || true)"
[[ -n "$overall" ]] || fail "no 'overall' line in the eval report"
read -r _ precision recall _ tp fp fn <<<"$overall"
check_eq "required rows found (TP + FN = required rows)" "$n_required" "$((tp + fn))"
fp_line="$(grep -E '^articles with a false positive: ' <<<"$OUT" || true)"
[[ -n "$fp_line" ]] || fail "no 'articles with a false positive' line in the eval report"
check_contains "false-positive line counts all articles" "of $n_articles " "$fp_line"
echo "plover-dev: recall $recall ($tp of $n_required), precision $precision, $fp false positives; $fp_line"
ok "plover-dev: recall 1.0, false positives in at most 2 % of the articles"

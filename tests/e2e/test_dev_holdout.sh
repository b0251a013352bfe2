#!/usr/bin/env bash
# test_dev_unseen: the development set of held-out-style texts
# (tests/eval/dev-holdout: press releases, embassy statements, wire news, a
# joint statement, an editorial) scored against its gold file; the floor
# keeps the extractor from falling back below what it reached. The report
# is printed for `ctest -V`.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"

DEV="$AKG_SOURCE_DIR/tests/eval/dev-holdout"
check_file "$DEV/gold.tsv"
akg eval --gold "$DEV/gold.tsv" --ontology "$ONTOLOGY" \
  --min-precision 0.95 --min-recall 0.50 --min-date-accuracy 0.75 "$DEV/articles"
echo "---- eval report (dev-holdout)"
printf '%s\n' "$OUT"
echo "----"
expect_rc 0
ok "dev-holdout: precision >= 0.95, recall >= 0.50, date accuracy >= 0.75"

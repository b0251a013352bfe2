#!/usr/bin/env bash
# test_dev_holdout: texts written without sight of the extractor's rules
# (tests/eval/dev-holdout, see its SOURCE.md); the floor keeps the
# extractor from falling back below what it reached.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
eval_floor dev-holdout 0.95 0.72 0.80

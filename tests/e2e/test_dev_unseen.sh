#!/usr/bin/env bash
# test_dev_unseen: the development set of held-out-style texts
# (tests/eval/dev-unseen: press releases, embassy statements, wire news, a
# joint statement, an editorial); the floor keeps the extractor from falling
# back below what it reached.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$0")/lib.sh"
eval_floor dev-unseen 0.95 0.84 0.9

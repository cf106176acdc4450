#!/usr/bin/env bash
# The model-based test of issue 15's policy invariants (tests/cli/model.rs) at full size: 5,000
# random sequences of up to 30 steps against the real binary, SMTP and HTTP servers. Prints each
# of the four parts' seed and sequence count; a failure prints its shrunk sequence.
# Knobs: SEQUENCES=5000 SEED= (replays a printed TAKEDOWN_MODEL_SEED)
set -euo pipefail
cd "$(dirname "$0")/.."
export TAKEDOWN_MODEL_SEQUENCES=${SEQUENCES:-5000}
[ -n "${SEED-}" ] && export TAKEDOWN_MODEL_SEED=$SEED
start=$(date +%s)
scripts/test --test cli model:: -- --nocapture 2>&1 | grep -E '^model part|test result|panicked|minimal failing'
echo "$TAKEDOWN_MODEL_SEQUENCES sequences in $(($(date +%s) - start)) s"

#!/usr/bin/env bash
# The kill matrix of issue 16 (tests/cli/kills.rs) at full size: 1,000 SIGKILLs and SIGTERMs at
# random points of escalate, outbox send, escalate followup, recheck with an alert, link import
# and wipe case. Prints each command's seed, kills, duplicates and losses.
# Knobs: KILLS=1000 SEED= (replays a printed TAKEDOWN_KILL_SEED)
set -euo pipefail
cd "$(dirname "$0")/.."
export TAKEDOWN_KILLS=${KILLS:-1000}
[ -n "${SEED-}" ] && export TAKEDOWN_KILL_SEED=$SEED
start=$(date +%s)
scripts/test --test cli kills:: -- --nocapture 2>&1 | grep -E '^kill matrix|test result|panicked'
echo "$TAKEDOWN_KILLS kills asked for, in $(($(date +%s) - start)) s"

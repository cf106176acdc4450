#!/usr/bin/env bash
# Fuzzing (issue 17 part 5): every parser of untrusted input (URL normaliser and address rule,
# platforms file, config.yaml, partners.yaml, hash-list CSV, templates, the image decoders, ids,
# times and recovery codes) on CASES arbitrary and damaged inputs each, in a release build.
# A panic or a case over one second of CPU fails the run; each target prints its count and its
# slowest case (CPU time of the case's thread, which load does not stretch).
# Usage: benches/fuzz.sh [CASES]   (default 100000; CI runs 256 of each in `cargo test`)
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$(date +%s)
# One thread: a slow case is then the case's own time, not a neighbour's.
PROPTEST_CASES=$cases cargo test --release --locked --lib fuzz:: -- --nocapture --test-threads=1 2>&1 | tee "$log"
echo
echo "fuzzing, $cases cases per target, $(($(date +%s) - start)) s in all:"
# libtest prints `test fuzz::x ... ` and the figure on one line: take the figure wherever it is.
grep -o 'fuzz [a-z_-]*: [0-9]* cases, slowest .*' "$log"

#!/usr/bin/env bash
# `takedown stats` over 100,000 links in 10,000 live cases plus 20,000 outcome-ledger rows (2,000
# cases folded as `wipe case` folds them), in an encrypted store. The peer is what a helpline does
# by hand today: the same per-platform percentiles with Python's `statistics` from a CSV of the
# removal times (the raw data `takedown` never exports). Needs hyperfine and python3.
# Usage: benches/stats.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -q
bin=${CARGO_TARGET_DIR:-$PWD/target}/release/takedown
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TAKEDOWN_HOME=$work/data
"$bin" init --yes --key-file "$work/key" >/dev/null 2>&1
# The filler is a unit test that CI runs small (a debug build: only `stats` is timed). It writes
# the rows with the store's own code (the ledger through `fold_case`), far faster than 200,000
# `link set` processes would.
TAKEDOWN_BENCH_STORE=$work/data/takedown.db TAKEDOWN_BENCH_KEY=$work/key \
  TAKEDOWN_BENCH_CSV=$work/hours.csv TAKEDOWN_BENCH_SCALE=100 \
  cargo test --locked -q --lib -- --exact \
  store::ledger::tests::a_generated_store_reads_back_every_link_and_ledger_row >/dev/null
cat >"$work/peer.py" <<'PY'
import csv, statistics, sys
data = {}
with open(sys.argv[1]) as f:
    for row in csv.DictReader(f):
        data.setdefault(row["platform"], []).append(int(row["hours"]))
for p in sorted(data):
    q = statistics.quantiles(data[p], n=100, method="inclusive")
    print(p, len(data[p]), q[24], statistics.median(data[p]), q[74], q[89])
PY
span=(--since 2025-01 --until 2026-12 --min-count 5)
hyperfine --warmup 2 --runs 10 -N \
  "$bin stats ${span[*]}" \
  "$bin stats ${span[*]} --by platform --by route --period quarter --json" \
  "python3 $work/peer.py $work/hours.csv" \
  --export-markdown "$work/stats.md" >/dev/null
cat "$work/stats.md"
/usr/bin/time -f "stats with --chart and --html: %e s, %M KiB peak" \
  "$bin" stats "${span[@]}" --chart "$work/c.png" --html "$work/p.html" >/dev/null

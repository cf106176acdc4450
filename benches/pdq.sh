#!/usr/bin/env bash
# PDQ speed: `takedown hash` (decode + SHA-256 + PDQ + 8 dihedral hashes) against the Python
# `pdqhash` binding of Meta's C++ (Pillow decode included), on the same 1,000 photo-like
# 1024x768 JPEGs. Needs: pip install pdqhash pillow numpy. Usage: benches/pdq.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
cargo build --release --locked -q
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benches/pdq/gen_bench_jpegs.py "$work/jpegs" "$n"
target/release/takedown hash --json "$work/jpegs" >/dev/null # warm the page cache
start=$(date +%s.%N)
/usr/bin/time -f "takedown hash: %M KiB peak" target/release/takedown hash --json "$work/jpegs" >/dev/null
end=$(date +%s.%N)
python3 -c "print(f'takedown hash: $n images in {$end - $start:.2f} s = {$n / ($end - $start):.1f} images/s')"
python3 benches/pdq/bench_pdqhash.py "$work/jpegs"

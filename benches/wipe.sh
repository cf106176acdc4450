#!/usr/bin/env bash
# `takedown wipe path` against `shred -n 1 -u` (GNU coreutils, one random pass, then unlink) on
# the same 1 GiB of files, in four shapes: one 1 GiB file, 16 x 64 MiB, 1,024 x 1 MiB and
# 16,384 x 64 KiB. Each run gets a fresh copy of the same random files, synced first.
# Needs hyperfine. Usage: benches/wipe.sh [DIR]   (DIR: where to write, default a temporary
# directory; put it on the disk you care about, as the numbers are the disk's as much as ours)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -q
bin=${CARGO_TARGET_DIR:-$PWD/target}/release/takedown
work=$(mktemp -d "${1:-${TMPDIR:-/tmp}}/wipe-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export TAKEDOWN_HOME=$work/home

make_set() { # name count size_kib
  mkdir -p "$work/src/$1"
  for ((i = 0; i < $2; i++)); do
    head -c "$(($3 * 1024))" /dev/urandom >"$work/src/$1/f$i"
  done
}
make_set 1x1GiB 1 $((1024 * 1024))
make_set 16x64MiB 16 $((64 * 1024))
make_set 1024x1MiB 1024 1024
make_set 16384x64KiB 16384 64

for set in 1x1GiB 16x64MiB 1024x1MiB 16384x64KiB; do
  prepare="rm -rf $work/t && cp -r $work/src/$set $work/t && sync"
  hyperfine --runs 5 --export-markdown "$work/$set.md" \
    --prepare "$prepare" \
    -n "takedown wipe path ($set)" "$bin -q wipe path --yes $work/t" \
    -n "shred -n 1 -u ($set)" "find $work/t -type f -exec shred -n 1 -u {} + && rmdir $work/t" \
    >/dev/null
  cat "$work/$set.md"
done

#!/usr/bin/env bash
# Evidence benchmark: `takedown evidence add` (SHA-256 of the original, age encryption, write and
# fsync of the vault copy) and `evidence verify` (decrypt and re-hash) against `sha256sum` on the
# same file, page cache warm. `takedown hash` shows SHA-256 alone.
# Needs hyperfine (apt-get install hyperfine). Usage: benches/evidence.sh [MiB]   (default 1024)
set -euo pipefail
cd "$(dirname "$0")/.."
mib=${1:-1024}
cargo build --release --locked -q
bin=${CARGO_TARGET_DIR:-$PWD/target}/release/takedown
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TAKEDOWN_HOME=$work/data
"$bin" init --yes --key-file "$work/key" >/dev/null 2>&1
case=$("$bin" case new --category ncii)
head -c "${mib}M" /dev/urandom >"$work/evidence.bin"
# The first add stores the file; later runs store it again and then drop the duplicate copy, so
# every run does the whole work.
"$bin" -q evidence add --case "$case" "$work/evidence.bin" >/dev/null
hyperfine --warmup 1 --runs 5 -N \
  "sha256sum $work/evidence.bin" \
  "$bin hash $work/evidence.bin" \
  "$bin -q evidence add --case $case $work/evidence.bin" \
  "$bin -q evidence verify --case $case" \
  --export-markdown "$work/evidence.md" >/dev/null
cat "$work/evidence.md"

#!/usr/bin/env bash
# Startup benchmark: `takedown --help`, and `link list` over 10,000 links in an encrypted store.
# Needs hyperfine (apt-get install hyperfine). Usage: benches/startup.sh [LINKS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
cargo build --release --locked -q
bin=$PWD/target/release/takedown
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TAKEDOWN_HOME=$work/data
"$bin" init --yes --key-file "$work/key" >/dev/null 2>&1
case=$("$bin" case new --category ncii)
platforms=(www.facebook.com www.instagram.com x.com www.tiktok.com www.youtube.com t.me www.reddit.com)
for ((i = 0; i < n; i++)); do
  echo "https://${platforms[i % ${#platforms[@]}]}/bench/post/$i"
done >"$work/links.txt"
/usr/bin/time -f "link import of $n links: %e s, %M KiB peak" "$bin" -q link import --case "$case" "$work/links.txt" >/dev/null
hyperfine --warmup 3 --runs 30 -N \
  "$bin --help" \
  "$bin link list" \
  "$bin link list --json" \
  --export-markdown "$work/startup.md" >/dev/null
cat "$work/startup.md"
/usr/bin/time -f "link list of $n links: %e s, %M KiB peak" "$bin" link list >/dev/null

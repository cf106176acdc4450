#!/usr/bin/env bash
# `takedown evidence capture --case` against `takedown recheck --all` on the same links (100 live
# 4 KiB pages over 10 loopback hosts, 127.0.0.1 … 127.0.0.10), at the same concurrency and
# per-host limits. Prints seconds, links/s and peak RSS of each, and the vault bytes written.
# Trusted timestamps are not part of `evidence capture` yet, so no token is fetched.
#
# Needs: GNU time (/usr/bin/time).
# Knobs: LINKS=100 HOSTS=10 CONCURRENCY=16 PER_HOST=2 PORT=8710 RUNS=3
#        PROFILE=release (PROFILE=debug measures the test build, for a quick look only)
set -euo pipefail

LINKS=${LINKS:-100}
HOSTS=${HOSTS:-10}
CONCURRENCY=${CONCURRENCY:-16}
PER_HOST=${PER_HOST:-2}
PORT=${PORT:-8710}
RUNS=${RUNS:-3}
PROFILE=${PROFILE:-release}

cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 2; }

if [ "$PROFILE" = release ]; then
  cargo build --release --locked --bin takedown --example recheck_server
else
  cargo build --locked --bin takedown --example recheck_server
fi
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
dir="$target/$PROFILE"
takedown="$dir/takedown"

work=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$dir/examples/recheck_server" "$PORT" "$HOSTS" &
server_pid=$!
sleep 1

for ((i = 0; i < LINKS; i++)); do
  echo "http://127.0.0.$((i % HOSTS + 1)):$PORT/live/$i"
done >"$work/urls.txt"

cat >"$work/platforms.yaml" <<YAML
schema_version: 1
platforms:
  - id: bench
    name: Benchmark server
    operator: null
    hosts:
      patterns: [$(seq -s, -f '"127.0.0.%g"' 1 "$HOSTS")]
      canonical_host: "127.0.0.1"
      unverified: true
      checked: 2026-01-01
YAML

# Both commands take their politeness from config.yaml, so they run under the same limits.
mkdir -p "$work/config"
cat >"$work/config/config.yaml" <<YAML
recheck:
  concurrency: $CONCURRENCY
  per_host: $PER_HOST
  host_interval: 0s
handle: BN
YAML
export TAKEDOWN_HOME="$work/home" TAKEDOWN_PLATFORMS="$work/platforms.yaml" \
  TAKEDOWN_CONFIG="$work/config/config.yaml"
mkdir -p "$work/keys" && chmod 700 "$work/keys"
"$takedown" init --yes --key-file "$work/keys/key" >/dev/null 2>&1
case_id=$("$takedown" case new --category ncii)
"$takedown" link add --case "$case_id" - <"$work/urls.txt" >/dev/null 2>&1

# Prints "seconds peak_rss_kib" of one command, run under GNU time; exit 2 (a failed command,
# e.g. a capture that stored nothing) stops the bench, exit 1 (recheck's "attention") does not.
measure() {
  local rc=0
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || rc=$?
  if [ "$rc" -gt 1 ]; then cat "$work/stderr" >&2; exit 2; fi
  tail -n 1 "$work/time" # GNU time puts "Command exited with non-zero status" first
}

echo "$LINKS links, $HOSTS hosts, concurrency $CONCURRENCY, per host $PER_HOST, $PROFILE build"
for ((run = 1; run <= RUNS; run++)); do
  read -r secs rss < <(measure "$takedown" recheck --all)
  echo "run $run recheck --all:            ${secs}s  $(python3 -c "print(round($LINKS / max($secs, 0.01)))") links/s  peak RSS ${rss} KiB"
  read -r secs rss < <(measure "$takedown" evidence capture --case "$case_id")
  echo "run $run evidence capture --case:  ${secs}s  $(python3 -c "print(round($LINKS / max($secs, 0.01)))") links/s  peak RSS ${rss} KiB"
done
echo "vault: $(du -sb "$TAKEDOWN_HOME/vault" | cut -f1) bytes for $((LINKS * RUNS)) captures"

# Shared by the benches that fetch from the local test server (examples/recheck_server):
# recheck.sh, capture.sh and scale.sh. Sourced after `set -euo pipefail`; it moves to the
# repository's root, makes the work folder `$work` (removed at exit, with every process whose
# id is in `bench_pids` stopped), and gives the steps below.

cd "$(dirname "${BASH_SOURCE[0]}")/.."

work=$(mktemp -d)
bench_pids=()
bench_cleanup() {
  local pid
  for pid in "${bench_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap bench_cleanup EXIT

# Stops the bench with exit 2 when GNU time, which measures peak RSS, is not installed.
bench_need_gnu_time() {
  [ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install time" >&2; exit 2; }
}

# Sets `target` (cargo's target folder) and `dir` (its PROFILE folder: release unless PROFILE
# says debug), where the takedown binary and the server's example are.
bench_target() {
  target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
  dir="$target/${PROFILE:-release}"
}

# Builds takedown and the server in PROFILE (extra cargo flags in the arguments), then
# bench_target.
bench_build() {
  local release=(--release)
  [ "${PROFILE:-release}" = release ] || release=()
  cargo build "${release[@]}" --locked "$@" --bin takedown --example recheck_server
  bench_target
}

# Starts the server on `port` for hosts 127.0.0.1 … 127.0.0.`hosts`; stopped at exit.
bench_server() {
  local port=$1 hosts=$2
  "$dir/examples/recheck_server" "$port" "$hosts" &
  bench_pids+=($!)
}

# Writes `$work/platforms.yaml`: one platform, `bench`, on hosts 127.0.0.1 … 127.0.0.`hosts`. A
# bench adds the platform's other fields by appending lines indented as `hosts:` is.
bench_platforms() {
  local hosts=$1
  cat >"$work/platforms.yaml" <<YAML
schema_version: 1
platforms:
  - id: bench
    name: Benchmark server
    operator: null
    hosts:
      patterns: [$(seq -s, -f '"127.0.0.%g"' 1 "$hosts")]
      canonical_host: "127.0.0.1"
      unverified: true
      checked: 2026-01-01
YAML
}

#!/usr/bin/env bash
# `takedown recheck --all` against lychee on the same 5,000 links over 50 loopback hosts
# (127.0.0.1 … 127.0.0.50), a mix of live, removed (404 and removal pages) and slow (200 ms)
# answers, at the same global and per-host concurrency. Prints links/s and peak RSS of each.
#
# Needs: lychee (`cargo install lychee --locked`), GNU time (/usr/bin/time).
# Knobs: LINKS=5000 HOSTS=50 CONCURRENCY=64 PER_HOST=4 PORT=8700 RUNS=3
#        MIX=mixed (70 % live, 20 % removed, 10 % slow; with 50 hosts the slow ones fall on 10),
#        MIX=spread (the same mix on every host) or MIX=fast (no slow answers: what each tool
#        itself costs, since with slow answers both wait out the floor the script prints)
set -euo pipefail

LINKS=${LINKS:-5000}
HOSTS=${HOSTS:-50}
CONCURRENCY=${CONCURRENCY:-64}
PER_HOST=${PER_HOST:-4}
PORT=${PORT:-8700}
RUNS=${RUNS:-3}
MIX=${MIX:-mixed}

. "$(dirname "$0")/lib.sh"
command -v lychee >/dev/null || { echo "lychee is missing: cargo install lychee --locked" >&2; exit 2; }
bench_need_gnu_time

bench_build
takedown="$dir/takedown"
bench_server "$PORT" "$HOSTS"
sleep 1

# mixed and spread: 70 % live, 15 % 404, 5 % removal pages under 200, 10 % slow; fast: the slow
# ones live.
for ((i = 0; i < LINKS; i++)); do
  k=$((i % 20))
  [ "$MIX" = spread ] && k=$((i / HOSTS % 20))
  case $k in
    0 | 1 | 2) kind=gone ;;
    3) kind=soft ;;
    4 | 5) [ "$MIX" = fast ] && kind=live || kind=slow ;;
    *) kind=live ;;
  esac
  echo "http://127.0.0.$((i % HOSTS + 1)):$PORT/$kind/$i"
done >"$work/urls.txt"

bench_platforms "$HOSTS"
cat >>"$work/platforms.yaml" <<EOF
    removal_markers:
      - text: "Sorry, this content isn't available"
        means: removed
        unverified: true
        checked: 2026-01-01
EOF

export TAKEDOWN_HOME="$work/home" TAKEDOWN_PLATFORMS="$work/platforms.yaml"
mkdir -p "$work/keys" && chmod 700 "$work/keys"
"$takedown" init --yes --key-file "$work/keys/key" >/dev/null 2>&1
case_id=$("$takedown" case new --category ncii)
"$takedown" link add --case "$case_id" - <"$work/urls.txt" >/dev/null 2>&1

# Prints "seconds peak_rss_kib" of one command, run under GNU time.
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$work/time" # GNU time puts "Command exited with non-zero status" first
}

report() { # name, then lines of "seconds rss"
  local name=$1
  sort -n | awk -v name="$name" -v links="$LINKS" '
    { s[NR] = $1; if ($2 > rss) rss = $2 }
    END { m = s[int((NR + 1) / 2)]; printf "%-9s median %6.2f s  %7.0f links/s  peak RSS %6.1f MiB\n", name, m, links / m, rss / 1024 }'
}

echo "links=$LINKS hosts=$HOSTS concurrency=$CONCURRENCY per-host=$PER_HOST runs=$RUNS mix=$MIX"
# No tool can finish before the host with the most slow links has served them PER_HOST at a
# time, nor before all slow links have been served CONCURRENCY at a time.
awk -F/ -v per_host="$PER_HOST" -v concurrency="$CONCURRENCY" '$4 == "slow" { n[$3]++; all++ } END {
  for (h in n) if (n[h] > max) max = n[h]
  if (max) printf "          floor: %.2f s (the slowest host: %d slow answers of 200 ms, %d at a time; all hosts: %d, %d at a time: %.2f s)\n", \
    (max / per_host > all / concurrency ? max / per_host : all / concurrency) * 0.2, max, per_host, all, concurrency, all * 0.2 / concurrency
}' "$work/urls.txt"
for ((r = 0; r < RUNS; r++)); do
  measure "$takedown" recheck --all -q --concurrency "$CONCURRENCY" --per-host "$PER_HOST" \
    --host-interval 0s --timeout 20s
done | report takedown
observations=$("$takedown" schedule show --json | grep -c '"status":"')
echo "          store updated: $observations of $LINKS links have an observation"

for ((r = 0; r < RUNS; r++)); do
  measure lychee --no-progress --max-concurrency "$CONCURRENCY" --host-concurrency "$PER_HOST" \
    --host-request-interval 0s --timeout 20 --max-retries 2 "$work/urls.txt"
done | report lychee

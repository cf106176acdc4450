#!/usr/bin/env bash
# Issue 19 part 9: a helpline's store after years of work, and what cron and staff do with it.
# Builds, through the real commands (`case new`, `link add -`, `recheck`, `case close`) and so
# the real encrypted format, a store of LINKS links in cases of PER_CASE:
#   CHECKED links of open cases, fetched once by `recheck` from a local server: not due for 6 h;
#   DUE links of open cases never checked: due now;
#   the rest in closed cases: never checked again.
# Then it measures
#   (a) picking the due links: `recheck --due --dry-run`, the same selection a run makes, with
#       nothing fetched (no network): wall time of the whole process, and the selection alone
#       as `-v` logs it;
#   (b) peak RSS (GNU time's maximum resident set size) of that process, and of a real
#       `recheck --due` that fetches the DUE links from 127.0.0.1 … 127.0.0.HOSTS;
#   (c) `link list` wall time when the store holds the first 10,000 links (CHECKED + DUE).
# Every time is RUNS runs, median and min, twice: the wall time, and the process's CPU time
# (perf's task clock where perf is installed, else user + sys from GNU time in 10 ms steps), which
# a loaded machine disturbs least.
# Goals (issue 19): (a) under 100 ms, (b) under 100 MB, (c) under 20 ms on a quiet machine; the
# load average is printed with the figures.
#
# STORE=dir keeps the stores it made (the 100,000 links, and a copy taken at 10,000 for (c)) in
# dir, and a later run with the same STORE and knobs measures them again without making them
# (minutes of work) for up to 6 hours, when its checked links fall due too; the fetching run of
# (b) works on a copy, so the kept store stays as made.
#
# Needs GNU time (/usr/bin/time; installed with apt-get when missing) and bash 5; perf (Debian's
# linux-perf) for CPU times finer than 10 ms.
# Knobs: LINKS=100000 DUE=5000 CHECKED=5000 PER_CASE=100 RUNS=15 HOSTS=50 PORT=8710, BIN=path,
# STORE=dir
# Usage: benches/scale.sh
set -euo pipefail

LINKS=${LINKS:-100000}
DUE=${DUE:-5000}
CHECKED=${CHECKED:-5000}
PER_CASE=${PER_CASE:-100}
RUNS=${RUNS:-15}
HOSTS=${HOSTS:-50}
PORT=${PORT:-8710}

. "$(dirname "$0")/lib.sh"
if [ ! -x /usr/bin/time ]; then
  sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi

if [ -n "${BIN:-}" ]; then bench_target; else bench_build -q; fi
# BIN=path measures another build (an older one, say) against the same server and store shape.
bin=${BIN:-"$dir/takedown"}
store=${STORE:-$work}
mkdir -p "$store"
shape="$LINKS $DUE $CHECKED $PER_CASE $HOSTS $PORT"
bench_server "$PORT" "$HOSTS" 2>/dev/null
bench_platforms "$HOSTS"
export TAKEDOWN_HOME="$store/home" TAKEDOWN_PLATFORMS="$work/platforms.yaml" TAKEDOWN_STAFF=BN
export XDG_CONFIG_HOME="$store/config"
fetch=(--concurrency 64 --per-host 8 --host-interval 0s --timeout 20s -q)

# Adds `count` links in cases of PER_CASE, numbered from `first`, and prints the case ids.
add_links() {
  local first=$1 count=$2 n case
  for ((n = first; n < first + count; n += PER_CASE)); do
    case=$("$bin" case new --category harassment)
    seq "$n" $((n + PER_CASE - 1)) |
      awk -v hosts="$HOSTS" -v port="$PORT" '{ printf "http://127.0.0.%d:%d/live/%d\n", $1 % hosts + 1, port, $1 }' |
      "$bin" -q link add --case "$case" - >/dev/null
    echo "$case"
  done
}

# Prints the median and min of column `col` of stdin (milliseconds).
median_min() {
  cut -d' ' -f"$1" | sort -n |
    awk '{ v[NR] = $1 } END { printf "median %7.1f ms  min %7.1f ms", v[int((NR + 1) / 2)], v[1] }'
}

# Prints the wall and CPU figures of the runs on stdin (lines of `wall cpu`, in ms).
summary() {
  local runs
  runs=$(cat)
  echo "wall $(median_min 1 <<<"$runs"), CPU $(median_min 2 <<<"$runs")  ($(wc -l <<<"$runs") runs)"
}

# Prints the wall time and the CPU time of one run of the command, in ms. The CPU time is perf's
# task clock (every thread of the command, to the microsecond) where `perf` is installed, else
# GNU time's user + sys, in 10 ms steps: too coarse for a command of 30 ms. (A Python wrapper's
# getrusage was tried and counted its own fork: twice the task clock.)
time_ms() {
  if command -v perf >/dev/null; then
    # perf's own elapsed time: from the command's start to its end, without perf's start-up.
    perf stat -e task-clock -o "$work/cpu" -- "$@" >/dev/null
    awk '/msec task-clock/ { cpu = $1 } /seconds time elapsed/ { wall = $1 * 1000 }
         END { printf "%.2f %.2f\n", wall, cpu }' "$work/cpu"
  else
    local start=$EPOCHREALTIME
    /usr/bin/time -f '%U %S' -o "$work/cpu" "$@" >/dev/null
    awk -v a="$start" -v b="$EPOCHREALTIME" '{ printf "%.2f %.0f\n", (b - a) * 1000, ($1 + $2) * 1000 }' "$work/cpu"
  fi
}

# Prints the peak RSS of one run of the command, in MiB.
peak_mib() {
  /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>&1 || true
  awk -F': ' '/Maximum resident set size/ { printf "%.1f MiB\n", $2 / 1024 }' "$work/time"
}

if [ -f "$store/shape" ]; then
  [ "$(cat "$store/shape")" = "$shape" ] || { echo "$store holds a store of another shape: $(cat "$store/shape")" >&2; exit 1; }
  echo "store: kept in $store ($LINKS links, $CHECKED checked, $DUE due)"
else
  started=$SECONDS
  mkdir -p "$store/keys" "$XDG_CONFIG_HOME/takedown" && chmod 700 "$store/keys"
  "$bin" init --yes --key-file "$store/keys/key" >/dev/null 2>&1
  add_links 0 "$CHECKED" >/dev/null
  "$bin" recheck --due "${fetch[@]}"
  add_links "$CHECKED" "$DUE" >/dev/null
  cp -a "$store/home" "$store/home-10k"
  add_links $((CHECKED + DUE)) $((LINKS - CHECKED - DUE)) >"$work/closed"
  while read -r case; do "$bin" case close "$case" >/dev/null 2>&1; done <"$work/closed"
  echo "$shape" >"$store/shape"
  echo "store: $LINKS links ($CHECKED checked, $DUE due, the rest in $(wc -l <"$work/closed") closed cases), made in $((SECONDS - started)) s; $(du -h "$store/home/takedown.db" | cut -f1) on disk"
fi

picked=$("$bin" recheck --due --dry-run --json | wc -l)
[ "$picked" = "$DUE" ] || { echo "recheck --due --dry-run picked $picked links, not $DUE" >&2; exit 1; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for ((r = 0; r < RUNS; r++)); do time_ms "$bin" recheck --due --dry-run; done >"$work/pick"
for ((r = 0; r < RUNS; r++)); do
  "$bin" -v recheck --due --dry-run 2>&1 >/dev/null | sed -n 's/.*picked the links to check.* ms=\([0-9.]*\).*/\1 0/p'
done >"$work/select"
echo "(a) recheck --due --dry-run, $picked of $LINKS due: $(summary <"$work/pick")"
echo "    the selection alone (-v): wall $(median_min 1 <"$work/select")"
echo "(b) peak RSS, recheck --due --dry-run:  $(peak_mib "$bin" recheck --due --dry-run)"
cp -a "$store/home" "$work/fetched"
echo "    peak RSS, recheck --due fetching the $DUE due links from 127.0.0.1-$HOSTS: $(TAKEDOWN_HOME="$work/fetched" peak_mib "$bin" recheck --due "${fetch[@]}")"
left=$(TAKEDOWN_HOME="$work/fetched" "$bin" recheck --due --dry-run --json | wc -l)
[ "$left" = 0 ] || { echo "the fetching run left $left links due" >&2; exit 1; }
export TAKEDOWN_HOME="$store/home-10k"
listed=$("$bin" link list | tail -n +2 | wc -l)
list_load=$(cut -d' ' -f1-3 /proc/loadavg)
for ((r = 0; r < RUNS; r++)); do time_ms "$bin" link list; done >"$work/list"
echo "(c) link list, $listed links: $(summary <"$work/list")  (load average: $list_load)"

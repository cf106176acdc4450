#!/usr/bin/env bash
# `takedown evidence capture --case` against `takedown recheck --all` on the same links (100 live
# 4 KiB pages over 10 loopback hosts, 127.0.0.1 … 127.0.0.10), at the same concurrency and
# per-host limits; the capture both without a time-stamping authority and with one: a real RFC 3161
# authority on 127.0.0.1 (OpenSSL's `ts -reply` behind tests/servers/tsa.py, its CA and
# certificate made here), so each capture's token is fetched, checked and stored as in use.
# Prints seconds, links/s and peak RSS of each, how many captures got a token, and the vault
# bytes written.
#
# Needs: GNU time (/usr/bin/time), openssl, python3.
# Knobs: LINKS=100 HOSTS=10 CONCURRENCY=16 PER_HOST=2 PORT=8710 TSA_PORT=8711 RUNS=3
#        PROFILE=release (PROFILE=debug measures the test build, for a quick look only)
set -euo pipefail

LINKS=${LINKS:-100}
HOSTS=${HOSTS:-10}
CONCURRENCY=${CONCURRENCY:-16}
PER_HOST=${PER_HOST:-2}
PORT=${PORT:-8710}
TSA_PORT=${TSA_PORT:-8711}
RUNS=${RUNS:-3}
PROFILE=${PROFILE:-release}

. "$(dirname "$0")/lib.sh"
bench_need_gnu_time

bench_build
takedown="$dir/takedown"
bench_server "$PORT" "$HOSTS"

# The authority: a root CA, and a time-stamping certificate it issued (extended key usage
# timeStamping, critical), as tests/cli/support/tsa.rs makes them.
tsa="$work/tsa"
mkdir -p "$tsa"
(
  cd "$tsa"
  openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 \
    -subj "/CN=bench TSA root" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -keyout tsa.key -out tsa.csr -subj "/CN=bench TSA" 2>/dev/null
  printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n' >ext.cnf
  openssl x509 -req -in tsa.csr -CA ca.pem -CAkey ca.key -set_serial 2 -days 30 \
    -extfile ext.cnf -out tsa.pem 2>/dev/null
  echo 01 >tsaserial
  cat >tsa.cnf <<CNF
[ tsa ]
default_tsa = tsa1
[ tsa1 ]
dir = $tsa
serial = \$dir/tsaserial
crypto_device = builtin
signer_cert = \$dir/tsa.pem
certs = \$dir/ca.pem
signer_key = \$dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ess_cert_id_alg = sha256
CNF
)
python3 tests/servers/tsa.py --dir "$tsa" --config "$tsa/tsa.cnf" --port "$TSA_PORT" \
  --port-file "$tsa/port" --mode-file "$tsa/mode" &
bench_pids+=($!)
sleep 1

for ((i = 0; i < LINKS; i++)); do
  echo "http://127.0.0.$((i % HOSTS + 1)):$PORT/live/$i"
done >"$work/urls.txt"

bench_platforms "$HOSTS"

# Both commands take their politeness from config.yaml, so they run under the same limits; the
# second file adds the authority.
mkdir -p "$work/config"
cat >"$work/config/config.yaml" <<YAML
recheck:
  concurrency: $CONCURRENCY
  per_host: $PER_HOST
  host_interval: 0s
handle: BN
YAML
cp "$work/config/config.yaml" "$work/config/stamped.yaml"
cat >>"$work/config/stamped.yaml" <<YAML
timestamp:
  tsa: ["http://127.0.0.1:$TSA_PORT/tsr"]
  trust: "$tsa/ca.pem"
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
  echo "run $run evidence capture --case:  ${secs}s  $(python3 -c "print(round($LINKS / max($secs, 0.01)))") links/s  peak RSS ${rss} KiB  (no authority)"
  read -r secs rss < <(measure env TAKEDOWN_CONFIG="$work/config/stamped.yaml" "$takedown" evidence capture --case "$case_id")
  echo "run $run   with tokens:              ${secs}s  $(python3 -c "print(round($LINKS / max($secs, 0.01)))") links/s  peak RSS ${rss} KiB"
done
# Only the captures made with the authority configured are stamped: nothing is sent without one
# (the earlier captures are queued by the next `evidence timestamp`, which the bench never runs).
stamped=$("$takedown" evidence list --json 2>/dev/null | grep -c '"state":"stamped"' || true)
echo "tokens: $stamped of $((LINKS * RUNS)) captures made with the authority are stamped"
[ "$stamped" -eq $((LINKS * RUNS)) ] || { echo "some captures got no token" >&2; exit 2; }
echo "vault: $(du -sb "$TAKEDOWN_HOME/vault" | cut -f1) bytes for $((LINKS * RUNS * 2)) captures"

#!/bin/sh
# Download throughput and memory: DownloadTransfer against curl, side by side, from one loopback
# server.
#
#   bench/download-throughput.sh [SIZE_MB] [RUNS] [BENCH]
#
# SIZE_MB defaults to 500 (use a small one in CI), RUNS to 3, BENCH to
# build/release/bench/ondes_download_bench. The bench program serves a random file with
# sendfile(2) from its own process; each run downloads it once with curl and once with
# DownloadTransfer (alternating which goes first), into a temporary folder on $TMPDIR's file
# system. Both write through the page cache; DownloadTransfer also fsyncs before its rename,
# and that time is counted. Prints each run, the best throughput of each, their ratio (target:
# at least 0.9) and the client's growth in resident memory during its download (target: at
# most 20 MB). Exits 1 when a target is missed or a file differs from the source.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
size_mb=${1:-500}
runs=${2:-3}
bench=${3:-"$root/build/release/bench/ondes_download_bench"}

[ -x "$bench" ] || { echo "no bench program at $bench (build target ondes_download_bench)" >&2; exit 1; }
command -v curl >/dev/null || { echo "needs curl" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/ondes-download-bench.XXXXXX")
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

head -c "$((size_mb * 1024 * 1024))" /dev/urandom >"$work/source"
bytes=$(stat -c %s "$work/source")
source_sum=$(sha256sum "$work/source" | cut -d' ' -f1)

"$bench" serve "$work/source" >"$work/port" &
server_pid=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
[ -s "$work/port" ] || { echo "the server did not start" >&2; exit 1; }
url="http://127.0.0.1:$(cat "$work/port")/episode.mp3"

best() { # the larger of two decimals
    if [ -z "$1" ] || [ "$(echo "$2 > $1" | bc -l)" = 1 ]; then echo "$2"; else echo "$1"; fi
}

run_curl() {
    rm -f "$work/curl.out"
    seconds=$(curl -s -o "$work/curl.out" -w '%{time_total}' "$url")
    echo "scale=1; $bytes / 1000000 / $seconds" | bc -l
}

run_ondes() {
    rm -f "$work/ondes.out"
    # bytes seconds MB/s growth-kB
    "$bench" get "$url" "$work/ondes.out"
}

echo "file: $((bytes / 1000000)) MB on 127.0.0.1, $runs runs"
curl_best=""
ondes_best=""
growth_max=0
i=1
while [ "$i" -le "$runs" ]; do
    if [ $((i % 2)) -eq 1 ]; then
        c=$(run_curl)
        o=$(run_ondes)
    else
        o=$(run_ondes)
        c=$(run_curl)
    fi
    o_rate=$(echo "$o" | cut -d' ' -f3)
    o_growth=$(echo "$o" | cut -d' ' -f4)
    echo "run $i: curl $c MB/s, DownloadTransfer $o_rate MB/s, growth $((o_growth / 1024)) MB"
    curl_best=$(best "$curl_best" "$c")
    ondes_best=$(best "$ondes_best" "$o_rate")
    [ "$o_growth" -gt "$growth_max" ] && growth_max=$o_growth
    i=$((i + 1))
done

failed=0
for out in curl.out ondes.out; do
    if [ "$(sha256sum "$work/$out" | cut -d' ' -f1)" != "$source_sum" ]; then
        echo "$out differs from the source" >&2
        failed=1
    fi
done
ratio=$(echo "scale=2; $ondes_best / $curl_best" | bc -l)
echo "best: curl $curl_best MB/s, DownloadTransfer $ondes_best MB/s, ratio $ratio (target >= 0.9)"
echo "largest growth of the DownloadTransfer process: $((growth_max / 1024)) MB ($growth_max kB; target <= 20 MB)"
[ "$(echo "$ratio >= 0.9" | bc -l)" = 1 ] || failed=1
[ "$growth_max" -le $((20 * 1024)) ] || failed=1
exit "$failed"

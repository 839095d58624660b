#!/bin/bash
# Measures how fast the main window shows a large library, and how much memory it then holds.
#
#   bench/window-startup.sh [--xvfb] ONDES_BINARY [DATA_DIR] [RUNS]
#
# DATA_DIR (default /tmp/ondes-bench-library) is created by bench/make-library.py when it has
# no library yet: 200 shows, 100,000 episodes. Each run starts `ondes --data-dir DATA_DIR` with
# ONDES_FIRST_PAINT_LOG=1, which makes the episode list print the moment it first paints with
# its rows; the first paint time is that moment minus the moment this script started the
# process (the app also prints its own figure from /proc/self/stat, to 10 ms). One second
# later the resident memory (VmRSS) is read from /proc/PID/status and the app is asked to quit.
# The platform is offscreen, or a virtual X server with --xvfb (xvfb-run).
#
# Targets (issue 7): first paint <= 500 ms, VmRSS <= 150 MB.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
xvfb=0
if [[ ${1:-} == --xvfb ]]; then
    xvfb=1
    shift
fi
ondes=${1:?usage: $0 [--xvfb] ONDES_BINARY [DATA_DIR] [RUNS]}
dir=${2:-/tmp/ondes-bench-library}
runs=${3:-5}

if [[ ! -f $dir/data/library.sqlite ]]; then
    python3 "$here/make-library.py" "$dir"
fi

work=$(mktemp -d)
xvfb_pid=
cleanup() {
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

if ((xvfb)); then
    display=:97
    Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
    export DISPLAY=$display QT_QPA_PLATFORM=xcb
else
    export QT_QPA_PLATFORM=offscreen
fi
export ONDES_FIRST_PAINT_LOG=1

paints=()
rss=()
for ((run = 1; run <= runs; run++)); do
    log=$work/run$run.log
    start_ms=$(date +%s%3N)
    "$ondes" --data-dir "$dir" 2>"$log" >/dev/null &
    pid=$!
    line=
    for _ in $(seq 1 2000); do
        line=$(grep -m1 "first paint of the episode list" "$log" || true)
        [[ -n $line ]] && break
        sleep 0.01
    done
    if [[ -z $line ]]; then
        echo "run $run: the list never painted; log:" >&2
        cat "$log" >&2
        kill "$pid" 2>/dev/null || true
        exit 1
    fi
    painted_at=$(sed -E 's/.* at ([0-9]+) ms since the epoch.*/\1/' <<<"$line")
    own=$(sed -E 's/.*rows, (-?[0-9]+) ms after process start.*/\1/' <<<"$line")
    rows=$(sed -E 's/.*list: ([0-9]+) rows.*/\1/' <<<"$line")
    sleep 1
    kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
    kill -TERM "$pid"
    wait "$pid" || true
    paint=$((painted_at - start_ms))
    paints+=("$paint")
    rss+=("$kb")
    printf 'run %d: first paint %d ms (app: %s ms), %s rows listed, VmRSS %.1f MB\n' \
        "$run" "$paint" "$own" "$rows" "$(bc -l <<<"$kb / 1024")"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
paint=$(median "${paints[@]}")
kb=$(median "${rss[@]}")
printf 'median of %d runs: first paint %d ms (target 500), VmRSS %.1f MB (target 150)\n' \
    "$runs" "$paint" "$(bc -l <<<"$kb / 1024")"

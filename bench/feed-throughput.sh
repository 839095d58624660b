#!/bin/sh
# Feed parser throughput and memory, end to end through `ondes dump-feed`.
#
#   bench/feed-throughput.sh [ONDES] [BENCH]
#
# ONDES defaults to build/release/ondes, BENCH (the Google Benchmark program, optional) to
# build/release/bench/ondes_feedparser_bench. Generates 10,000- and 50,000-item feeds with
# bench/feedgen.py (about 65 MB and 330 MB) in $TMPDIR, prints dump-feed's MB/s on each (the
# median of $RUNS runs, 7 by default, and the best one; JSON written to /dev/null; with the
# median CPU time and the load average) and its peak memory on the 50,000-item feed
# (/usr/bin/time -v), with the ratio to the file size (target: at most 1.2). With THREADS=1
# (and valgrind), also the instructions each of dump-feed's threads runs on the 10,000-item
# feed (callgrind), with the function it spends most in: steady figures on a busy machine.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
ondes=${1:-"$root/build/release/ondes"}
bench=${2:-"$root/build/release/bench/ondes_feedparser_bench"}
work=${TMPDIR:-/tmp}/ondes-feed-throughput
mkdir -p "$work"

if [ ! -x "$ondes" ]; then
    echo "no ondes binary at $ondes (build it, or pass its path)" >&2
    exit 1
fi
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

for items in 10000 50000; do
    feed="$work/feed-$items.xml"
    [ -s "$feed" ] || python3 "$root/bench/feedgen.py" "$items" "$feed"
done

run_times() {
    # "wall user system" seconds of one dump-feed run, from /usr/bin/time.
    /usr/bin/time -f "%e %U %S" "$ondes" dump-feed "$1" 2>&1 >/dev/null | tail -n 1
}

# dump-feed runs its parser and its JSON writer on two threads: on a machine busy with other
# work the wall time says more about the others than about dump-feed. The load average is
# printed with the figures, and the CPU time (user + system) too.
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
runs=${RUNS:-7}
# The middle line of sorted numbers, one a line (the upper middle for an even count).
median() { sort -n | sed -n "$(( runs / 2 + 1 ))p"; }
for items in 10000 50000; do
    feed="$work/feed-$items.xml"
    bytes=$(stat -c %s "$feed")
    walls=""
    cpus=""
    i=0
    while [ "$i" -lt "$runs" ]; do
        set -- $(run_times "$feed")
        walls="$walls$1
"
        cpus="$cpus$(echo "$2 + $3" | bc -l)
"
        i=$((i + 1))
    done
    wall=$(printf '%s' "$walls" | median)
    best=$(printf '%s' "$walls" | sort -n | head -n 1)
    cpu=$(printf '%s' "$cpus" | median)
    echo "dump-feed, $items items ($(echo "$bytes / 1000000" | bc) MB): median of $runs" \
         "$(echo "scale=1; $bytes / 1000000 / $wall" | bc -l) MB/s ($wall s; CPU $cpu s)," \
         "best $(echo "scale=1; $bytes / 1000000 / $best" | bc -l) MB/s ($best s)"
done

feed="$work/feed-50000.xml"
bytes=$(stat -c %s "$feed")
peak_kb=$(/usr/bin/time -v "$ondes" dump-feed "$feed" 2>&1 >/dev/null |
          sed -n 's/.*Maximum resident set size (kbytes): //p')
echo "dump-feed peak RSS on 50000 items: $(echo "$peak_kb / 1024" | bc) MB for a $(echo "$bytes / 1048576" | bc) MB file" \
     "(ratio $(echo "scale=3; $peak_kb * 1024 / $bytes" | bc -l))"

if [ "${THREADS:-0}" = 1 ] && command -v valgrind >/dev/null; then
    echo "instructions per thread, 10000 items (callgrind):"
    rm -f "$work"/callgrind.*
    valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$work/callgrind.%p" \
        "$ondes" dump-feed "$work/feed-10000.xml" >/dev/null 2>&1
    for out in "$work"/callgrind.*-*; do
        total=$(sed -n 's/^summary: //p' "$out")
        top=$(callgrind_annotate --inclusive=no "$out" 2>/dev/null |
              sed -n 's/^ *[0-9,]* ([ 0-9.]*%)  //p' | grep -v 'PROGRAM TOTALS' | head -n 1 |
              sed 's/ \[\(.*\/\)*\([^]]*\)\]$/ in \2/; s/.*:\([^:(]*\)(.*) in / \1 in /')
        echo "  thread ${out##*-}: $(echo "$total / 1000000" | bc) M (most in: $top)"
    done
fi

if [ -x "$bench" ]; then
    echo "parser alone (Google Benchmark, 10000 items; M/s is MiB/s):"
    ONDES_BENCH_FEED="$work/feed-10000.xml" "$bench" --benchmark_min_time=2 2>/dev/null |
        grep BM_ | sed 's/^/  /'
fi

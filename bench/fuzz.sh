#!/bin/sh
# Builds libFuzzer targets with the "fuzz" preset (clang, ASan, UBSan) and runs them.
#
#   bench/fuzz.sh [TARGET] [SECONDS] [LIBFUZZER_OPTION...]    e.g. bench/fuzz.sh feedparser 600
#   bench/fuzz.sh all SECONDS                                  each target, FUZZ_PARALLEL at once
#
# Targets: feedparser, opml, pageimporter, sanitizer, speakers, chapters, dates (dates and
# durations), transcripts (WebVTT, SRT, JSON, HTML, text). Seeds come from tests/data
# (bench/fuzz/seeds.py) and the shared conformance
# cases. The corpus the fuzzer grows is kept in build/fuzz/corpus/TARGET; crashes land in
# build/fuzz/artifacts/TARGET (fix them and add each as a test input, tests/data/hostile).
# Exits non-zero when a target finds a crash, a leak, a timeout or a memory blow-up.
set -eu
target=${1:-feedparser}
seconds=${2:-60}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/fuzz"
all_targets="feedparser opml pageimporter sanitizer speakers chapters dates transcripts"

cd "$root"
if [ "$target" = all ]; then
    targets=$all_targets
else
    targets=$target
fi
cmake --preset fuzz >/dev/null
for name in $targets; do
    cmake --build "$build" --target "ondes_${name}_fuzz" -j"${FUZZ_JOBS:-2}"
done

run() {
    name=$1
    shift
    binary="$build/bench/fuzz/ondes_${name}_fuzz"
    seeds="$build/seeds/$name"
    corpus="$build/corpus/$name"
    artifacts="$build/artifacts/$name/"
    rm -rf "$seeds"
    mkdir -p "$corpus" "$artifacts"
    python3 "$root/bench/fuzz/seeds.py" "$name" "$seeds"
    case $name in
        pageimporter | sanitizer) dict=html.dict ;;
        chapters) dict=json.dict ;;
        transcripts) dict=transcripts.dict ;;
        dates) dict=dates.dict ;;
        speakers) dict=speakers.dict ;;
        *) dict=feed.dict ;;
    esac
    echo "== fuzzing $name for $seconds s"
    "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts" -dict="$root/bench/fuzz/$dict" \
        "$@" "$corpus" "$seeds"
}

# FUZZ_PARALLEL=N fuzzes N targets at a time, each for SECONDS on a core of its own (CI gives it
# nproc); their output is printed target by target as each batch ends.
parallel=${FUZZ_PARALLEL:-1}
status=0
running=""
finish_batch() {
    for name in $running; do
        wait "$(cat "$build/logs/$name.pid")" || status=1
        cat "$build/logs/$name.log"
    done
    running=""
}
mkdir -p "$build/logs"
count=0
for name in $targets; do
    if [ "$parallel" -le 1 ]; then
        run "$name" "$@" || status=1
        continue
    fi
    run "$name" "$@" >"$build/logs/$name.log" 2>&1 &
    echo $! >"$build/logs/$name.pid"
    running="$running $name"
    count=$((count + 1))
    [ $((count % parallel)) -eq 0 ] && finish_batch
done
finish_batch
exit $status

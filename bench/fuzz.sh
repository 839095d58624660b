#!/bin/sh
# Builds a libFuzzer target with the "fuzz" preset (clang, ASan, UBSan) and runs it.
#
#   bench/fuzz.sh [TARGET] [SECONDS]      e.g. bench/fuzz.sh feedparser 600
#
# Seeds: tests/data/feeds and the shared conformance cases. The corpus the fuzzer grows is kept
# in build/fuzz/corpus/TARGET; crashes land in build/fuzz/artifacts/TARGET (add each as a test).
set -eu
target=${1:-feedparser}
seconds=${2:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/fuzz"

cd "$root"
cmake --preset fuzz >/dev/null
cmake --build "$build" --target "ondes_${target}_fuzz" -j2
binary=$(find "$build" -type f -name "ondes_${target}_fuzz" -perm -u+x | head -n 1)

seeds="$build/seeds/$target"
corpus="$build/corpus/$target"
artifacts="$build/artifacts/$target/"
mkdir -p "$seeds" "$corpus" "$artifacts"
# Each seed gets a mode byte in front (see LLVMFuzzerTestOneInput): whole document, collected.
for file in "$root"/tests/data/feeds/* "$root"/../shared/conformance/*/*.rss \
            "$root"/../shared/conformance/*/*.xml "$root"/../shared/conformance/*/*.html; do
    [ -f "$file" ] || continue
    name=$(basename "$file")
    { printf '\000'; cat "$file"; } > "$seeds/$name"
    { printf '\203'; cat "$file"; } > "$seeds/chunked-$name"
done

dict="$root/bench/fuzz/$target.dict"
[ -f "$dict" ] || dict="$root/bench/fuzz/feed.dict"
exec "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$artifacts" -dict="$dict" "$corpus" "$seeds"

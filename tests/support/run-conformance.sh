#!/bin/sh
# Runs the shared feed-conformance suite; exit 77 (ctest: skipped) when it is not beside the repo.
ondes="$1"
runner="$2"
if [ ! -x "$runner" ] && [ ! -f "$runner" ]; then
    echo "conformance suite not found at $runner: skipped"
    exit 77
fi
exec python3 "$runner" "$ondes"

#!/usr/bin/env bash
# Takes docs/screenshot.png: Ondes on its demo show under Xvfb, playing the selected episode.
# Usage: docs/screenshot.sh [path/to/ondes] [LANG] [OUT]
# ONDES_LANGUAGE picks the interface language even when the machine lacks LANG's locale.
set -euo pipefail
cd "$(dirname "$0")/.."
ondes=${1:-build/release/ondes}
lang=${2:-fr_FR.UTF-8}
out=${3:-docs/screenshot.png}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
xvfb-run -a -s "-screen 0 1280x760x24" bash -c '
    LANG='"$lang"' LANGUAGE='"${lang%%_*}"' ONDES_LANGUAGE='"${lang%%_*}"' QT_QPA_PLATFORM=xcb "$0" --data-dir "$1" &
    pid=$!
    sleep 3
    win=$(xdotool search --sync --onlyvisible --name Ondes | head -n 1)
    xdotool windowfocus --sync "$win" key --window "$win" space
    sleep 4
    import -window root "$2"
    kill $pid
    wait $pid || true
' "$ondes" "$data" "$out"
echo "wrote $out"

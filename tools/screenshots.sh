#!/usr/bin/env bash
# Takes docs/screenshots/ondes-<lang>-<width>x<height>.png: Ondes on its demo show under Xvfb,
# in English and in French, on a small screen (1024×600) and a large one (1920×1080), playing
# the selected episode. Each run starts from an empty home (HOME and the XDG folders are
# temporary), so the window opens as a new listener first sees it.
# Usage: tools/screenshots.sh [path/to/ondes]
# Needs xvfb, xdotool and imagemagick (.ci/deps installs them); pngquant or optipng, when
# present, make the files smaller.
set -euo pipefail
cd "$(dirname "$0")/.."
ondes=$(realpath "${1:-build/release/ondes}")
out=docs/screenshots
mkdir -p "$out"

shoot() { # lang size
    local lang=$1 size=$2
    local file="$out/ondes-${lang%%_*}-$size.png"
    local home
    home=$(mktemp -d)
    mkdir -p "$home/config" "$home/data" "$home/cache" "$home/runtime"
    chmod 700 "$home/runtime"
    HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" \
        LANG="$lang.UTF-8" LANGUAGE="${lang%%_*}" ONDES_LANGUAGE="${lang%%_*}" \
        xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
            QT_QPA_PLATFORM=xcb dbus-run-session -- "$0" &
            pid=$!
            win=$(timeout 20 xdotool search --sync --onlyvisible --name Ondes | head -n 1)
            sleep 2
            xdotool windowfocus --sync "$win" key --window "$win" space
            sleep 4
            import -window root "$1"
            kill $pid
            wait $pid || true
        ' "$ondes" "$file"
    rm -rf "$home"
    if command -v pngquant >/dev/null; then
        pngquant --force --skip-if-larger --quality 70-95 --output "$file" "$file" || true
    elif command -v optipng >/dev/null; then
        optipng -quiet -o2 "$file"
    fi
    echo "wrote $file ($(stat -c %s "$file") bytes)"
}

for lang in en_US fr_FR; do
    for size in 1024x600 1920x1080; do
        shoot "$lang" "$size"
    done
done

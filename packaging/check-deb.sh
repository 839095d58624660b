#!/usr/bin/env bash
# Builds the .deb from a configured build folder, installs it with apt, runs the installed
# ondes, then removes it. Usage: packaging/check-deb.sh BUILD_DIR
set -euo pipefail
build=$(realpath "$1")
source_dir=$(realpath "$(dirname "$0")/..")
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/ondes_*_amd64.deb)
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Depends
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
trap '"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq ondes >/dev/null' EXIT

installed=$(command -v ondes)
[ "$installed" = /usr/bin/ondes ] || { echo "ondes is not installed in /usr/bin"; exit 1; }
/usr/bin/ondes --version
/usr/bin/ondes dump-feed --base-url file:///demo/ "$source_dir/resources/demo/feed.xml" |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print("dump-feed:", d["title"], "-", len(d["episodes"]), "episodes")'
data=$(mktemp -d)
/usr/bin/ondes --data-dir "$data" shows
# The commands load no GUI library; the window is the other program, which ondes becomes.
if ldd /usr/bin/ondes | grep -E 'libQt6(Gui|Widgets|Multimedia)'; then
    echo "/usr/bin/ondes links a GUI library"
    exit 1
fi
[ -x /usr/libexec/ondes/ondes-window ] || { echo "missing /usr/libexec/ondes/ondes-window"; exit 1; }
status=0
QT_QPA_PLATFORM=offscreen timeout 5 /usr/bin/ondes --data-dir "$data" >/dev/null 2>&1 || status=$?
[ "$status" -eq 124 ] || { echo "the window did not stay open (exit status $status)"; exit 1; }
echo "window: ondes-window ran until stopped"
rm -rf "$data"
for file in /usr/share/applications/org.ondes.Ondes.desktop \
    /usr/share/metainfo/org.ondes.Ondes.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.ondes.Ondes.svg \
    /usr/share/icons/hicolor/512x512/apps/org.ondes.Ondes.png /usr/share/man/man1/ondes.1 \
    /usr/share/qt6/translations/qtbase_fr.qm; do
    [ -f "$file" ] || { echo "missing $file"; exit 1; }
done
echo "deb: installed, ran and removed"

#!/bin/sh
# Renders the hicolor PNG icons from org.ondes.Ondes.svg (rsvg-convert, Debian's librsvg2-bin).
# The PNGs are committed, so a build never needs this.
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" org.ondes.Ondes.svg -o "hicolor/${size}x${size}/apps/org.ondes.Ondes.png"
done

#!/bin/sh
# Regenerates the demo show's spoken clips from clips.txt (id|French text) with espeak-ng and
# ffmpeg. The clips are committed, so a build never needs these tools; run this after editing
# clips.txt, then update the itunes:duration and length attributes in feed.xml.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
while IFS='|' read -r id text; do
    espeak-ng -v fr -s 150 -w "$tmp/$id.wav" "$text"
    case "$id" in
    ep1 | ep2 | ep3) ffmpeg -nostdin -loglevel error -y -i "$tmp/$id.wav" -ac 1 -ar 22050 -c:a libmp3lame -b:a 40k "$id.mp3" ;;
    *) ffmpeg -nostdin -loglevel error -y -i "$tmp/$id.wav" -ac 1 -ar 22050 -c:a libvorbis -q:a 1 "$id.ogg" ;;
    esac
done <clips.txt
ls -l ./*.mp3 ./*.ogg

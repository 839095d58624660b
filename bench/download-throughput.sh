#!/bin/sh
# Download throughput and memory, against curl, from loopback servers:
#
#   bench/download-throughput.sh [SIZE_MB] [RUNS] [BENCH] [ONDES]
#
# 1. DownloadTransfer alone. SIZE_MB (default 500; 0 skips this part) of random bytes, served by
#    the bench program (BENCH, default build/release/bench/ondes_download_bench) with sendfile(2)
#    from its own process; each run downloads it once with curl and once with DownloadTransfer
#    (alternating which goes first), into a temporary folder on $TMPDIR's file system. Both write
#    through the page cache; DownloadTransfer also fsyncs before its rename, and that time is
#    counted. Prints each run, the best throughput of each, their ratio (target: at least 0.9)
#    and the client's growth in resident memory during its download (target: at most 20 MB).
# 2. The user's path: `ondes download` (ONDES, default build/release/ondes) of a real MP3 of
#    MP3_MB megabytes (environment, default 200; 0 skips this part): speech from espeak-ng,
#    encoded by ffmpeg at 128 kbit/s stereo and looped (frames copied) to the size, with a small
#    ID3v2.3 tag like a podcast's; it is kept in $TMPDIR/ondes-download-bench-mp3 for the next
#    time. The same bench server serves it with a feed and a 1400x1400 cover; one library
#    subscribes to the feed, then each run times the whole `ondes download` process (start,
#    download, tags, fsync, rename, reading the file back) with tagging on and off, against curl
#    into a file followed by sync(1) on that file (its fsync). Prints the best times and the
#    ratios curl/ondes (target: at least 0.8 with tagging on and off), and checks that the
#    audio after the tag is the served audio, byte for byte.
#
# Exits 1 when a target is missed or a file differs from the source.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
size_mb=${1:-500}
runs=${2:-3}
bench=${3:-"$root/build/release/bench/ondes_download_bench"}
ondes=${4:-"$root/build/release/ondes"}
mp3_mb=${MP3_MB:-200}

[ -x "$bench" ] || { echo "no bench program at $bench (build target ondes_download_bench)" >&2; exit 1; }
command -v curl >/dev/null || { echo "needs curl" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/ondes-download-bench.XXXXXX")
server_pid=""
mp3_server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    if [ -n "$mp3_server_pid" ]; then kill "$mp3_server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

best() { # the larger of two decimals
    if [ -z "$1" ] || [ "$(echo "$2 > $1" | bc -l)" = 1 ]; then echo "$2"; else echo "$1"; fi
}

least() { # the smaller of two decimals
    if [ -z "$1" ] || [ "$(echo "$2 < $1" | bc -l)" = 1 ]; then echo "$2"; else echo "$1"; fi
}

now() { date +%s.%N; }

# Waits for a bench server to print its port into the file $1; sets $port.
wait_for_port() {
    for _ in $(seq 50); do [ -s "$1" ] && break; sleep 0.1; done
    [ -s "$1" ] || { echo "the server did not start" >&2; exit 1; }
    port=$(cat "$1")
}

failed=0

transfer_part() {
    head -c "$((size_mb * 1024 * 1024))" /dev/urandom >"$work/source"
    bytes=$(stat -c %s "$work/source")
    source_sum=$(sha256sum "$work/source" | cut -d' ' -f1)

    "$bench" serve "$work/source" >"$work/port" &
    server_pid=$!
    wait_for_port "$work/port"
    url="http://127.0.0.1:$port/episode.mp3"

    run_curl() {
        rm -f "$work/curl.out"
        seconds=$(curl -s -o "$work/curl.out" -w '%{time_total}' "$url")
        echo "scale=1; $bytes / 1000000 / $seconds" | bc -l
    }

    run_ondes() {
        rm -f "$work/ondes.out"
        # bytes seconds MB/s growth-kB
        "$bench" get "$url" "$work/ondes.out"
    }

    echo "file: $((bytes / 1000000)) MB on 127.0.0.1, $runs runs"
    curl_best=""
    ondes_best=""
    growth_max=0
    i=1
    while [ "$i" -le "$runs" ]; do
        if [ $((i % 2)) -eq 1 ]; then
            c=$(run_curl)
            o=$(run_ondes)
        else
            o=$(run_ondes)
            c=$(run_curl)
        fi
        o_rate=$(echo "$o" | cut -d' ' -f3)
        o_growth=$(echo "$o" | cut -d' ' -f4)
        echo "run $i: curl $c MB/s, DownloadTransfer $o_rate MB/s, growth $((o_growth / 1024)) MB"
        curl_best=$(best "$curl_best" "$c")
        ondes_best=$(best "$ondes_best" "$o_rate")
        [ "$o_growth" -gt "$growth_max" ] && growth_max=$o_growth
        i=$((i + 1))
    done

    for out in curl.out ondes.out; do
        if [ "$(sha256sum "$work/$out" | cut -d' ' -f1)" != "$source_sum" ]; then
            echo "$out differs from the source" >&2
            failed=1
        fi
    done
    ratio=$(echo "scale=2; $ondes_best / $curl_best" | bc -l)
    echo "best: curl $curl_best MB/s, DownloadTransfer $ondes_best MB/s, ratio $ratio (target >= 0.9)"
    echo "largest growth of the DownloadTransfer process: $((growth_max / 1024)) MB ($growth_max kB; target <= 20 MB)"
    [ "$(echo "$ratio >= 0.9" | bc -l)" = 1 ] || failed=1
    [ "$growth_max" -le $((20 * 1024)) ] || failed=1
}

# The offset of the audio in an MP3: after its ID3v2 tag, if it starts with one.
audio_offset() {
    if [ "$(head -c 3 "$1")" = ID3 ]; then
        set -- $(od -An -tu1 -j6 -N4 "$1")
        echo $((10 + ($1 << 21) + ($2 << 14) + ($3 << 7) + $4))
    else
        echo 0
    fi
}

audio_sum() { # sha256 of the bytes after the ID3v2 tag
    tail -c +"$(($(audio_offset "$1") + 1))" "$1" | sha256sum | cut -d' ' -f1
}

make_mp3() { # $1: the file to make, $2: its size in MB
    cache=$(dirname "$1")
    mkdir -p "$cache"
    espeak-ng -v en -s 150 -w "$cache/speech.wav" "Welcome to the throughput test of Ondes. \
This episode is long on purpose: it is the same few sentences, spoken again and again, so that \
the file is as large as a long interview. The audio is real MPEG audio at a podcast bitrate." || return 1
    ffmpeg -nostdin -loglevel error -y -stream_loop -1 -i "$cache/speech.wav" -t 600 \
        -ar 44100 -ac 2 -c:a libmp3lame -b:a 128k -map_metadata -1 "$cache/ten-minutes.mp3" || return 1
    seconds=$(($2 * 1000 * 1000 * 8 / 128000))
    ffmpeg -nostdin -loglevel error -y -stream_loop -1 -i "$cache/ten-minutes.mp3" -t "$seconds" \
        -c copy -map_metadata -1 -id3v2_version 3 -metadata title="Throughput test" \
        -metadata artist="Ondes bench" -metadata album="Bench Radio" -metadata date=2025 \
        "$cache/making.mp3" || return 1
    rm -f "$cache/speech.wav" "$cache/ten-minutes.mp3"
    mv "$cache/making.mp3" "$1"
}

ondes_part() {
    [ -x "$ondes" ] || { echo "no ondes binary at $ondes (build target ondes)" >&2; exit 1; }
    for tool in ffmpeg ffprobe espeak-ng od; do
        command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
    done
    mp3="${TMPDIR:-/tmp}/ondes-download-bench-mp3/episode-${mp3_mb}MB.mp3"
    [ -s "$mp3" ] || make_mp3 "$mp3" "$mp3_mb" || { echo "cannot make $mp3" >&2; exit 1; }
    mp3_bytes=$(stat -c %s "$mp3")
    mp3_audio=$(audio_sum "$mp3")

    site="$work/site"
    mkdir -p "$site"
    ffmpeg -nostdin -loglevel error -y -f lavfi -i testsrc2=size=1400x1400 -frames:v 1 \
        -q:v 4 "$site/cover.jpg"
    "$bench" serve "$mp3" "$site" >"$work/mp3-port" &
    mp3_server_pid=$!
    wait_for_port "$work/mp3-port"
    base="http://127.0.0.1:$port"
    cat >"$site/feed.xml" <<FEED
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel><title>Bench Radio</title><link>$base/</link>
<description>A show for the download benchmark.</description>
<itunes:author>Ondes bench</itunes:author><itunes:image href="$base/cover.jpg"/>
<item><title>A very long episode</title><guid>bench-episode-1</guid>
<pubDate>Mon, 02 Jun 2025 08:00:00 GMT</pubDate>
<description>Three hours of the same few sentences, for timing the download.</description>
<enclosure url="$base/episode.mp3" type="audio/mpeg" length="$mp3_bytes"/></item>
</channel></rss>
FEED
    # A fresh library for each download: a download's cover becomes the episode's image (a
    # local file), so a library that downloaded the episode before would tag without fetching it.
    data="$work/data"
    fresh_library() {
        rm -rf "$data" "$work/downloads"
        o config downloads/folder "$work/downloads"
        o subscribe "$base/feed.xml" >/dev/null 2>&1
        id=$(o episodes | cut -f1 | head -n 1)
        [ -n "$id" ] || { echo "the feed gave no episode" >&2; exit 1; }
    }
    o() { "$ondes" --data-dir "$data" "$@"; }

    run_curl_sync() {
        rm -f "$work/curl.mp3"
        t0=$(now)
        curl -s -o "$work/curl.mp3" "$base/episode.mp3"
        sync "$work/curl.mp3"
        echo "$(now) - $t0" | bc -l
    }
    run_ondes_download() { # $1: true or false (tagging)
        fresh_library
        o config downloads/writeTags "$1"
        t0=$(now)
        o download "$id" >"$work/ondes-download.out" 2>"$work/ondes-download.err" ||
            { cat "$work/ondes-download.err" >&2; echo "ondes download failed" >&2; exit 1; }
        echo "$(now) - $t0" | bc -l
    }

    echo "ondes download: $((mp3_bytes / 1000000)) MB MP3 on 127.0.0.1, $runs runs"
    curl_time=""
    tags_time=""
    plain_time=""
    i=1
    while [ "$i" -le "$runs" ]; do
        c=$(run_curl_sync)
        on=$(run_ondes_download true)
        off=$(run_ondes_download false)
        printf 'run %d: curl+fsync %.2f s, ondes download tags on %.2f s, tags off %.2f s\n' \
            "$i" "$c" "$on" "$off"
        curl_time=$(least "$curl_time" "$c")
        tags_time=$(least "$tags_time" "$on")
        plain_time=$(least "$plain_time" "$off")
        i=$((i + 1))
    done

    # A tagged file to check.
    fresh_library
    o config downloads/writeTags true
    o download "$id" >"$work/ondes-download.out" 2>/dev/null
    tagged=$(sed -n 's/^Downloaded [^:]*: //p' "$work/ondes-download.out")
    audio="audio identical to the served file's"
    if [ "$(audio_sum "$tagged")" != "$mp3_audio" ]; then
        audio="AUDIO DIFFERS from the served file's"
        failed=1
    fi
    title=$(ffprobe -v error -show_entries format_tags=title -of default=nw=1:nk=1 "$tagged")
    cover=$(ffprobe -v error -select_streams v -show_entries stream=codec_name \
        -of default=nw=1:nk=1 "$tagged")
    if [ "$title" != "A very long episode" ] || [ "$cover" != mjpeg ]; then
        echo "the tagged file's title is \"$title\" and its cover \"$cover\"" >&2
        failed=1
    fi
    echo "tagged file: title \"$title\", $cover cover, $(audio_offset "$tagged") bytes of" \
        "ID3v2 tag (served: $(audio_offset "$mp3")), $audio"
    on_ratio=$(echo "scale=2; $curl_time / $tags_time" | bc -l)
    off_ratio=$(echo "scale=2; $curl_time / $plain_time" | bc -l)
    printf 'best: curl+fsync %.2f s, ondes download tags on %.2f s (ratio %s), tags off %.2f s (ratio %s) (target >= 0.8)\n' \
        "$curl_time" "$tags_time" "$on_ratio" "$plain_time" "$off_ratio"
    [ "$(echo "$on_ratio >= 0.8" | bc -l)" = 1 ] || failed=1
    [ "$(echo "$off_ratio >= 0.8" | bc -l)" = 1 ] || failed=1
}

[ "$size_mb" -gt 0 ] && transfer_part
[ "$mp3_mb" -gt 0 ] && ondes_part
exit "$failed"

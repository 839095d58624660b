#!/usr/bin/env python3
"""Writes the seed inputs of one fuzz target, taken from tests/data, into a directory.

    bench/fuzz/seeds.py TARGET OUTDIR

Seeds are small files in the format the target reads (feedparser and sanitizer take a mode
byte first; see their LLVMFuzzerTestOneInput). Nothing here is committed: fuzz.sh writes the
seeds under the build directory each run.
"""
import html
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
CONFORMANCE = ROOT.parent / "shared" / "conformance"


def files(*patterns):
    for pattern in patterns:
        if pattern.startswith("conformance/"):
            base, rest = CONFORMANCE, pattern[len("conformance/"):]
        else:
            base, rest = DATA, pattern
        if base.is_dir():
            yield from sorted(p for p in base.glob(rest) if p.is_file())


def element_texts(names):
    """Text of the named elements in the test feeds, CDATA and escaped markup unwrapped."""
    pattern = re.compile(r"<(%s)\b[^>]*>(.*?)</\1>" % "|".join(names), re.S)
    for path in files("feeds/*.xml", "feeds/*.rdf", "conformance/*/*.rss"):
        text = path.read_bytes().decode("utf-8", "replace")
        for match in pattern.finditer(text):
            body = match.group(2).strip()
            if body.startswith("<![CDATA[") and body.endswith("]]>"):
                body = body[9:-3]
            else:
                body = html.unescape(body)
            if body:
                yield body.encode("utf-8")


def speaker_texts():
    corpus = DATA / "speakers" / "corpus.json"
    if corpus.is_file():
        for case in json.loads(corpus.read_text(encoding="utf-8")):
            yield case["text"].encode("utf-8")


DATE_EXAMPLES = [
    "Mon, 13 Jul 2020 04:00:00 +0000", "Tue, 1 Dec 2020 10:00:00 GMT", "13 Jul 20 04:00 EST",
    "2003-12-13T18:30:02Z", "2003-12-13T18:30:02.25+01:00", "2003-12-13", "Sun, 29 Nov 2026 CEST",
    "01:02:03", "61:08", "3600", "01:02:03.500", "1h 2m 3s", "90 min", "~ 61:08", "00:45:12 min",
]


def seeds(target):
    """(name, bytes) pairs for the target."""
    if target == "feedparser":
        for path in files("feeds/*", "hostile/*.xml", "conformance/*/*.rss",
                          "conformance/*/*.xml", "conformance/*/*.html"):
            body = path.read_bytes()
            yield path.name, b"\x00" + body           # whole document, collected
            yield "chunked-" + path.name, b"\x83" + body  # 3-byte chunks, streamed
    elif target == "opml":
        for path in files("opml/*", "hostile/*.opml"):
            yield path.name, path.read_bytes()
    elif target == "pageimporter":
        for path in files("pages/*", "hostile/*.html", "conformance/*/*.html"):
            yield path.name, path.read_bytes()
    elif target == "sanitizer":
        texts = list(element_texts(["description", "content:encoded", "itunes:summary",
                                    "summary", "content"]))
        texts += [p.read_bytes() for p in files("pages/hostile-markup.html", "hostile/*.html")]
        texts += list(speaker_texts())[:40]
        for i, body in enumerate(texts):
            # 0x27: images, timestamps and URLs linked, Auto, with a base URL.
            yield "text-%03d" % i, b"\x27" + body
    elif target == "speakers":
        for i, body in enumerate(speaker_texts()):
            yield "speakers-%03d" % i, body
    elif target == "chapters":
        for path in files("chapters/*", "hostile/*.json"):
            yield path.name, path.read_bytes()
    elif target == "transcripts":
        # The mode byte picks the claimed MIME type (transcripts_fuzz.cpp): none, then the
        # fixture's own.
        modes = {".vtt": 1, ".srt": 2, ".json": 3, ".html": 4, ".txt": 5}
        for path in files("transcripts/*"):
            body = path.read_bytes()
            yield path.name, b"\x00" + body
            yield "typed-" + path.name, bytes([modes.get(path.suffix, 0)]) + body
    elif target == "dates":
        texts = {t.encode() for t in DATE_EXAMPLES}
        texts |= set(element_texts(["pubDate", "published", "updated", "dc:date",
                                    "itunes:duration", "lastBuildDate"]))
        for i, body in enumerate(sorted(texts)):
            yield "date-%03d" % i, body
    else:
        sys.exit("no seeds for fuzz target %r" % target)


def main():
    target, outdir = sys.argv[1], pathlib.Path(sys.argv[2])
    outdir.mkdir(parents=True, exist_ok=True)
    count = 0
    for name, body in seeds(target):
        (outdir / name).write_bytes(body)
        count += 1
    if count == 0:
        sys.exit("no seeds found for %s" % target)


if __name__ == "__main__":
    main()

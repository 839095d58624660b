#!/usr/bin/env python3
"""Makes an Ondes library the way a user does: `ondes subscribe` of each show's feed.

    bench/make-user-library.py DIR [--ondes PATH] [--shows 100] [--episodes 1000]

Each show is a feed of bench/feedgen.py's realistic items (about 6 KB each: HTML descriptions,
content:encoded, persons, chapters, transcripts) with its own title and episode GUIDs, served
from 127.0.0.1 and added with one `ondes --data-dir DIR subscribe URL` process. The result is
what bench/episodelist_bench.cpp and bench/window-startup.sh measure the window on
(ONDES_BENCH_LIBRARY=DIR), beside bench/make-library.py's library written straight into SQLite.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import importlib.util  # noqa: E402

spec = importlib.util.spec_from_file_location("userpath", os.path.join(HERE, "subscribe-userpath.py"))
userpath = importlib.util.module_from_spec(spec)
spec.loader.exec_module(userpath)

SHOW_NAMES = ("Les Matins", "La Grande Table", "Sur les docks", "Terre à terre", "Le Temps du débat",
              "Radio Parloir", "Ondes de choc", "Le Cours de l’histoire", "Science friction",
              "La Suite dans les idées")


def show_feed(template, show):
    name = "%s %d" % (SHOW_NAMES[show % len(SHOW_NAMES)], show + 1)
    feed = template.replace("<title>Ondes — banc d’essai</title>", "<title>%s</title>" % name, 1)
    feed = feed.replace("urn:ondes:bench:", "urn:ondes:show%d:" % (show + 1))
    return feed.replace("https://example.org/episodes/", "https://example.org/%d/episodes/" % (show + 1))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir")
    parser.add_argument("--ondes", default=os.path.join(HERE, "..", "build", "release", "ondes"))
    parser.add_argument("--shows", type=int, default=100)
    parser.add_argument("--episodes", type=int, default=1000)
    args = parser.parse_args()

    if os.path.exists(os.path.join(args.dir, "data", "library.sqlite")):
        sys.exit("%s already holds a library" % args.dir)
    with tempfile.TemporaryDirectory(prefix="ondes-user-library-") as work:
        template = open(userpath.make_feed(work, args.episodes), encoding="utf-8").read()
        feeds = os.path.join(work, "feeds")
        os.makedirs(feeds)
        for show in range(args.shows):
            with open(os.path.join(feeds, "show-%d.xml" % (show + 1)), "w", encoding="utf-8") as out:
                out.write(show_feed(template, show))
        server, base = userpath.serve(feeds)
        started = time.perf_counter()
        walls = []
        for show in range(args.shows):
            wall, _, _ = userpath.run([args.ondes, "--data-dir", args.dir, "subscribe",
                                       "%s/show-%d.xml" % (base, show + 1)], userpath.quiet_env())
            walls.append(wall)
        server.shutdown()
    print("%d shows x %d episodes subscribed in %.1f s (first %.3f s, last %.3f s)" %
          (args.shows, args.episodes, time.perf_counter() - started, walls[0], walls[-1]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Creates a large Ondes library for the window and episode-list benchmarks.

    bench/make-library.py DIR [--shows 200] [--episodes 100000] [--seed 7]

DIR becomes an Ondes data folder (use it with `ondes --data-dir DIR`): DIR/data/library.sqlite
holds the shows and episodes, written with the real schema (every migration in
resources/migrations applied in order, as Database::open does), and DIR/config/ondes.conf turns
the refresh on start off so that a launch never waits on the network (the feed addresses are
loopback ones that nothing answers) and opens the window on "All episodes".

The library looks like a real one: descriptions of 1-2 KB drawn from a Zipf-distributed
vocabulary (so full-text search has common and rare words), speakers for a third of the
episodes, three quarters of the old episodes played, some in progress, some downloaded, a few
downloading or failed, an Up next queue, and the episodes of the last two weeks not yet seen.
"""

import argparse
import os
import random
import re
import sqlite3
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MIGRATIONS = os.path.join(HERE, "..", "resources", "migrations")

SYLLABLES = ("ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge go la le li lo lu "
             "ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te "
             "ti to tu va ve vi vo vu cha che chi cho tra tre tri tro pla ple pli plo "
             "an en in on un ar er ir or ur al el il ol").split()
ACCENTED = ("é", "è", "ê", "à", "ç", "ô")


def make_vocabulary(rng, size):
    words = set()
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2, 3, 3, 4))))
        if rng.random() < 0.08:
            i = rng.randrange(len(word))
            word = word[:i] + rng.choice(ACCENTED) + word[i + 1:]
        words.add(word)
    return sorted(words)


class Zipf:
    """Draws words with a Zipf-like frequency: a few very common, most rare."""

    def __init__(self, rng, words):
        self.rng = rng
        self.words = words
        weights = [1.0 / (rank + 1) for rank in range(len(words))]
        total = sum(weights)
        acc = 0.0
        self.cumulative = []
        for w in weights:
            acc += w / total
            self.cumulative.append(acc)

    def word(self):
        import bisect
        i = bisect.bisect_left(self.cumulative, self.rng.random())
        return self.words[min(i, len(self.words) - 1)]

    def sentence(self, count):
        text = " ".join(self.word() for _ in range(count))
        return text[:1].upper() + text[1:] + "."


def apply_migrations(db):
    files = sorted(f for f in os.listdir(MIGRATIONS) if re.fullmatch(r"\d{4}\.sql", f))
    for name in files:
        with open(os.path.join(MIGRATIONS, name), encoding="utf-8") as f:
            db.executescript("BEGIN;\n" + f.read() + "\nCOMMIT;")
    # The highest number: a number may have no file (see Database::latestSchemaVersion).
    latest = max(int(name[:4]) for name in files)
    db.execute("PRAGMA user_version = %d" % latest)
    return latest


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("--shows", type=int, default=200)
    parser.add_argument("--episodes", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    started = time.monotonic()
    rng = random.Random(args.seed)
    data_dir = os.path.join(args.dir, "data")
    config_dir = os.path.join(args.dir, "config")
    os.makedirs(data_dir, exist_ok=True)
    os.makedirs(config_dir, exist_ok=True)
    path = os.path.join(data_dir, "library.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    with open(os.path.join(config_dir, "ondes.conf"), "w", encoding="utf-8") as f:
        # Opens on "All episodes": the whole library in the list.
        f.write("[refresh]\nonStart=false\nintervalHours=0\n\n"
                "[window]\nepisodeListSource=view:0\n")

    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    version = apply_migrations(db)

    vocabulary = Zipf(rng, make_vocabulary(rng, 20000))
    people = sorted({"%s %s" % (vocabulary.word().capitalize(), vocabulary.word().capitalize())
                     for _ in range(2500)})
    now = int(time.time())
    per_show = args.episodes // args.shows

    db.execute("BEGIN")
    db.executemany("INSERT INTO people (id, key, name) VALUES (?, ?, ?)",
                   [(i + 1, name.lower(), name) for i, name in enumerate(people)])
    episode_id = 0
    speakers = []
    search_rows = []
    positions = []
    for show in range(1, args.shows + 1):
        show_title = " ".join(vocabulary.word() for _ in range(rng.randint(1, 4))).title()
        db.execute(
            "INSERT INTO shows (id, feed_url, kind, title, description, link, author, added_at) "
            "VALUES (?, ?, 'feed', ?, ?, ?, ?, ?)",
            (show, "http://127.0.0.1:9/show/%d.xml" % show, show_title,
             vocabulary.sentence(40), "http://127.0.0.1:9/show/%d" % show,
             rng.choice(people), now - 3 * 365 * 86400))
        count = per_show + (1 if show <= args.episodes % args.shows else 0)
        # Each show publishes every few days, ending at some point of the last weeks.
        newest = now - rng.randint(0, 30) * 86400
        interval = rng.choice((1, 2, 3, 7, 7, 14)) * 86400
        host = rng.randrange(len(people))
        for n in range(count):
            episode_id += 1
            published = newest - (count - 1 - n) * interval + rng.randint(-3600, 3600)
            title = "%d. %s" % (n + 1, vocabulary.sentence(rng.randint(3, 9))[:-1])
            description = " ".join(vocabulary.sentence(rng.randint(6, 18))
                                   for _ in range(rng.randint(8, 16)))
            description = description[:rng.randint(1000, 2000)]
            html = "<p>" + description + "</p>"
            duration = rng.randint(600, 7200)
            age_days = (now - published) / 86400
            played = 1 if age_days > 30 and rng.random() < 0.75 else 0
            local_file = ""
            downloaded_at = 0
            if rng.random() < 0.01:
                local_file = "/nonexistent/ondes-bench/%d.mp3" % episode_id
                downloaded_at = published + 3600
            db.execute(
                "INSERT INTO episodes (id, show_id, guid, title, link, description, "
                "description_html, published, duration, enclosure_url, enclosure_type, "
                "enclosure_size, local_file, played, added_at, downloaded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'audio/mpeg', ?, ?, ?, ?, ?)",
                (episode_id, show, "guid-%d" % episode_id, title,
                 "http://127.0.0.1:9/show/%d/%d" % (show, n), description, html, published,
                 duration, "http://127.0.0.1:9/show/%d/%d.mp3" % (show, n),
                 duration * 16000, local_file, played, published + 60, downloaded_at))
            names = []
            if rng.random() < 0.33:
                chosen = [host] + rng.sample(range(len(people)), rng.randint(0, 2))
                for ordinal, person in enumerate(dict.fromkeys(chosen)):
                    speakers.append((episode_id, person + 1, "host" if ordinal == 0 else "guest",
                                     ordinal))
                    names.append(people[person])
            search_rows.append((episode_id, title, description, show_title, " ".join(names)))
            if not played and rng.random() < 0.02:
                positions.append((episode_id, rng.randint(1, duration - 1) * 1000,
                                  now - rng.randint(0, 90 * 86400)))
    db.executemany("INSERT INTO episode_people (episode_id, person_id, role, ordinal) "
                   "VALUES (?, ?, ?, ?)", speakers)
    db.executemany("INSERT INTO episode_search (rowid, title, description, show, speakers) "
                   "VALUES (?, ?, ?, ?, ?)", search_rows)
    db.executemany("INSERT INTO playback_positions (episode_id, position_ms, updated_at) "
                   "VALUES (?, ?, ?)", positions)
    unplayed = [row[0] for row in db.execute(
        "SELECT id FROM episodes WHERE played = 0 AND local_file = '' ORDER BY published DESC "
        "LIMIT 200")]
    db.executemany("INSERT INTO queue (episode_id, ordinal) VALUES (?, ?)",
                   [(episode, i) for i, episode in enumerate(unplayed[:20])])
    states = ["running", "queued", "queued", "paused", "failed"]
    db.executemany("INSERT INTO downloads (episode_id, state, received, total, ordinal, added_at) "
                   "VALUES (?, ?, ?, ?, ?, ?)",
                   [(episode, states[i % len(states)], 1000 * i, 50000000, i, now)
                    for i, episode in enumerate(unplayed[20:30])])
    # A listener who has been using Ondes: what is played, started, or more than two weeks old
    # has been seen; the rest is New (migration 9 says the same of an upgraded library).
    db.execute("UPDATE episodes SET seen = 1 WHERE played = 1 OR published < ? OR id IN "
               "(SELECT episode_id FROM playback_positions WHERE position_ms > 0)",
               (now - 14 * 86400,))
    db.execute("COMMIT")
    db.execute("PRAGMA optimize")
    db.execute("INSERT INTO episode_search (episode_search) VALUES ('optimize')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    print("%s: schema %d, %d shows, %d episodes, %d speaker links, %.1f MB, %.1f s" % (
        path, version, args.shows, episode_id, len(speakers), os.path.getsize(path) / 1e6,
        time.monotonic() - started), file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Times what a user runs to add and refresh shows: whole `ondes` processes against feeds of
bench/feedgen.py's realistic items served from 127.0.0.1, beside gPodder's `gpo` on the same
feeds and server when it is installed (Debian's gpodder).

    bench/subscribe-userpath.py [--ondes PATH] [--baseline PATH] [--runs N] [--cases LIST]
                                [--work DIR] [--stages]

Cases (all by default; --cases 1k,10k,100k,refresh):
  1k       `ondes subscribe` of a 1,000-episode feed (about 6 MB) into an empty library
           (target: <= 0.25 s wall), and `gpo subscribe` of the same feed;
  10k      the same with 10,000 episodes (about 65 MB; target: <= 1.0 s, peak RSS <= 2x the
           feed);
  100k     the 1,000-episode feed into a library that already holds 100,000 episodes
           (bench/make-library.py; target: <= 1.3x the empty-library time);
  refresh  `ondes refresh` of 200 shows that all answer 304 Not Modified, the process's wall
           time beside that of `ondes shows` on the same library (all 200 feeds are on one
           host here, and Ondes asks one host one thing at a time, so this is 200 requests in
           a row; bench/refresh_bench.cpp spreads them over hosts: target <= 100 ms).
Each figure is the median of --runs runs (wall seconds, CPU seconds (user + system, all threads),
peak resident memory of the process);
every run starts from a fresh copy of its library, made outside the timing.
With --stages, one more run of each subscribe prints when its stages happened, in ms since the
process was started (Subscriber's "ondes.subscribe" debug log: request sent, first bytes,
library open, download ended, parsed, stored, subscribed), and when the process ended.
"""
import argparse
import functools
import http.server
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    # HTTP/1.1 keep-alive, Last-Modified and If-Modified-Since (304) come with the base class.
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def guess_type(self, path):
        return "application/rss+xml" if path.endswith(".xml") else super().guess_type(path)


def serve(directory):
    handler = functools.partial(QuietHandler, directory=directory)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, "http://127.0.0.1:%d" % server.server_address[1]


def run(command, env=None):
    """Runs command; returns (wall seconds, peak RSS in MB, CPU seconds: user + system) of that
    process alone (its threads included)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (process.returncode, " ".join(command), error))
    return wall, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime


def medians_of(runs, prepare, commands, env_for=None):
    """For each command (a function of the run's directory): the medians of wall seconds, peak
    MB and CPU seconds. The commands take turns, run after run, so that on a shared machine
    they meet the same load. The CPU time is the steadier figure there: print both."""
    figures = [([], [], []) for _ in commands]
    for _ in range(runs):
        for command, (walls, peaks, cpus) in zip(commands, figures):
            place = prepare()
            wall, peak, cpu = run(command(place), env_for(place) if env_for else None)
            walls.append(wall)
            peaks.append(peak)
            cpus.append(cpu)
            shutil.rmtree(place, ignore_errors=True)
    return [tuple(statistics.median(values) for values in f) for f in figures]


def median_of(runs, prepare, command, env_for=None):
    return medians_of(runs, prepare, [command], env_for)[0]


def make_feed(work, items):
    path = os.path.join(work, "feed-%d.xml" % items)
    if not os.path.exists(path):
        subprocess.check_call([sys.executable, os.path.join(HERE, "feedgen.py"), str(items), path])
    return path


def fresh_dir(work, template=None):
    place = tempfile.mkdtemp(dir=work, prefix="run-")
    if template:
        shutil.rmtree(place)
        shutil.copytree(template, place)
    # The copy's hundreds of megabytes go to disk now, not inside the timed run: the first
    # fdatasync of the library would otherwise wait for all of them (a user's library is not
    # a file written a second ago).
    os.sync()
    return place


def quiet_env():
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def gpo_env(place):
    env = dict(os.environ)
    env["GPODDER_HOME"] = place
    env["GPODDER_DOWNLOAD_DIR"] = os.path.join(place, "downloads")
    return env


def print_stages(command):
    """Runs command once with the ondes.subscribe log on; prints its stages."""
    env = quiet_env()
    env["QT_LOGGING_RULES"] = "ondes.subscribe.debug=true"
    env["QT_MESSAGE_PATTERN"] = "%{category} %{time boot} %{message}"
    start = time.clock_gettime(time.CLOCK_BOOTTIME)
    process = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    end = time.clock_gettime(time.CLOCK_BOOTTIME)
    stages = []
    for line in process.stderr.decode(errors="replace").splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[0] == "ondes.subscribe":
            stages.append("%s %.0f" % (parts[2].split(":")[0], (float(parts[1]) - start) * 1000))
    stages.append("exit %.0f" % ((end - start) * 1000))
    print("    stages (ms): " + ", ".join(stages))


def subscribe_case(args, work, base, items, template=None, label=None):
    feed = make_feed(work, items)
    size_mb = os.path.getsize(feed) / 1e6
    url = "%s/%s" % (base, os.path.basename(feed))
    binaries = [args.ondes] + ([args.baseline] if args.baseline else [])
    figures = medians_of(args.runs, lambda: fresh_dir(work, template),
                         [lambda d, b=b: [b, "--data-dir", d, "subscribe", url] for b in binaries],
                         lambda d: quiet_env())
    label = label or "ondes subscribe, %d episodes (%.1f MB), empty library" % (items, size_mb)
    wall, peak, cpu = figures[0]
    print("%-72s %7.3f s  cpu %6.3f s  peak %6.1f MB (%.2fx the feed)" %
          (label, wall, cpu, peak, peak / size_mb))
    if args.baseline:
        bwall, bpeak, bcpu = figures[1]
        print("%-72s %7.3f s  cpu %6.3f s  peak %6.1f MB   this/baseline cpu %.2f" %
              ("  ... baseline %s, alternated" % args.baseline, bwall, bcpu, bpeak, cpu / bcpu))
    if args.stages:
        for binary in binaries:
            place = fresh_dir(work, template)
            print("  %s:" % binary)
            print_stages([binary, "--data-dir", place, "subscribe", url])
            shutil.rmtree(place, ignore_errors=True)
    if template is None and shutil.which("gpo") and not args.no_gpo:
        gwall, gpeak, gcpu = median_of(args.runs, lambda: fresh_dir(work),
                                       lambda d: ["gpo", "subscribe", url], gpo_env)
        print("%-72s %7.3f s  cpu %6.3f s  peak %6.1f MB   ondes/gpo time %.2f" %
              ("gpo subscribe, same feed and server", gwall, gcpu, gpeak, wall / gwall))
    return wall


def refresh_case(args, work, base, shows=200):
    feeds = os.path.join(work, "refresh-feeds")
    os.makedirs(feeds, exist_ok=True)
    small = make_feed(work, 5)
    for i in range(shows):
        path = os.path.join(feeds, "show-%03d.xml" % i)
        if not os.path.exists(path):
            shutil.copyfile(small, path)
    template = os.path.join(work, "library-200-shows")
    if not os.path.exists(template):
        os.makedirs(template)
        opml = os.path.join(work, "200-shows.opml")
        with open(opml, "w") as out:
            out.write('<?xml version="1.0"?><opml version="2.0"><head><title>b</title></head>'
                      "<body>")
            for i in range(shows):
                out.write('<outline type="rss" text="Show %d" xmlUrl="%s/refresh-feeds/show-%03d.xml"/>'
                          % (i, base, i))
            out.write("</body></opml>")
        run([args.ondes, "--data-dir", template, "import-opml", opml], quiet_env())
        run([args.ondes, "--data-dir", template, "refresh"], quiet_env())  # validators stored
    wall, _, _ = median_of(args.runs, lambda: fresh_dir(work, template),
                           lambda d: [args.ondes, "--data-dir", d, "refresh"],
                           lambda d: quiet_env())
    start, _, _ = median_of(args.runs, lambda: fresh_dir(work, template),
                            lambda d: [args.ondes, "--data-dir", d, "shows"],
                            lambda d: quiet_env())
    print("%-72s %7.3f s  (the process; `ondes shows` on the same library: %.3f s, so the "
          "refresh itself ~%.0f ms)" % ("ondes refresh, %d shows answering 304" % shows, wall,
                                       start, max(0.0, wall - start) * 1000))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ondes", default=os.path.join(ROOT, "build", "release", "ondes"))
    parser.add_argument("--baseline", help="another ondes binary (say main's) whose subscribe "
                        "runs alternate with --ondes's, printed beside them")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cases", default="1k,10k,100k,refresh")
    parser.add_argument("--no-gpo", action="store_true", help="leave gPodder out")
    parser.add_argument("--stages", action="store_true", help="one more run of each subscribe, "
                        "printing when its stages happened")
    parser.add_argument("--work", default=os.path.join(tempfile.gettempdir(),
                                                       "ondes-subscribe-userpath"))
    args = parser.parse_args()
    cases = set(args.cases.split(","))
    os.makedirs(args.work, exist_ok=True)
    server, base = serve(args.work)
    try:
        empty = None
        if "1k" in cases or "100k" in cases:
            empty = subscribe_case(args, args.work, base, 1000)
        if "10k" in cases:
            subscribe_case(args, args.work, base, 10000)
        if "100k" in cases:
            template = os.path.join(args.work, "library-100k")
            if not os.path.exists(os.path.join(template, "data", "library.sqlite")):
                subprocess.check_call([sys.executable, os.path.join(HERE, "make-library.py"),
                                       template, "--shows", "100", "--episodes", "100000"])
            # A library of an older schema is upgraded once here, outside the timing (with a
            # backup copy of 800 MB), not in every timed run; the backup is not kept.
            subprocess.check_call([args.ondes, "--data-dir", template, "shows"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  env=quiet_env())
            for name in os.listdir(os.path.join(template, "data")):
                if ".before-v" in name:
                    os.remove(os.path.join(template, "data", name))
            full = subscribe_case(args, args.work, base, 1000, template,
                                  "ondes subscribe, 1000 episodes, library of 100,000 episodes")
            print("%-72s %7.2fx" % ("  ... against the empty library", full / empty))
        if "refresh" in cases:
            refresh_case(args, args.work, base)
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()

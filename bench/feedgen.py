#!/usr/bin/env python3
"""Writes a deterministic podcast feed for the feed-parser benchmarks.

    bench/feedgen.py ITEMS [OUTPUT]        (OUTPUT defaults to stdout)

Each item is about 6 KB: CDATA HTML descriptions with accents, content:encoded, itunes:*
fields, 2-3 podcast:person, podcast:chapters and transcripts, Podlove Simple Chapters,
media:content, and dates and durations in every form the parser understands.
The same ITEMS always gives the same bytes.
"""
import sys

ZONES = ["+0000", "GMT", "-0500", "EST", "+0200", "CEST", "PDT", "+0530", "Z"]
WORDS = ("écoute café société données réseau mémoire fenêtre été hiver théâtre "
         "musique radio onde fréquence émission récit histoire voyage forêt rivière "
         "montagne lumière silence parole chanson poème lettre journal matin soirée").split()
HOSTS = ["Hélène Dupont", "Jérôme Martin", "Zoë Lefèvre", "Amélie Rousseau", "François Bénard"]


def words(seed, count):
    out = []
    x = seed * 2654435761 % 4294967296
    for _ in range(count):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(WORDS[x % len(WORDS)])
    return " ".join(out)


def pub_date(i):
    # Newest first, one episode every ~3.5 days, each in a different written form.
    t = 1700000000 - i * 302400
    days, rem = divmod(t, 86400)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    y, m, d = civil(days)
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    wd = "Thu Fri Sat Sun Mon Tue Wed".split()[days % 7]
    zone = ZONES[i % len(ZONES)]
    form = i % 4
    if zone == "Z" or form == 3:
        return "%04d-%02d-%02dT%02d:%02d:%02d%s" % (y, m, d, hh, mm, ss, "Z" if zone == "Z" else "+01:00")
    if form == 1:
        return "%d %s %02d %02d:%02d:%02d %s" % (d, months[m - 1], y % 100, hh, mm, ss, zone)
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (wd, d, months[m - 1], y, hh, mm, ss, zone)


def civil(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + (m <= 2), m, d)


def duration(i):
    secs = 1200 + (i * 37) % 5400
    form = i % 4
    if form == 0:
        return str(secs)
    if form == 1:
        return "%02d:%02d" % (secs // 60, secs % 60)
    if form == 2:
        return "%02d:%02d:%02d" % (secs // 3600, secs // 60 % 60, secs % 60)
    return " %d:%02d:%02d.500 " % (secs // 3600, secs // 60 % 60, secs % 60)


def item(i):
    n = i + 1
    paragraphs = "".join("<p>%s, <em>%s</em> &amp; <a href=\"https://example.org/n/%d/%d\">%s</a>.</p>\n"
                         % (words(n * 7 + k, 18).capitalize(), words(n + k, 3), n, k, words(n * 3 + k, 4))
                         for k in range(6))
    persons = "".join(
        '    <podcast:person role="%s" group="cast" img="https://img.example.org/p/%d.jpg" '
        'href="https://example.org/people/%d">%s</podcast:person>\n'
        % ("host" if k == 0 else "guest", (n + k) % 5, (n + k) % 5, HOSTS[(n + k) % 5])
        for k in range(2 + n % 2))
    chapters = "".join('      <psc:chapter start="%s" title="%s"/>\n'
                       % ("00:%02d:%02d.250" % (k * 7, k * 3), words(n + k * 11, 3).capitalize())
                       for k in range(5))
    return f"""  <item>
    <title>Épisode {n} : {words(n, 5)} — « {words(n * 5, 2)} »</title>
    <link>https://example.org/episodes/{n}</link>
    <guid isPermaLink="false">urn:ondes:bench:{n}</guid>
    <pubDate>{pub_date(i)}</pubDate>
    <description><![CDATA[<p>{words(n * 13, 40).capitalize()}.</p>
{paragraphs[:900]}]]></description>
    <content:encoded><![CDATA[<h2>{words(n * 17, 6).capitalize()}</h2>
{paragraphs}<ul><li>{words(n * 19, 8)}</li><li>{words(n * 23, 8)}</li></ul>
<p>{words(n * 29, 60).capitalize()}.</p>]]></content:encoded>
    <enclosure url="https://cdn.example.org/audio/{n}.mp3" length="{10000000 + n * 977}" type="audio/mpeg"/>
    <media:content url="https://cdn.example.org/audio/{n}.ogg" fileSize="{8000000 + n * 733}" type="audio/ogg"/>
    <itunes:duration>{duration(i)}</itunes:duration>
    <itunes:episode>{n}</itunes:episode>
    <itunes:season>{1 + n // 100}</itunes:season>
    <itunes:episodeType>{"trailer" if n % 50 == 0 else "full"}</itunes:episodeType>
    <itunes:explicit>{"yes" if n % 7 == 0 else "no"}</itunes:explicit>
    <itunes:image href="https://img.example.org/episodes/{n}.jpg"/>
    <itunes:subtitle>{words(n * 31, 10)}</itunes:subtitle>
    <itunes:summary>{words(n * 37, 70)}</itunes:summary>
    <itunes:author>{HOSTS[n % 5]}</itunes:author>
{persons}    <podcast:chapters url="https://example.org/chapters/{n}.json" type="application/json+chapters"/>
    <podcast:transcript url="https://example.org/transcripts/{n}.vtt" type="text/vtt" language="fr"/>
    <podcast:transcript url="https://example.org/transcripts/{n}.srt" type="application/x-subrip" rel="captions"/>
    <podcast:season name="Saison {1 + n // 100}">{1 + n // 100}</podcast:season>
    <podcast:episode display="n°{n}">{n}</podcast:episode>
    <podcast:soundbite startTime="{n % 600}.5" duration="45.0">{words(n * 41, 5)}</podcast:soundbite>
    <psc:chapters version="1.2">
{chapters}    </psc:chapters>
  </item>
"""


HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
     xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:podcast="https://podcastindex.org/namespace/1.0"
     xmlns:psc="http://podlove.org/simple-chapters" xmlns:media="http://search.yahoo.com/mrss/"
     xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Ondes — banc d’essai</title>
  <link>https://example.org/</link>
  <description>Un flux de test déterministe pour mesurer l’analyseur.</description>
  <language>fr</language>
  <generator>ondes feedgen.py</generator>
  <atom:link rel="next" href="https://example.org/feed?page=2"/>
  <itunes:author>Radio Ondes</itunes:author>
  <itunes:owner><itunes:name>Radio Ondes</itunes:name><itunes:email>ondes@example.org</itunes:email></itunes:owner>
  <itunes:image href="https://img.example.org/cover.jpg"/>
  <itunes:category text="Society &amp; Culture"><itunes:category text="Documentary"/></itunes:category>
  <itunes:explicit>false</itunes:explicit>
  <itunes:type>episodic</itunes:type>
  <podcast:locked owner="ondes@example.org">no</podcast:locked>
  <podcast:funding url="https://example.org/soutenir">Soutenir l’émission</podcast:funding>
  <podcast:person role="host" img="https://img.example.org/p/0.jpg">Hélène Dupont</podcast:person>
"""


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    out = open(sys.argv[2], "w", encoding="utf-8") if len(sys.argv) > 2 else sys.stdout
    out.write(HEADER)
    for i in range(count):
        out.write(item(i))
    out.write("</channel>\n</rss>\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()

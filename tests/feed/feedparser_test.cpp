// FeedParser against the fixtures in tests/data/feeds: one namespace or trap per file.

#include "feed/feedjson.h"
#include "feed/feedparser.h"

#include <QFile>
#include <QHash>
#include <QString>

#include <gtest/gtest.h>

namespace ondes {
namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(ONDES_TEST_DATA_DIR "/feeds/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "missing fixture " << name;
    return file.readAll();
}

FeedParseOptions optionsFor(const char* name)
{
    FeedParseOptions options;
    options.baseUrl =
        QUrl(QStringLiteral("https://feeds.example.com/dir/") + QString::fromUtf8(name));
    return options;
}

ParsedFeed parseFixture(const char* name, FeedParseOptions options)
{
    const FeedParseResult result = FeedParser::parse(fixture(name), options);
    EXPECT_TRUE(result.ok()) << name << ": " << qPrintable(result.error);
    return result.feed.value_or(ParsedFeed());
}

ParsedFeed parseFixture(const char* name)
{
    return parseFixture(name, optionsFor(name));
}

QString refusal(const QByteArray& document, FeedParseOptions options = {})
{
    const FeedParseResult result = FeedParser::parse(document, options);
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.error.isEmpty());
    EXPECT_FALSE(result.error.contains(QLatin1Char('\n')));
    return result.error;
}

TEST(FeedParserTest, Rss2WithItunes)
{
    const ParsedFeed feed = parseFixture("rss2_itunes.xml");
    EXPECT_EQ(feed.title, QStringLiteral("Les Ondes du matin"));
    EXPECT_EQ(feed.description, QStringLiteral("Une émission\n sur les ondes."));
    EXPECT_EQ(feed.link, QStringLiteral("https://ondes.example.org/"));
    EXPECT_EQ(feed.imageUrl, QStringLiteral("https://ondes.example.org/img/cover-3000.jpg"));
    EXPECT_EQ(feed.author, QStringLiteral("Radio Ondes"));
    EXPECT_EQ(feed.language, QStringLiteral("fr-FR"));
    EXPECT_EQ(feed.generator, QStringLiteral("Handmade 1.0"));
    EXPECT_EQ(feed.ownerName, QStringLiteral("Hélène Dupont"));
    EXPECT_EQ(feed.ownerEmail, QStringLiteral("helene@example.org"));
    EXPECT_EQ(feed.subtitle, QStringLiteral("Le matin, en ondes"));
    EXPECT_EQ(feed.keywords, (QStringList{QStringLiteral("radio"), QStringLiteral("matin"),
                                          QStringLiteral("ondes")}));
    ASSERT_EQ(feed.categoryPaths.size(), 2);
    EXPECT_EQ(feed.categoryPaths[0],
              (QStringList{QStringLiteral("Society & Culture"), QStringLiteral("Documentary")}));
    EXPECT_EQ(feed.categories.size(), 3);
    EXPECT_EQ(feed.explicitFlag, 0);
    EXPECT_EQ(feed.feedType, QStringLiteral("serial"));
    EXPECT_EQ(feed.newFeedUrl, QStringLiteral("https://new.example.org/feed.xml"));
    EXPECT_TRUE(feed.blocked);
    EXPECT_EQ(feed.paymentUrl, QStringLiteral("https://ondes.example.org/donate"));

    // Serial: oldest first.
    ASSERT_EQ(feed.episodes.size(), 2);
    const ParsedEpisode& first = feed.episodes[0];
    EXPECT_EQ(first.title, QStringLiteral("Épisode 1"));
    EXPECT_EQ(first.guid, QStringLiteral("https://ondes.example.org/1"));
    EXPECT_EQ(first.link, first.guid); // a permalink guid is the link when there is none
    EXPECT_EQ(first.description.toString(),
              QStringLiteral("The summary wins over a text description."));
    EXPECT_EQ(first.descriptionHtml.toString(),
              QStringLiteral("<p>First &amp; <i>best</i></p><ul><li>one</li><li>two</li></ul>"));
    EXPECT_EQ(first.published, 1594627200);
    EXPECT_EQ(first.durationSeconds, 45 * 60 + 30);
    ASSERT_EQ(first.enclosures.size(), 1);
    EXPECT_EQ(first.enclosures[0].mimeType, QStringLiteral("application/octet-stream"));
    EXPECT_EQ(first.enclosures[0].fileSize, -1);

    const ParsedEpisode& second = feed.episodes[1];
    EXPECT_EQ(second.guid, QStringLiteral("ondes-2"));
    EXPECT_EQ(second.link, QStringLiteral("https://ondes.example.org/2"));
    EXPECT_EQ(second.description.toString(), QStringLiteral("Plain text, second episode."));
    EXPECT_EQ(second.descriptionHtml.toString(),
              QStringLiteral("<p>Le <b>deuxième</b> épisode</p>"));
    EXPECT_EQ(second.published, 1594706400);
    EXPECT_EQ(second.durationSeconds, 3723);
    EXPECT_EQ(second.number, 2);
    EXPECT_EQ(second.season, 1);
    EXPECT_EQ(second.episodeType, QStringLiteral("bonus"));
    EXPECT_EQ(second.explicitFlag, 1);
    EXPECT_EQ(second.imageUrl, QStringLiteral("https://ondes.example.org/2.jpg"));
    EXPECT_EQ(second.subtitle, QStringLiteral("Court"));
    EXPECT_EQ(second.author, QStringLiteral("Jérôme Martin"));
    EXPECT_FALSE(second.blocked);
    ASSERT_EQ(second.enclosures.size(), 1);
    EXPECT_EQ(second.enclosures[0].fileSize, 2000);
}

TEST(FeedParserTest, Atom)
{
    const ParsedFeed feed = parseFixture("atom.xml");
    EXPECT_EQ(feed.title, QStringLiteral("Atom Podcast"));
    EXPECT_EQ(feed.description, QStringLiteral("An Atom feed with enclosures"));
    EXPECT_EQ(feed.link, QStringLiteral("https://atom.example.org/"));
    EXPECT_EQ(feed.imageUrl, QStringLiteral("https://atom.example.org/podcast/logo.png"));
    EXPECT_EQ(feed.pagedFeedNext, QStringLiteral("https://atom.example.org/podcast/?page=2"));
    ASSERT_EQ(feed.episodes.size(), 2);

    const ParsedEpisode& newest = feed.episodes[0];
    EXPECT_EQ(newest.guid, QStringLiteral("urn:uuid:entry-2"));
    EXPECT_EQ(newest.link, QStringLiteral("https://atom.example.org/podcast/entries/2"));
    EXPECT_EQ(newest.published, 1614830767); // published wins over updated
    EXPECT_EQ(newest.author, QStringLiteral("Zoë"));
    EXPECT_EQ(newest.descriptionHtml.toString(),
              QStringLiteral("<div><p>Hello <b>world</b><br/>again &amp; again</p></div>"));
    EXPECT_EQ(newest.description.toString(), QStringLiteral("Hello world\nagain & again"));
    ASSERT_EQ(newest.enclosures.size(), 1);
    EXPECT_EQ(newest.enclosures[0].url,
              QStringLiteral("https://atom.example.org/podcast/media/2.ogg"));
    EXPECT_EQ(newest.enclosures[0].fileSize, 1234);

    const ParsedEpisode& oldest = feed.episodes[1];
    EXPECT_EQ(oldest.link, QStringLiteral("https://other.example.net/dir/page.html"));
    EXPECT_EQ(oldest.enclosures.value(0).url,
              QStringLiteral("https://other.example.net/dir/first.mp3"));
    EXPECT_EQ(oldest.published, 1609477200); // updated, with fractions and a zone
    EXPECT_EQ(oldest.description.toString(), QStringLiteral("Plain text\ncontent."));
    EXPECT_EQ(oldest.summary.toString(), QStringLiteral("A short summary."));
}

TEST(FeedParserTest, Podcasting20)
{
    const ParsedFeed feed = parseFixture("podcasting20.xml");
    EXPECT_EQ(feed.lockedFlag, 1);
    EXPECT_EQ(feed.podcastGuid, QStringLiteral("917393e3-1b1e-5cef-ace4-edaa54e1f810"));
    EXPECT_EQ(feed.medium, QStringLiteral("podcast"));
    ASSERT_EQ(feed.funding.size(), 2);
    EXPECT_EQ(feed.funding[0].url, QStringLiteral("https://example.org/support"));
    EXPECT_EQ(feed.funding[0].text, QStringLiteral("Support the show!"));
    ASSERT_EQ(feed.persons.size(), 2);
    EXPECT_EQ(feed.persons[0].name, QStringLiteral("Alice Host"));
    EXPECT_EQ(feed.persons[0].role, QStringLiteral("host"));
    EXPECT_EQ(feed.persons[1].role, QStringLiteral("editor"));
    EXPECT_EQ(feed.persons[1].group, QStringLiteral("writing"));
    EXPECT_EQ(feed.location.name, QStringLiteral("Paris"));
    EXPECT_EQ(feed.location.geo, QStringLiteral("geo:48.8566,2.3522"));
    EXPECT_EQ(feed.location.osm, QStringLiteral("R7444"));

    ASSERT_EQ(feed.episodes.size(), 2);
    const ParsedEpisode& own = feed.episodes[0];
    // An item's persons replace the channel's.
    ASSERT_EQ(own.persons.size(), 2);
    EXPECT_EQ(own.persons[0].name, QStringLiteral("Carol Guest"));
    EXPECT_EQ(own.persons[0].role, QStringLiteral("guest"));
    EXPECT_EQ(own.persons[0].group, QStringLiteral("cast"));
    EXPECT_EQ(own.persons[0].href, QStringLiteral("https://example.org/carol"));
    EXPECT_EQ(own.persons[1].role, QStringLiteral("host")); // the namespace's defaults
    EXPECT_EQ(own.persons[1].group, QStringLiteral("cast"));
    EXPECT_EQ(own.chaptersUrl, QStringLiteral("https://example.org/2/chapters.json"));
    EXPECT_EQ(own.chaptersType, QStringLiteral("application/json+chapters"));
    ASSERT_EQ(own.transcripts.size(), 2);
    EXPECT_EQ(own.transcripts[0].type, QStringLiteral("text/vtt"));
    EXPECT_EQ(own.transcripts[0].language, QStringLiteral("fr"));
    EXPECT_EQ(own.transcripts[1].rel, QStringLiteral("captions"));
    EXPECT_EQ(own.season, 3);
    EXPECT_EQ(own.seasonName, QStringLiteral("Les débuts"));
    EXPECT_EQ(own.podcastEpisode, 4.5);
    EXPECT_EQ(own.number, -1); // 4.5 is no whole number
    EXPECT_EQ(own.episodeDisplay, QStringLiteral("Ch. 4½"));
    ASSERT_EQ(own.soundbites.size(), 1);
    EXPECT_EQ(own.soundbites[0].start, 73.5);
    EXPECT_EQ(own.soundbites[0].duration, 60);
    EXPECT_EQ(own.soundbites[0].title, QStringLiteral("The best minute"));
    ASSERT_EQ(own.alternateEnclosures.size(), 1);
    const AlternateEnclosure& alternate = own.alternateEnclosures[0];
    EXPECT_EQ(alternate.mimeType, QStringLiteral("audio/opus"));
    EXPECT_EQ(alternate.length, 50);
    EXPECT_EQ(alternate.bitrate, 64000.5);
    EXPECT_TRUE(alternate.isDefault);
    EXPECT_EQ(alternate.sources, (QStringList{QStringLiteral("https://example.org/2.opus"),
                                              QStringLiteral("ipfs://QmExample")}));
    EXPECT_EQ(own.location.name, QStringLiteral("Lyon"));

    const ParsedEpisode& inherited = feed.episodes[1];
    ASSERT_EQ(inherited.persons.size(), 2);
    EXPECT_EQ(inherited.persons[0].name, QStringLiteral("Alice Host"));
    EXPECT_EQ(inherited.number, 8); // itunes:episode wins over podcast:episode
    EXPECT_EQ(inherited.podcastEpisode, 7);
}

TEST(FeedParserTest, MediaRssChaptersAndPages)
{
    const ParsedFeed feed = parseFixture("media_psc_paged.xml");
    EXPECT_EQ(feed.pagedFeedFirst, QStringLiteral("https://example.org/feed"));
    EXPECT_EQ(feed.pagedFeedNext, QStringLiteral("https://feeds.example.com/feed?page=3"));
    ASSERT_EQ(feed.episodes.size(), 1);
    const ParsedEpisode& episode = feed.episodes[0];
    EXPECT_EQ(episode.description.toString(), QStringLiteral("From the media group."));
    EXPECT_EQ(episode.imageUrl, QStringLiteral("https://example.org/thumb.jpg"));
    ASSERT_EQ(episode.enclosures.size(), 4); // the gopher: one is dropped
    EXPECT_EQ(episode.enclosures[0].fileSize, 111);
    EXPECT_EQ(episode.enclosures[1].url, QStringLiteral("https://example.org/a.ogg"));
    EXPECT_EQ(episode.enclosures[1].mimeType, QStringLiteral("audio/ogg"));
    EXPECT_EQ(episode.enclosures[2].url, QStringLiteral("https://example.org/a.m4a"));
    EXPECT_EQ(episode.enclosures[3].url, QStringLiteral("http://example.org/a.aac"));
    ASSERT_EQ(episode.chapters.size(), 3); // one without start is dropped
    EXPECT_EQ(episode.chapters[0].title, QStringLiteral("Intro"));
    EXPECT_EQ(episode.chapters[1].start, 90.5);
    EXPECT_EQ(episode.chapters[1].href, QStringLiteral("https://example.org/m"));
    EXPECT_EQ(episode.chapters[1].image, QStringLiteral("https://example.org/m.jpg"));
    EXPECT_EQ(episode.chapters[2].start, 3600);
}

TEST(FeedParserTest, UndeclaredPrefixesAreMapped)
{
    const ParsedFeed feed = parseFixture("no_xmlns.xml");
    EXPECT_EQ(feed.author, QStringLiteral("Nobody Declared"));
    EXPECT_EQ(feed.pagedFeedNext, QStringLiteral("https://example.org/page2"));
    EXPECT_EQ(feed.funding.value(0).url, QStringLiteral("https://example.org/fund"));
    ASSERT_EQ(feed.episodes.size(), 1);
    const ParsedEpisode& episode = feed.episodes[0];
    EXPECT_EQ(episode.durationSeconds, 3600);
    EXPECT_EQ(episode.descriptionHtml.toString(), QStringLiteral("<p>HTML</p>"));
    EXPECT_EQ(episode.description.toString(), QStringLiteral("HTML"));
    EXPECT_EQ(episode.imageUrl, QStringLiteral("https://example.org/t.jpg"));
    EXPECT_EQ(episode.persons.value(0).name, QStringLiteral("Guest Star"));
    EXPECT_EQ(episode.chapters.value(0).start, 10);
    EXPECT_EQ(episode.author, QStringLiteral("Dee Creator"));
}

TEST(FeedParserTest, HtmlEntities)
{
    const ParsedFeed feed = parseFixture("html_entities.xml");
    EXPECT_EQ(feed.title, QStringLiteral("Café & Théâtre — ’"));
    ASSERT_EQ(feed.episodes.size(), 1);
    const ParsedEpisode& episode = feed.episodes[0];
    EXPECT_EQ(episode.title, QStringLiteral("L’été … fin")); // unknown entity dropped
    EXPECT_EQ(episode.enclosures.value(0).url,
              QStringLiteral("https://example.org/a.mp3?x=1&y=été"));
    EXPECT_EQ(episode.descriptionHtml.toString(), QStringLiteral("Texte <b>gras</b> & le reste"));
    EXPECT_EQ(episode.description.toString(), QStringLiteral("Texte gras & le reste"));
}

TEST(FeedParserTest, RelativeUrlsAndXmlBase)
{
    const ParsedFeed feed = parseFixture("relative_urls.xml");
    EXPECT_EQ(feed.link, QStringLiteral("https://base.example.org/about"));
    EXPECT_EQ(feed.imageUrl, QStringLiteral("https://base.example.org/shows/cover.jpg"));
    ASSERT_EQ(feed.episodes.size(), 2);
    EXPECT_EQ(feed.episodes[0].guid, QStringLiteral("https://cdn.example.net/season1/ep1"));
    EXPECT_EQ(feed.episodes[0].link, QStringLiteral("https://cdn.example.net/season1/ep1.html"));
    EXPECT_EQ(feed.episodes[0].enclosures.value(0).url,
              QStringLiteral("https://cdn.example.net/season1/audio/ep1.mp3"));
    EXPECT_EQ(feed.episodes[1].enclosures.value(0).url,
              QStringLiteral("https://base.example.org/audio/ep0.mp3"));
}

TEST(FeedParserTest, RelativeUrlsWithoutBaseStayRelative)
{
    const ParsedFeed feed = parseFixture("relative_urls.xml", FeedParseOptions());
    EXPECT_EQ(feed.title, QStringLiteral("Relative"));
    ASSERT_EQ(feed.episodes.size(), 2);
    EXPECT_EQ(feed.episodes[1].enclosures.value(0).url,
              QStringLiteral("https://base.example.org/audio/ep0.mp3"));
}

TEST(FeedParserTest, OldRssVersions)
{
    const ParsedFeed old = parseFixture("rss091.xml");
    EXPECT_EQ(old.title, QStringLiteral("RSS 0.91"));
    ASSERT_EQ(old.episodes.size(), 1); // no enclosure, but a link
    EXPECT_EQ(old.episodes[0].guid, QStringLiteral("http://old.example.org/item"));

    const ParsedFeed rdf = parseFixture("rss10.rdf");
    EXPECT_EQ(rdf.title, QStringLiteral("RSS 1.0"));
    ASSERT_EQ(rdf.episodes.size(), 1);
    EXPECT_EQ(rdf.episodes[0].title, QStringLiteral("RDF item"));
    EXPECT_EQ(rdf.episodes[0].published, 1083827289);
}

TEST(FeedParserTest, Encodings)
{
    EXPECT_EQ(parseFixture("latin1.xml").title, QStringLiteral("Café crème à l'été"));
    EXPECT_EQ(parseFixture("latin1.xml").episodes.value(0).title, QStringLiteral("Épisode üß"));
    EXPECT_EQ(parseFixture("windows1252.xml").title, QStringLiteral("€ 5 – l’été “quoté”"));
    EXPECT_EQ(parseFixture("windows1252.xml").episodes.value(0).title, QStringLiteral("Œuvre ™"));
    const QString utf16 = QStringLiteral("UTF-16 été 日本 ") + QString::fromUcs4(U"\U0001F399");
    EXPECT_EQ(parseFixture("utf16le.xml").title, utf16);
    EXPECT_EQ(parseFixture("utf16be.xml").title, utf16);
    EXPECT_EQ(parseFixture("utf16le.xml").episodes.value(0).title, QStringLiteral("Épisode seize"));
    // Latin-1 bytes in a document that does not say so: read as Windows-1252.
    EXPECT_EQ(parseFixture("latin1_undeclared.xml").title, QStringLiteral("Café sans déclaration"));
}

TEST(FeedParserTest, DatesAndDurations)
{
    const ParsedFeed feed = parseFixture("dates_durations.xml");
    ASSERT_EQ(feed.episodes.size(), 6);
    QHash<QString, const ParsedEpisode*> byTitle;
    for (const ParsedEpisode& episode : feed.episodes)
        byTitle.insert(episode.title, &episode);
    EXPECT_EQ(byTitle[QStringLiteral("a")]->published, 880127706);
    EXPECT_EQ(byTitle[QStringLiteral("b")]->published, 880106106);
    EXPECT_EQ(byTitle[QStringLiteral("c")]->published, 880185300);
    EXPECT_EQ(byTitle[QStringLiteral("d")]->published, 880271706);
    EXPECT_EQ(byTitle[QStringLiteral("e")]->published, 880297200);
    EXPECT_EQ(byTitle[QStringLiteral("f")]->published, 0);
    EXPECT_EQ(byTitle[QStringLiteral("a")]->durationSeconds, 3600);
    EXPECT_EQ(byTitle[QStringLiteral("b")]->durationSeconds, 3668);
    EXPECT_EQ(byTitle[QStringLiteral("c")]->durationSeconds, 3723);
    EXPECT_EQ(byTitle[QStringLiteral("d")]->durationSeconds, 3723);
    EXPECT_EQ(byTitle[QStringLiteral("e")]->durationSeconds, 3723);
    EXPECT_EQ(byTitle[QStringLiteral("f")]->durationSeconds, 0);
    // Newest first; the undated one last.
    EXPECT_EQ(feed.episodes.first().title, QStringLiteral("e"));
    EXPECT_EQ(feed.episodes.last().title, QStringLiteral("f"));
}

TEST(FeedParserTest, RecoversFromCommonMistakes)
{
    const ParsedFeed feed = parseFixture("recoverable.xml");
    EXPECT_EQ(feed.title, QStringLiteral("Tom & Jerry & friends")); // a bare "&" is text
    ASSERT_EQ(feed.episodes.size(), 1);
    // Entities after the first error still work.
    EXPECT_EQ(feed.episodes[0].title, QStringLiteral("Café after an error & more"));
    EXPECT_EQ(feed.episodes[0].link, QStringLiteral("https://example.org/?a=1&b=2"));
    EXPECT_EQ(feed.episodes[0].enclosures.size(), 1);
}

TEST(FeedParserTest, MaxEpisodesKeepsTheNewest)
{
    QByteArray document = "<rss><channel><title>Many</title>";
    for (int i = 0; i < 500; ++i) {
        // Out of order on purpose: the newest are scattered through the document.
        const int day = (i * 7919) % 500;
        document += "<item><title>" + QByteArray::number(day) + "</title><guid>g" +
                    QByteArray::number(i) + "</guid><pubDate>" + QByteArray::number(1 + day % 28) +
                    " Jan " + QByteArray::number(2000 + day / 28) +
                    " 00:00:00 GMT</pubDate></item>";
    }
    document += "</channel></rss>";
    FeedParseOptions options;
    options.maxEpisodes = 10;
    const FeedParseResult limited = FeedParser::parse(document, options);
    const FeedParseResult all = FeedParser::parse(document);
    ASSERT_TRUE(limited.ok());
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(limited.feed->episodes.size(), 10);
    ASSERT_EQ(all.feed->episodes.size(), 500);
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(limited.feed->episodes[i].guid, all.feed->episodes[i].guid);

    // Serial shows keep the oldest, even when itunes:type comes after the items.
    QByteArray serial = document;
    serial.replace("</channel>", "<itunes:type>serial</itunes:type></channel>");
    const FeedParseResult oldest = FeedParser::parse(serial, options);
    const FeedParseResult oldestAll = FeedParser::parse(serial);
    ASSERT_TRUE(oldest.ok());
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(oldest.feed->episodes[i].guid, oldestAll.feed->episodes[i].guid);
}

TEST(FeedParserTest, ChunkedFeedingGivesTheSameResult)
{
    for (const char* name : {"rss2_itunes.xml", "atom.xml", "podcasting20.xml", "utf16le.xml",
                             "html_entities.xml", "windows1252.xml", "media_psc_paged.xml"}) {
        const QByteArray document = fixture(name);
        const FeedParseResult whole = FeedParser::parse(document, optionsFor(name));
        ASSERT_TRUE(whole.ok()) << name;
        for (const qsizetype chunk : {qsizetype(1), qsizetype(3), qsizetype(64)}) {
            FeedParser parser(optionsFor(name));
            for (qsizetype offset = 0; offset < document.size(); offset += chunk)
                ASSERT_TRUE(parser.addData(QByteArrayView(document).sliced(
                    offset, std::min(chunk, document.size() - offset))));
            const FeedParseResult pieces = parser.finish();
            ASSERT_TRUE(pieces.ok()) << name << " in chunks of " << chunk;
            EXPECT_EQ(FeedJson::toJson(*pieces.feed), FeedJson::toJson(*whole.feed))
                << name << " in chunks of " << chunk;
        }
    }
}

TEST(FeedParserTest, StreamsEpisodesToAHandler)
{
    const QByteArray document = fixture("podcasting20.xml");
    FeedParser parser(optionsFor("podcasting20.xml"));
    QStringList titles;
    QList<int> personCounts;
    parser.setEpisodeHandler([&](ParsedEpisode&& episode) {
        titles << episode.title;
        personCounts << int(episode.persons.size());
    });
    ASSERT_TRUE(parser.addData(document));
    const FeedParseResult result = parser.finish();
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.feed->episodes.isEmpty());
    EXPECT_EQ(titles, (QStringList{QStringLiteral("With its own persons"),
                                   QStringLiteral("With the channel's persons")}));
    EXPECT_EQ(personCounts, (QList<int>{2, 2}));
}

TEST(FeedParserTest, RefusesWhatIsNotAFeed)
{
    EXPECT_TRUE(refusal("").contains(QStringLiteral("empty")));
    EXPECT_TRUE(refusal("   \n").startsWith(QStringLiteral("not a feed")));
    EXPECT_TRUE(refusal("<html><body/></html>").contains(QStringLiteral("HTML")));
    EXPECT_TRUE(refusal("<foo xmlns=\"http://example.com/foo\"><bar/></foo>")
                    .contains(QStringLiteral("<foo>")));
    EXPECT_TRUE(refusal("<baz:foo xmlns:baz=\"http://example.com/baz\"/>")
                    .contains(QStringLiteral("baz:foo")));
    EXPECT_TRUE(refusal("<feed><title>Atom without its namespace</title></feed>")
                    .startsWith(QStringLiteral("not a feed")));
    refusal("LNTNQUVS251e6ZSrbNvoULV+aDOVHwu0jrSg35BnLTZjmkVH5SVB7Uvc89Y1dqcXSC3U9YLDyB");
    refusal(QByteArray("\x00\x01\x02\x03\xff\xfe", 6));
}

TEST(FeedParserTest, RefusesATruncatedFeed)
{
    const QString error =
        refusal("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Cut</title>"
                "<item><title>Half");
    EXPECT_TRUE(error.contains(QStringLiteral("truncated"))) << qPrintable(error);
    refusal("<rss><channel><item><title>x</title></item></channel>");
    refusal("<rss><channel><title>mismatch</item></channel></rss>");
}

TEST(FeedParserTest, RefusesEntityBombs)
{
    EXPECT_TRUE(refusal(fixture("billion_laughs.xml")).contains(QStringLiteral("entity")));
    EXPECT_TRUE(refusal(fixture("quadratic_blowup.xml")).contains(QStringLiteral("entity")));
    // An entity that refers to itself.
    refusal("<!DOCTYPE rss [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]><rss><channel>"
            "<title>&a;</title></channel></rss>");
}

TEST(FeedParserTest, NeverReadsExternalEntities)
{
    FeedParseOptions options;
    options.baseUrl = QUrl::fromLocalFile(QStringLiteral(ONDES_TEST_DATA_DIR "/feeds/xxe.xml"));
    const FeedParseResult result = FeedParser::parse(fixture("xxe.xml"), options);
    if (result.ok()) {
        const QByteArray json = FeedJson::toJson(*result.feed);
        EXPECT_FALSE(json.contains("TOP-SECRET")) << json.constData();
        // Internal entities still work.
        EXPECT_EQ(result.feed->description, QStringLiteral("Hello & welcome"));
    }
    const QByteArray general =
        "<!DOCTYPE rss [<!ENTITY s SYSTEM \"file://" ONDES_TEST_DATA_DIR "/feeds/secret.txt\">]>"
        "<rss><channel><title>a&s;b</title><item><title>&s;</title><guid>g</guid></item>"
        "</channel></rss>";
    const FeedParseResult second = FeedParser::parse(general);
    if (second.ok()) {
        EXPECT_FALSE(FeedJson::toJson(*second.feed).contains("TOP-SECRET"));
    }
}

// Found by the fuzzer (leak under ASan): libxml2 hands an internal entity's raw text to
// whatever getEntity returns while it parses the DTD. Ondes returns nothing there, so neither its
// own entities nor the shared HTML ones ever take ownership of it.
TEST(FeedParserTest, EntitiesDeclaredInTheDtd)
{
    const FeedParseResult result = FeedParser::parse(
        "<!DOCTYPE rss [<!ENTITY eacute \"E\"><!ENTITY % pe SYSTEM \"nowhere.dtd\"> %pe;"
        "<!ENTITY both \"&eacute;&amp;&#233;\">]>"
        "<rss><channel><title>caf&eacute; &both;</title>"
        "<item><title>x</title><guid>g</guid><link>https://example.org/?a=&both;</link></item>"
        "</channel></rss>");
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    EXPECT_EQ(result.feed->title, QStringLiteral("cafE E&é"));
    EXPECT_EQ(result.feed->episodes.value(0).link, QStringLiteral("https://example.org/?a=E&é"));
}

TEST(FeedParserTest, RefusesDeepNesting)
{
    QByteArray document = "<rss><channel><title>deep</title><item><description>";
    for (int i = 0; i < 10000; ++i)
        document += "<a>";
    for (int i = 0; i < 10000; ++i)
        document += "</a>";
    document += "</description></item></channel></rss>";
    refusal(document);
}

TEST(FeedParserTest, RefusesADocumentOverTheSizeLimit)
{
    FeedParseOptions options;
    options.maxBytes = 1024;
    QByteArray document = "<rss><channel><title>big</title>";
    while (document.size() < 4096)
        document += "<item><title>filler</title><guid>x</guid></item>";
    document += "</channel></rss>";
    FeedParser parser(options);
    bool refused = false;
    for (qsizetype offset = 0; offset < document.size() && !refused; offset += 100)
        refused = !parser.addData(QByteArrayView(document).sliced(
            offset, std::min<qsizetype>(100, document.size() - offset)));
    EXPECT_TRUE(refused);
    const FeedParseResult result = parser.finish();
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QStringLiteral("larger"))) << qPrintable(result.error);
}

TEST(FeedParserTest, TitleDefaultsToTheFileName)
{
    FeedParseOptions options;
    options.baseUrl = QUrl(QStringLiteral("https://example.org/shows/my-show.rss?x=1"));
    const FeedParseResult result =
        FeedParser::parse("<rss><channel><item><enclosure url=\"a/b/ep%201.mp3\"/></item>"
                          "</channel></rss>",
                          options);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.feed->title, QStringLiteral("my-show"));
    ASSERT_EQ(result.feed->episodes.size(), 1);
    EXPECT_EQ(result.feed->episodes[0].title, QStringLiteral("ep%201"));
    EXPECT_EQ(result.feed->episodes[0].guid,
              QStringLiteral("https://example.org/shows/a/b/ep%201.mp3"));
}

TEST(FeedParserTest, CdataErrorsKeepTheirLineNumbers)
{
    // The sections' line breaks still count: an error after them is on the same line.
    const QByteArray document = "<rss><channel><item><description><![CDATA[one\ntwo\nthree]]>"
                                "</description></item>\n<item></wrong></channel></rss>";
    EXPECT_TRUE(refusal(document).contains(QStringLiteral("line 4")))
        << qPrintable(refusal(document));
}

} // namespace
} // namespace ondes

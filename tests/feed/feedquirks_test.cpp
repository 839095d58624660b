// Real feeds that other parsers stumble on (gPodder's podcastparser included): white space
// before "<?xml", bare ampersands, YouTube's Flash player as media:content, podcast:locked "no",
// XHTML written unescaped into an item's description. One fixture in tests/data/feeds each.

#include "feed/feedjson.h"
#include "feed/feedparser.h"

#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

namespace ondes {
namespace {

QByteArray quirkFeed(const char* name)
{
    QFile file(QStringLiteral(ONDES_TEST_DATA_DIR "/feeds/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "missing fixture " << name;
    return file.readAll();
}

FeedParseOptions quirkOptions(const char* name)
{
    FeedParseOptions options;
    options.baseUrl = QUrl(QStringLiteral("https://feeds.example.com/") + QString::fromUtf8(name));
    return options;
}

FeedParseResult parseInChunks(const QByteArray& document, const FeedParseOptions& options,
                              qsizetype chunk)
{
    FeedParser parser(options);
    for (qsizetype offset = 0; offset < document.size(); offset += chunk)
        parser.addData(
            QByteArrayView(document).sliced(offset, std::min(chunk, document.size() - offset)));
    return parser.finish();
}

ParsedFeed parseQuirkFeed(const char* name)
{
    const FeedParseResult result = FeedParser::parse(quirkFeed(name), quirkOptions(name));
    EXPECT_TRUE(result.ok()) << name << ": " << qPrintable(result.error);
    return result.feed.value_or(ParsedFeed());
}

QStringList enclosureUrls(const ParsedEpisode& episode)
{
    QStringList urls;
    for (const Enclosure& enclosure : episode.enclosures)
        urls << enclosure.url;
    return urls;
}

TEST(FeedQuirksTest, WhiteSpaceBeforeTheXmlDeclaration)
{
    const ParsedFeed feed = parseQuirkFeed("leading_whitespace.xml");
    EXPECT_EQ(feed.title, QStringLiteral("The Blank Line Hour"));
    EXPECT_EQ(feed.author, QStringLiteral("Marguerite Lenoir"));
    ASSERT_EQ(feed.episodes.size(), 1);
    EXPECT_EQ(feed.episodes[0].title, QStringLiteral("Episode 12: Starting late"));
    EXPECT_EQ(feed.episodes[0].durationSeconds, 2465);
    EXPECT_EQ(enclosureUrls(feed.episodes[0]),
              QStringList{QStringLiteral("https://media.blankline.example.net/12.mp3")});
}

TEST(FeedQuirksTest, WhiteSpaceAroundAByteOrderMarkAndInUtf16)
{
    const QByteArray original = quirkFeed("leading_whitespace.xml");
    const FeedParseOptions options = quirkOptions("leading_whitespace.xml");
    const FeedParseResult reference = FeedParser::parse(original.trimmed(), options);
    ASSERT_TRUE(reference.ok()) << qPrintable(reference.error);
    const QByteArray expected = FeedJson::toJson(*reference.feed);

    const QByteArray bom = "\xEF\xBB\xBF";
    QString utf16Text = QString::fromUtf8(original);
    utf16Text.replace(QStringLiteral("UTF-8"), QStringLiteral("UTF-16"));
    QStringEncoder toUtf16le(QStringEncoder::Utf16LE);
    QStringEncoder toUtf16be(QStringEncoder::Utf16BE);
    const QByteArray utf16le = QByteArray("\xFF\xFE") + QByteArray(toUtf16le.encode(utf16Text));
    const QByteArray utf16be = QByteArray("\xFE\xFF") + QByteArray(toUtf16be.encode(utf16Text));
    const QList<QByteArray> variants{
        original, bom + original, bom + original.trimmed(), QByteArray("\r\n\t") + bom + original,
        utf16le,  utf16be};
    for (qsizetype i = 0; i < variants.size(); ++i) {
        for (const qsizetype chunk :
             {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(1) << 20}) {
            const FeedParseResult result = parseInChunks(variants[i], options, chunk);
            ASSERT_TRUE(result.ok())
                << "variant " << i << " in chunks of " << chunk << ": " << qPrintable(result.error);
            EXPECT_EQ(FeedJson::toJson(*result.feed), expected)
                << "variant " << i << " in chunks of " << chunk;
        }
    }
}

TEST(FeedQuirksTest, OnlyWhiteSpaceIsStillNotAFeed)
{
    for (const QByteArray& document :
         {QByteArray("\n\n   \t"), QByteArray("\xEF\xBB\xBF \n"), QByteArray("\xFF\xFE\n\0", 4)}) {
        const FeedParseResult result = FeedParser::parse(document);
        ASSERT_FALSE(result.ok());
        EXPECT_TRUE(result.error.startsWith(QStringLiteral("not a feed")))
            << qPrintable(result.error);
    }
}

TEST(FeedQuirksTest, BareAmpersandsStayInTheText)
{
    const ParsedFeed feed = parseQuirkFeed("bare_ampersands.xml");
    EXPECT_EQ(feed.title, QStringLiteral("Q&A Hour & Friends"));
    EXPECT_EQ(feed.link,
              QStringLiteral("https://qa-hour.example.org/?utm_source=feed&utm_medium=rss"));
    EXPECT_EQ(feed.description, QStringLiteral("Questions & answers about R&D, every week."));
    EXPECT_EQ(feed.author, QStringLiteral("Nadia Okafor & Theo Brandt"));
    EXPECT_EQ(feed.categoryPaths, (QList<QStringList>{{QStringLiteral("Society & Culture"),
                                                       QStringLiteral("Philosophy")},
                                                      {QStringLiteral("Science & Medicine")}}));
    ASSERT_EQ(feed.episodes.size(), 1);
    const ParsedEpisode& episode = feed.episodes[0];
    EXPECT_EQ(episode.title, QStringLiteral("AT&T, M&Ms & the 1&2 problem"));
    EXPECT_EQ(episode.link, QStringLiteral("https://qa-hour.example.org/episode?id=7&lang=en"));
    EXPECT_EQ(enclosureUrls(episode),
              QStringList{
                  QStringLiteral("https://cdn.example.org/qa/7.mp3?token=ab&expires=1790000000")});
    // References still work; an unknown "&name;" is dropped, as before; a "&" that starts no
    // reference ("&#;", "&amp" without its ';') is text.
    EXPECT_EQ(episode.description.toString(),
              QStringLiteral("Fish & Chips; salt & vinegar; café & crème; dropped; a && b; 5 < 6; "
                             "&#; &#x; &amp"));
    // A CDATA section is text as written.
    EXPECT_EQ(episode.subtitle,
              QStringLiteral("In a CDATA section &amp; stays as written & so does this."));
}

TEST(FeedQuirksTest, MediaContentThatIsNotAudioOrVideoIsNoEnclosure)
{
    const ParsedFeed feed = parseQuirkFeed("media_content_types.xml");
    ASSERT_EQ(feed.episodes.size(), 2);
    // YouTube's Flash player page, even said to be medium="video": nothing to play.
    const ParsedEpisode& player = feed.episodes[0];
    EXPECT_EQ(player.title, QStringLiteral("Mixing pigments by hand"));
    EXPECT_TRUE(player.enclosures.isEmpty());
    EXPECT_EQ(player.imageUrl, QStringLiteral("https://img.example.org/vi/k3Xw9/hqdefault.jpg"));
    EXPECT_EQ(player.description.toString(), QStringLiteral("Ochre, umber and a glass muller."));
    EXPECT_EQ(player.link, QStringLiteral("https://video.example.org/watch?v=k3Xw9"));
    // Images and a PDF go; video, audio (whatever the case of its type), an HLS stream and an
    // untyped file stay, in order.
    EXPECT_EQ(enclosureUrls(feed.episodes[1]),
              (QStringList{QStringLiteral("https://cdn.example.org/atelier/r7Tq2.mp4"),
                           QStringLiteral("https://cdn.example.org/atelier/r7Tq2.m4a"),
                           QStringLiteral("https://cdn.example.org/atelier/r7Tq2.m3u8"),
                           QStringLiteral("https://cdn.example.org/atelier/r7Tq2.opus")}));
    EXPECT_EQ(feed.episodes[1].enclosures.value(0).fileSize, 73400320);
}

TEST(FeedQuirksTest, PodcastLockedNoIsFalse)
{
    const ParsedFeed open = parseQuirkFeed("podcast_locked_no.xml");
    EXPECT_EQ(open.lockedFlag, 0);
    EXPECT_TRUE(FeedJson::toJson(open).contains("\"import_prohibited\":false"));
    const ParsedFeed locked = parseQuirkFeed("podcasting20.xml");
    EXPECT_EQ(locked.lockedFlag, 1);
    EXPECT_TRUE(FeedJson::toJson(locked).contains("\"import_prohibited\":true"));
    // A feed that does not say has no import_prohibited at all.
    const ParsedFeed silent = parseQuirkFeed("rss2_itunes.xml");
    EXPECT_EQ(silent.lockedFlag, -1);
    EXPECT_FALSE(FeedJson::toJson(silent).contains("import_prohibited"));
}

TEST(FeedQuirksTest, InlineXhtmlDescriptionKeepsItsOwnText)
{
    const ParsedFeed feed = parseQuirkFeed("inline_xhtml_description.xml");
    ASSERT_EQ(feed.episodes.size(), 4);
    // Before content:encoded: the description's text (paragraphs as blank lines, as for any
    // HTML made text), content:encoded's HTML.
    const ParsedEpisode& before = feed.episodes[0];
    EXPECT_EQ(before.description.toString(),
              QStringLiteral("Dawn chorus in the old orchard.\n\nRecorded by Ilse Varga."));
    EXPECT_EQ(before.descriptionHtml.toString(),
              QStringLiteral("<h2>Show notes</h2><p>Blackbird at 0:42, wren at 3:10, and a long "
                             "list of everything else we heard that morning.</p>"));
    // After content:encoded: the same.
    const ParsedEpisode& after = feed.episodes[1];
    EXPECT_EQ(after.description.toString(),
              QStringLiteral("Rain, all night.\nForty minutes of it."));
    EXPECT_EQ(after.descriptionHtml.toString(),
              QStringLiteral("<h2>Show notes</h2><p>Rain on the greenhouse roof.</p>"));
    // Alone: its markup is the HTML description, written back as tags.
    const ParsedEpisode& alone = feed.episodes[2];
    EXPECT_EQ(alone.description.toString(),
              QStringLiteral("Bees in the lavender.\n\n * Honey bees\n\n * Bumblebees"));
    EXPECT_EQ(alone.descriptionHtml.toString(),
              QStringLiteral("<div><p>Bees in the lavender.</p><ul><li>Honey bees</li>"
                             "<li>Bumblebees</li></ul></div>"));
    // Escaped HTML is an excerpt of content:encoded, as podcastparser has it: content:encoded
    // gives both.
    const ParsedEpisode& escaped = feed.episodes[3];
    EXPECT_EQ(escaped.description.toString(),
              QStringLiteral("The full notes of the first episode."));
    EXPECT_EQ(escaped.descriptionHtml.toString(),
              QStringLiteral("<p>The full notes of the first episode.</p>"));
}

TEST(FeedQuirksTest, ChunksGiveTheSameResult)
{
    for (const char* name :
         {"leading_whitespace.xml", "bare_ampersands.xml", "media_content_types.xml",
          "podcast_locked_no.xml", "inline_xhtml_description.xml", "recoverable.xml"}) {
        const QByteArray document = quirkFeed(name);
        const FeedParseResult whole = FeedParser::parse(document, quirkOptions(name));
        ASSERT_TRUE(whole.ok()) << name;
        for (qsizetype chunk = 1; chunk <= 17; ++chunk) {
            const FeedParseResult pieces = parseInChunks(document, quirkOptions(name), chunk);
            ASSERT_TRUE(pieces.ok()) << name << " in chunks of " << chunk;
            EXPECT_EQ(FeedJson::toJson(*pieces.feed), FeedJson::toJson(*whole.feed))
                << name << " in chunks of " << chunk;
        }
    }
}

} // namespace
} // namespace ondes

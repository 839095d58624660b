// 10,000-deep nested HTML and XML into every parser that reads markup: the description
// sanitiser, the web-page importer, the speaker extractor and the feed parser. Each runs on a
// thread with a 1 MB stack (a recursion as deep as the input would overflow it and kill the
// test) and finishes in bounded time with a usable, harmless result.

#include "feed/descriptionsanitizer.h"
#include "feed/feedparser.h"
#include "feed/opml.h"
#include "feed/pageimporter.h"
#include "feed/speakerextractor.h"
#include "hardening/hostileinput.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::runOnSmallStack;

constexpr int depth = 10000;
constexpr qint64 timeLimitMs = 5000 * test::sanitizerSlowdown;

// Opening tags of several kinds (some that the sanitiser keeps, some it unwraps or turns into
// line breaks, some unclosed-by-design like p and li), text, then all the end tags.
QByteArray deepHtml(const QByteArray& inside)
{
    static const char* const tags[] = {"div", "b", "span", "blockquote", "i",    "ul",
                                       "li",  "p", "a",    "table",      "font", "em"};
    QByteArray open;
    QByteArray close;
    for (int i = 0; i < depth; ++i) {
        const QByteArray tag = tags[i % std::size(tags)];
        open += "<" + tag +
                (tag == "a" ? " href=\"https://deep.example/" + QByteArray::number(i) + "\">"
                            : QByteArray(">"));
        close.prepend("</" + tag + ">");
    }
    return open + inside + close;
}

TEST(DeepNesting, SanitiserOnASmallStack)
{
    const QString html = QString::fromUtf8(
        deepHtml("Au fond <script>alert(1)</script><a href=\"javascript:x\">lien</a> 12:34"));
    QString out;
    const qint64 elapsed = runOnSmallStack([&] {
        SanitizeOptions options;
        options.format = SanitizeOptions::Format::Html;
        out = DescriptionSanitizer::toSafeHtml(html, options);
    });
    EXPECT_LT(elapsed, timeLimitMs);
    EXPECT_TRUE(out.contains(QLatin1String("Au fond"))) << qPrintable(out.right(300));
    EXPECT_FALSE(out.contains(QLatin1String("alert")));
    EXPECT_FALSE(out.contains(QLatin1String("javascript")));
    // Nesting in the output is bounded whatever the input.
    EXPECT_LE(out.count(QLatin1String("<blockquote>")), DescriptionSanitizer::maxDepth);
}

TEST(DeepNesting, PageImporterOnASmallStack)
{
    const QByteArray page = "<html><head><title>Épisode | Ma radio</title></head><body>" +
                            deepHtml("<h1>Épisode profond</h1><audio src=\"/deep.mp3\"></audio>"
                                     "<a href=\"javascript:alert(1)\" rel=\"prev\">précédent</a>"
                                     "<img src=\"file:///etc/passwd\">") +
                            "</body></html>";
    PageImport import;
    const qint64 elapsed = runOnSmallStack([&] {
        import = PageImporter::parse(page, QUrl(QStringLiteral("https://radio.example/ep/1")));
    });
    EXPECT_LT(elapsed, timeLimitMs);
    for (const QString& url : {import.previousUrl, import.nextUrl, import.showImageUrl})
        EXPECT_TRUE(url.isEmpty() || url.startsWith(QLatin1String("https://"))) << qPrintable(url);
    if (import.episode) {
        for (const Enclosure& enclosure : import.episode->enclosures)
            EXPECT_TRUE(enclosure.url.startsWith(QLatin1String("https://")))
                << qPrintable(enclosure.url);
    }
}

TEST(DeepNesting, SpeakerExtractorOnASmallStack)
{
    const QString html = QString::fromUtf8(
        deepHtml("Avec Claire Vasseur, sociologue, et Hugo Marchetti (juriste).") +
        "<p>Présentation : Léa Fournier</p>");
    QList<Speaker> speakers;
    const qint64 elapsed = runOnSmallStack([&] { speakers = SpeakerExtractor().extract(html); });
    EXPECT_LT(elapsed, timeLimitMs);
    QStringList names;
    for (const Speaker& speaker : speakers)
        names += speaker.name;
    EXPECT_TRUE(names.contains(QStringLiteral("Léa Fournier"))) << qPrintable(names.join(u','));
}

TEST(DeepNesting, FeedParserOnASmallStack)
{
    // Deep XML elements: refused with a reason.
    QByteArray xml = "<rss version=\"2.0\"><channel><title>t</title>";
    for (int i = 0; i < depth; ++i)
        xml += "<x>";
    for (int i = 0; i < depth; ++i)
        xml += "</x>";
    xml += "</channel></rss>";
    FeedParseResult deepXml;
    // Deep HTML inside a description, as CDATA and as escaped text: kept as the text it is.
    const QByteArray html = deepHtml("fond");
    const QByteArray feed = "<rss version=\"2.0\"><channel><title>t</title><item><guid>g</guid>"
                            "<title>e</title><description><![CDATA[" +
                            html + "]]></description><itunes:summary>" +
                            QString::fromUtf8(html).toHtmlEscaped().toUtf8() +
                            "</itunes:summary></item></channel></rss>";
    FeedParseResult deepText;
    OpmlParseResult deepOpml;
    const qint64 elapsed = runOnSmallStack([&] {
        deepXml = FeedParser::parse(xml);
        deepText = FeedParser::parse(feed);
        QByteArray opml = "<opml version=\"2.0\"><body>";
        for (int i = 0; i < depth; ++i)
            opml += "<outline text=\"f\">";
        opml += "<outline text=\"x\" xmlUrl=\"https://deep.example/rss\"/>";
        for (int i = 0; i < depth; ++i)
            opml += "</outline>";
        opml += "</body></opml>";
        deepOpml = Opml::parse(opml);
    });
    EXPECT_LT(elapsed, 3 * timeLimitMs);
    EXPECT_FALSE(deepXml.ok());
    EXPECT_TRUE(deepXml.error.contains(QLatin1String("deep"))) << qPrintable(deepXml.error);
    ASSERT_TRUE(deepText.ok()) << qPrintable(deepText.error);
    ASSERT_EQ(deepText.feed->episodes.size(), 1);
    EXPECT_TRUE(
        deepText.feed->episodes.first().descriptionHtml.toString().contains(QLatin1String("fond")));
    EXPECT_TRUE(deepOpml.ok() || !deepOpml.error.isEmpty());
}

} // namespace
} // namespace ondes

#include "feed/feedjson.h"
#include "feed/feedparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace ondes {
namespace {

TEST(FeedJsonTest, PodcastparserFieldNames)
{
    FeedParseOptions options;
    options.baseUrl = QUrl(QStringLiteral("file://tests/data/simple.rss"));
    const FeedParseResult result = FeedParser::parse(
        "<rss><channel><title>Podcast</title><itunes:explicit>no</itunes:explicit>"
        "<item><title>Quote \" and \\ and \x01</title>"
        "<enclosure url=\"http://example.org/example.mp3\"/>"
        "<psc:chapters><psc:chapter start=\"1.5\" title=\"c\"/></psc:chapters>"
        "</item></channel></rss>",
        options);
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(FeedJson::toJson(*result.feed), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    const QJsonObject feed = document.object();
    EXPECT_EQ(feed[QStringLiteral("title")].toString(), QStringLiteral("Podcast"));
    EXPECT_EQ(feed[QStringLiteral("explicit")].toBool(true), false);
    EXPECT_FALSE(feed.contains(QStringLiteral("link")));
    const QJsonObject episode = feed[QStringLiteral("episodes")].toArray().at(0).toObject();
    EXPECT_EQ(episode[QStringLiteral("title")].toString(), QStringLiteral("Quote \" and \\ and"));
    EXPECT_EQ(episode[QStringLiteral("guid")].toString(),
              QStringLiteral("http://example.org/example.mp3"));
    EXPECT_TRUE(episode[QStringLiteral("payment_url")].isNull());
    EXPECT_EQ(episode[QStringLiteral("total_time")].toInt(-1), 0);
    const QJsonObject enclosure = episode[QStringLiteral("enclosures")].toArray().at(0).toObject();
    EXPECT_EQ(enclosure[QStringLiteral("mime_type")].toString(),
              QStringLiteral("application/octet-stream"));
    EXPECT_EQ(enclosure[QStringLiteral("file_size")].toInt(), -1);
    const QJsonObject chapter = episode[QStringLiteral("chapters")].toArray().at(0).toObject();
    EXPECT_EQ(chapter[QStringLiteral("start")].toInt(), 1);
    EXPECT_EQ(chapter[QStringLiteral("ondes_start")].toDouble(), 1.5);
}

} // namespace
} // namespace ondes

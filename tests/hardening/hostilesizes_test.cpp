// Oversized and malformed values from feeds and servers: 1 MB titles and descriptions go
// through parsing, storage, sanitising and speaker extraction in bounded time and come back
// whole; malformed, hostile and endless chapters files fetched for an episode are refused with
// a message and store nothing (the parser's own cases are in tests/feed/chaptersjson_test.cpp).

#include "application.h"
#include "feed/descriptionsanitizer.h"
#include "feed/speakerextractor.h"
#include "hardening/hostileinput.h"
#include "library/library.h"
#include "playback/chapterfetcher.h"
#include "playback/chapterlist.h"
#include "subscriptions/subscriber.h"
#include "subscriptions/subscriptionfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::Route;

// 1 MB of title: words, accents, a character outside the BMP, markup-looking text.
QString megabyteText(const QString& unit)
{
    QString text;
    text.reserve(1024 * 1024 + unit.size());
    while (text.size() < 1024 * 1024)
        text += unit;
    return text;
}

class HugeTitlesTest : public test::SubscriptionFixture
{
protected:
    Subscriber m_subscriber{m_http, m_library, m_workers};
};

TEST_F(HugeTitlesTest, MegabyteTitlesAreStoredWholeInBoundedTime)
{
    const QString title =
        megabyteText(QStringLiteral("Émission 🎙 très longue & « spéciale » "));
    const QString description = megabyteText(QStringLiteral("Avec Claire Vasseur. 12:34 "));
    const QByteArray feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
                            "<channel><title>" +
                            title.toHtmlEscaped().toUtf8() + "</title><item><guid>g</guid><title>" +
                            title.toHtmlEscaped().toUtf8() + "</title><description>" +
                            description.toUtf8() +
                            "</description><enclosure url=\"https://a.example/e.mp3\" "
                            "type=\"audio/mpeg\" length=\"1\"/></item></channel></rss>";
    m_server.setRoute(QStringLiteral("/big.xml"), Route::text(feed, "application/rss+xml"));

    QElapsedTimer timer;
    timer.start();
    QSignalSpy done(&m_subscriber, &Subscriber::subscribed);
    QSignalSpy failed(&m_subscriber, &Subscriber::failed);
    m_subscriber.subscribe(m_server.url(QStringLiteral("/big.xml")).toString());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 100000));
    ASSERT_TRUE(failed.isEmpty()) << qPrintable(failed.first().at(1).toString());
    EXPECT_LT(timer.elapsed(), 10000 * test::sanitizerSlowdown);

    const QList<ShowRow> shows = m_library.shows();
    ASSERT_EQ(shows.size(), 1);
    EXPECT_EQ(shows.first().title, title.simplified());
    const QList<EpisodeRow> episodes = m_library.episodes(shows.first().id);
    ASSERT_EQ(episodes.size(), 1);
    EXPECT_EQ(episodes.first().title, title.simplified());

    // What the episode view does with them.
    timer.restart();
    const QString safe = DescriptionSanitizer::toSafeHtml(episodes.first().description);
    EXPECT_FALSE(safe.isEmpty());
    const QList<Speaker> speakers = SpeakerExtractor().extract(episodes.first().description);
    EXPECT_LE(speakers.size(), 1);
    EXPECT_LT(timer.elapsed(), 10000 * test::sanitizerSlowdown);
}

class HostileChaptersTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_app.start()) << m_app.errorString().toStdString(); }

    // One episode whose chapters file is at address.
    qint64 addEpisode(const QString& address)
    {
        ParsedFeed feed;
        feed.title = QStringLiteral("Chapters show");
        ParsedEpisode episode;
        episode.guid = address;
        episode.title = QStringLiteral("Episode");
        episode.published = 1700000000;
        episode.enclosures << Enclosure{QStringLiteral("https://a.example/e.mp3"),
                                        QStringLiteral("audio/mpeg"), -1};
        episode.chaptersUrl = address;
        feed.episodes << episode;
        const QString feedUrl = QStringLiteral("https://example.org/feed/") + address;
        QString error;
        EXPECT_TRUE(m_app.library().storeFeed(feedUrl, ShowKind::Feed, feed, &error))
            << error.toStdString();
        const auto showId = m_app.library().showIdForUrl(feedUrl);
        return showId ? m_app.library().episodes(*showId).value(0).id : 0;
    }

    // Fetches the episode's chapters; the error (empty when they were stored).
    QString fetch(qint64 episode)
    {
        QSignalSpy fetched(&m_app.chapterFetcher(), &ChapterFetcher::fetched);
        QSignalSpy failed(&m_app.chapterFetcher(), &ChapterFetcher::failed);
        if (!m_app.chapterFetcher().fetch(episode))
            return QStringLiteral("no fetch started");
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return !fetched.isEmpty() || !failed.isEmpty(); }, 30000));
        return failed.isEmpty() ? QString() : failed.first().at(1).toString();
    }

    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    test::TestHttpServer m_server;
};

TEST_F(HostileChaptersTest, MalformedAndHugeFilesAreRefusedAndNothingIsStored)
{
    const QList<QPair<const char*, QByteArray>> files = {
        {"not-json", "<html>not json</html>"},
        {"empty", ""},
        {"bad-utf8", "{\"chapters\":[{\"startTime\":1,\"title\":\"\xff\xfe\xc3\"}]}"},
        {"nan", "{\"chapters\":[{\"startTime\":NaN}]}"},
        {"infinite", "{\"chapters\":[{\"startTime\":1e999}]}"},
        {"negative", "{\"chapters\":[{\"startTime\":-5}]}"},
        {"string-start", "{\"chapters\":[{\"startTime\":\"10\"}]}"},
        {"object-title", "{\"chapters\":[{\"startTime\":1,\"title\":{\"a\":1}}]}"},
        {"chapters-object", "{\"chapters\":{\"startTime\":1}}"},
        {"deep", QByteArray(QByteArray(200000, '[') + QByteArray(200000, ']'))},
        {"deep-inside",
         QByteArray("{\"chapters\":[{\"startTime\":0,\"title\":" + QByteArray(100000, '{'))},
        {"truncated", "{\"version\":\"1.2.0\",\"chapters\":[{\"startTime\":0,\"title\":\"a"},
        {"huge",
         QByteArray("{\"chapters\":[],\"x\":\"" + QByteArray(5 * 1024 * 1024, 'x') + "\"}")},
    };
    for (const auto& [name, body] : files) {
        const QString path = QStringLiteral("/") + QLatin1String(name) + QStringLiteral(".json");
        m_server.setRoute(path, Route::text(body, "application/json"));
        const qint64 episode = addEpisode(m_server.url(path).toString());
        ASSERT_TRUE(episode);
        QElapsedTimer timer;
        timer.start();
        const QString error = fetch(episode);
        EXPECT_LT(timer.elapsed(), 5000 * test::sanitizerSlowdown) << name;
        EXPECT_FALSE(error.isEmpty()) << name << " was accepted";
        EXPECT_TRUE(m_app.library().chapters(episode, ChapterSource::Json).isEmpty()) << name;
    }
}

TEST_F(HostileChaptersTest, ControlCharactersNeverReachTheLibrary)
{
    // Qt's JSON reader accepts raw control characters in strings, NUL included.
    static const char raw[] = "{\"chapters\":[{\"startTime\":1,\"title\":\"a\0b\\u0000c\x01\nd\","
                              "\"url\":\"https://x.example/\x7f\"}]}";
    const QByteArray json(raw, sizeof raw - 1);
    m_server.setRoute(QStringLiteral("/control.json"), Route::text(json, "application/json"));
    const qint64 episode = addEpisode(m_server.url(QStringLiteral("/control.json")).toString());
    ASSERT_TRUE(episode);
    EXPECT_EQ(fetch(episode), QString());
    const QList<Chapter> stored = m_app.library().chapters(episode, ChapterSource::Json);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().title, QStringLiteral("abc d"));
    EXPECT_EQ(stored.first().href, QStringLiteral("https://x.example/"));
}

TEST_F(HostileChaptersTest, AnEndlessChaptersFileIsCutAtTheSizeLimit)
{
    Route endless = Route::generated(-1, "application/json");
    endless.chunked = true;
    m_server.setRoute(QStringLiteral("/endless.json"), endless);
    const qint64 episode = addEpisode(m_server.url(QStringLiteral("/endless.json")).toString());
    ASSERT_TRUE(episode);
    const QString error = fetch(episode);
    EXPECT_TRUE(error.contains(QLatin1String("larger than 4 MB"))) << qPrintable(error);
    EXPECT_TRUE(m_app.library().chapters(episode, ChapterSource::Json).isEmpty());
}

} // namespace
} // namespace ondes

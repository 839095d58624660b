#include "discovery/feedpreview.h"
#include "library/database.h"
#include "library/library.h"
#include "net/httpclient.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

namespace ondes {
namespace {

using test::Route;

const QByteArray kFeed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
     xmlns:podcast="https://podcastindex.org/namespace/1.0">
<channel>
  <title>Les Savants</title>
  <itunes:author>Radio Exemple</itunes:author>
  <description>Science, chaque semaine.</description>
  <item>
    <title>Les comètes</title>
    <guid>ep-2</guid>
    <pubDate>Wed, 01 May 2024 08:00:00 GMT</pubDate>
    <itunes:duration>00:42:10</itunes:duration>
    <description>Avec Marie Dupont, astronome à l'Observatoire de Paris.</description>
    <enclosure url="https://media.example/2.mp3" type="audio/mpeg" length="1000"/>
  </item>
  <item>
    <title>Les volcans</title>
    <guid>ep-1</guid>
    <pubDate>Wed, 24 Apr 2024 08:00:00 GMT</pubDate>
    <itunes:duration>1800</itunes:duration>
    <description>Un épisode sur les volcans.</description>
    <podcast:person role="host">Jean Martin</podcast:person>
    <enclosure url="https://media.example/1.mp3" type="audio/mpeg" length="1000"/>
  </item>
</channel>
</rss>
)";

class FeedPreviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_database.open()) << m_database.errorString().toStdString();
        ASSERT_TRUE(m_server.isListening());
    }

    FeedPreviewResult preview(const QString& path)
    {
        QSignalSpy spy(&m_preview, &FeedPreview::finished);
        m_preview.start(m_server.url(path));
        EXPECT_TRUE(spy.wait(10000));
        return spy.isEmpty() ? FeedPreviewResult{} : spy.first().first().value<FeedPreviewResult>();
    }

    int rows(const char* table)
    {
        QSqlQuery query(m_database.connection());
        query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return query.next() ? query.value(0).toInt() : -1;
    }

    QStringList files() const
    {
        QStringList found;
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        found.sort();
        return found;
    }

    test::TestDataDir m_dir;
    Database m_database{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_database};
    HttpClient m_http;
    FeedPreview m_preview{m_http};
    test::TestHttpServer m_server;
};

TEST_F(FeedPreviewTest, ShowsTheEpisodesWithDatesDurationsAndSpeakersAndStoresNothing)
{
    m_server.setRoute(QStringLiteral("/feed.xml"), Route::text(kFeed, "application/rss+xml"));
    const int shows = rows("shows");
    const int episodes = rows("episodes");
    const QStringList before = files();

    const FeedPreviewResult result = preview(QStringLiteral("/feed.xml"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.feed.title, QStringLiteral("Les Savants"));
    EXPECT_EQ(result.feed.author, QStringLiteral("Radio Exemple"));
    ASSERT_EQ(result.feed.episodes.size(), 2);
    const ParsedEpisode& comets = result.feed.episodes[0];
    EXPECT_EQ(comets.title, QStringLiteral("Les comètes"));
    EXPECT_EQ(comets.published, 1714550400);
    EXPECT_EQ(comets.durationSeconds, 42 * 60 + 10);
    EXPECT_EQ(result.feed.episodes[1].durationSeconds, 1800);
    ASSERT_EQ(result.speakers.size(), 2);
    ASSERT_FALSE(result.speakers[0].isEmpty());
    EXPECT_EQ(result.speakers[0].first().person.name, QStringLiteral("Marie Dupont"));
    ASSERT_FALSE(result.speakers[1].isEmpty());
    EXPECT_EQ(result.speakers[1].first().person.name, QStringLiteral("Jean Martin"));

    EXPECT_EQ(rows("shows"), shows);
    EXPECT_EQ(rows("episodes"), episodes);
    EXPECT_EQ(m_library.shows().size(), 0);
    EXPECT_EQ(files(), before);
}

TEST_F(FeedPreviewTest, ListsTheShowsHostInEveryEpisodeAsTheLibraryWould)
{
    QByteArray feed = kFeed;
    feed.replace("<itunes:author>Radio Exemple</itunes:author>",
                 "<itunes:author>Claire Vasseur</itunes:author>");
    m_server.setRoute(QStringLiteral("/hosted.xml"), Route::text(feed, "application/rss+xml"));

    const FeedPreviewResult result = preview(QStringLiteral("/hosted.xml"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_EQ(result.speakers.size(), 2);
    for (const QList<EpisodeSpeaker>& speakers : result.speakers) {
        const auto host = std::find_if(speakers.cbegin(), speakers.cend(), [](const auto& s) {
            return s.person.name == QStringLiteral("Claire Vasseur");
        });
        ASSERT_NE(host, speakers.cend());
        EXPECT_EQ(host->kind, QStringLiteral("host"));
        EXPECT_EQ(host->source, QStringLiteral("show"));
    }
    // The description's guest stays a guest beside the show's host.
    const auto guest =
        std::find_if(result.speakers[0].cbegin(), result.speakers[0].cend(),
                     [](const auto& s) { return s.person.name == QStringLiteral("Marie Dupont"); });
    ASSERT_NE(guest, result.speakers[0].cend());
    EXPECT_NE(guest->kind, QStringLiteral("host"));
}

TEST_F(FeedPreviewTest, APageOrAnErrorIsAReadableFailure)
{
    m_server.setRoute(QStringLiteral("/page.html"),
                      Route::text("<html><body><p>Hello</p></body></html>", "text/html"));
    FeedPreviewResult result = preview(QStringLiteral("/page.html"));
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.error.isEmpty());

    m_server.setRoute(QStringLiteral("/gone.xml"), Route::error(404));
    result = preview(QStringLiteral("/gone.xml"));
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.error.isEmpty());
}

TEST_F(FeedPreviewTest, ANewPreviewDropsTheOldOne)
{
    Route slow = Route::text(kFeed, "application/rss+xml");
    slow.delayMs = 300;
    m_server.setRoute(QStringLiteral("/slow.xml"), slow);
    QByteArray other = kFeed;
    other.replace("Les Savants", "Autre");
    m_server.setRoute(QStringLiteral("/other.xml"), Route::text(other, "application/rss+xml"));
    QSignalSpy spy(&m_preview, &FeedPreview::finished);
    m_preview.start(m_server.url(QStringLiteral("/slow.xml")));
    m_preview.start(m_server.url(QStringLiteral("/other.xml")));
    ASSERT_TRUE(spy.wait(5000));
    QTest::qWait(500);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.first().first().value<FeedPreviewResult>().feed.title, QStringLiteral("Autre"));
}

} // namespace
} // namespace ondes

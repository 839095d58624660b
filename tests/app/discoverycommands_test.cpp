#include "support/directoryanswers.h"
#include "support/ondesprocess.h"
#include "support/testhttpserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::CommandRun;
using test::Route;
using test::runOndes;

const QByteArray kJson = "application/json";

const QByteArray kFeed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel>
  <title>Les Savants</title>
  <itunes:author>Radio Exemple</itunes:author>
  <item>
    <title>Les comètes</title>
    <guid>ep-1</guid>
    <pubDate>Wed, 01 May 2024 08:00:00 GMT</pubDate>
    <itunes:duration>00:42:10</itunes:duration>
    <description>Avec Marie Dupont, astronome.</description>
    <enclosure url="https://media.example/1.mp3" type="audio/mpeg" length="1000"/>
  </item>
</channel>
</rss>
)";

// The directories on loopback hosts of their own, named to the `ondes` processes through the
// ONDES_DIRECTORY_* variables (inherited by the processes this test starts).
class DiscoveryCommands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("ONDES_DIRECTORY_APPLE", m_apple.url(QString()).toString().toUtf8());
        qputenv("ONDES_DIRECTORY_PODCASTINDEX", m_index.url(QString()).toString().toUtf8());
        qputenv("ONDES_DIRECTORY_GPODDER", m_gpodder.url(QString()).toString().toUtf8());
        qputenv("ONDES_DIRECTORY_FYYD", m_fyyd.url(QString()).toString().toUtf8());
        const auto entries = test::directoryEntries(2, QStringLiteral("Science"),
                                                    QStringLiteral("https://feeds.example"));
        m_apple.setRoute(QStringLiteral("/search"),
                         Route::text(test::appleSearchAnswer(entries), kJson));
        m_gpodder.setRoute(QStringLiteral("/search.json"),
                           Route::text(test::gpodderAnswer(entries.mid(0, 1)), kJson));
        auto fyyd = test::directoryEntries(3, QStringLiteral("Science"),
                                           QStringLiteral("http://feeds.example"));
        m_fyyd.setRoute(QStringLiteral("/0.2/search/podcast"),
                        Route::text(test::fyydAnswer(fyyd), kJson));
    }

    void TearDown() override
    {
        for (const char* name : {"ONDES_DIRECTORY_APPLE", "ONDES_DIRECTORY_PODCASTINDEX",
                                 "ONDES_DIRECTORY_GPODDER", "ONDES_DIRECTORY_FYYD"})
            qunsetenv(name);
    }

    test::TestHttpServer m_apple{QHostAddress(QStringLiteral("127.0.0.21"))};
    test::TestHttpServer m_index{QHostAddress(QStringLiteral("127.0.0.22"))};
    test::TestHttpServer m_gpodder{QHostAddress(QStringLiteral("127.0.0.23"))};
    test::TestHttpServer m_fyyd{QHostAddress(QStringLiteral("127.0.0.24"))};
    QTemporaryDir m_data;
};

TEST_F(DiscoveryCommands, SearchPrintsOneLinePerShowWithItsDirectories)
{
    const CommandRun run =
        runOndes(m_data.path(), {QStringLiteral("search"), QStringLiteral("science")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << run.out.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("https://feeds.example/feed/1.xml\tScience 1\tAuthor 1\t"
                                       "Apple Podcasts, gpodder.net, fyyd"));
    EXPECT_EQ(lines[1], QStringLiteral("https://feeds.example/feed/2.xml\tScience 2\tAuthor 2\t"
                                       "Apple Podcasts, fyyd"));
    EXPECT_EQ(lines[2], QStringLiteral("http://feeds.example/feed/3.xml\tScience 3\tAuthor 3\t"
                                       "fyyd"));
    // Podcast Index has no key: it is off, and asked nothing.
    EXPECT_EQ(m_index.requests().size(), 0);
}

TEST_F(DiscoveryCommands, SearchWithOneProviderAsksOnlyItAndPrintsJson)
{
    const CommandRun run =
        runOndes(m_data.path(),
                 {QStringLiteral("search"), QStringLiteral("science"), QStringLiteral("--provider"),
                  QStringLiteral("gpodder"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray shows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(shows.size(), 1) << run.out.toStdString();
    EXPECT_EQ(shows[0].toObject().value(QStringLiteral("feedUrl")).toString(),
              QStringLiteral("https://feeds.example/feed/1.xml"));
    EXPECT_EQ(shows[0].toObject().value(QStringLiteral("providers")).toArray().size(), 1);
    EXPECT_EQ(m_apple.requests().size(), 0);
    EXPECT_EQ(m_fyyd.requests().size(), 0);
}

TEST_F(DiscoveryCommands, ADirectoryDownIsALineOnStandardErrorAndTheOthersStillAnswer)
{
    qputenv("ONDES_DIRECTORY_APPLE", "http://127.0.0.1:1");
    const CommandRun run =
        runOndes(m_data.path(), {QStringLiteral("search"), QStringLiteral("science")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Apple Podcasts cannot be reached")))
        << run.err.toStdString();
    EXPECT_EQ(run.out.count(QLatin1Char('\n')), 3) << run.out.toStdString();

    m_gpodder.setRoute(QStringLiteral("/search.json"), Route::error(404));
    m_fyyd.setRoute(QStringLiteral("/0.2/search/podcast"), Route::text("<html>", "text/html"));
    // Another term: the answers of the first search are kept for a few hours.
    const CommandRun none =
        runOndes(m_data.path(), {QStringLiteral("search"), QStringLiteral("astronomy")});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.out.isEmpty());
    for (const char* line :
         {"Apple Podcasts cannot be reached", "gpodder.net answered with an error",
          "fyyd sent an answer Ondes cannot read"})
        EXPECT_TRUE(none.err.contains(QLatin1String(line))) << none.err.toStdString();
}

TEST_F(DiscoveryCommands, ADirectorySwitchedOffInTheSettingsIsNotAsked)
{
    ASSERT_EQ(runOndes(m_data.path(), {QStringLiteral("config"), QStringLiteral("discovery/fyyd"),
                                       QStringLiteral("false")})
                  .exitCode,
              0);
    const CommandRun run =
        runOndes(m_data.path(), {QStringLiteral("search"), QStringLiteral("science")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(m_fyyd.requests().size(), 0);
    EXPECT_EQ(run.out.count(QLatin1Char('\n')), 2) << run.out.toStdString();
}

TEST_F(DiscoveryCommands, TopAsksEachDirectorysChartForTheCountry)
{
    const auto entries =
        test::directoryEntries(2, QStringLiteral("Top"), QStringLiteral("https://top.example"));
    m_apple.setRoute(QStringLiteral("/de/rss/toppodcasts/limit=50/json"),
                     Route::text(test::appleChartAnswer(entries), kJson));
    m_apple.setRoute(QStringLiteral("/lookup"),
                     Route::text(test::appleSearchAnswer(entries), kJson));
    m_gpodder.setRoute(QStringLiteral("/toplist/50.json"),
                       Route::text(test::gpodderAnswer(entries), kJson));
    m_fyyd.setRoute(QStringLiteral("/0.2/feature/podcast/hot"),
                    Route::text(test::fyydAnswer(entries), kJson));
    const CommandRun run = runOndes(
        m_data.path(), {QStringLiteral("top"), QStringLiteral("--country"), QStringLiteral("DE")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << run.out.toStdString();
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("Apple Podcasts, gpodder.net, fyyd")))
        << lines[0].toStdString();
}

TEST_F(DiscoveryCommands, PreviewShowsEpisodesAndStoresNothing)
{
    m_gpodder.setRoute(QStringLiteral("/feed.xml"), Route::text(kFeed, "application/rss+xml"));
    const QString url = m_gpodder.url(QStringLiteral("/feed.xml")).toString();
    const CommandRun run = runOndes(m_data.path(), {QStringLiteral("preview"), url});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Les Savants\nby Radio Exemple\n1 episode\n")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2024-05-01  42:10  Les comètes")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("    with Marie Dupont"))) << run.out.toStdString();
    EXPECT_TRUE(QDir(m_data.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty())
        << QDir(m_data.path())
               .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
               .join(QLatin1Char(' '))
               .toStdString();

    const CommandRun json =
        runOndes(m_data.path(), {QStringLiteral("preview"), url, QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject feed = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(feed.value(QStringLiteral("title")).toString(), QStringLiteral("Les Savants"));
    const QJsonObject episode = feed.value(QStringLiteral("episodes")).toArray().first().toObject();
    EXPECT_EQ(episode.value(QStringLiteral("durationSeconds")).toInt(), 2530);
    EXPECT_EQ(episode.value(QStringLiteral("speakers"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("name")),
              QStringLiteral("Marie Dupont"));

    const CommandRun missing =
        runOndes(m_data.path(),
                 {QStringLiteral("preview"), m_gpodder.url(QStringLiteral("/none")).toString()});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("ondes preview: http://127.0.0.23")))
        << missing.err.toStdString();
}

} // namespace
} // namespace ondes

#include "feed/opml.h"
#include "support/feedbuilder.h"
#include "support/ondesprocess.h"
#include "support/qtprinters.h"
#include "support/testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::CommandRun;

using test::runOndes;

class SubscriptionCommands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::FeedSpec first;
        first.title = QStringLiteral("Première émission");
        m_server.setRoute(QStringLiteral("/one.xml"),
                          test::Route::text(test::buildFeed(first), "application/rss+xml"));
        test::FeedSpec second;
        second.title = QStringLiteral("Second show");
        second.episodes = 2;
        m_server.setRoute(QStringLiteral("/two.xml"),
                          test::Route::text(test::buildFeed(second), "application/rss+xml"));
    }

    test::TestHttpServer m_server;
    QTemporaryDir m_data;
};

TEST_F(SubscriptionCommands, SubscribeRefreshAndListFromTheCommandLine)
{
    const CommandRun subscribed =
        runOndes(m_data.path(), {QStringLiteral("subscribe"),
                                 m_server.url(QStringLiteral("/one.xml")).toString()});
    ASSERT_EQ(subscribed.exitCode, 0) << subscribed.err.toStdString();
    EXPECT_TRUE(
        subscribed.out.contains(QStringLiteral("Subscribed to Première émission (3 episodes)")))
        << subscribed.out.toStdString();
    const CommandRun refreshed = runOndes(m_data.path(), {QStringLiteral("refresh")});
    EXPECT_EQ(refreshed.exitCode, 0) << refreshed.err.toStdString();
    EXPECT_TRUE(refreshed.out.contains(QStringLiteral("Première émission: 0 new episodes")));
    const CommandRun episodes =
        runOndes(m_data.path(), {QStringLiteral("episodes"), QStringLiteral("Première émission")});
    EXPECT_EQ(episodes.out.count(QLatin1Char('\n')), 3) << episodes.out.toStdString();
}

TEST_F(SubscriptionCommands, BigFeedsSubscribeAndRefreshFromTheCommandLine)
{
    // Long-running shows publish feeds of 10-40 MB; libxml2 alone stops at 10 MB pending.
    // 15 MB with a Content-Length, then 100 MB sent in chunks: both are read while they come.
    test::FeedSpec spec;
    spec.title = QStringLiteral("Archives");
    spec.episodes = 600;
    spec.descriptionBytes = 6000;
    spec.paddingBytes = 20000;
    test::Route route = test::Route::text(test::buildFeed(spec), "application/rss+xml");
    ASSERT_GT(route.body.size(), 15 * 1000 * 1000);
    m_server.setRoute(QStringLiteral("/big.xml"), route);
    const CommandRun subscribed =
        runOndes(m_data.path(), {QStringLiteral("subscribe"),
                                 m_server.url(QStringLiteral("/big.xml")).toString()});
    ASSERT_EQ(subscribed.exitCode, 0) << subscribed.err.toStdString();
    EXPECT_TRUE(subscribed.out.contains(QStringLiteral("Subscribed to Archives (600 episodes)")))
        << subscribed.out.toStdString();

    spec.episodes = 2000;
    spec.paddingBytes = 45000;
    route.body = test::buildFeed(spec);
    ASSERT_GT(route.body.size(), 100 * 1000 * 1000);
    route.chunked = true;
    m_server.setRoute(QStringLiteral("/big.xml"), route);
    const CommandRun refreshed = runOndes(m_data.path(), {QStringLiteral("refresh")});
    EXPECT_EQ(refreshed.exitCode, 0) << refreshed.err.toStdString();
    EXPECT_TRUE(refreshed.out.contains(QStringLiteral("Archives: 1400 new episodes")))
        << refreshed.out.toStdString();
}

TEST_F(SubscriptionCommands, BadAddressesFailWithAReason)
{
    const CommandRun run = runOndes(
        m_data.path(), {QStringLiteral("subscribe"), QStringLiteral("file:///etc/passwd")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("only http and https"))) << run.err.toStdString();
    m_server.setRoute(QStringLiteral("/404.xml"), test::Route::error(404));
    const CommandRun missing =
        runOndes(m_data.path(), {QStringLiteral("subscribe"),
                                 m_server.url(QStringLiteral("/404.xml")).toString()});
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("404"))) << missing.err.toStdString();
}

TEST_F(SubscriptionCommands, OpmlImportThenExportRoundTrips)
{
    OpmlDocument document;
    document.outlines << OpmlOutline{QStringLiteral("One"),
                                     m_server.url(QStringLiteral("/one.xml")).toString(),
                                     {},
                                     QStringLiteral("rss"),
                                     {}}
                      << OpmlOutline{QStringLiteral("Two"),
                                     m_server.url(QStringLiteral("/two.xml")).toString(),
                                     {},
                                     QStringLiteral("rss"),
                                     {}};
    const QString file = m_data.path() + QStringLiteral("/in.opml");
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(Opml::write(document));
    out.close();

    const CommandRun imported = runOndes(m_data.path(), {QStringLiteral("import-opml"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const CommandRun shows = runOndes(m_data.path(), {QStringLiteral("shows")});
    EXPECT_TRUE(shows.out.contains(QStringLiteral("Première émission\t3 episodes")))
        << shows.out.toStdString();
    EXPECT_TRUE(shows.out.contains(QStringLiteral("Second show\t2 episodes")))
        << shows.out.toStdString();

    const CommandRun exported = runOndes(m_data.path(), {QStringLiteral("export-opml")});
    ASSERT_EQ(exported.exitCode, 0);
    const OpmlParseResult parsed = Opml::parse(exported.out.toUtf8());
    ASSERT_TRUE(parsed.ok()) << parsed.error.toStdString();
    ASSERT_EQ(parsed.document->outlines.size(), 2);
    QStringList urls;
    for (const OpmlOutline& outline : parsed.document->outlines)
        urls << outline.xmlUrl;
    urls.sort();
    EXPECT_EQ(urls, (QStringList{m_server.url(QStringLiteral("/one.xml")).toString(),
                                 m_server.url(QStringLiteral("/two.xml")).toString()}));
    const CommandRun broken = runOndes(
        m_data.path(), {QStringLiteral("import-opml"), QStringLiteral("/nonexistent.opml")});
    EXPECT_NE(broken.exitCode, 0);
    EXPECT_FALSE(broken.err.isEmpty());
}

TEST_F(SubscriptionCommands, ALibraryThatIsNotOneIsLeftAloneBySubscribe)
{
    // The library opens while the feed downloads: its error still ends the command, and
    // nothing is written to the file.
    QDir().mkpath(m_data.path() + QStringLiteral("/data"));
    const QString path = m_data.path() + QStringLiteral("/data/library.sqlite");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const QByteArray notALibrary(8192, 'x');
    file.write(notALibrary);
    file.close();
    const CommandRun run =
        runOndes(m_data.path(), {QStringLiteral("subscribe"),
                                 m_server.url(QStringLiteral("/one.xml")).toString()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("is damaged or is not an Ondes library")))
        << run.err.toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), notALibrary);
}

} // namespace
} // namespace ondes

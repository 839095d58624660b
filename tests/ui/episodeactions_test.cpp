// The details pane's buttons against a real library, download manager and loopback server:
// download, delete, queue, mark played, the previous/next links and the inline error with Retry.

#include "application.h"
#include "downloads/downloadmanager.h"
#include "episodeactions.h"
#include "episodeactionsbar.h"
#include "episodeactionscontroller.h"
#include "episodelistview.h"
#include "library/library.h"
#include "messagebar.h"
#include "playback/playqueue.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class EpisodeActionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_app.start());
        ParsedFeed feed;
        feed.title = QStringLiteral("Actions");
        for (int n = 1; n <= 3; ++n) {
            ParsedEpisode e;
            e.guid = QString::number(n);
            e.title = QStringLiteral("Part %1").arg(n);
            e.published = 1700000000 + n * 3600;
            e.enclosures << Enclosure{m_server.url(QStringLiteral("/%1.mp3").arg(n)).toString(),
                                      QStringLiteral("audio/mpeg"), -1};
            feed.episodes << e;
        }
        const auto stored = m_app.library().storeFeed(QStringLiteral("https://actions.test/feed"),
                                                      ShowKind::Feed, feed);
        ASSERT_TRUE(stored.has_value());
        for (const EpisodeRow& row : m_app.library().episodes(stored->showId))
            m_ids[row.title] = row.id;
        m_app.downloads().setWriteTags(false);
        m_app.downloads().setRetryPolicy(0, 10, 2000);
        m_app.startDownloads();
    }

    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    test::TestHttpServer m_server;
    QHash<QString, qint64> m_ids;
    EpisodeActionsBar m_bar;
    MessageBar m_messages;
    EpisodeListView m_list{m_app};
    EpisodeActions m_actions{m_app, &m_list, &m_messages};
    EpisodeActionsController m_controller{m_app, m_actions, &m_bar};
};

TEST_F(EpisodeActionsTest, DownloadThenDeleteFromTheDetailsPane)
{
    m_server.setRoute(QStringLiteral("/2.mp3"), test::Route::generated(20000, "audio/mpeg"));
    const qint64 id = m_ids.value(QStringLiteral("Part 2"));
    m_controller.setEpisode(id);
    EXPECT_TRUE(m_bar.isEnabled());
    EXPECT_EQ(m_bar.downloadButton()->text(), QStringLiteral("&Download"));
    EXPECT_EQ(m_bar.neighboursText(), QStringLiteral("← Previous: Part 1\nNext: Part 3 →"));

    m_bar.downloadButton()->click();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_bar.downloadButton()->text() == QStringLiteral("&Delete download"); },
        10000))
        << m_bar.downloadButton()->text().toStdString();
    const QString file = m_app.library().episode(id)->localFile;
    EXPECT_TRUE(QFileInfo::exists(file));

    m_bar.downloadButton()->click();
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_EQ(m_bar.downloadButton()->text(), QStringLiteral("&Download"));
    EXPECT_FALSE(m_messages.isVisible());
}

TEST_F(EpisodeActionsTest, AFailedDownloadIsShownWithRetry)
{
    m_server.setRoute(QStringLiteral("/1.mp3"), test::Route::error(503));
    const qint64 id = m_ids.value(QStringLiteral("Part 1"));
    m_controller.setEpisode(id);
    EXPECT_EQ(m_bar.neighboursText(), QStringLiteral("Next: Part 2 →"));
    m_bar.downloadButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_messages.isVisible(); }, 10000));
    EXPECT_TRUE(m_messages.text().contains(QStringLiteral("Part 1")))
        << m_messages.text().toStdString();
    EXPECT_TRUE(m_messages.text().contains(QStringLiteral("503")));
    EXPECT_EQ(m_bar.downloadButton()->text(), QStringLiteral("Retry &download"));

    m_server.setRoute(QStringLiteral("/1.mp3"), test::Route::generated(1000, "audio/mpeg"));
    ASSERT_TRUE(m_messages.canRetry());
    m_messages.retryButton()->click();
    EXPECT_FALSE(m_messages.isVisible());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_bar.downloadButton()->text() == QStringLiteral("&Delete download"); },
        10000));
}

TEST_F(EpisodeActionsTest, QueueMarkPlayedAndNeighbourLinks)
{
    const qint64 id = m_ids.value(QStringLiteral("Part 3"));
    m_controller.setEpisode(id);
    EXPECT_EQ(m_bar.neighboursText(), QStringLiteral("← Previous: Part 2"));
    m_bar.queueButton()->click();
    EXPECT_TRUE(m_app.queue().contains(id));
    EXPECT_FALSE(m_bar.queueButton()->isEnabled());
    EXPECT_EQ(m_bar.queueButton()->text(), QStringLiteral("In the queue"));

    EXPECT_EQ(m_bar.playedButton()->text(), QStringLiteral("&Mark played"));
    m_bar.playedButton()->click();
    EXPECT_TRUE(m_app.library().episode(id)->played);
    EXPECT_EQ(m_bar.playedButton()->text(), QStringLiteral("&Mark unplayed"));
    m_bar.playedButton()->click();
    EXPECT_FALSE(m_app.library().episode(id)->played);

    QSignalSpy requested(&m_controller, &EpisodeActionsController::episodeRequested);
    Q_EMIT m_bar.episodeRequested(m_ids.value(QStringLiteral("Part 2")));
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().first().toLongLong(), m_ids.value(QStringLiteral("Part 2")));

    // A local file cannot be downloaded: the button says so by being off.
    m_controller.setEpisode(0);
    EXPECT_FALSE(m_bar.isEnabled());
}

} // namespace
} // namespace ondes

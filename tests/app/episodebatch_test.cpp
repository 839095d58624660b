// The core's batch calls behind the window's episode actions, each one transaction for N
// episodes, counted on the library's connection: marking played, the queue, downloads; and the
// previous/next episode the details pane links to.

#include "application.h"
#include "downloads/downloadmanager.h"
#include "library/database.h"
#include "library/library.h"
#include "playback/chapterlist.h"
#include "playback/playqueue.h"
#include "subscriptions/demoshow.h"
#include "support/qtprinters.h"
#include "support/sqlitecommits.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

class EpisodeBatchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_app.start()) << m_app.errorString().toStdString();
        ParsedFeed feed;
        feed.title = QStringLiteral("Batch");
        for (int n = 1; n <= 4; ++n) {
            ParsedEpisode e;
            e.guid = QString::number(n);
            e.title = QStringLiteral("Part %1").arg(n);
            e.published = 1700000000 + n * 3600;
            e.enclosures << Enclosure{m_server.url(QStringLiteral("/%1.mp3").arg(n)).toString(),
                                      QStringLiteral("audio/mpeg"), -1};
            feed.episodes << e;
        }
        const auto stored = m_app.library().storeFeed(QStringLiteral("https://batch.test/feed"),
                                                      ShowKind::Feed, feed);
        ASSERT_TRUE(stored.has_value());
        // Oldest first.
        for (int n = 1; n <= 4; ++n) {
            for (const EpisodeRow& row : m_app.library().episodes(stored->showId)) {
                if (row.title == QStringLiteral("Part %1").arg(n))
                    m_ids << row.id;
            }
        }
        ASSERT_EQ(m_ids.size(), 4);
    }

    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    test::TestHttpServer m_server;
    QList<qint64> m_ids;
};

TEST_F(EpisodeBatchTest, MarkingManyPlayedIsOneTransaction)
{
    Library& library = m_app.library();
    {
        const test::SqliteCommits commits(m_app.database().connection());
        ASSERT_TRUE(library.setPlayed(m_ids, true));
        EXPECT_EQ(commits.count(), 1);
    }
    EXPECT_EQ(library.playedCount(m_ids), 4);
    EXPECT_EQ(library.playedCount({m_ids.at(0), m_ids.at(1)}), 2);
    EXPECT_EQ(library.playedCount({}), 0);

    // One by one it is one transaction each: the counter counts what it claims to.
    const test::SqliteCommits commits(m_app.database().connection());
    for (const qint64 id : std::as_const(m_ids))
        ASSERT_TRUE(library.setPlayed(id, false));
    EXPECT_EQ(commits.count(), 4);
    EXPECT_EQ(library.playedCount(m_ids), 0);
}

TEST_F(EpisodeBatchTest, PlayedCountReadsAnySelectionSize)
{
    // More ids than one query binds: the count is read in chunks and still adds up.
    QList<qint64> many = m_ids;
    for (qint64 missing = 1000000; many.size() < 1200; ++missing)
        many << missing;
    ASSERT_TRUE(m_app.library().setPlayed({m_ids.at(1), m_ids.at(3)}, true));
    EXPECT_EQ(m_app.library().playedCount(many), 2);
}

TEST_F(EpisodeBatchTest, TheQueueTakesManyInOneWriteAndKeepsTheirOrder)
{
    PlayQueue& queue = m_app.queue();
    ASSERT_TRUE(queue.add(m_ids.at(2)));
    {
        const test::SqliteCommits commits(m_app.database().connection());
        // One queued already, one not in the library: both left out.
        EXPECT_EQ(queue.add(QList<qint64>{m_ids.at(3), m_ids.at(2), 987654, m_ids.at(0)}), 2);
        EXPECT_EQ(commits.count(), 1);
    }
    EXPECT_EQ(queue.episodeIds(), (QList<qint64>{m_ids.at(2), m_ids.at(3), m_ids.at(0)}));
    EXPECT_EQ(m_app.library().queue(), queue.episodeIds());
    {
        const test::SqliteCommits commits(m_app.database().connection());
        EXPECT_EQ(queue.add(QList<qint64>{m_ids.at(3)}), 0); // nothing new: nothing written
        EXPECT_EQ(commits.count(), 0);
        EXPECT_EQ(queue.remove(QList<qint64>{m_ids.at(0), m_ids.at(1), m_ids.at(2)}), 2);
        EXPECT_EQ(commits.count(), 1);
    }
    EXPECT_EQ(queue.episodeIds(), QList<qint64>{m_ids.at(3)});
    EXPECT_EQ(m_app.library().queue(), QList<qint64>{m_ids.at(3)});
}

TEST_F(EpisodeBatchTest, DownloadsAreQueuedAndDeletedInOneTransaction)
{
    // Not started: the rows stay queued, nothing is fetched.
    DownloadManager& downloads = m_app.downloads();
    const auto demo = m_app.library().showIdForUrl(DemoShow::feedUrl());
    ASSERT_TRUE(demo);
    const qint64 local = m_app.library().episodes(*demo).value(0).id;
    ASSERT_NE(local, 0);
    QStringList problems;
    {
        const test::SqliteCommits commits(m_app.database().connection());
        problems = downloads.enqueue(QList<qint64>{m_ids.at(0), local, m_ids.at(1), m_ids.at(2)});
        EXPECT_EQ(commits.count(), 1);
    }
    ASSERT_EQ(problems.size(), 1) << problems.join(u'|').toStdString();
    EXPECT_TRUE(problems.first().contains(QStringLiteral("is a file on this computer already")))
        << problems.first().toStdString();
    EXPECT_EQ(downloads.downloads().size(), 3);
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(downloads.status(m_ids.at(i))) << i;
    EXPECT_FALSE(downloads.status(m_ids.at(3)));

    {
        const test::SqliteCommits commits(m_app.database().connection());
        EXPECT_TRUE(downloads.deleteDownloads(QList<qint64>{m_ids.at(0), m_ids.at(1)}).isEmpty());
        EXPECT_EQ(commits.count(), 1);
    }
    EXPECT_FALSE(downloads.status(m_ids.at(0)));
    EXPECT_FALSE(downloads.status(m_ids.at(1)));
    EXPECT_TRUE(downloads.status(m_ids.at(2)));
}

TEST_F(EpisodeBatchTest, NeighboursAreTheEpisodesPublishedJustBeforeAndAfter)
{
    const Neighbours middle = m_app.library().neighbours(m_ids.at(1));
    EXPECT_EQ(middle.previous.id, m_ids.at(0));
    EXPECT_EQ(middle.previous.title, QStringLiteral("Part 1"));
    EXPECT_EQ(middle.next.id, m_ids.at(2));
    EXPECT_EQ(middle.next.title, QStringLiteral("Part 3"));
    const Neighbours last = m_app.library().neighbours(m_ids.at(3));
    EXPECT_EQ(last.previous.id, m_ids.at(2));
    EXPECT_EQ(last.next.id, 0);
    EXPECT_EQ(m_app.library().neighbours(987654).previous.id, 0);
}

TEST_F(EpisodeBatchTest, ChaptersOfAnEpisodeNotPlayingMergeItsFeedsChapters)
{
    const qint64 id = m_ids.at(0);
    EXPECT_TRUE(m_app.chaptersOf(id).isEmpty());
    Library& library = m_app.library();
    ASSERT_TRUE(library.storeChapters(id, ChapterSource::Psc,
                                      {Chapter{0, QStringLiteral("Intro"), {}, {}},
                                       Chapter{120, QStringLiteral("News"), {}, {}}}));
    ASSERT_TRUE(library.storeChapters(
        id, ChapterSource::Json,
        {Chapter{121, QStringLiteral("News"), QStringLiteral("https://batch.test/news"), {}},
         Chapter{300, QStringLiteral("Weather"), {}, {}}}));
    const QList<Chapter> chapters = m_app.chaptersOf(id);
    QStringList titles;
    for (const Chapter& chapter : chapters)
        titles << chapter.title;
    // One chapter at about 2 minutes, from both lists: the JSON's link is kept.
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Intro"), QStringLiteral("News"),
                                   QStringLiteral("Weather")}));
    ASSERT_EQ(chapters.size(), 3);
    EXPECT_EQ(chapters.at(1).href, QStringLiteral("https://batch.test/news"));
    EXPECT_TRUE(m_app.chaptersOf(m_ids.at(1)).isEmpty());
}

} // namespace
} // namespace ondes

#include "application.h"
#include "library/database.h"
#include "library/library.h"
#include "library/settings.h"
#include "playback/playbacktestsupport.h"
#include "playback/player.h"
#include "playback/playqueue.h"
#include "playback/queuemodel.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

QList<qint64> ids(const QList<EpisodeRow>& rows)
{
    QList<qint64> result;
    for (const EpisodeRow& row : rows)
        result << row.id;
    return result;
}

class PlayQueueTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_app.start());
        m_ids = ids(test::demoEpisodes(m_app.library()));
        ASSERT_EQ(m_ids.size(), 5);
    }

    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    QList<qint64> m_ids;
};

TEST_F(PlayQueueTest, AddsRemovesReordersAndClears)
{
    PlayQueue& queue = m_app.queue();
    QSignalSpy changed(&queue, &PlayQueue::changed);
    EXPECT_TRUE(queue.isEmpty());
    EXPECT_TRUE(queue.add(m_ids[0]));
    EXPECT_TRUE(queue.add(m_ids[1]));
    EXPECT_TRUE(queue.add(m_ids[2]));
    EXPECT_TRUE(queue.add(m_ids[1])); // already there: stays where it is
    EXPECT_FALSE(queue.add(987654));  // not in the library
    EXPECT_EQ(queue.episodeIds(), (QList<qint64>{m_ids[0], m_ids[1], m_ids[2]}));
    EXPECT_EQ(changed.count(), 3);

    EXPECT_TRUE(queue.move(2, 0));
    EXPECT_EQ(queue.episodeIds(), (QList<qint64>{m_ids[2], m_ids[0], m_ids[1]}));
    EXPECT_FALSE(queue.move(0, 3));
    EXPECT_TRUE(queue.insert(1, m_ids[4]));
    EXPECT_EQ(queue.episodeIds(), (QList<qint64>{m_ids[2], m_ids[4], m_ids[0], m_ids[1]}));
    queue.remove(m_ids[0]);
    EXPECT_EQ(queue.episodeIds(), (QList<qint64>{m_ids[2], m_ids[4], m_ids[1]}));
    EXPECT_EQ(m_app.library().queue(), queue.episodeIds());
    EXPECT_EQ(ids(m_app.library().queuedEpisodes()), queue.episodeIds());
    queue.clear();
    EXPECT_TRUE(queue.isEmpty());
    EXPECT_TRUE(m_app.library().queue().isEmpty());
}

TEST_F(PlayQueueTest, SurvivesARestart)
{
    m_app.queue().add(m_ids[3]);
    m_app.queue().add(m_ids[1]);
    m_app.queue().move(1, 0);
    m_app.shutdown();

    Application again{m_dir.paths()};
    ASSERT_TRUE(again.start());
    EXPECT_EQ(again.queue().episodeIds(), (QList<qint64>{m_ids[1], m_ids[3]}));
}

TEST_F(PlayQueueTest, ModelMovesAndRemovesRowsOfTheQueue)
{
    PlayQueue& queue = m_app.queue();
    for (int i = 0; i < 3; ++i)
        queue.add(m_ids[i]);
    QueueModel model(queue, m_app.library());
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0).data(QueueModel::EpisodeIdRole).toLongLong(), m_ids[0]);
    EXPECT_FALSE(model.index(0).data(Qt::DisplayRole).toString().isEmpty());
    EXPECT_EQ(model.index(0).data(QueueModel::ShowTitleRole).toString(),
              QStringLiteral("Guichets fermés"));

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    ASSERT_TRUE(model.moveRow({}, 0, {}, 3)); // first to last
    EXPECT_EQ(moved.count(), 1);
    EXPECT_EQ(queue.episodeIds(), (QList<qint64>{m_ids[1], m_ids[2], m_ids[0]}));
    EXPECT_EQ(model.episodeIdAt(2), m_ids[0]);
    ASSERT_TRUE(model.moveRow({}, 2, {}, 1));
    EXPECT_EQ(queue.episodeIds(), (QList<qint64>{m_ids[1], m_ids[0], m_ids[2]}));
    ASSERT_TRUE(model.removeRow(0));
    EXPECT_EQ(queue.episodeIds(), (QList<qint64>{m_ids[0], m_ids[2]}));
    EXPECT_EQ(model.rowCount(), 2);

    // Changes made elsewhere reach the model.
    queue.add(m_ids[4]);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.episodeIdAt(2), m_ids[4]);
}

TEST_F(PlayQueueTest, PlayingAQueuedEpisodeTakesItOffAndPreviousGoesBack)
{
    PlayQueue& queue = m_app.queue();
    Player& player = m_app.player();
    queue.add(m_ids[1]);
    queue.add(m_ids[2]);
    ASSERT_TRUE(player.play(m_ids[0]));
    EXPECT_TRUE(queue.hasNext());
    ASSERT_TRUE(queue.playNext());
    EXPECT_EQ(player.currentEpisode(), m_ids[1]);
    EXPECT_EQ(queue.episodeIds(), (QList<qint64>{m_ids[2]}));

    // Near the start, Previous goes back to the episode before; the one left is up next.
    queue.playPrevious();
    EXPECT_EQ(player.currentEpisode(), m_ids[0]);
    EXPECT_EQ(queue.episodeIds(), (QList<qint64>{m_ids[1], m_ids[2]}));

    // Further in, Previous restarts the episode.
    ASSERT_TRUE(test::waitPlayingPast(player, 3500));
    queue.playPrevious();
    EXPECT_EQ(player.currentEpisode(), m_ids[0]);
    EXPECT_TRUE(QTest::qWaitFor([&] { return player.position() < 1500; }));
    player.stop();
}

TEST_F(PlayQueueTest, TheNextQueuedEpisodeStartsWhenOneEnds)
{
    const QString mp3 = test::generatedClip(QStringLiteral("mp3"));
    const QString ogg = test::generatedClip(QStringLiteral("ogg"));
    ASSERT_FALSE(mp3.isEmpty());
    const auto clips =
        test::addTestShow(m_app.library(), QStringLiteral("test:queue"),
                          {{QStringLiteral("First"), QUrl::fromLocalFile(mp3).toString(), 4},
                           {QStringLiteral("Second"), QUrl::fromLocalFile(ogg).toString(), 4}});
    ASSERT_EQ(clips.size(), 2);
    PlayQueue& queue = m_app.queue();
    Player& player = m_app.player();
    queue.add(clips[1]);
    QSignalSpy finished(&player, &Player::finished);
    ASSERT_TRUE(player.play(clips[0]));
    ASSERT_TRUE(test::waitPlayingPast(player, 200));
    player.seek(player.duration() - 800);
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.currentEpisode() == clips[1]; }, 6000));
    EXPECT_EQ(finished.count(), 1);
    EXPECT_TRUE(m_app.library().episode(clips[0])->played);
    EXPECT_TRUE(queue.isEmpty());
    EXPECT_TRUE(test::waitPlayingPast(player, 300));

    // With auto-advance off, the end is the end.
    m_app.settings().setAutoAdvance(false);
    queue.add(clips[0]);
    player.seek(player.duration() - 800);
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 2; }, 6000));
    QTest::qWait(300);
    EXPECT_EQ(player.currentEpisode(), clips[1]);
    EXPECT_FALSE(player.isPlaying());
    EXPECT_EQ(queue.episodeIds(), QList<qint64>{clips[0]});
}

TEST_F(PlayQueueTest, DeletingAShowEmptiesItsEpisodesFromTheQueue)
{
    // ON DELETE CASCADE in the schema keeps the queue free of dangling ids.
    m_app.queue().add(m_ids[0]);
    QSqlQuery q(m_app.database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM shows")));
    EXPECT_TRUE(m_app.library().queue().isEmpty());
}

} // namespace
} // namespace ondes

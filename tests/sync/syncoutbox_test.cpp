#include "support/qtprinters.h"
#include "sync/syncapplier.h"
#include "sync/syncstore.h"
#include "syncfixture.h"

namespace ondes::test {
namespace {

const QString kFeed = QStringLiteral("https://a.example/feed");

class SyncOutboxTest : public SyncFixture
{
};

TEST_F(SyncOutboxTest, NothingIsRecordedWhileNoAccountSyncs)
{
    addShow(kFeed, {QStringLiteral("e1")});
    ASSERT_TRUE(m_library.savePosition(episodeId(QStringLiteral("e1")), 5000));
    ASSERT_TRUE(m_library.setPlayed(episodeId(QStringLiteral("e1")), true));
    EXPECT_EQ(outboxCount(), 0);
}

TEST_F(SyncOutboxTest, ANewAccountLearnsWhatIsHere)
{
    addShow(kFeed, {QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("e3")});
    ASSERT_TRUE(m_library.savePosition(episodeId(QStringLiteral("e1")), 65000));
    ASSERT_TRUE(m_library.setPlayed(episodeId(QStringLiteral("e2")), true));
    enableRecording();
    EXPECT_EQ(outboxCount(QStringLiteral("subscribe")), 1);
    EXPECT_EQ(outboxCount(QStringLiteral("play")), 2);
    const auto batch = SyncStore(m_db).nextBatch(SyncStore::Kind::RemoteEpisodeActions, 10);
    ASSERT_TRUE(batch);
    ASSERT_EQ(batch->rows.size(), 2);
    for (const OutboxRow& row : batch->rows) {
        if (row.guid == QLatin1String("e1"))
            EXPECT_EQ(row.position, 65);
        else // played: a play to the end
            EXPECT_EQ(row.position, 3000) << row.guid.toStdString();
        EXPECT_EQ(row.total, 3000);
    }
}

TEST_F(SyncOutboxTest, EachChangeIsRecordedInItsOwnTransaction)
{
    enableRecording();
    addShow(kFeed, {QStringLiteral("e1"), QStringLiteral("e2")});
    EXPECT_EQ(outboxCount(QStringLiteral("subscribe")), 1);
    const qint64 e1 = episodeId(QStringLiteral("e1"));
    ASSERT_TRUE(m_library.setDownloaded(e1, QStringLiteral("/tmp/e1.mp3"), 0));
    ASSERT_TRUE(m_library.setLocalFile(e1, QString()));
    EXPECT_EQ(outboxCount(QStringLiteral("download")), 1);
    EXPECT_EQ(outboxCount(QStringLiteral("delete")), 1);
    ASSERT_TRUE(m_library.setPlayed(e1, true));
    ASSERT_TRUE(m_library.setPlayed(e1, false));
    EXPECT_EQ(outboxCount(QStringLiteral("new")), 1);
    EXPECT_EQ(outboxCount(QStringLiteral("play")), 0); // "new" replaced the unsent play
}

TEST_F(SyncOutboxTest, PositionsCoalesceIntoOneUnsentActionPerEpisode)
{
    enableRecording();
    addShow(kFeed, {QStringLiteral("e1")});
    const qint64 e1 = episodeId(QStringLiteral("e1"));
    for (int second = 1; second <= 50; ++second)
        ASSERT_TRUE(m_library.savePosition(e1, second * 1000, 1000 + second));
    EXPECT_EQ(outboxCount(QStringLiteral("play")), 1);
    SyncStore store(m_db);
    auto batch = store.nextBatch(SyncStore::Kind::RemoteEpisodeActions, 10);
    ASSERT_TRUE(batch && batch->rows.size() == 1);
    EXPECT_EQ(batch->rows.first().position, 50);
    EXPECT_EQ(batch->rows.first().started, 0); // where this listening started
    EXPECT_EQ(batch->rows.first().timestamp, 1050);

    // While that batch is on its way, a new position is a new action: what is being sent stays
    // as it is, so a resend is identical.
    ASSERT_TRUE(m_library.savePosition(e1, 60000, 1060));
    EXPECT_EQ(outboxCount(QStringLiteral("play")), 2);
    const auto again = SyncStore(m_db).nextBatch(SyncStore::Kind::RemoteEpisodeActions, 10);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->number, batch->number);
    ASSERT_EQ(again->rows.size(), 1);
    EXPECT_EQ(again->rows.first().position, 50);
    ASSERT_TRUE(store.finishBatch(batch->number));
    batch = store.nextBatch(SyncStore::Kind::RemoteEpisodeActions, 10);
    ASSERT_TRUE(batch && batch->rows.size() == 1);
    EXPECT_EQ(batch->rows.first().position, 60);
}

TEST_F(SyncOutboxTest, TheEndOfPlaybackIsAPlayToTheEndNotARewind)
{
    enableRecording();
    addShow(kFeed, {QStringLiteral("e1")});
    const qint64 e1 = episodeId(QStringLiteral("e1"));
    ASSERT_TRUE(m_library.savePosition(e1, 2990000));
    // What Player does when an episode ends.
    ASSERT_TRUE(m_library.setPlayed(e1, true));
    ASSERT_TRUE(m_library.savePosition(e1, 0));
    const auto batch = SyncStore(m_db).nextBatch(SyncStore::Kind::RemoteEpisodeActions, 10);
    ASSERT_TRUE(batch && batch->rows.size() == 1);
    EXPECT_EQ(batch->rows.first().position, 3000);
}

TEST_F(SyncOutboxTest, WhatTheServerSentIsNotSentBack)
{
    enableRecording();
    addShow(kFeed, {QStringLiteral("e1")});
    SyncStore store(m_db);
    ASSERT_TRUE(store.finishBatch(store.nextBatch(SyncStore::Kind::Subscriptions, 10)->number));
    SyncApplier applier(m_db);
    ASSERT_TRUE(
        applier.applySubscriptions({{QStringLiteral("https://b.example/feed")}, {kFeed}, 10}));
    EXPECT_EQ(outboxCount(), 0);
    EXPECT_FALSE(m_library.showIdForUrl(kFeed));
    EXPECT_TRUE(m_library.showIdForUrl(QStringLiteral("https://b.example/feed")));
    // The removal can be undone: the show comes back, and the server is told.
    EXPECT_EQ(applier.removedShows(), QStringList{kFeed});
    ASSERT_TRUE(applier.undoRemoval(kFeed));
    EXPECT_TRUE(m_library.showIdForUrl(kFeed));
    EXPECT_EQ(outboxCount(QStringLiteral("subscribe")), 1);
    EXPECT_TRUE(applier.removedShows().isEmpty());
}

} // namespace
} // namespace ondes::test

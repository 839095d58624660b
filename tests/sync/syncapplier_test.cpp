#include "support/qtprinters.h"
#include "sync/syncapplier.h"
#include "sync/syncstore.h"
#include "syncfixture.h"

namespace ondes::test {
namespace {

const QString kApplierShow = QStringLiteral("https://a.example/feed");

class SyncApplierTest : public SyncFixture
{
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        addShow(kApplierShow, {QStringLiteral("e1"), QStringLiteral("e2")});
    }
    EpisodeAction play(const QString& guid, int position, qint64 timestamp, int total = 3000)
    {
        return EpisodeAction{kApplierShow,
                             enclosure(kApplierShow, guid),
                             guid,
                             QStringLiteral("play"),
                             timestamp,
                             0,
                             position,
                             total,
                             {}};
    }

    SyncApplier m_applier{m_db};
};

TEST_F(SyncApplierTest, TheNewestActionSetsThePosition)
{
    const qint64 e1 = episodeId(QStringLiteral("e1"));
    ASSERT_TRUE(m_library.savePosition(e1, 100000, 2000));
    const auto applied = m_applier.applyActions({play(QStringLiteral("e1"), 1421, 3000)});
    ASSERT_TRUE(applied);
    EXPECT_EQ(applied->positions, 1);
    EXPECT_EQ(m_library.position(e1), 1421000);
    EXPECT_EQ(m_library.positionSavedAt(e1), 3000);
}

TEST_F(SyncApplierTest, AStaleActionNeverMovesAPosition)
{
    const qint64 e1 = episodeId(QStringLiteral("e1"));
    ASSERT_TRUE(m_library.savePosition(e1, 1800000, 5000));
    const auto applied = m_applier.applyActions(
        {play(QStringLiteral("e1"), 60, 4000), play(QStringLiteral("e1"), 2999, 4999)});
    ASSERT_TRUE(applied);
    EXPECT_EQ(applied->stale, 2);
    EXPECT_EQ(m_library.position(e1), 1800000);
    EXPECT_FALSE(played(QStringLiteral("e1")));
}

TEST_F(SyncApplierTest, FinishedElsewhereMarksPlayedOnlyWhenNewer)
{
    const qint64 e1 = episodeId(QStringLiteral("e1"));
    const qint64 e2 = episodeId(QStringLiteral("e2"));
    ASSERT_TRUE(m_library.savePosition(e1, 600000, 5000)); // in progress here
    ASSERT_TRUE(m_library.savePosition(e2, 600000, 5000));
    const auto applied = m_applier.applyActions(
        {play(QStringLiteral("e1"), 3000, 6000), play(QStringLiteral("e2"), 3000, 4000)});
    ASSERT_TRUE(applied);
    EXPECT_TRUE(played(QStringLiteral("e1")));
    EXPECT_FALSE(played(QStringLiteral("e2")));
    EXPECT_EQ(position(QStringLiteral("e2")), 600000);
    EXPECT_EQ(applied->played, 1);
    EXPECT_EQ(applied->stale, 1);
}

TEST_F(SyncApplierTest, ActionsApplyOldestFirstWhateverTheirOrder)
{
    const auto applied = m_applier.applyActions(
        {play(QStringLiteral("e1"), 900, 7000), play(QStringLiteral("e1"), 300, 6000)});
    ASSERT_TRUE(applied);
    EXPECT_EQ(position(QStringLiteral("e1")), 900000);
}

TEST_F(SyncApplierTest, EpisodesMatchByGuidThenByEnclosureAfterRewrites)
{
    // The guid wins over a different enclosure address.
    EpisodeAction byGuid = play(QStringLiteral("e1"), 100, 7000);
    byGuid.episode = QStringLiteral("https://cdn.example/other.mp3");
    // No guid: the enclosure address, as the server rewrote it.
    EpisodeAction byAddress = play(QString(), 200, 7000);
    byAddress.episode = QStringLiteral("https://a.example/feed/E2.mp3");
    byAddress.podcast = QStringLiteral("https://a.example/FEED");
    ASSERT_TRUE(
        SyncStore(m_db).addRewrites({{kApplierShow, QStringLiteral("https://a.example/FEED")},
                                     {enclosure(kApplierShow, QStringLiteral("e2")),
                                      QStringLiteral("https://a.example/feed/E2.mp3")}}));
    EpisodeAction unknown = play(QStringLiteral("nope"), 300, 7000);
    unknown.episode = QStringLiteral("https://a.example/nope.mp3");
    const auto applied = m_applier.applyActions({byGuid, byAddress, unknown});
    ASSERT_TRUE(applied);
    EXPECT_EQ(position(QStringLiteral("e1")), 100000);
    EXPECT_EQ(position(QStringLiteral("e2")), 200000);
    EXPECT_EQ(applied->unmatched, 1);
}

TEST_F(SyncApplierTest, NewMarksUnplayedAndFilesElsewhereChangeNothing)
{
    const qint64 e1 = episodeId(QStringLiteral("e1"));
    ASSERT_TRUE(m_library.setPlayed(e1, true));
    EpisodeAction unplayed = play(QStringLiteral("e1"), -1, 4102444800);
    unplayed.action = QStringLiteral("new");
    EpisodeAction downloaded = play(QStringLiteral("e2"), -1, 4102444800);
    downloaded.action = QStringLiteral("download");
    const auto applied = m_applier.applyActions({unplayed, downloaded});
    ASSERT_TRUE(applied);
    EXPECT_FALSE(played(QStringLiteral("e1")));
    EXPECT_EQ(applied->unplayed, 1);
    EXPECT_EQ(m_library.episode(episodeId(QStringLiteral("e2")))->localFile, QString());
}

} // namespace
} // namespace ondes::test

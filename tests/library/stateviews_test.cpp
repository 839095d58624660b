// New, In progress and Downloaded on a library where New holds every episode: chosen, the view
// reads its COUNT and one page when shown, not the list. A row read keeps its place when its
// episode leaves the view (seen, played); an episode leaving it unread shortens the list once
// the changes are in.

#include "library/database.h"
#include "library/episodelistmodel.h"
#include "library/library.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

constexpr int kLibraryEpisodes = 3000; // 15 pages: more than the model keeps

class StateViewsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.open()) << m_db.errorString().toStdString();
        QSqlDatabase db = m_db.connection();
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO shows (id, feed_url, title) VALUES (1, "
                                          "'a', 'A')")));
        ASSERT_TRUE(db.transaction());
        q.prepare(QStringLiteral("INSERT INTO episodes (show_id, title, published, duration) "
                                 "VALUES (1, ?, ?, ?)"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < kLibraryEpisodes; ++i) {
            q.addBindValue(QStringLiteral("Episode %1").arg(i % 97)); // ties on the title
            q.addBindValue(now - (i / 2) * 3600);                     // and on the date
            q.addBindValue(i % 50 * 60);
            ASSERT_TRUE(q.exec());
        }
        ASSERT_TRUE(db.commit());
    }

    static qint64 idAt(const EpisodeListModel& model, int row)
    {
        return model.index(row, 0).data(EpisodeListModel::EpisodeIdRole).toLongLong();
    }

    // Every row, in order, against the list read in one query (kept rows included).
    static void expectSameAsFullQuery(const EpisodeListModel& model)
    {
        const QList<qint64> expected = model.query().ids(0, 100000);
        ASSERT_EQ(model.rowCount(), expected.size());
        for (int row = 0; row < model.rowCount(); ++row)
            ASSERT_EQ(idAt(model, row), expected.at(row)) << "row " << row;
    }

    test::TestDataDir m_dir;
    Database m_db{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_db};
};

TEST_F(StateViewsTest, ChoosingNewReadsItsCountAndOnePage)
{
    EpisodeListModel model(m_library);
    model.setView(EpisodeView::New);
    EXPECT_TRUE(model.query().walks());
    EXPECT_EQ(model.rowCount(), kLibraryEpisodes);
    EXPECT_EQ(model.pageReads(), 0);
    for (int row = 0; row < 40; ++row)
        EXPECT_GT(idAt(model, row), 0);
    EXPECT_EQ(model.pageReads(), 1);
    EXPECT_EQ(model.cachedPageCount(), 1);

    // Every sort reads a page of the same list.
    for (const int column : {EpisodeListModel::TitleColumn, EpisodeListModel::DurationColumn,
                             EpisodeListModel::DateColumn}) {
        model.sort(column, Qt::AscendingOrder);
        EXPECT_EQ(model.rowCount(), kLibraryEpisodes);
        expectSameAsFullQuery(model);
    }
}

TEST_F(StateViewsTest, ARowReadKeepsItsPlaceWhenItsEpisodeLeavesTheView)
{
    EpisodeListModel model(m_library);
    model.setView(EpisodeView::New);
    model.sort(EpisodeListModel::TitleColumn, Qt::AscendingOrder);
    const qint64 seen = idAt(model, 3);
    const qint64 played = idAt(model, 4);
    const qint64 next = idAt(model, 5);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(m_library.markSeen(seen));
    ASSERT_TRUE(m_library.setPlayed(played, true));
    QCoreApplication::processEvents();
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(m_library.viewCounts().fresh, kLibraryEpisodes - 2);
    EXPECT_EQ(model.rowCount(), kLibraryEpisodes);
    EXPECT_EQ(idAt(model, 3), seen);
    EXPECT_EQ(model.index(3, 0).data(EpisodeListModel::StatesRole).toInt(), 0);
    EXPECT_EQ(idAt(model, 4), played);
    EXPECT_TRUE(model.index(4, 0).data(EpisodeListModel::PlayedRole).toBool());
    EXPECT_EQ(idAt(model, 5), next);
    EXPECT_EQ(model.indexOfEpisode(played).row(), 4);

    // Read through to the end, the first page is dropped from the cache and read again: the
    // two rows are still there.
    expectSameAsFullQuery(model);
    EXPECT_EQ(idAt(model, 3), seen);
    EXPECT_EQ(idAt(model, 4), played);
    EXPECT_GT(model.pageReads(), kLibraryEpisodes / EpisodeListModel::kPageSize);

    // Chosen again, New lists what is new now.
    model.setView(EpisodeView::New);
    EXPECT_EQ(model.rowCount(), kLibraryEpisodes - 2);
    EXPECT_FALSE(model.indexOfEpisode(seen).isValid());
}

TEST_F(StateViewsTest, AnEpisodeLeavingTheViewUnreadShortensTheList)
{
    EpisodeListModel model(m_library);
    model.setView(EpisodeView::New);
    QList<qint64> shown;
    for (int row = 0; row < 40; ++row)
        shown << idAt(model, row);
    const qint64 far = model.query().ids(2500, 1).constFirst();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(m_library.setPlayed(far, true));
    ASSERT_TRUE(m_library.markSeen(shown.at(7)));  // read: stays
    EXPECT_EQ(model.rowCount(), kLibraryEpisodes); // until the changes are in
    EXPECT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == kLibraryEpisodes - 1; }));
    EXPECT_EQ(reset.count(), 1);
    for (int row = 0; row < 40; ++row)
        EXPECT_EQ(idAt(model, row), shown.at(row)) << row;
    EXPECT_FALSE(model.indexOfEpisode(far).isValid());

    // A change to an episode not read that leaves the list as long (a duration) reads nothing
    // again.
    const qint64 other = model.query().ids(2000, 1).constFirst();
    ASSERT_TRUE(m_library.setDuration(other, 4242));
    QCoreApplication::processEvents();
    EXPECT_EQ(reset.count(), 1);
    expectSameAsFullQuery(model);
}

TEST_F(StateViewsTest, InProgressAndDownloadedListWhatJoinedThemWhenChosenAgain)
{
    EpisodeListModel model(m_library);
    model.setView(EpisodeView::InProgress);
    EXPECT_EQ(model.rowCount(), 0);
    model.setView(EpisodeView::Downloaded);
    EXPECT_EQ(model.rowCount(), 0);
    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE episodes SET local_file = '/m/' || id WHERE id % 2 "
                                      "= 0")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO playback_positions SELECT id, 1000, 1 FROM "
                                      "episodes WHERE id % 3 = 0")));
    model.setView(EpisodeView::Downloaded);
    EXPECT_EQ(model.rowCount(), kLibraryEpisodes / 2);
    expectSameAsFullQuery(model);
    model.setView(EpisodeView::InProgress);
    EXPECT_EQ(model.rowCount(), kLibraryEpisodes / 3);
    expectSameAsFullQuery(model);
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(idAt(model, row) % 3, 0);
    const EpisodeViewCounts counts = m_library.viewCounts();
    EXPECT_EQ(counts.all, kLibraryEpisodes);
    EXPECT_EQ(counts.fresh, kLibraryEpisodes - kLibraryEpisodes / 3);
    EXPECT_EQ(counts.inProgress, kLibraryEpisodes / 3);
    EXPECT_EQ(counts.downloaded, kLibraryEpisodes / 2);
}

} // namespace
} // namespace ondes

#include "library/database.h"
#include "library/episodelistmodel.h"
#include "library/episodequery.h"
#include "library/library.h"
#include "library/showlistmodel.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

// The crafted dates are relative to the real clock.
const qint64 kNow = QDateTime::currentSecsSinceEpoch();
constexpr qint64 kDay = 24 * 3600;

// A library written row by row, so that every state is exactly what the test says.
class EpisodeQueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.open()) << m_db.errorString().toStdString();
        exec(QStringLiteral("INSERT INTO shows (id, feed_url, title) VALUES (1, 'a', 'Alpha'), "
                            "(2, 'b', 'Beta')"));
        //        id show title        published       duration
        addEpisode(1, 1, "Apple", kNow - 1 * kDay, 100);
        addEpisode(2, 1, "banana", kNow - 2 * kDay, 300);
        addEpisode(3, 1, "Cherry", kNow - 3 * kDay, 200);
        addEpisode(4, 2, "date", kNow - 20 * kDay, 400);
        addEpisode(5, 2, "Elder", kNow - 5 * kDay, 50);
        addEpisode(6, 2, "fig", kNow - 6 * kDay, 500);
        addEpisode(7, 2, "Grape", kNow - 7 * kDay, 250);
        addEpisode(8, 1, "apple pie", kNow - 1 * kDay, 100); // ties with 1 on date and duration
        exec(QStringLiteral("UPDATE episodes SET played = 1 WHERE id = 2"));
        exec(QStringLiteral("INSERT INTO playback_positions VALUES (3, 50000, 1)"));
        exec(QStringLiteral("UPDATE episodes SET local_file = '/x/5.mp3' WHERE id = 5"));
        exec(QStringLiteral("INSERT INTO downloads (episode_id, state) VALUES (6, 'running'), "
                            "(7, 'failed')"));
        exec(QStringLiteral("INSERT INTO queue VALUES (7, 0)"));
        exec(QStringLiteral("UPDATE episodes SET seen = 1 WHERE id = 4"));
    }

    void exec(const QString& sql)
    {
        QSqlQuery q(m_db.connection());
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
    }

    void addEpisode(qint64 id, qint64 show, const char* title, qint64 published, qint64 duration)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO episodes (id, show_id, title, published, duration, "
                                 "description) VALUES (?, ?, ?, ?, ?, 'words')"));
        q.addBindValue(id);
        q.addBindValue(show);
        q.addBindValue(QString::fromUtf8(title));
        q.addBindValue(published);
        q.addBindValue(duration);
        ASSERT_TRUE(q.exec());
        QSqlQuery fts(m_db.connection());
        fts.prepare(QStringLiteral("INSERT INTO episode_search (rowid, title, description, show, "
                                   "speakers) VALUES (?, ?, 'words', '', '')"));
        fts.addBindValue(id);
        fts.addBindValue(QString::fromUtf8(title));
        ASSERT_TRUE(fts.exec());
    }

    QList<qint64> list(EpisodeQuery& q) { return q.ids(0, 1000); }

    test::TestDataDir m_dir;
    Database m_db{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_db};
};

TEST_F(EpisodeQueryTest, ViewsListTheirEpisodesNewestFirstAndCountThem)
{
    EpisodeQuery q(m_db);
    q.setView(EpisodeView::All);
    EXPECT_EQ(list(q), (QList<qint64>{8, 1, 2, 3, 5, 6, 7, 4}));
    EXPECT_EQ(q.count(), 8);
    // New: not seen by the listener, unplayed, never started (downloaded or not).
    q.setView(EpisodeView::New);
    EXPECT_EQ(list(q), (QList<qint64>{8, 1, 5, 6, 7}));
    EXPECT_EQ(q.count(), 5);
    q.setView(EpisodeView::InProgress);
    EXPECT_EQ(list(q), QList<qint64>{3});
    q.setView(EpisodeView::Downloaded);
    EXPECT_EQ(list(q), QList<qint64>{5});

    const EpisodeViewCounts counts = q.viewCounts();
    EXPECT_EQ(counts.all, 8);
    EXPECT_EQ(counts.fresh, 5);
    EXPECT_EQ(counts.inProgress, 1);
    EXPECT_EQ(counts.downloaded, 1);

    // Finished and no longer new; started and no longer new.
    exec(QStringLiteral("UPDATE episodes SET played = 1 WHERE id = 3"));
    exec(QStringLiteral("INSERT INTO playback_positions VALUES (6, 1000, 1)"));
    q.setView(EpisodeView::InProgress);
    EXPECT_EQ(list(q), QList<qint64>{6});
    q.setView(EpisodeView::New);
    EXPECT_EQ(list(q), (QList<qint64>{8, 1, 5, 7}));
    // Seen: no longer new.
    ASSERT_TRUE(m_library.markSeen(5));
    EXPECT_EQ(list(q), (QList<qint64>{8, 1, 7}));
}

TEST_F(EpisodeQueryTest, ShowsPeopleAndSearches)
{
    EpisodeQuery q(m_db);
    q.setShow(2);
    EXPECT_EQ(list(q), (QList<qint64>{5, 6, 7, 4}));
    exec(QStringLiteral("INSERT INTO people (id, key, name) VALUES (1, 'ann', 'Ann')"));
    exec(QStringLiteral("INSERT INTO episode_people (episode_id, person_id) VALUES (4, 1), "
                        "(2, 1)"));
    q.setPerson(1);
    EXPECT_EQ(list(q), (QList<qint64>{2, 4}));
    q.setSearch(QStringLiteral("APP"));
    EXPECT_EQ(list(q), (QList<qint64>{8, 1}));
    EXPECT_EQ(q.count(), 2);
    q.setSearch(QStringLiteral("   "));
    EXPECT_EQ(q.count(), 0);
    EXPECT_TRUE(list(q).isEmpty());
}

TEST_F(EpisodeQueryTest, SortsByTitleDateAndDurationBothWays)
{
    EpisodeQuery q(m_db);
    q.setView(EpisodeView::All);
    q.setSort(EpisodeSort::Title, Qt::AscendingOrder);
    EXPECT_EQ(list(q), (QList<qint64>{1, 8, 2, 3, 4, 5, 6, 7})); // case ignored
    q.setSort(EpisodeSort::Title, Qt::DescendingOrder);
    EXPECT_EQ(list(q), (QList<qint64>{7, 6, 5, 4, 3, 2, 8, 1}));
    q.setSort(EpisodeSort::Duration, Qt::AscendingOrder);
    EXPECT_EQ(list(q), (QList<qint64>{5, 1, 8, 3, 7, 2, 4, 6})); // ties by id
    q.setSort(EpisodeSort::Date, Qt::AscendingOrder);
    EXPECT_EQ(list(q), (QList<qint64>{4, 7, 6, 5, 3, 2, 1, 8}));
    // The sort applies within a show too.
    q.setShow(1);
    q.setSort(EpisodeSort::Duration, Qt::DescendingOrder);
    EXPECT_EQ(list(q), (QList<qint64>{2, 3, 8, 1}));
}

TEST_F(EpisodeQueryTest, RowsCarryTheirStates)
{
    EpisodeListModel model(m_library);
    model.setView(EpisodeView::All);
    QHash<qint64, int> states;
    QHash<qint64, double> progress;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, EpisodeListModel::StateColumn);
        states.insert(index.data(EpisodeListModel::EpisodeIdRole).toLongLong(),
                      index.data(EpisodeListModel::StatesRole).toInt());
        progress.insert(index.data(EpisodeListModel::EpisodeIdRole).toLongLong(),
                        index.data(EpisodeListModel::ProgressRole).toDouble());
    }
    EXPECT_EQ(states.value(1), EpisodeListRow::New);
    EXPECT_EQ(states.value(2), EpisodeListRow::Played);
    EXPECT_EQ(states.value(3), EpisodeListRow::InProgress);
    EXPECT_DOUBLE_EQ(progress.value(3), 0.25); // 50 s of 200 s
    EXPECT_EQ(states.value(4), 0);
    EXPECT_EQ(states.value(5), EpisodeListRow::New | EpisodeListRow::Downloaded);
    EXPECT_EQ(states.value(6), EpisodeListRow::New | EpisodeListRow::Downloading);
    EXPECT_EQ(states.value(7),
              EpisodeListRow::New | EpisodeListRow::DownloadFailed | EpisodeListRow::Queued);
    const QModelIndex third = model.indexOfEpisode(3);
    EXPECT_EQ(third.siblingAtColumn(EpisodeListModel::StateColumn)
                  .data(Qt::AccessibleTextRole)
                  .toString(),
              QStringLiteral("In progress (25%)"));
    EXPECT_EQ(model.indexOfEpisode(7)
                  .siblingAtColumn(EpisodeListModel::StateColumn)
                  .data(Qt::ToolTipRole)
                  .toString(),
              QStringLiteral("New, Download failed, Queued"));

    // The queue changes: the states are read again.
    m_library.setQueue({1});
    EXPECT_EQ(model.indexOfEpisode(1).data(EpisodeListModel::StatesRole).toInt(),
              EpisodeListRow::New | EpisodeListRow::Queued);
    EXPECT_EQ(model.indexOfEpisode(7).data(EpisodeListModel::StatesRole).toInt(),
              EpisodeListRow::New | EpisodeListRow::DownloadFailed);
}

TEST_F(EpisodeQueryTest, BulkMarkPlayedAndUnplayedUpdatesRowsAndCounts)
{
    EpisodeListModel model(m_library);
    model.setView(EpisodeView::New);
    ShowListModel shows(m_library);
    const int newBefore =
        shows.indexOfView(EpisodeView::New).data(ShowListModel::CountRole).toInt();
    QSignalSpy changed(&m_library, &Library::episodeChanged);
    ASSERT_TRUE(m_library.setPlayed(QList<qint64>{1, 6, 7}, true));
    EXPECT_EQ(changed.count(), 3);
    // The rows stay where they are, now played (8 and 5 were not marked).
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const qint64 id = index.data(EpisodeListModel::EpisodeIdRole).toLongLong();
        EXPECT_EQ(index.data(EpisodeListModel::PlayedRole).toBool(), id != 8 && id != 5) << id;
    }
    // The counts follow once the event loop runs (a bulk change reads them once).
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return shows.indexOfView(EpisodeView::New).data(ShowListModel::CountRole).toInt() ==
               newBefore - 3;
    }));
    EXPECT_EQ(m_library.show(2)->unplayedCount, 2); // Beta: 4 and 5
    ASSERT_TRUE(m_library.setPlayed(QList<qint64>{1, 2}, false));
    EXPECT_FALSE(m_library.episode(1)->played);
    EXPECT_FALSE(m_library.episode(2)->played);
    // Chosen again, New lists what is new now: 2 is unplayed and was never seen.
    model.setView(EpisodeView::New);
    EXPECT_EQ(model.query().ids(0, 10), (QList<qint64>{8, 1, 2, 5}));
    EXPECT_EQ(model.rowCount(), 4);
}

// Many rows, with ties on every sort key, read through the lazy model in a jumping order.
class EpisodePagingTest : public EpisodeQueryTest
{
protected:
    void SetUp() override
    {
        EpisodeQueryTest::SetUp();
        QSqlDatabase db = m_db.connection();
        ASSERT_TRUE(db.transaction());
        QRandomGenerator random(42);
        for (int i = 0; i < 1234; ++i) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO episodes (show_id, title, published, duration) "
                                     "VALUES (?, ?, ?, ?)"));
            q.addBindValue(1 + i % 2);
            q.addBindValue(QStringLiteral("%1 %2")
                               .arg(QChar(u'a' + random.bounded(5)))
                               .arg(random.bounded(40)));
            q.addBindValue(kNow - (i / 3) * 3600);
            q.addBindValue(random.bounded(20) * 60);
            ASSERT_TRUE(q.exec());
        }
        ASSERT_TRUE(db.commit());
    }

    // Every row of the model against the whole list read in one query.
    void expectSameAsFullQuery(EpisodeListModel& model, const QList<int>& order)
    {
        const QList<qint64> expected = model.query().ids(0, 100000);
        ASSERT_EQ(model.rowCount(), expected.size());
        for (const int row : order) {
            ASSERT_EQ(model.index(row, 0).data(EpisodeListModel::EpisodeIdRole).toLongLong(),
                      expected.at(row))
                << "row " << row;
        }
        for (int row = 0; row < model.rowCount(); ++row) {
            ASSERT_EQ(model.index(row, 0).data(EpisodeListModel::EpisodeIdRole).toLongLong(),
                      expected.at(row))
                << "row " << row;
        }
    }
};

TEST_F(EpisodePagingTest, LazyRowsEqualTheFullQueryAcrossPageBoundaries)
{
    EpisodeListModel model(m_library);
    model.setView(EpisodeView::All);
    ASSERT_EQ(model.rowCount(), 1242);
    // Far into the list first (offsets from the start), then back, then across boundaries.
    const QList<int> jumps{1100, 0, 199, 200, 201, 799, 800, 401, 1241, 600, 399, 400};
    expectSameAsFullQuery(model, jumps);
    EXPECT_LE(model.cachedPageCount(), EpisodeListModel::kCachedPages);

    for (const auto& [column, order] : QList<std::pair<int, Qt::SortOrder>>{
             {EpisodeListModel::TitleColumn, Qt::AscendingOrder},
             {EpisodeListModel::TitleColumn, Qt::DescendingOrder},
             {EpisodeListModel::DurationColumn, Qt::AscendingOrder},
             {EpisodeListModel::DurationColumn, Qt::DescendingOrder},
             {EpisodeListModel::DateColumn, Qt::AscendingOrder}}) {
        model.sort(column, order);
        EXPECT_EQ(model.sortColumn(), column);
        expectSameAsFullQuery(model, jumps);
    }
    model.setShow(2);
    expectSameAsFullQuery(model, {500, 0, 300, 617});
}

TEST_F(EpisodePagingTest, RowsStayRightAfterAChange)
{
    EpisodeListModel model(m_library);
    model.setView(EpisodeView::All);
    model.sort(EpisodeListModel::DurationColumn, Qt::AscendingOrder);
    expectSameAsFullQuery(model, {900, 10});

    // A refresh adds episodes: the list is read again, from a COUNT and pages.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ParsedFeed feed;
    feed.title = QStringLiteral("Gamma");
    for (int i = 0; i < 3; ++i) {
        ParsedEpisode episode;
        episode.guid = QString::number(i);
        episode.title = QStringLiteral("new %1").arg(i);
        episode.published = kNow;
        episode.durationSeconds = 60 * i;
        episode.enclosures << Enclosure{QStringLiteral("https://example.org/%1.mp3").arg(i),
                                        QStringLiteral("audio/mpeg"), 1000};
        feed.episodes << episode;
    }
    ASSERT_TRUE(m_library.storeFeed(QStringLiteral("c"), ShowKind::Feed, feed));
    EXPECT_GE(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 1245);
    expectSameAsFullQuery(model, {1244, 0, 222});

    // One episode changes: its row is updated in place.
    const QModelIndex row = model.index(222, 0);
    const qint64 id = row.data(EpisodeListModel::EpisodeIdRole).toLongLong();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(m_library.setPlayed(id, true));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).value<QModelIndex>().row(), 222);
    EXPECT_TRUE(model.index(222, 0).data(EpisodeListModel::PlayedRole).toBool());
    EXPECT_EQ(model.indexOfEpisode(id).row(), 222);
}

TEST_F(EpisodePagingTest, IndexOfEpisodeAndSelectionsMatchTheList)
{
    EpisodeListModel model(m_library);
    model.setView(EpisodeView::All);
    model.sort(EpisodeListModel::TitleColumn, Qt::DescendingOrder);
    const QList<qint64> all = model.query().ids(0, 100000);
    for (const int row : {0, 1, 57, 200, 777, 1241})
        EXPECT_EQ(model.indexOfEpisode(all.at(row)).row(), row); // not read yet: one query
    EXPECT_FALSE(model.indexOfEpisode(999999).isValid());

    // A selection of a long range and a short one, in list order.
    QItemSelection selection(model.index(100, 0), model.index(900, 0));
    selection.select(model.index(3, 0), model.index(5, EpisodeListModel::ColumnCount - 1));
    const QList<qint64> ids = model.episodeIds(selection);
    EXPECT_EQ(ids, all.mid(3, 3) + all.mid(100, 801));
}

} // namespace
} // namespace ondes

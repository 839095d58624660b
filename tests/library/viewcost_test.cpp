// The New, In progress and Downloaded views read their own episodes, not the library: the work
// SQLite does for one (its virtual-machine steps, counted by a progress handler) stays the same
// whether the library around them holds 200 old episodes or 20,000. Left to guess, SQLite chose
// to walk the whole date or title index looking for them (0.5 s on 100,000 episodes).

#include "library/database.h"
#include "library/episodequery.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <sqlite3.h>

namespace ondes {
namespace {

const qint64 kNow = QDateTime::currentSecsSinceEpoch();
constexpr qint64 kDay = 24 * 3600;

int countStep(void* steps)
{
    ++*static_cast<qint64*>(steps);
    return 0;
}

class ViewCostTest : public ::testing::TestWithParam<int>
{
protected:
    // A library of `old` episodes nobody will see in these views (old, half of them played),
    // and the same handful that each view lists.
    qint64 stepsForViews(int old)
    {
        test::TestDataDir dir;
        Database db(dir.path() + QStringLiteral("/library.sqlite"));
        EXPECT_TRUE(db.open()) << db.errorString().toStdString();
        exec(db, QStringLiteral("INSERT INTO shows (id, feed_url, title) VALUES (1, 'a', 'A')"));
        db.connection().transaction();
        QSqlQuery insert(db.connection());
        insert.prepare(
            QStringLiteral("INSERT INTO episodes (id, show_id, title, published, "
                           "duration, played, local_file) VALUES (?, 1, ?, ?, ?, ?, ?)"));
        auto add = [&](qint64 id, qint64 published, bool played, const QString& file) {
            insert.addBindValue(id);
            insert.addBindValue(QStringLiteral("Episode %1").arg(id));
            insert.addBindValue(published);
            insert.addBindValue(id % 3600);
            insert.addBindValue(played ? 1 : 0);
            insert.addBindValue(file);
            EXPECT_TRUE(insert.exec());
        };
        for (int i = 0; i < old; ++i)
            add(100 + i, kNow - 400 * kDay - i * 600, i % 2 == 0, QStringLiteral(""));
        for (int i = 0; i < 4; ++i) // new
            add(1 + i, kNow - i * kDay, false, QStringLiteral(""));
        for (int i = 0; i < 3; ++i) // downloaded, one of them new
            add(10 + i, kNow - (i * 300) * kDay, false, QStringLiteral("/m/%1.mp3").arg(i));
        add(20, kNow - 200 * kDay, false, QStringLiteral("")); // in progress
        db.connection().commit();
        exec(db, QStringLiteral("INSERT INTO playback_positions VALUES (20, 5000, 1)"));

        auto* handle = *static_cast<sqlite3* const*>(db.connection().driver()->handle().data());
        qint64 steps = 0;
        sqlite3_progress_handler(handle, 1, countStep, &steps);
        EpisodeQuery query(db);
        query.setNow(kNow);
        const int sort = GetParam();
        for (const auto view :
             {EpisodeView::New, EpisodeView::InProgress, EpisodeView::Downloaded}) {
            query.setView(view);
            query.setSort(EpisodeSort(sort / 2),
                          sort % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            const QList<qint64> ids = query.ids(0, 1000);
            EXPECT_EQ(query.count(), ids.size());
            EXPECT_EQ(ids.size(), view == EpisodeView::New          ? 4
                                  : view == EpisodeView::InProgress ? 1
                                                                    : 3);
            const auto rows = query.rows(ids);
            EXPECT_EQ(rows.size(), ids.size());
            EXPECT_EQ(query.rowOf(ids.constLast()), ids.size() - 1);
        }
        query.viewCounts();
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        return steps;
    }

    static void exec(Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    }
};

TEST_P(ViewCostTest, ViewsReadTheirOwnEpisodesWhateverTheLibraryHolds)
{
    const qint64 small = stepsForViews(200);
    const qint64 large = stepsForViews(20000);
    EXPECT_GT(small, 0);
    // A walk over the library would cost at least one step per old episode (and many more).
    EXPECT_LT(large, small + 2000)
        << "steps with 200 old episodes: " << small << ", with 20,000: " << large;
}

// Sort keys (date, title, duration) × order (descending, ascending).
INSTANTIATE_TEST_SUITE_P(EverySort, ViewCostTest, ::testing::Range(0, 6));

} // namespace
} // namespace ondes

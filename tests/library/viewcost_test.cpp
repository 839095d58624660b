// The New, In progress and Downloaded views read their own episodes, not the library: the work
// SQLite does for one (its virtual-machine steps, counted by a progress handler) stays the same
// whether the library around them holds 200 old episodes or 20,000. Left to guess, SQLite chose
// to walk the whole date or title index looking for them (0.5 s on 100,000 episodes).
// And the other way round: in a library just subscribed to, New holds nearly every episode, and
// a page of it costs a page, not a read and sort of all of them (0.7 s on 100,000).

#include "library/database.h"
#include "library/episodequery.h"
#include "library/sqlitesteps.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QDateTime>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace ondes {
namespace {

const qint64 kCostNow = QDateTime::currentSecsSinceEpoch();
constexpr qint64 kCostDay = 24 * 3600;

class ViewCostTest : public ::testing::TestWithParam<int>
{
protected:
    // A library of `old` episodes nobody will see in these views (seen, half of them played),
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
                           "duration, played, local_file, seen) VALUES (?, 1, ?, ?, ?, ?, ?, ?)"));
        auto add = [&](qint64 id, qint64 published, bool played, const QString& file, bool seen) {
            insert.addBindValue(id);
            insert.addBindValue(QStringLiteral("Episode %1").arg(id));
            insert.addBindValue(published);
            insert.addBindValue(id % 3600);
            insert.addBindValue(played ? 1 : 0);
            insert.addBindValue(file);
            insert.addBindValue(seen ? 1 : 0);
            EXPECT_TRUE(insert.exec());
        };
        for (int i = 0; i < old; ++i)
            add(100 + i, kCostNow - 400 * kCostDay - i * 600, i % 2 == 0, QStringLiteral(""), true);
        for (int i = 0; i < 4; ++i) // new
            add(1 + i, kCostNow - i * kCostDay, false, QStringLiteral(""), false);
        for (int i = 0; i < 3; ++i) // downloaded, one of them new
            add(10 + i, kCostNow - (i * 300) * kCostDay, false, QStringLiteral("/m/%1.mp3").arg(i),
                i > 0);
        add(20, kCostNow - 200 * kCostDay, false, QStringLiteral(""), false); // in progress
        db.connection().commit();
        exec(db, QStringLiteral("INSERT INTO playback_positions VALUES (20, 5000, 1)"));

        const test::SqliteSteps steps(db.connection());
        EpisodeQuery query(db);
        const int sort = GetParam();
        for (const auto view :
             {EpisodeView::New, EpisodeView::InProgress, EpisodeView::Downloaded}) {
            query.setView(view);
            query.setSort(EpisodeSort(sort / 2),
                          sort % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            const QList<qint64> ids = query.ids(0, 1000);
            EXPECT_EQ(query.count(), ids.size());
            EXPECT_EQ(ids.size(), view == EpisodeView::New          ? 5
                                  : view == EpisodeView::InProgress ? 1
                                                                    : 3);
            const auto rows = query.rows(ids);
            EXPECT_EQ(rows.size(), ids.size());
            EXPECT_EQ(query.rowOf(ids.constLast()), ids.size() - 1);
        }
        query.viewCounts();
        return steps.count();
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

// A host heard in every other episode, and a guest heard in three: choosing either in the People
// view reads a page of their episodes, however many the library holds.
class PersonCostTest : public ::testing::TestWithParam<int>
{
protected:
    qint64 stepsForPeople(int episodes)
    {
        test::TestDataDir dir;
        Database db(dir.path() + QStringLiteral("/library.sqlite"));
        EXPECT_TRUE(db.open()) << db.errorString().toStdString();
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO shows (id, feed_url, title) VALUES (1, "
                                          "'a', 'A')")));
        EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO people (id, key, name) VALUES (1, 'host', "
                                          "'Host'), (2, 'guest', 'Guest')")));
        db.connection().transaction();
        QSqlQuery episode(db.connection());
        episode.prepare(QStringLiteral("INSERT INTO episodes (id, show_id, title, published, "
                                       "duration) VALUES (?, 1, ?, ?, ?)"));
        QSqlQuery link(db.connection());
        link.prepare(QStringLiteral("INSERT INTO episode_people (episode_id, person_id) VALUES "
                                    "(?, ?)"));
        auto speaks = [&](qint64 id, qint64 person) {
            link.addBindValue(id);
            link.addBindValue(person);
            EXPECT_TRUE(link.exec());
        };
        for (int id = 1; id <= episodes; ++id) {
            episode.addBindValue(id);
            episode.addBindValue(QStringLiteral("Episode %1").arg(id));
            episode.addBindValue(kCostNow - id * 600);
            episode.addBindValue(id % 3600);
            EXPECT_TRUE(episode.exec());
            if (id % 2 == 0)
                speaks(id, 1);
            if (id % (episodes / 3) == 0)
                speaks(id, 2);
        }
        db.connection().commit();

        // Counting a person's episodes (for the scroll bar) reads their entries in the people
        // index, and so does choosing how to list them: that is not what is measured here.
        EpisodeQuery query(db);
        const int sort = GetParam();
        query.setSort(EpisodeSort(sort / 2), sort % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        query.setPerson(1);
        EXPECT_EQ(query.count(), episodes / 2);
        qint64 steps = 0;
        {
            const test::SqliteSteps pageSteps(db.connection());
            const QList<qint64> page = query.ids(0, 200);
            EXPECT_EQ(page.size(), 200);
            EXPECT_EQ(query.rows(0, 200).size(), 200);
            for (const qint64 id : page)
                EXPECT_EQ(id % 2, 0) << id;
            steps += pageSteps.count();
        }
        query.setPerson(2);
        EXPECT_EQ(query.count(), 3);
        const test::SqliteSteps rareSteps(db.connection());
        EXPECT_EQ(query.ids(0, 200).size(), 3);
        return steps + rareSteps.count();
    }
};

TEST_P(PersonCostTest, APersonsListReadsAPageNotTheLibrary)
{
    const qint64 small = stepsForPeople(2000);
    const qint64 large = stepsForPeople(40000);
    EXPECT_GT(small, 0);
    EXPECT_LT(large, small * 3 / 2)
        << "steps with 2,000 episodes: " << small << ", with 40,000: " << large;
}

INSTANTIATE_TEST_SUITE_P(EverySort, PersonCostTest, ::testing::Range(0, 6));

// A library nobody has looked at yet: every episode new but a few started, played or
// downloaded. New (and Downloaded, when everything is downloaded) lists a page at a time.
class FullViewCostTest : public ::testing::TestWithParam<int>
{
protected:
    qint64 stepsForPages(EpisodeView view, int episodes)
    {
        test::TestDataDir dir;
        Database db(dir.path() + QStringLiteral("/library.sqlite"));
        EXPECT_TRUE(db.open()) << db.errorString().toStdString();
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO shows (id, feed_url, title) VALUES (1, "
                                          "'a', 'A')")));
        db.connection().transaction();
        QSqlQuery insert(db.connection());
        insert.prepare(
            QStringLiteral("INSERT INTO episodes (id, show_id, title, published, "
                           "duration, played, local_file) VALUES (?, 1, ?, ?, ?, ?, ?)"));
        for (int id = 1; id <= episodes; ++id) {
            insert.addBindValue(id);
            insert.addBindValue(QStringLiteral("Episode %1").arg(id % 977));
            insert.addBindValue(kCostNow - id * 600);
            insert.addBindValue(id % 3600);
            insert.addBindValue(id % 100 == 0 ? 1 : 0);
            insert.addBindValue(QStringLiteral("/m/%1.mp3").arg(id));
            EXPECT_TRUE(insert.exec());
        }
        db.connection().commit();
        EXPECT_TRUE(q.exec(QStringLiteral("INSERT INTO playback_positions SELECT id, 5000, 1 FROM "
                                          "episodes WHERE id % 100 = 50")));

        EpisodeQuery query(db);
        const int sort = GetParam();
        query.setSort(EpisodeSort(sort / 2), sort % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        query.setView(view);
        const int expected = view == EpisodeView::New ? episodes - episodes / 50 : episodes;
        EXPECT_EQ(query.count(), expected);
        // The first page, the next one from where it ended, and one further down.
        const test::SqliteSteps steps(db.connection());
        const QList<EpisodeListRow> first = query.rows(0, 200);
        EXPECT_EQ(first.size(), 200);
        const QList<EpisodeListRow> next = query.rows(0, 200, query.cursorAfter(first.last()));
        EXPECT_EQ(next.size(), 200);
        EXPECT_EQ(query.rows(200, 200, query.cursorAfter(next.last())).size(), 200);
        if (view == EpisodeView::New) {
            for (const EpisodeListRow& row : first + next)
                EXPECT_EQ(row.states, EpisodeListRow::New | EpisodeListRow::Downloaded) << row.id;
        }
        // The pages follow each other in list order: the same as the ids read in one go.
        QList<qint64> ids;
        for (const EpisodeListRow& row : first + next)
            ids << row.id;
        const qint64 pageSteps = steps.count();
        EXPECT_EQ(ids, query.ids(0, 400));
        return pageSteps;
    }
};

TEST_P(FullViewCostTest, AViewHoldingTheLibraryReadsAPageNotTheLibrary)
{
    for (const auto view : {EpisodeView::New, EpisodeView::Downloaded}) {
        const qint64 small = stepsForPages(view, 2000);
        const qint64 large = stepsForPages(view, 40000);
        EXPECT_GT(small, 0);
        // Reading and sorting the view's episodes would cost at least a step for each of them.
        EXPECT_LT(large, small * 3 / 2)
            << "view " << int(view) << ": steps with 2,000 episodes: " << small
            << ", with 40,000: " << large;
    }
}

// Sort keys (date, title, duration) × order (descending, ascending).
INSTANTIATE_TEST_SUITE_P(EverySort, FullViewCostTest, ::testing::Range(0, 6));
INSTANTIATE_TEST_SUITE_P(EverySort, ViewCostTest, ::testing::Range(0, 6));

} // namespace
} // namespace ondes

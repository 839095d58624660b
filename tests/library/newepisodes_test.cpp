// "New" is what the listener has not seen yet, episode by episode (issue 21): a show just added
// brings all its unplayed episodes into New, however old; seeing one takes it out. A library
// written before (New: published in the last 14 days) keeps what New listed. And the length
// the media reports replaces the feed's.

#include "feed/feedtypes.h"
#include "library/database.h"
#include "library/episodelistmodel.h"
#include "library/episodequery.h"
#include "library/library.h"
#include "library/showlistmodel.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace ondes {
namespace {

const qint64 kNewNow = QDateTime::currentSecsSinceEpoch();
constexpr qint64 kNewDay = 24 * 3600;

ParsedFeed threeOldEpisodes()
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Archives");
    for (int i = 0; i < 3; ++i) {
        ParsedEpisode episode;
        episode.guid = QStringLiteral("g%1").arg(i);
        episode.title = QStringLiteral("Episode %1").arg(i);
        episode.published = kNewNow - (400 + i) * kNewDay; // more than a year old
        episode.durationSeconds = 13;
        episode.enclosures << Enclosure{QStringLiteral("https://example.org/%1.mp3").arg(i),
                                        QStringLiteral("audio/mpeg"), 1000};
        feed.episodes << episode;
    }
    return feed;
}

class NewEpisodesTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_db.open()) << m_db.errorString().toStdString(); }

    int newCount() const { return m_library.viewCounts().fresh; }

    test::TestDataDir m_dir;
    Database m_db{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_db};
};

TEST_F(NewEpisodesTest, AShowJustAddedHasAllItsUnplayedEpisodesNew)
{
    ASSERT_TRUE(m_library.storeFeed(QStringLiteral("https://example.org/feed"), ShowKind::Feed,
                                    threeOldEpisodes()));
    EXPECT_EQ(newCount(), 3);
    ShowListModel shows(m_library);
    EXPECT_EQ(shows.indexOfView(EpisodeView::New).data(ShowListModel::CountRole).toInt(), 3);
    EXPECT_TRUE(shows.indexOfView(EpisodeView::New).data().toString().contains(QLatin1String("3")))
        << shows.indexOfView(EpisodeView::New).data().toString().toStdString();

    EpisodeListModel list(m_library);
    list.setView(EpisodeView::New);
    ASSERT_EQ(list.rowCount(), 3);
    EXPECT_EQ(list.index(0, 0).data(EpisodeListModel::StatesRole).toInt(), EpisodeListRow::New);
}

TEST_F(NewEpisodesTest, SeeingAnEpisodeTakesItOutOfNewOnce)
{
    ASSERT_TRUE(m_library.storeFeed(QStringLiteral("https://example.org/feed"), ShowKind::Feed,
                                    threeOldEpisodes()));
    EpisodeListModel list(m_library);
    list.setView(EpisodeView::New);
    const qint64 first = list.index(0, 0).data(EpisodeListModel::EpisodeIdRole).toLongLong();

    QSignalSpy changed(&m_library, &Library::episodeChanged);
    ASSERT_TRUE(m_library.markSeen(first));
    EXPECT_EQ(changed.count(), 1);
    ASSERT_TRUE(m_library.markSeen(first)); // seen already: nothing changes, nothing said
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(newCount(), 2);
    // Its row stays where it is, no longer marked new; chosen again, New lists the others.
    EXPECT_EQ(list.index(0, 0).data(EpisodeListModel::StatesRole).toInt(), 0);
    list.setView(EpisodeView::New);
    EXPECT_EQ(list.rowCount(), 2);

    // A refresh of the same feed keeps what was seen; a new episode in it is new.
    ParsedFeed again = threeOldEpisodes();
    ParsedEpisode fresh = again.episodes.first();
    fresh.guid = QStringLiteral("g-new");
    fresh.title = QStringLiteral("Today");
    fresh.published = kNewNow;
    fresh.enclosures = {Enclosure{QStringLiteral("https://example.org/new.mp3"),
                                  QStringLiteral("audio/mpeg"), 1000}};
    again.episodes.prepend(fresh);
    ASSERT_TRUE(
        m_library.storeFeed(QStringLiteral("https://example.org/feed"), ShowKind::Feed, again));
    EXPECT_EQ(newCount(), 3);
    list.setView(EpisodeView::New);
    EXPECT_EQ(list.index(0, EpisodeListModel::TitleColumn).data().toString(),
              QStringLiteral("Today"));
}

TEST_F(NewEpisodesTest, TheMediasOwnLengthReplacesTheFeeds)
{
    ASSERT_TRUE(m_library.storeFeed(QStringLiteral("https://example.org/feed"), ShowKind::Feed,
                                    threeOldEpisodes()));
    EpisodeListModel list(m_library);
    list.setShow(*m_library.showIdForUrl(QStringLiteral("https://example.org/feed")));
    const QModelIndex row = list.index(0, EpisodeListModel::DurationColumn);
    const qint64 id = row.data(EpisodeListModel::EpisodeIdRole).toLongLong();
    EXPECT_EQ(row.data().toString(), QStringLiteral("0:13"));

    QSignalSpy changed(&m_library, &Library::episodeChanged);
    ASSERT_TRUE(m_library.setDuration(id, 12));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_library.episode(id)->durationSeconds, 12);
    EXPECT_EQ(list.index(0, EpisodeListModel::DurationColumn).data().toString(),
              QStringLiteral("0:12"));
    ASSERT_TRUE(m_library.setDuration(id, 12)); // the same: nothing said
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(m_library.setDuration(id, 0)); // unknown is not a length
    EXPECT_EQ(m_library.episode(id)->durationSeconds, 12);
}

TEST(NewEpisodesMigration, ALibraryFromBeforeKeepsWhatNewListed)
{
    test::TestDataDir dir;
    const QString path = dir.path() + QStringLiteral("/library.sqlite");
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v8"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (int version = 1; version <= 8; ++version) {
            QFile file(QStringLiteral(":/migrations/%1.sql").arg(version, 4, 10, QLatin1Char('0')));
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << version;
            for (const QString& statement : splitSqlStatements(QString::fromUtf8(file.readAll())))
                ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        }
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 8")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO shows (id, feed_url, title) VALUES (1, "
                                          "'https://a/feed', 'A')")));
        // 1 recent, 2 old, 3 recent and played, 4 recent and started, 5 recent and downloaded.
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO episodes (id, show_id, title, published, "
                                          "played, local_file) VALUES "
                                          "(1, 1, 'recent', %1, 0, ''), (2, 1, 'old', %2, 0, ''), "
                                          "(3, 1, 'played', %1, 1, ''), (4, 1, 'started', %1, 0, "
                                          "''), (5, 1, 'downloaded', %1, 0, '/m/5.mp3')")
                               .arg(kNewNow - kNewDay)
                               .arg(kNewNow - 100 * kNewDay)));
        ASSERT_TRUE(q.exec(
            QStringLiteral("INSERT INTO playback_positions VALUES (4, 5000, %1)").arg(kNewNow)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v8"));

    Database db(path);
    ASSERT_TRUE(db.open()) << db.errorString().toStdString();
    EXPECT_GE(db.schemaVersion(), 9);
    EpisodeQuery query(db);
    query.setView(EpisodeView::New);
    EXPECT_EQ(query.ids(0, 100), QList<qint64>{1});
    // The unseen, unplayed episodes have an index of their own, by date (migration 13): New
    // does not walk the library, nor sort its episodes to list them by date.
    QSqlQuery plan(db.connection());
    ASSERT_TRUE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM episodes WHERE "
                                         "seen = 0 AND played = 0 ORDER BY published DESC")));
    QString steps;
    while (plan.next())
        steps += plan.value(3).toString() + QLatin1Char('\n');
    EXPECT_TRUE(steps.contains(QLatin1String("episodes_new"))) << steps.toStdString();
    EXPECT_FALSE(steps.contains(QLatin1String("TEMP B-TREE"))) << steps.toStdString();
}

} // namespace
} // namespace ondes

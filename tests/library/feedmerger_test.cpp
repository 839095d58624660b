// The merge of a feed longer than one batch of EpisodePrep (hashes and people made on another
// thread): every episode gets its own people, written oldest first, a refresh writes only what
// changed, matches episodes whose guid changed, and drops the ones the feed no longer lists.

#include "library/database.h"
#include "library/library.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace ondes {
namespace {

constexpr int kEpisodes = 300; // several of EpisodePrep's batches

// Episode i of the feed (0 is the newest, as feeds list them): one guest of its own, named
// in podcast:person, and one named only in the description, with text beyond ASCII.
ParsedEpisode numberedEpisode(int i)
{
    ParsedEpisode episode;
    episode.guid = QStringLiteral("ep-%1").arg(i);
    episode.title = QStringLiteral("Épisode %1").arg(i);
    episode.published = 1'700'000'000 - qint64(i) * 86400;
    episode.enclosures << Enclosure{QStringLiteral("https://example.org/%1.mp3").arg(i),
                                    QStringLiteral("audio/mpeg"), 1000 + i};
    episode.persons << Person{QStringLiteral("Invitée Numéro%1").arg(QChar(u'A' + i % 26)) +
                                  QString::number(i),
                              QStringLiteral("guest"),
                              QStringLiteral("cast"),
                              {},
                              {}};
    episode.description = Utf8Text::fromString(
        QStringLiteral("Épisode %1 « café » \U0001F3A7. Avec Claire Dubois (sociologue).").arg(i));
    return episode;
}

// kEpisodes numbered episodes, newest first.
ParsedFeed longFeed()
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Long");
    for (int i = 0; i < kEpisodes; ++i)
        feed.episodes << numberedEpisode(i);
    return feed;
}

class FeedMergerTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_db.open()) << m_db.errorString().toStdString(); }

    test::TestDataDir m_dir;
    Database m_db{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_db};
};

TEST_F(FeedMergerTest, ALongFeedGetsEachEpisodesOwnPeopleOldestFirst)
{
    ParsedFeed feed = longFeed();
    // Listed twice, the second time at the top (written last, in another batch): stored once.
    feed.episodes.prepend(numberedEpisode(5));
    const auto stored = m_library.storeFeed(QStringLiteral("u"), ShowKind::Feed, feed);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->added, kEpisodes);
    EXPECT_EQ(stored->unchanged, 1);

    const QList<EpisodeRow> episodes = m_library.episodes(stored->showId); // newest first
    ASSERT_EQ(episodes.size(), kEpisodes);
    for (int i = 0; i < kEpisodes; ++i) {
        const EpisodeRow& row = episodes.at(i);
        ASSERT_EQ(row.guid, QStringLiteral("ep-%1").arg(i));
        if (i > 0) {
            EXPECT_LT(row.id, episodes.at(i - 1).id) << "ids follow time";
        }
        EXPECT_EQ(row.description, numberedEpisode(i).description.toString());
        const QList<SpeakerRow> speakers = m_library.speakers(row.id);
        ASSERT_EQ(speakers.size(), 2) << i;
        EXPECT_EQ(speakers.at(0).name, numberedEpisode(i).persons.first().name);
        EXPECT_EQ(speakers.at(0).source, QStringLiteral("feed"));
        EXPECT_EQ(speakers.at(1).name, QStringLiteral("Claire Dubois"));
        // Named in every episode, she hosts the show (feed/recurringhosts.h).
        EXPECT_EQ(speakers.at(1).source, QStringLiteral("show"));
        EXPECT_EQ(speakers.at(1).role, QStringLiteral("sociologue"));
    }
}

TEST_F(FeedMergerTest, AnEpisodeListedTwiceDifferentlyIsSearchedAsWrittenLast)
{
    // The top listing is written last and replaces what the first wrote, search row included
    // (which this merge writes once all the new episodes are in).
    ParsedFeed feed = longFeed();
    ParsedEpisode again = numberedEpisode(5);
    again.title = QStringLiteral("Épisode cinq, corrigé");
    again.persons.first().name = QStringLiteral("Marc Petit");
    feed.episodes.prepend(again);
    QString error;
    const auto stored = m_library.storeFeed(QStringLiteral("u"), ShowKind::Feed, feed, &error);
    ASSERT_TRUE(stored) << error.toStdString();
    EXPECT_EQ(stored->added, kEpisodes);
    EXPECT_EQ(stored->updated, 1);

    const QList<EpisodeRow> found = m_library.searchEpisodes(QStringLiteral("corrigé petit"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().guid, QStringLiteral("ep-5"));
    // The first listing's guest is gone from its row (the prefix also finds episode 57's).
    for (const EpisodeRow& row : m_library.searchEpisodes(numberedEpisode(5).persons.first().name))
        EXPECT_NE(row.guid, QStringLiteral("ep-5"));
    EXPECT_EQ(m_library.searchEpisodes(QStringLiteral("Épisode")).size(), kEpisodes);
}

TEST_F(FeedMergerTest, ARefreshWritesOnlyWhatChanged)
{
    ParsedFeed feed = longFeed();
    const auto first = m_library.storeFeed(QStringLiteral("u"), ShowKind::Feed, feed);
    ASSERT_TRUE(first);

    // One episode in the middle gets another guest; one new episode comes first.
    ParsedEpisode& changed = feed.episodes[150];
    changed.persons.first().name = QStringLiteral("Marc Petit");
    ParsedEpisode newest = numberedEpisode(kEpisodes);
    newest.guid = QStringLiteral("ep-new");
    newest.published = 1'800'000'000;
    feed.episodes.prepend(newest);
    const auto again = m_library.storeFeed(QStringLiteral("u"), ShowKind::Feed, feed);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->added, 1);
    EXPECT_EQ(again->updated, 1);
    EXPECT_EQ(again->unchanged, kEpisodes - 1);

    const QList<EpisodeRow> episodes = m_library.episodes(first->showId);
    ASSERT_EQ(episodes.size(), kEpisodes + 1);
    EXPECT_EQ(episodes.first().guid, QStringLiteral("ep-new"));
    const QList<SpeakerRow> speakers = m_library.speakers(episodes.at(151).id);
    ASSERT_EQ(speakers.size(), 2);
    EXPECT_EQ(speakers.at(0).name, QStringLiteral("Marc Petit"));
    EXPECT_EQ(m_library.speakers(episodes.first().id).size(), 2);
}

TEST_F(FeedMergerTest, ARefreshMatchesByEnclosureThenTitleAndDateAndDropsWhatIsGone)
{
    ParsedFeed feed = longFeed();
    const auto first = m_library.storeFeed(QStringLiteral("u"), ShowKind::Feed, feed);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->removed, 0);
    const auto idOf = [this, &first](const QString& guid) {
        for (const EpisodeRow& row : m_library.episodes(first->showId)) {
            if (row.guid == guid)
                return row.id;
        }
        return qint64(0);
    };
    const qint64 id10 = idOf(QStringLiteral("ep-10"));
    const qint64 id20 = idOf(QStringLiteral("ep-20"));
    ASSERT_NE(id10, 0);
    ASSERT_NE(id20, 0);

    // Episode 10 gets another guid (its enclosure still matches); episode 20 another guid and
    // another enclosure, its title written with other case and spaces (title and date match);
    // episode 30 leaves the feed.
    feed.episodes[10].guid = QStringLiteral("moved-10");
    feed.episodes[20].guid = QStringLiteral("moved-20");
    feed.episodes[20].enclosures.first().url = QStringLiteral("https://cdn.example.org/20.mp3");
    feed.episodes[20].title = QStringLiteral("  ÉPISODE   20 ");
    feed.episodes.removeAt(30);
    const auto again = m_library.storeFeed(QStringLiteral("u"), ShowKind::Feed, feed);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->updated, 2);
    EXPECT_EQ(again->unchanged, kEpisodes - 3);
    EXPECT_EQ(again->removed, 1);
    EXPECT_EQ(idOf(QStringLiteral("moved-10")), id10);
    EXPECT_EQ(idOf(QStringLiteral("moved-20")), id20);
    EXPECT_EQ(idOf(QStringLiteral("ep-30")), 0);
    EXPECT_EQ(m_library.episodes(first->showId).size(), kEpisodes - 1);
}

TEST_F(FeedMergerTest, ANewShowSkipsTheParentChecksAndARefreshStillRemovesWhatHangsOnAGoneEpisode)
{
    ParsedFeed feed = longFeed();
    for (ParsedEpisode& episode : feed.episodes) {
        episode.chapters << Chapter{0.0, QStringLiteral("Début"), {}, {}}
                         << Chapter{60.0, QStringLiteral("Suite"), {}, {}};
        episode.transcripts << Transcript{
            QStringLiteral("https://example.org/t.vtt"), QStringLiteral("text/vtt"), {}, {}};
    }
    const auto first = m_library.storeFeed(QStringLiteral("u"), ShowKind::Feed, feed);
    ASSERT_TRUE(first);
    QSqlQuery q(m_db.connection());
    // Every row written has its parent, and the connection checks them again afterwards.
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    EXPECT_FALSE(q.next());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM episodes WHERE guid = 'ep-30'")) && q.next());
    const qint64 gone = q.value(0).toLongLong();
    const auto countFor = [&q, gone](const char* table) {
        q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE episode_id = %2")
                   .arg(QLatin1String(table))
                   .arg(gone));
        return q.next() ? q.value(0).toInt() : -1;
    };
    EXPECT_EQ(countFor("chapters"), 2);
    EXPECT_EQ(countFor("episode_transcript_links"), 1);
    EXPECT_EQ(countFor("episode_people"), 2);

    // The show has episodes now: the refresh that drops one removes its rows with it.
    feed.episodes.removeAt(30);
    const auto again = m_library.storeFeed(QStringLiteral("u"), ShowKind::Feed, feed);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->removed, 1);
    EXPECT_EQ(countFor("chapters"), 0);
    EXPECT_EQ(countFor("episode_transcript_links"), 0);
    EXPECT_EQ(countFor("episode_people"), 0);
}

} // namespace
} // namespace ondes

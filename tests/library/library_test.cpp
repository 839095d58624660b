#include "library/database.h"
#include "library/library.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

ParsedEpisode makeEpisode(const QString& guid, const QString& title, qint64 published,
                          QList<Person> persons = {})
{
    ParsedEpisode episode;
    episode.guid = guid;
    episode.title = title;
    episode.published = published;
    episode.durationSeconds = 600;
    episode.enclosures << Enclosure{QStringLiteral("https://example.org/%1.mp3").arg(guid),
                                    QStringLiteral("audio/mpeg"), 1000};
    episode.persons = std::move(persons);
    return episode;
}

class LibraryTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_db.open()) << m_db.errorString().toStdString(); }

    test::TestDataDir m_dir;
    Database m_db{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_db};
};

TEST_F(LibraryTest, StoresAShowAndItsEpisodesNewestFirst)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Show");
    feed.episodes << makeEpisode(QStringLiteral("b"), QStringLiteral("Second"), 2000)
                  << makeEpisode(QStringLiteral("a"), QStringLiteral("First"), 1000);
    const auto stored =
        m_library.storeFeed(QStringLiteral("https://example.org/feed"), ShowKind::Feed, feed);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->added, 2);
    const QList<EpisodeRow> episodes = m_library.episodes(stored->showId);
    ASSERT_EQ(episodes.size(), 2);
    EXPECT_EQ(episodes.at(0).title, QStringLiteral("Second"));
    EXPECT_EQ(episodes.at(1).title, QStringLiteral("First"));
    EXPECT_EQ(episodes.at(1).enclosureUrl, QStringLiteral("https://example.org/a.mp3"));
}

TEST_F(LibraryTest, StoringAgainKeepsPositionsAndPlayedState)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Show");
    feed.episodes << makeEpisode(QStringLiteral("a"), QStringLiteral("First"), 1000);
    const auto stored = m_library.storeFeed(QStringLiteral("u"), ShowKind::Feed, feed);
    ASSERT_TRUE(stored);
    const qint64 showId = stored->showId;
    const qint64 episodeId = m_library.episodes(showId).first().id;
    ASSERT_TRUE(m_library.savePosition(episodeId, 42000));
    ASSERT_TRUE(m_library.setPlayed(episodeId, true));

    feed.episodes.first().title = QStringLiteral("First (corrected)");
    const auto again = m_library.storeFeed(QStringLiteral("u"), ShowKind::Feed, feed);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->updated, 1);
    const QList<EpisodeRow> episodes = m_library.episodes(showId);
    ASSERT_EQ(episodes.size(), 1);
    EXPECT_EQ(episodes.first().id, episodeId);
    EXPECT_EQ(episodes.first().title, QStringLiteral("First (corrected)"));
    EXPECT_EQ(episodes.first().positionMs, 42000);
    EXPECT_TRUE(episodes.first().played);
}

TEST_F(LibraryTest, OnePersonAcrossShowsHowEverTheNameIsWritten)
{
    ParsedFeed first;
    first.title = QStringLiteral("Morning");
    first.episodes << makeEpisode(QStringLiteral("m1"), QStringLiteral("M1"), 1000,
                                  {Person{QStringLiteral("Aminata N’Diaye"),
                                          QStringLiteral("host"),
                                          {},
                                          QStringLiteral("https://img/a.jpg"),
                                          {}}});
    ParsedFeed second;
    second.title = QStringLiteral("Evening");
    second.episodes << makeEpisode(
        QStringLiteral("e1"), QStringLiteral("E1"), 3000,
        {Person{QStringLiteral("aminata  n'diaye"), QStringLiteral("guest"), {}, {}, {}},
         Person{QStringLiteral("Hélène Roux"), QStringLiteral("guest"), {}, {}, {}}});
    ASSERT_TRUE(m_library.storeFeed(QStringLiteral("u1"), ShowKind::Feed, first));
    ASSERT_TRUE(m_library.storeFeed(QStringLiteral("u2"), ShowKind::Feed, second));

    const QList<PersonRow> people = m_library.people();
    ASSERT_EQ(people.size(), 2);
    EXPECT_EQ(people.at(0).name, QStringLiteral("Aminata N’Diaye"));
    EXPECT_EQ(people.at(0).episodeCount, 2);
    EXPECT_EQ(people.at(0).showCount, 2);
    // The avatar a feed gave is kept even though the later mention had none.
    EXPECT_EQ(people.at(0).img, QStringLiteral("https://img/a.jpg"));
    EXPECT_EQ(people.at(1).name, QStringLiteral("Hélène Roux"));

    const auto found = m_library.findPerson(QStringLiteral("AMINATA N'DIAYE"));
    ASSERT_TRUE(found);
    const QList<EpisodeRow> episodes = m_library.episodesWithPerson(found->id);
    ASSERT_EQ(episodes.size(), 2);
    EXPECT_EQ(episodes.at(0).title, QStringLiteral("E1"));
    EXPECT_EQ(episodes.at(0).showTitle, QStringLiteral("Evening"));
    EXPECT_EQ(episodes.at(1).title, QStringLiteral("M1"));

    // Each episode keeps the role the person had in it.
    const QList<SpeakerRow> speakers = m_library.speakers(episodes.at(0).id);
    ASSERT_EQ(speakers.size(), 2);
    EXPECT_EQ(speakers.at(0).role, QStringLiteral("guest"));
    EXPECT_FALSE(m_library.findPerson(QStringLiteral("Nobody")));
}

TEST_F(LibraryTest, SpeakersNamedOnlyInTheDescriptionAreStored)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Talk");
    ParsedEpisode episode = makeEpisode(QStringLiteral("d"), QStringLiteral("D"), 1000);
    episode.description = Utf8Text::fromString(QStringLiteral(
        "Un débat sur l'école. Avec Claire Dubois (sociologue) et Marc Petit (juriste)."));
    feed.episodes << episode;
    const auto stored = m_library.storeFeed(QStringLiteral("u"), ShowKind::Feed, feed);
    ASSERT_TRUE(stored);
    const QList<SpeakerRow> speakers =
        m_library.speakers(m_library.episodes(stored->showId).first().id);
    ASSERT_EQ(speakers.size(), 2);
    EXPECT_EQ(speakers.at(0).name, QStringLiteral("Claire Dubois"));
    EXPECT_EQ(speakers.at(0).role, QStringLiteral("sociologue"));
    EXPECT_EQ(speakers.at(0).source, QStringLiteral("description"));
    EXPECT_EQ(speakers.at(1).name, QStringLiteral("Marc Petit"));
}

} // namespace
} // namespace ondes

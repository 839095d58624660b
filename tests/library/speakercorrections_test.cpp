// The listener's corrections of who speaks (issue 15): kept across refreshes and new readings
// of the description; one person, one row for spelling variants within a show; credits apart.

#include "library/database.h"
#include "library/library.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace ondes {
namespace {

ParsedEpisode describedEpisode(const QString& guid, qint64 published, const QString& description,
                               QList<Person> persons = {})
{
    ParsedEpisode episode;
    episode.guid = guid;
    episode.title = QStringLiteral("Episode ") + guid;
    episode.published = published;
    episode.enclosures << Enclosure{QStringLiteral("https://example.org/%1.mp3").arg(guid),
                                    QStringLiteral("audio/mpeg"), 1000};
    episode.description = Utf8Text::fromString(description);
    episode.persons = std::move(persons);
    return episode;
}

Person feedPerson(const QString& name, const QString& role)
{
    Person person;
    person.name = name;
    person.role = role;
    return person;
}

QStringList names(const QList<SpeakerRow>& speakers)
{
    QStringList list;
    for (const SpeakerRow& speaker : speakers)
        list << speaker.name;
    return list;
}

QStringList names(const QList<PersonRow>& people)
{
    QStringList list;
    for (const PersonRow& person : people)
        list << person.name;
    return list;
}

const QString kDebate = QStringLiteral(
    "Un débat sur l'école. Avec Claire Dubois (sociologue) et Marc Petit (juriste).");

class SpeakerCorrectionsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_db.open()) << m_db.errorString().toStdString(); }

    qint64 store(const QString& url, const ParsedFeed& feed)
    {
        QString error;
        const auto stored = m_library.storeFeed(url, ShowKind::Feed, feed, &error);
        EXPECT_TRUE(stored) << error.toStdString();
        return stored ? stored->showId : 0;
    }
    qint64 personId(const QString& name) const
    {
        const auto person = m_library.findPerson(name);
        return person ? person->id : 0;
    }
    QString indexedSpeakers(qint64 episodeId)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT speakers FROM episode_search WHERE rowid = ?"));
        q.addBindValue(episodeId);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(no row)");
    }
    int searchHits(const QString& text) const
    {
        return static_cast<int>(m_library.searchEpisodes(text).size());
    }

    test::TestDataDir m_dir;
    Database m_db{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_db};
};

TEST_F(SpeakerCorrectionsTest, CorrectionsSurviveRefreshesOfTheSameAndOfAChangedFeed)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Talk");
    feed.episodes << describedEpisode(QStringLiteral("a"), 1000, kDebate);
    const qint64 showId = store(QStringLiteral("u"), feed);
    const qint64 episodeId = m_library.episodes(showId).first().id;
    ASSERT_EQ(names(m_library.speakers(episodeId)),
              (QStringList{QStringLiteral("Claire Dubois"), QStringLiteral("Marc Petit")}));

    QString error;
    const auto marc = m_library.findSpeaker(episodeId, QStringLiteral("marc  PETIT"));
    ASSERT_TRUE(marc);
    ASSERT_TRUE(m_library.removeSpeaker(episodeId, marc->personId, &error)) << error.toStdString();
    ASSERT_TRUE(m_library.addSpeaker(episodeId, QStringLiteral("Anne Vidal"),
                                     QStringLiteral("journaliste"), &error))
        << error.toStdString();
    ASSERT_TRUE(m_library.setSpeakerRole(episodeId, personId(QStringLiteral("Claire Dubois")),
                                         QStringLiteral("historienne"), &error))
        << error.toStdString();

    const auto check = [&](const char* when) {
        const QList<SpeakerRow> speakers = m_library.speakers(episodeId);
        ASSERT_EQ(names(speakers),
                  (QStringList{QStringLiteral("Claire Dubois"), QStringLiteral("Anne Vidal")}))
            << when;
        EXPECT_EQ(speakers.at(0).role, QStringLiteral("historienne")) << when;
        EXPECT_EQ(speakers.at(0).source, QStringLiteral("user")) << when;
        EXPECT_EQ(speakers.at(1).role, QStringLiteral("journaliste")) << when;
        EXPECT_EQ(speakers.at(1).source, QStringLiteral("user")) << when;
        // Search follows the corrections.
        EXPECT_EQ(searchHits(QStringLiteral("vidal")), 1) << when;
        EXPECT_FALSE(indexedSpeakers(episodeId).contains(QStringLiteral("Petit"))) << when;
        EXPECT_FALSE(names(m_library.people()).contains(QStringLiteral("Marc Petit"))) << when;
    };
    check("after the corrections");

    store(QStringLiteral("u"), feed); // the same feed: the episode is skipped
    check("after a refresh of the same feed");

    // A changed description is read again: the machine's findings come back, the
    // listener's win.
    feed.episodes.first().description = Utf8Text::fromString(QStringLiteral(
        "Un débat sur l'école. Avec Claire Dubois (sociologue), Marc Petit (juriste) et Paul "
        "Roche (historien)."));
    store(QStringLiteral("u"), feed);
    const QList<SpeakerRow> speakers = m_library.speakers(episodeId);
    EXPECT_TRUE(names(speakers).contains(QStringLiteral("Paul Roche")))
        << names(speakers).join(u'|').toStdString();
    EXPECT_FALSE(names(speakers).contains(QStringLiteral("Marc Petit")));
    for (const SpeakerRow& speaker : speakers) {
        if (speaker.name == QStringLiteral("Claire Dubois")) {
            EXPECT_EQ(speaker.role, QStringLiteral("historienne"));
            EXPECT_EQ(speaker.source, QStringLiteral("user"));
        }
    }
    EXPECT_TRUE(names(speakers).contains(QStringLiteral("Anne Vidal")));

    // Adding back someone removed lifts the removal.
    ASSERT_TRUE(m_library.addSpeaker(episodeId, QStringLiteral("Marc Petit"), std::nullopt, &error))
        << error.toStdString();
    store(QStringLiteral("u"), feed);
    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE episodes SET content_hash = 0")));
    store(QStringLiteral("u"), feed);
    EXPECT_TRUE(names(m_library.speakers(episodeId)).contains(QStringLiteral("Marc Petit")));
}

TEST_F(SpeakerCorrectionsTest, BadCorrectionsFailWithAReasonAndChangeNothing)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Talk");
    feed.episodes << describedEpisode(QStringLiteral("a"), 1000, kDebate);
    const qint64 episodeId = m_library.episodes(store(QStringLiteral("u"), feed)).first().id;
    QString error;
    EXPECT_FALSE(m_library.addSpeaker(episodeId + 100, QStringLiteral("X Y"), {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("No episode"))) << error.toStdString();
    EXPECT_FALSE(m_library.addSpeaker(episodeId, QStringLiteral("  "), {}, &error));
    EXPECT_FALSE(m_library.removeSpeaker(episodeId, 9999, &error));
    EXPECT_FALSE(m_library.mergePeople(9999, personId(QStringLiteral("Marc Petit")), &error));
    const qint64 marc = personId(QStringLiteral("Marc Petit"));
    EXPECT_FALSE(m_library.mergePeople(marc, marc, &error));
    EXPECT_EQ(m_library.speakers(episodeId).size(), 2);
}

TEST_F(SpeakerCorrectionsTest, MergingMovesTheEpisodesAndARefreshKeepsThemTogether)
{
    ParsedFeed morning;
    morning.title = QStringLiteral("Morning");
    morning.episodes << describedEpisode(
        QStringLiteral("m1"), 1000, {},
        {feedPerson(QStringLiteral("Kim Ostrowska"), QStringLiteral("host"))});
    ParsedFeed evening;
    evening.title = QStringLiteral("Evening");
    evening.episodes << describedEpisode(
        QStringLiteral("e1"), 2000, {},
        {feedPerson(QStringLiteral("K. Ostrowska"), QStringLiteral("guest")),
         feedPerson(QStringLiteral("Léa Morin"), QStringLiteral("host"))});
    store(QStringLiteral("m"), morning);
    store(QStringLiteral("e"), evening);
    ASSERT_EQ(m_library.people().size(), 3);
    const qint64 kim = personId(QStringLiteral("Kim Ostrowska"));
    const qint64 initial = personId(QStringLiteral("K. Ostrowska"));
    ASSERT_NE(kim, initial);

    QString error;
    ASSERT_TRUE(m_library.mergePeople(initial, kim, &error)) << error.toStdString();
    EXPECT_EQ(names(m_library.people()),
              (QStringList{QStringLiteral("Kim Ostrowska"), QStringLiteral("Léa Morin")}));
    const auto merged = m_library.person(kim);
    ASSERT_TRUE(merged);
    EXPECT_EQ(merged->episodeCount, 2);
    EXPECT_EQ(merged->showCount, 2);
    EXPECT_EQ(m_library.episodesWithPerson(kim).size(), 2);
    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM people")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 2); // the merged row is gone
    // The other name still finds the person; the role in each episode stays.
    EXPECT_EQ(personId(QStringLiteral("k ostrowska")), kim);
    const qint64 eveningEpisode = m_library.episodesWithPerson(kim).first().id;
    EXPECT_EQ(m_library.speakers(eveningEpisode).first().role, QStringLiteral("guest"));

    // The feed still writes the other name: a refresh that reads the episode again keeps
    // one person.
    evening.episodes.first().title = QStringLiteral("Episode e1, retitled");
    store(QStringLiteral("e"), evening);
    EXPECT_EQ(names(m_library.speakers(eveningEpisode)),
              (QStringList{QStringLiteral("Kim Ostrowska"), QStringLiteral("Léa Morin")}));
    EXPECT_EQ(m_library.people().size(), 2);
    EXPECT_EQ(searchHits(QStringLiteral("kim")), 2);
}

TEST_F(SpeakerCorrectionsTest, SpellingVariantsInOneShowAreOnePerson)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Lab");
    feed.episodes << describedEpisode(QStringLiteral("3"), 3000, {},
                                      {feedPerson(QStringLiteral("JEROME PETTAWAY"), {})})
                  << describedEpisode(
                         QStringLiteral("2"), 2000, {},
                         {feedPerson(QStringLiteral("Jerome L. Pettaway"), QStringLiteral("host")),
                          feedPerson(QStringLiteral("Anne Thiery"), {})})
                  << describedEpisode(
                         QStringLiteral("1"), 1000, {},
                         {feedPerson(QStringLiteral("Jerome Pettaway"), QStringLiteral("host")),
                          feedPerson(QStringLiteral("Anne Thiéry"), {})});
    store(QStringLiteral("lab"), feed);
    const QList<PersonRow> people = m_library.people();
    ASSERT_EQ(names(people),
              (QStringList{QStringLiteral("Anne Thiéry"), QStringLiteral("Jerome Pettaway")}));
    EXPECT_EQ(people.at(0).episodeCount, 2);
    EXPECT_EQ(people.at(1).episodeCount, 3);

    // The same name in another show is the same person, as it always was; a variant of it
    // there is not (another show, maybe another person).
    ParsedFeed other;
    other.title = QStringLiteral("Other");
    other.episodes << describedEpisode(QStringLiteral("o1"), 1000, {},
                                       {feedPerson(QStringLiteral("Anne Thiery"), {}),
                                        feedPerson(QStringLiteral("Jerome Q. Pettaway"), {})});
    store(QStringLiteral("other"), other);
    const QList<PersonRow> after = m_library.people();
    ASSERT_EQ(after.size(), 3) << names(after).join(u'|').toStdString();
    EXPECT_EQ(after.at(0).showCount, 2);
    EXPECT_EQ(after.at(0).name, QStringLiteral("Anne Thiéry"));
    EXPECT_TRUE(names(after).contains(QStringLiteral("Jerome Q. Pettaway")));
}

TEST_F(SpeakerCorrectionsTest, AFeedsNewAvatarReplacesTheStoredOneOfAVariant)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Lab");
    feed.episodes << describedEpisode(QStringLiteral("1"), 1000, {},
                                      {feedPerson(QStringLiteral("Jerome Pettaway"), {})});
    store(QStringLiteral("lab"), feed);
    Person withAvatar = feedPerson(QStringLiteral("Jerome L. Pettaway"), {});
    withAvatar.img = QStringLiteral("https://img/j.jpg");
    feed.episodes.prepend(describedEpisode(QStringLiteral("2"), 2000, {}, {withAvatar}));
    store(QStringLiteral("lab"), feed);
    const QList<PersonRow> people = m_library.people();
    ASSERT_EQ(people.size(), 1);
    EXPECT_EQ(people.first().img, QStringLiteral("https://img/j.jpg"));
    EXPECT_EQ(people.first().episodeCount, 2);
}

TEST_F(SpeakerCorrectionsTest, CreditsAndKindsAreStoredApartFromThePeople)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Radio");
    feed.episodes << describedEpisode(
        QStringLiteral("c"), 1000,
        QStringLiteral("Présentation : Claire Dubois. Réalisation : Paul Martin."),
        {feedPerson(QStringLiteral("Inès Garnier"), QStringLiteral("producer"))});
    const qint64 episodeId = m_library.episodes(store(QStringLiteral("r"), feed)).first().id;
    const QList<SpeakerRow> speakers = m_library.speakers(episodeId);
    ASSERT_EQ(names(speakers), QStringList{QStringLiteral("Claire Dubois")});
    EXPECT_EQ(speakers.first().kind, QStringLiteral("host"));
    const QList<CreditRow> credits = m_library.credits(episodeId);
    ASSERT_EQ(credits.size(), 2);
    EXPECT_EQ(credits.at(0).name, QStringLiteral("Inès Garnier"));
    EXPECT_EQ(credits.at(0).source, QStringLiteral("feed"));
    EXPECT_EQ(credits.at(1).name, QStringLiteral("Paul Martin"));
    EXPECT_EQ(names(m_library.people()), QStringList{QStringLiteral("Claire Dubois")});
}

} // namespace
} // namespace ondes

// `ondes dump-feed` prints who speaks (ondes_speakers, with a kind) and who is credited
// (ondes_credits) for each episode.

#include "feed/episodespeakers.h"
#include "feed/feedjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace ondes {
namespace {

QJsonObject episodeJson(const ParsedEpisode& episode)
{
    QByteArray out;
    FeedJson::appendEpisode(episode, out);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.object();
}

TEST(SpeakerJson, SpeakersWithKindsAndCreditsApart)
{
    ParsedEpisode episode;
    Person host;
    host.name = QStringLiteral("Élise Marchand");
    host.role = QStringLiteral("host");
    episode.persons << host;
    episode.description = Utf8Text::fromString(QStringLiteral(
        "Avec Karim Haddad (médiateur numérique).\nChronique : Noémie Sarrazin / Réalisation : "
        "Basile Fournel / Mixage : Inès Ravel"));
    const QJsonObject json = episodeJson(episode);

    const QJsonArray speakers = json.value(u"ondes_speakers").toArray();
    ASSERT_EQ(speakers.size(), 3);
    EXPECT_EQ(speakers.at(0).toObject().value(u"name").toString(),
              QStringLiteral("Élise Marchand"));
    EXPECT_EQ(speakers.at(0).toObject().value(u"kind").toString(), QStringLiteral("host"));
    EXPECT_EQ(speakers.at(0).toObject().value(u"source").toString(), QStringLiteral("feed"));
    EXPECT_EQ(speakers.at(1).toObject().value(u"name").toString(), QStringLiteral("Karim Haddad"));
    EXPECT_EQ(speakers.at(1).toObject().value(u"role").toString(),
              QStringLiteral("médiateur numérique"));
    EXPECT_EQ(speakers.at(1).toObject().value(u"kind").toString(), QStringLiteral("guest"));
    EXPECT_EQ(speakers.at(2).toObject().value(u"name").toString(),
              QStringLiteral("Noémie Sarrazin"));
    EXPECT_EQ(speakers.at(2).toObject().value(u"kind").toString(), QStringLiteral("columnist"));

    const QJsonArray credits = json.value(u"ondes_credits").toArray();
    ASSERT_EQ(credits.size(), 2);
    EXPECT_EQ(credits.at(0).toObject().value(u"name").toString(), QStringLiteral("Basile Fournel"));
    EXPECT_EQ(credits.at(0).toObject().value(u"role").toString(), QStringLiteral("réalisation"));
    EXPECT_EQ(credits.at(0).toObject().value(u"kind").toString(), QStringLiteral("credit"));
    EXPECT_EQ(credits.at(0).toObject().value(u"source").toString(), QStringLiteral("description"));
    EXPECT_EQ(credits.at(1).toObject().value(u"name").toString(), QStringLiteral("Inès Ravel"));
    EXPECT_EQ(credits.at(1).toObject().value(u"role").toString(), QStringLiteral("mixage"));
}

TEST(SpeakerJson, NoKeysWhenNobodyIsNamed)
{
    ParsedEpisode episode;
    episode.description = Utf8Text::fromString(QStringLiteral("Une heure de musique."));
    const QJsonObject json = episodeJson(episode);
    EXPECT_FALSE(json.contains(u"ondes_speakers"));
    EXPECT_FALSE(json.contains(u"ondes_credits"));
}

TEST(SpeakerJson, FeedPersonsWithACreditRoleAreCredits)
{
    ParsedEpisode episode;
    Person producer;
    producer.name = QStringLiteral("Dana Whitfield");
    producer.role = QStringLiteral("producer");
    producer.group = QStringLiteral("audio production");
    Person guest;
    guest.name = QStringLiteral("Ray Tan");
    guest.role = QStringLiteral("guest");
    episode.persons << producer << guest;
    const EpisodePeople people = episodePeople(episode);
    ASSERT_EQ(people.speakers.size(), 1);
    EXPECT_EQ(people.speakers.at(0).person.name, QStringLiteral("Ray Tan"));
    EXPECT_EQ(people.speakers.at(0).kind, QStringLiteral("guest"));
    ASSERT_EQ(people.credits.size(), 1);
    EXPECT_EQ(people.credits.at(0).person.name, QStringLiteral("Dana Whitfield"));
    EXPECT_EQ(episodeSpeakers(episode).size(), 1);
}

} // namespace
} // namespace ondes

#include "feed/episodespeakers.h"
#include "support/qtprinters.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

TEST(EpisodeSpeakers, FeedPersonsFirstThenTheDescriptionsEachPersonOnce)
{
    ParsedEpisode episode;
    Person host;
    host.name = QStringLiteral("Élise Marchand");
    host.role = QStringLiteral("host");
    host.img = QStringLiteral("https://example.org/elise.jpg");
    episode.persons << host;
    episode.description = Utf8Text::fromString(QStringLiteral(
        "Animé par Elise Marchand, avec Karim Haddad (médiateur numérique) et Jeanne Rivière, "
        "assistante sociale."));
    const QList<EpisodeSpeaker> speakers = episodeSpeakers(episode);
    ASSERT_EQ(speakers.size(), 3);
    EXPECT_EQ(speakers.at(0).person.name, QStringLiteral("Élise Marchand"));
    EXPECT_EQ(speakers.at(0).source, QStringLiteral("feed"));
    EXPECT_EQ(speakers.at(0).person.img, QStringLiteral("https://example.org/elise.jpg"));
    EXPECT_EQ(speakers.at(1).person.name, QStringLiteral("Karim Haddad"));
    EXPECT_EQ(speakers.at(1).person.role, QStringLiteral("médiateur numérique"));
    EXPECT_EQ(speakers.at(1).source, QStringLiteral("description"));
    EXPECT_EQ(speakers.at(2).person.name, QStringLiteral("Jeanne Rivière"));
}

TEST(EpisodeSpeakers, NoneWhenNobodyIsNamed)
{
    ParsedEpisode episode;
    episode.description =
        Utf8Text::fromString(QStringLiteral("Les annonces d'Emmanuel Macron sur l'école."));
    EXPECT_TRUE(episodeSpeakers(episode).isEmpty());
}

} // namespace
} // namespace ondes

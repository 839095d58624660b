// More of the shapes real shows use: two jobs before a name, receiving phrases, the one told
// ("explique à X"), programme lines ("9h-10h Title de X"), one name a line with its role on the
// next, names in capitals. Names are invented.

#include "feed/speakerextractor.h"
#include "speakertestsupport.h"

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

namespace {

using Speakers = QList<Speaker>;

using test::nameAndRole;
using test::speakersOf;

TEST(SpeakerLayouts, TwoJobsJoinedBeforeTheName)
{
    EXPECT_EQ(speakersOf("We speak to historian and author Colm Brannigan about the famine."),
              (Speakers{nameAndRole("Colm Brannigan", "historian and author")}));
    EXPECT_EQ(speakersOf("I interview philosopher and novelist Odette Krall about her new book."),
              (Speakers{nameAndRole("Odette Krall", "philosopher and novelist")}));
}

TEST(SpeakerLayouts, ReceivingPhrases)
{
    EXPECT_EQ(speakersOf("Cette semaine, nous avons reçu Lucien Marchetti, ancien cheminot."),
              (Speakers{nameAndRole("Lucien Marchetti", "ancien cheminot")}));
    EXPECT_EQ(speakersOf("L’émission donne la parole à Inès Boualem, infirmière de nuit."),
              (Speakers{nameAndRole("Inès Boualem", "infirmière de nuit")}));
    EXPECT_EQ(speakersOf("Au micro, Marianne Lévêque, militante associative."),
              (Speakers{nameAndRole("Marianne Lévêque", "militante associative")}));
    EXPECT_EQ(speakersOf("Sur le plateau, Hector Valmont répond à nos questions."),
              (Speakers{nameAndRole("Hector Valmont", "guest")}));
}

TEST(SpeakerLayouts, TheOneToldIsTheOneWhoAsks)
{
    EXPECT_EQ(speakersOf("Le nouveau chef explique à Héloïse Martel comment il cuisine."),
              (Speakers{nameAndRole("Héloïse Martel", "host")}));
    EXPECT_EQ(speakersOf("Cette histoire, Armand Quérel l’a racontée à Séverine Aubrac."),
              (Speakers{nameAndRole("Séverine Aubrac", "host")}));
}

TEST(SpeakerLayouts, AProgrammeLineEndsOnItsHost)
{
    EXPECT_EQ(speakersOf("9h-10h Les Chemins du savoir de Perrine Aubertin\n\nLa mer et ses "
                         "frontières\n\nAvec Gaël Tanguy, géographe"),
              (Speakers{nameAndRole("Perrine Aubertin", "host"),
                        nameAndRole("Gaël Tanguy", "géographe")}));
    EXPECT_EQ(speakersOf("14h-15h Savez-vous l’éco ? d’Ombeline de Kerhervé"),
              (Speakers{nameAndRole("Ombeline de Kerhervé", "host")}));
    // A line that does not open on a time is a title, not a programme line.
    EXPECT_TRUE(speakersOf("La Bretagne de Perrine Aubertin").isEmpty());
}

TEST(SpeakerLayouts, OneNameALineAndItsRoleOnTheNext)
{
    EXPECT_EQ(speakersOf("With\nTessa Morland\nHistorian\nKwame Boateng\nNovelist and poet"),
              (Speakers{nameAndRole("Tessa Morland", "Historian"),
                        nameAndRole("Kwame Boateng", "Novelist and poet")}));
    // A line that is not a job is not taken as one.
    EXPECT_EQ(speakersOf("With\nTessa Morland\nRecorded in Leeds"),
              (Speakers{nameAndRole("Tessa Morland", "guest")}));
}

TEST(SpeakerLayouts, ANameInCapitalsThatAGivenNameOpens)
{
    // The rules propose it (the decider keeps it or not, from its training).
    const auto title = SpeakerExtractor().candidates(
        QString::fromUtf8("LAURENT DE WULF : « Il faut tout reprendre »"));
    ASSERT_EQ(title.size(), 1);
    EXPECT_TRUE(title.at(0).fromRules);
    EXPECT_EQ(title.at(0).speaker.name, QStringLiteral("LAURENT DE WULF"));
    EXPECT_EQ(title.at(0).speaker.role, QStringLiteral("guest"));
    // Capitals that do not open on a given name are a heading.
    EXPECT_TRUE(speakersOf("HORSE STORY : « Trois jours à cheval »").isEmpty());
}

TEST(SpeakerLayouts, WhoseIsNotWhatAndReportersReport)
{
    // A possessive before the name says whose, not what the person does.
    EXPECT_EQ(speakersOf("NPR's Ari Shapiro talks with Helen Fraser, a nurse in Ohio."),
              (Speakers{nameAndRole("Ari Shapiro", "host"),
                        nameAndRole("Helen Fraser", "nurse in Ohio")}));
    EXPECT_EQ(speakersOf("The BBC's Laura Kemp reports from Kyiv."),
              (Speakers{nameAndRole("Laura Kemp", "reporter")}));
    EXPECT_EQ(
        speakersOf("Tom Cole meets Helen Fraser, a beekeeper."),
        (Speakers{nameAndRole("Tom Cole", "host"), nameAndRole("Helen Fraser", "beekeeper")}));
}

TEST(SpeakerLayouts, WhereARoleStops)
{
    // A place after the comma is not a role; a clause of its own ends one.
    EXPECT_EQ(speakersOf("Un entretien avec Fouad Lahlou, à Schaerbeek, pour son livre."),
              (Speakers{nameAndRole("Fouad Lahlou", "guest")}));
    EXPECT_EQ(
        speakersOf("Avec Solène Marquet et Isabelle Lachaume, journalistes au service culture, "
                   "avouent que le festival épuise."),
        (Speakers{nameAndRole("Solène Marquet", "journalistes au service culture"),
                  nameAndRole("Isabelle Lachaume", "journalistes au service culture")}));
    // A generational suffix is part of the name.
    EXPECT_EQ(speakersOf("Avec Obadiah M. Hendrickson Jr, pasteur."),
              (Speakers{nameAndRole("Obadiah M. Hendrickson Jr", "pasteur")}));
}

} // namespace
} // namespace ondes

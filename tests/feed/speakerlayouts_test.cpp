// More of the shapes real shows use: two jobs before a name, receiving phrases, the one told
// ("explique à X"), programme lines ("9h-10h Title de X"), one name a line with its role on the
// next, names in capitals. Names are invented.

#include "feed/speakerextractor.h"

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

void PrintTo(const Speaker& speaker, std::ostream* os);

namespace {

using Speakers = QList<Speaker>;

Speakers extractLayout(const char* utf8)
{
    Speakers found;
    for (Speaker s : SpeakerExtractor().extract(QString::fromUtf8(utf8))) {
        if (s.kind == SpeakerKind::Credit)
            continue;
        s.kind = SpeakerKind::Unknown;
        found << s;
    }
    return found;
}

Speaker layoutSpeaker(const char* name, const char* role)
{
    return Speaker{QString::fromUtf8(name), QString::fromUtf8(role)};
}

TEST(SpeakerLayouts, TwoJobsJoinedBeforeTheName)
{
    EXPECT_EQ(extractLayout("We speak to historian and author Colm Brannigan about the famine."),
              (Speakers{layoutSpeaker("Colm Brannigan", "historian and author")}));
    EXPECT_EQ(
        extractLayout("I interview philosopher and novelist Odette Krall about her new book."),
        (Speakers{layoutSpeaker("Odette Krall", "philosopher and novelist")}));
}

TEST(SpeakerLayouts, ReceivingPhrases)
{
    EXPECT_EQ(extractLayout("Cette semaine, nous avons reçu Lucien Marchetti, ancien cheminot."),
              (Speakers{layoutSpeaker("Lucien Marchetti", "ancien cheminot")}));
    EXPECT_EQ(extractLayout("L’émission donne la parole à Inès Boualem, infirmière de nuit."),
              (Speakers{layoutSpeaker("Inès Boualem", "infirmière de nuit")}));
    EXPECT_EQ(extractLayout("Au micro, Marianne Lévêque, militante associative."),
              (Speakers{layoutSpeaker("Marianne Lévêque", "militante associative")}));
    EXPECT_EQ(extractLayout("Sur le plateau, Hector Valmont répond à nos questions."),
              (Speakers{layoutSpeaker("Hector Valmont", "guest")}));
}

TEST(SpeakerLayouts, TheOneToldIsTheOneWhoAsks)
{
    EXPECT_EQ(extractLayout("Le nouveau chef explique à Héloïse Martel comment il cuisine."),
              (Speakers{layoutSpeaker("Héloïse Martel", "host")}));
    EXPECT_EQ(extractLayout("Cette histoire, Armand Quérel l’a racontée à Séverine Aubrac."),
              (Speakers{layoutSpeaker("Séverine Aubrac", "host")}));
}

TEST(SpeakerLayouts, AProgrammeLineEndsOnItsHost)
{
    EXPECT_EQ(extractLayout("9h-10h Les Chemins du savoir de Perrine Aubertin\n\nLa mer et ses "
                            "frontières\n\nAvec Gaël Tanguy, géographe"),
              (Speakers{layoutSpeaker("Perrine Aubertin", "host"),
                        layoutSpeaker("Gaël Tanguy", "géographe")}));
    EXPECT_EQ(extractLayout("14h-15h Savez-vous l’éco ? d’Ombeline de Kerhervé"),
              (Speakers{layoutSpeaker("Ombeline de Kerhervé", "host")}));
    // A line that does not open on a time is a title, not a programme line.
    EXPECT_TRUE(extractLayout("La Bretagne de Perrine Aubertin").isEmpty());
}

TEST(SpeakerLayouts, OneNameALineAndItsRoleOnTheNext)
{
    EXPECT_EQ(extractLayout("With\nTessa Morland\nHistorian\nKwame Boateng\nNovelist and poet"),
              (Speakers{layoutSpeaker("Tessa Morland", "Historian"),
                        layoutSpeaker("Kwame Boateng", "Novelist and poet")}));
    // A line that is not a job is not taken as one.
    EXPECT_EQ(extractLayout("With\nTessa Morland\nRecorded in Leeds"),
              (Speakers{layoutSpeaker("Tessa Morland", "guest")}));
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
    EXPECT_TRUE(extractLayout("HORSE STORY : « Trois jours à cheval »").isEmpty());
}

TEST(SpeakerLayouts, WhoseIsNotWhatAndReportersReport)
{
    // A possessive before the name says whose, not what the person does.
    EXPECT_EQ(extractLayout("NPR's Ari Shapiro talks with Helen Fraser, a nurse in Ohio."),
              (Speakers{layoutSpeaker("Ari Shapiro", "host"),
                        layoutSpeaker("Helen Fraser", "nurse in Ohio")}));
    EXPECT_EQ(extractLayout("The BBC's Laura Kemp reports from Kyiv."),
              (Speakers{layoutSpeaker("Laura Kemp", "reporter")}));
    EXPECT_EQ(
        extractLayout("Tom Cole meets Helen Fraser, a beekeeper."),
        (Speakers{layoutSpeaker("Tom Cole", "host"), layoutSpeaker("Helen Fraser", "beekeeper")}));
}

TEST(SpeakerLayouts, WhereARoleStops)
{
    // A place after the comma is not a role; a clause of its own ends one.
    EXPECT_EQ(extractLayout("Un entretien avec Fouad Lahlou, à Schaerbeek, pour son livre."),
              (Speakers{layoutSpeaker("Fouad Lahlou", "guest")}));
    EXPECT_EQ(
        extractLayout("Avec Solène Marquet et Isabelle Lachaume, journalistes au service culture, "
                      "avouent que le festival épuise."),
        (Speakers{layoutSpeaker("Solène Marquet", "journalistes au service culture"),
                  layoutSpeaker("Isabelle Lachaume", "journalistes au service culture")}));
    // A generational suffix is part of the name.
    EXPECT_EQ(extractLayout("Avec Obadiah M. Hendrickson Jr, pasteur."),
              (Speakers{layoutSpeaker("Obadiah M. Hendrickson Jr", "pasteur")}));
}

} // namespace
} // namespace ondes

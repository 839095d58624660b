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

Speakers extract(const char* utf8)
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

Speaker shaped(const char* name, const char* role)
{
    return Speaker{QString::fromUtf8(name), QString::fromUtf8(role)};
}

TEST(SpeakerLayouts, TwoJobsJoinedBeforeTheName)
{
    EXPECT_EQ(extract("We speak to historian and author Colm Brannigan about the famine."),
              (Speakers{shaped("Colm Brannigan", "historian and author")}));
    EXPECT_EQ(extract("I interview philosopher and novelist Odette Krall about her new book."),
              (Speakers{shaped("Odette Krall", "philosopher and novelist")}));
}

TEST(SpeakerLayouts, ReceivingPhrases)
{
    EXPECT_EQ(extract("Cette semaine, nous avons reçu Lucien Marchetti, ancien cheminot."),
              (Speakers{shaped("Lucien Marchetti", "ancien cheminot")}));
    EXPECT_EQ(extract("L’émission donne la parole à Inès Boualem, infirmière de nuit."),
              (Speakers{shaped("Inès Boualem", "infirmière de nuit")}));
    EXPECT_EQ(extract("Au micro, Marianne Lévêque, militante associative."),
              (Speakers{shaped("Marianne Lévêque", "militante associative")}));
    EXPECT_EQ(extract("Sur le plateau, Hector Valmont répond à nos questions."),
              (Speakers{shaped("Hector Valmont", "guest")}));
}

TEST(SpeakerLayouts, TheOneToldIsTheOneWhoAsks)
{
    EXPECT_EQ(extract("Le nouveau chef explique à Héloïse Martel comment il cuisine."),
              (Speakers{shaped("Héloïse Martel", "host")}));
    EXPECT_EQ(extract("Cette histoire, Armand Quérel l’a racontée à Séverine Aubrac."),
              (Speakers{shaped("Séverine Aubrac", "host")}));
}

TEST(SpeakerLayouts, AProgrammeLineEndsOnItsHost)
{
    EXPECT_EQ(extract("9h-10h Les Chemins du savoir de Perrine Aubertin\n\nLa mer et ses "
                      "frontières\n\nAvec Gaël Tanguy, géographe"),
              (Speakers{shaped("Perrine Aubertin", "host"), shaped("Gaël Tanguy", "géographe")}));
    EXPECT_EQ(extract("14h-15h Savez-vous l’éco ? d’Ombeline de Kerhervé"),
              (Speakers{shaped("Ombeline de Kerhervé", "host")}));
    // A line that does not open on a time is a title, not a programme line.
    EXPECT_TRUE(extract("La Bretagne de Perrine Aubertin").isEmpty());
}

TEST(SpeakerLayouts, OneNameALineAndItsRoleOnTheNext)
{
    EXPECT_EQ(extract("With\nTessa Morland\nHistorian\nKwame Boateng\nNovelist and poet"),
              (Speakers{shaped("Tessa Morland", "Historian"),
                        shaped("Kwame Boateng", "Novelist and poet")}));
    // A line that is not a job is not taken as one.
    EXPECT_EQ(extract("With\nTessa Morland\nRecorded in Leeds"),
              (Speakers{shaped("Tessa Morland", "guest")}));
}

TEST(SpeakerLayouts, ANameInCapitalsThatAGivenNameOpens)
{
    EXPECT_EQ(extract("LAURENT DE WULF : « Il faut tout reprendre »"),
              (Speakers{shaped("LAURENT DE WULF", "guest")}));
    // Capitals that do not open on a given name are a heading.
    EXPECT_TRUE(extract("HORSE STORY : « Trois jours à cheval »").isEmpty());
}

TEST(SpeakerLayouts, WhoseIsNotWhatAndReportersReport)
{
    // A possessive before the name says whose, not what the person does.
    EXPECT_EQ(extract("NPR's Ari Shapiro talks with Helen Fraser, a nurse in Ohio."),
              (Speakers{shaped("Ari Shapiro", "host"), shaped("Helen Fraser", "nurse in Ohio")}));
    EXPECT_EQ(extract("The BBC's Laura Kemp reports from Kyiv."),
              (Speakers{shaped("Laura Kemp", "reporter")}));
    EXPECT_EQ(extract("Tom Cole meets Helen Fraser, a beekeeper."),
              (Speakers{shaped("Tom Cole", "host"), shaped("Helen Fraser", "beekeeper")}));
}

TEST(SpeakerLayouts, WhereARoleStops)
{
    // A place after the comma is not a role; a clause of its own ends one.
    EXPECT_EQ(extract("Un entretien avec Fouad Lahlou, à Schaerbeek, pour son livre."),
              (Speakers{shaped("Fouad Lahlou", "guest")}));
    EXPECT_EQ(extract("Avec Solène Marquet et Isabelle Lachaume, journalistes au service culture, "
                      "avouent que le festival épuise."),
              (Speakers{shaped("Solène Marquet", "journalistes au service culture"),
                        shaped("Isabelle Lachaume", "journalistes au service culture")}));
    // A generational suffix is part of the name.
    EXPECT_EQ(extract("Avec Obadiah M. Hendrickson Jr, pasteur."),
              (Speakers{shaped("Obadiah M. Hendrickson Jr", "pasteur")}));
}

} // namespace
} // namespace ondes

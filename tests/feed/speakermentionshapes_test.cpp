// People a description only tells of, in shapes no cue makes speakers (someone's friend or kin,
// a co-author, a pointer to another programme, archives, the subject a programme's line opens
// with), and names that end where an affiliation or a job before them says. Each shape is checked
// against the same text with the person present, so that the test can fail. Names are invented.

#include "feed/speakerextractor.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

bool proposed(const char* utf8, const char* name)
{
    const QString wanted = QString::fromUtf8(name);
    for (const speakers::SpeakerCandidate& c :
         SpeakerExtractor().candidates(QString::fromUtf8(utf8))) {
        if (c.speaker.name == wanted)
            return true;
    }
    return false;
}

QStringList names(const char* utf8)
{
    QStringList out;
    for (const Speaker& s : SpeakerExtractor().extract(QString::fromUtf8(utf8)))
        out.append(s.name);
    return out;
}

TEST(SpeakerMentionShapes, FriendOrKinIsToldOf)
{
    EXPECT_FALSE(proposed("Il écrit de nombreux articles pour le dictionnaire qu’il coordonne avec "
                          "son ami Ferdinand Bussière.",
                          "Ferdinand Bussière"));
    EXPECT_FALSE(proposed("C’est lors d’un séjour à Montréal avec son amie Mélina Bouzid qu’elle "
                          "découvre la radio.",
                          "Mélina Bouzid"));
    EXPECT_FALSE(
        proposed("She moved to Ohio with her husband Gareth Pollard in 1998.", "Gareth Pollard"));
    // The same names, received, are speakers' candidates.
    EXPECT_TRUE(proposed("Nous recevons Ferdinand Bussière, lexicographe.", "Ferdinand Bussière"));
    // In the host's own voice, "my friend" may well be the guest.
    EXPECT_TRUE(proposed("Today I'm joined by my friend Gareth Pollard.", "Gareth Pollard"));
}

TEST(SpeakerMentionShapes, CoAuthorsAreToldOf)
{
    EXPECT_FALSE(proposed("Tom Ashby is the author of The Stronghold; and co-author, with fellow "
                          "political scientist Tyrone Kingsley-Marsh, of Devolution.",
                          "Tyrone Kingsley-Marsh"));
    EXPECT_FALSE(proposed("Pour en parler, Benoît Borrel, documentariste sonore. Il est "
                          "co-auteur, avec Nicolas Fromont, de la création Évasion.",
                          "Nicolas Fromont"));
    EXPECT_TRUE(proposed("Pour en parler, Benoît Borrel, avec Nicolas Fromont, documentariste.",
                         "Nicolas Fromont"));
}

TEST(SpeakerMentionShapes, PointersToAnotherProgramme)
{
    // Run together once HTML is gone: "aussiLe".
    EXPECT_FALSE(proposed("Il répond aux questions de Mathilde Courtot.\n\nÀ écouter aussiLe "
                          "réalisateur Karim Benslimane raconte « le cinéma des deux rives »",
                          "Karim Benslimane"));
    EXPECT_FALSE(proposed("Lire aussi : Karim Benslimane raconte le cinéma des deux rives",
                          "Karim Benslimane"));
    EXPECT_FALSE(proposed("Listen to the latest podcast from Podmakers, Crime Scene, with Alice "
                          "Penrose and Bernard Hogg: https://example.org/crime",
                          "Alice Penrose"));
    EXPECT_TRUE(proposed("Le réalisateur Karim Benslimane raconte « le cinéma des deux rives »",
                         "Karim Benslimane"));
    EXPECT_TRUE(proposed("Listen to Alice Penrose talk about crime scenes.", "Alice Penrose"));
}

TEST(SpeakerMentionShapes, PeopleInArchives)
{
    EXPECT_FALSE(proposed("Au programme : des voix de grévistes ; des archives d’interviews de "
                          "Raymond Chassagne.",
                          "Raymond Chassagne"));
    EXPECT_FALSE(
        proposed("We hear archive recordings of Doris Whitfield from 1962.", "Doris Whitfield"));
    EXPECT_TRUE(proposed("Au programme : des voix de grévistes ; une interview de Raymond "
                         "Chassagne.",
                         "Raymond Chassagne"));
}

TEST(SpeakerMentionShapes, TheSubjectALineOpensWith)
{
    const char* week = "Lundi 12 novembre\n\nNora Fredrikson, philosophe et militante\u00a0: avec "
                       "Estelle Garnier, professeure de philosophie morale.\n\nJeudi 15 "
                       "novembre\n\nFrançois Poulard, «\u00a0l’esprit n’a point de "
                       "sexe\u00a0»\u00a0: avec Marie Vauclerc, maîtresse de conférences.";
    EXPECT_FALSE(proposed(week, "Nora Fredrikson"));
    EXPECT_FALSE(proposed(week, "François Poulard"));
    EXPECT_TRUE(proposed(week, "Estelle Garnier"));
    EXPECT_TRUE(proposed(week, "Marie Vauclerc"));
    EXPECT_FALSE(
        proposed("Ada Whitlow: the first programmer: with Joan Carver, historian.", "Ada Whitlow"));
}

TEST(SpeakerMentionShapes, AnAffiliationEndsTheName)
{
    const QStringList table =
        names("Autour de la table :\n\n  • Sandrine Kowalski du Mouvement "
              "associatif\n  • Thibault Lemarié de la FRANF (fédération des "
              "radios associatives)\n  • Yacine Haddad, salarié de la Cimade");
    EXPECT_TRUE(table.contains(QStringLiteral("Sandrine Kowalski")))
        << table.join(u'|').toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("Thibault Lemarié")))
        << table.join(u'|').toStdString();
    // A particle then a name stays in the name.
    EXPECT_TRUE(names("Invité : Charles-Henri du Bellay, historien.")
                    .contains(QStringLiteral("Charles-Henri du Bellay")));
}

TEST(SpeakerMentionShapes, AJobBeforeTheGivenNameIsNoPartOfTheName)
{
    const QStringList joined = names("This week, host Brianna Okafor is joined by former Kentucky "
                                     "Poet Laureate Corinne Whitfield, author of a cookbook.");
    EXPECT_TRUE(joined.contains(QStringLiteral("Corinne Whitfield")))
        << joined.join(u'|').toStdString();
    const QStringList explains = names("Primatologist Isabel Behrens explains how bonobos learn "
                                       "by playing.");
    EXPECT_FALSE(explains.contains(QStringLiteral("Primatologist Isabel Behrens")));
}

TEST(SpeakerMentionShapes, LabelsAndImperativesEndTheName)
{
    // Credits run together once HTML is gone: the next label or "Get in touch" is no surname.
    const QStringList credits = names("Presenter: Jo Farley Producer: June Christiansen Get in "
                                      "touch: outlook@example.org");
    EXPECT_FALSE(credits.contains(QStringLiteral("June Christiansen Get")));
    EXPECT_FALSE(
        proposed("Image: Natasha Bishop Credit: Natalie Thomson", "Natasha Bishop Credit"));
    EXPECT_TRUE(proposed("Image: Natasha Bishop Credit: Natalie Thomson", "Natasha Bishop"));
    // "En France, …" opening a sentence is no person.
    EXPECT_FALSE(proposed("En France, les stages de redressement ne sont pas interdits. Kylian "
                          "Morel raconte.",
                          "En France"));
}

TEST(SpeakerMentionShapes, HoldersOfOfficeInTheNews)
{
    EXPECT_FALSE(proposed("Stéphane Gautier, maire de Sevran, a annoncé sa démission en pleine "
                          "séance municipale.",
                          "Stéphane Gautier"));
    EXPECT_FALSE(proposed("Deborah Whitlock, the mayor of Rochester, announced her resignation on "
                          "Monday.",
                          "Deborah Whitlock"));
    // Described the same way, then speaking on the programme: a speaker's candidate.
    EXPECT_TRUE(proposed("Nous recevons Stéphane Gautier, maire de Sevran, qui nous explique sa "
                         "démission.",
                         "Stéphane Gautier"));
}

TEST(SpeakerMentionShapes, APointerToAnotherEpisodeNamesNoSpeaker)
{
    EXPECT_FALSE(proposed("Also mentioned this week: our interview with Corvin Ashgrove, author "
                          "of The Ferry Keepers.",
                          "Corvin Ashgrove"));
    EXPECT_FALSE(proposed("A special edition of Night Verse goes out on Sunday, featuring Ilsa "
                          "Marrow reading from Tidewater.",
                          "Ilsa Marrow"));
    EXPECT_FALSE(proposed("La semaine prochaine, nous recevrons l’historienne Odile Marcassin.",
                          "Odile Marcassin"));
    EXPECT_FALSE(proposed("Dans le prochain épisode\u00a0: l’économiste Basile Tranchant.",
                          "Basile Tranchant"));
    // Controls: this episode's guest, the other episode's in its own sentence.
    const char* both = "This week we talk with historian Odile Marcassin about canals. Next week: "
                       "Bram Holtby.";
    EXPECT_EQ(names(both), QStringList{QStringLiteral("Odile Marcassin")});
    EXPECT_EQ(names("Our guest this week is the historian Odile Marcassin."),
              QStringList{QStringLiteral("Odile Marcassin")});
}

TEST(SpeakerMentionShapes, WhoSomeonesWorkIsWithIsToldOf)
{
    EXPECT_FALSE(proposed("Gordie Vance talks to punk singer Tamsin Roe about her winter tour "
                          "with prog guitarist Kelvin Ashdown.",
                          "Kelvin Ashdown"));
    EXPECT_FALSE(proposed("Élise Rouvière revient sur sa tournée avec le guitariste Paulin "
                          "Marchetto.",
                          "Paulin Marchetto"));
    EXPECT_FALSE(proposed("We look back on his marriage with the actress Noor Delacroix-Vey.",
                          "Noor Delacroix-Vey"));
    // Controls: the verb's partner ("discusses her album with X"), a comma before "avec", and
    // what is no joint work ("ses idées", "her career").
    EXPECT_TRUE(proposed("She discusses her new album with producer Paulin Marchetto.",
                         "Paulin Marchetto"));
    EXPECT_TRUE(proposed("Retour sur ses idées avec Chloé Marandet, doctorante à l’EHESS.",
                         "Chloé Marandet"));
    EXPECT_TRUE(proposed("We look back on her career with the historian Paulin Marchetto.",
                         "Paulin Marchetto"));
    EXPECT_TRUE(proposed("Élise Rouvière revient sur sa tournée, avec le guitariste Paulin "
                         "Marchetto.",
                         "Paulin Marchetto"));
    EXPECT_TRUE(proposed("Gordie Vance talks to punk singer Tamsin Roe about her winter tour "
                         "with prog guitarist Kelvin Ashdown.",
                         "Tamsin Roe"));
}

} // namespace
} // namespace ondes

// French interview formulas the cue table lacked (issue #15, dev's French misses): "nous en
// parlons avec X", "interview de X", "pour interviewer X", "X est allée rencontrer Y", "Y
// répond à X", "X présente son livre", "X est venu nous parler", "X lui demande"; and a name
// that ends at "d’" then a common word ("X d’Alternatives économiques"); list items that
// bullets, dashes or semicolons separate on one line; a sentence that opens on people described
// by their jobs. Each shape is checked
// with the typographic punctuation published text uses (’ « » – and U+00A0/U+202F) and against
// a text where the same person is only mentioned. Names are invented.

#include "feed/speakerextractor.h"
#include "speakertestsupport.h"

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

namespace {

using Speakers = QList<Speaker>;

using test::nameAndRole;
using test::speakerNamesOf;
using test::speakersOf;

TEST(SpeakerFrenchCues, WhoWeTalkWithSpeaks)
{
    EXPECT_EQ(speakerNamesOf("L’agence s’inquiète. Nous en parlons avec Christian Vautrin "
                             "d’Alternatives économiques, qui souligne les risques\u202f!"),
              QStringList{QStringLiteral("Christian Vautrin")});
    EXPECT_EQ(speakerNamesOf("Nous en discutons avec Margot Lessard, économiste, et Paul Ferrand."),
              (QStringList{QStringLiteral("Margot Lessard"), QStringLiteral("Paul Ferrand")}));
    // Only told of: the same person without the formula.
    EXPECT_EQ(speakerNamesOf("L’agence s’inquiète, selon un rapport de Christian Vautrin publié en "
                             "2019."),
              QStringList{});
}

TEST(SpeakerFrenchCues, WhoIsInterviewedSpeaks)
{
    EXPECT_EQ(
        speakerNamesOf("- Vendredi 3 novembre\u00a0: interview d’Olivier Tournade, scénariste et "
                       "dessinateur, auteur de « Les Capitaines »."),
        QStringList{QStringLiteral("Olivier Tournade")});
    EXPECT_EQ(
        speakerNamesOf("Le 17 mai nous nous y sommes rendus pour interviewer Anne Furlan, une "
                       "fromagère du village."),
        QStringList{QStringLiteral("Anne Furlan")});
    EXPECT_EQ(speakerNamesOf("À lire\u00a0: le portrait d’Olivier Tournade, paru en 1998."),
              QStringList{});
}

TEST(SpeakerFrenchCues, WhoGoesToMeetAsksAndWhoIsMetSpeaks)
{
    EXPECT_EQ(speakersOf("Pour ce troisième épisode, Hélène Castaing, journaliste au Monde, est "
                         "allée rencontrer la chanteuse Zélie Marchais dans son atelier."),
              (Speakers{nameAndRole("Hélène Castaing", "journaliste au Monde"),
                        nameAndRole("Zélie Marchais", "chanteuse")}));
}

TEST(SpeakerFrenchCues, WhoIsAnsweredAsks)
{
    EXPECT_EQ(speakersOf("Son auteur est notre invité ce matin. Il répond à Loïc Harambat."),
              (Speakers{nameAndRole("Loïc Harambat", "host")}));
    // Answering a question, not a person: nobody.
    EXPECT_EQ(speakerNamesOf("La ministre répond à la polémique lancée en 1998 par Loïc Harambat."),
              QStringList{});
}

TEST(SpeakerFrenchCues, WhoPresentsTheirBookOrCameToTalkSpeaks)
{
    EXPECT_EQ(speakerNamesOf("Dans la deuxième partie, Bénédicte Bourdais présente son livre « La "
                             "France qui a faim »."),
              QStringList{QStringLiteral("Bénédicte Bourdais")});
    EXPECT_EQ(speakerNamesOf("Lundi, le journaliste Nordine Belhassen est venu nous parler de la "
                             "télévision d’opinion."),
              QStringList{QStringLiteral("Nordine Belhassen")});
    EXPECT_EQ(speakerNamesOf("En 1952, le livre de Bénédicte Bourdais a reçu un prix."),
              QStringList{});
}

TEST(SpeakerFrenchCues, WhoAsksWhyHosts)
{
    EXPECT_EQ(speakersOf("L’artiste ne votera pas aux élections. Patrice Lagorce lui demande "
                         "pourquoi."),
              (Speakers{nameAndRole("Patrice Lagorce", "host")}));
}

// "d’" then a capitalised common word after a whole name is where the person comes from; a
// surname with its particle stays whole.
TEST(SpeakerFrenchCues, ANameEndsAtAnAffiliationAfterDApostrophe)
{
    EXPECT_EQ(speakerNamesOf("On en discute avec Yanis Fourmont d’Alternatives économiques, qui "
                             "souligne les risques."),
              QStringList{QStringLiteral("Yanis Fourmont")});
    EXPECT_EQ(
        speakerNamesOf("On en discute avec Valérie Giscard d’Estaing, qui souligne les risques."),
        QStringList{QStringLiteral("Valérie Giscard d’Estaing")});
}

// "Avec : • A, … • B, …", "Pour en parler : – A, juriste – B, …": a list on one line whose items
// bullets or dashes separate; what follows an item up to the next bullet is commentary.
TEST(SpeakerFrenchCues, ListItemsSeparatedByBulletsOnOneLine)
{
    EXPECT_EQ(speakersOf("Quelles aides pour ces mères\u202f?  Avec\u00a0: • Francesca Ferrat, "
                         "co-autrice de l’ouvrage, La révolte des mères (L’iconoclaste, 2025) • "
                         "Belinda Nangou, présidente de la Fondation Mère célibataire d’Afrique."),
              (Speakers{nameAndRole("Francesca Ferrat", "co-autrice de l’ouvrage"),
                        nameAndRole("Belinda Nangou",
                                    "présidente de la Fondation Mère célibataire d’Afrique")}));
    EXPECT_EQ(speakersOf("Pour en parler\u00a0: – Karim Benslim, juriste – Jeanne Lorquin, "
                         "chargée de mission pour le Rassemblement bruxellois"),
              (Speakers{nameAndRole("Karim Benslim", "juriste"),
                        nameAndRole("Jeanne Lorquin",
                                    "chargée de mission pour le Rassemblement bruxellois")}));
    // After the dash, a sentence about someone else: only told of.
    EXPECT_EQ(speakerNamesOf("Avec Karim Benslim, juriste – Paul Verlaine est mort en 1896."),
              QStringList{QStringLiteral("Karim Benslim")});
}

// "avec A, éducatrice à l’association PAMA, Présence Animale et Médiation ; B, témoin …": after
// a semicolon a person described by a comma is the list's next item, past what the item before
// said of its affiliation.
TEST(SpeakerFrenchCues, ListItemsAfterSemicolons)
{
    EXPECT_EQ(
        speakerNamesOf("Les Vraies Voix avec Alexiane Da Silva, éducatrice à l’association PAMA, "
                       "Présence Animale et Médiation\u00a0; Astrid Guérard, témoin à "
                       "l’association PAMA\u00a0; Mylène Verdeil, écrivaine."),
        (QStringList{QStringLiteral("Alexiane Da Silva"), QStringLiteral("Astrid Guérard"),
                     QStringLiteral("Mylène Verdeil")}));
    // After the semicolon, a book by someone else: only told of.
    EXPECT_EQ(
        speakerNamesOf("Avec Alexiane Da Silva, éducatrice, Présence Animale\u00a0; le recueil de "
                       "Paul Verlaine, poète maudit, y est lu."),
        QStringList{QStringLiteral("Alexiane Da Silva")});
}

// "Aujourd’hui, A, chef d’entreprise, B, cheminot, et C, enseignante, débattent …": a sentence
// that opens on two people or more, each described by a job after a comma, lists speakers; one
// person described so alone may be in the news.
TEST(SpeakerFrenchCues, ASentenceOpeningOnDescribedPeople)
{
    EXPECT_EQ(speakersOf("Le Grand Oral des GG. Aujourd’hui, Emmanuel de Villemur, chef "
                         "d’entreprise, Bruno Poncin, cheminot, et Barbara Lefort, enseignante, "
                         "débattent de l’actualité."),
              (Speakers{nameAndRole("Emmanuel de Villemur", "chef d’entreprise"),
                        nameAndRole("Bruno Poncin", "cheminot"),
                        nameAndRole("Barbara Lefort", "enseignante")}));
    EXPECT_EQ(
        speakerNamesOf("Mais qui sont ces éditorialistes\u202f? Paloma Morand, journaliste pour "
                       "Blast, Léa Chambon, autrice, ont rejoint le plateau."),
        (QStringList{QStringLiteral("Paloma Morand"), QStringLiteral("Léa Chambon")}));
    EXPECT_EQ(
        speakerNamesOf("Les avions sont partis. Benyamin Natan, le Premier ministre, a aussitôt "
                       "annoncé l’envoi d’avions."),
        QStringList{});
}

TEST(SpeakerFrenchCues, WhoIsWithTheHostSpeaks)
{
    EXPECT_EQ(speakerNamesOf("16h30 : interview en direct de Karine Bellamy et de Lionel "
                             "Vasseur, bénévoles de l’association."),
              (QStringList{QStringLiteral("Karine Bellamy"), QStringLiteral("Lionel Vasseur")}));
    EXPECT_EQ(speakersOf("Interview exceptionnelle de Régine Lamarque, chercheuse au CNRS."),
              (Speakers{nameAndRole("Régine Lamarque", "chercheuse au CNRS")}));
    EXPECT_EQ(speakerNamesOf("Pour parler de la radio, Paul Zanetti était accompagné par Rémi "
                             "Gaillard. Cet enfant du Jura raconte."),
              QStringList{QStringLiteral("Rémi Gaillard")});
    EXPECT_EQ(speakersOf("Tout un matin, avec Simone Laporte, entourée de Marc-Olivier Lévesque "
                         "(revue de presse) et de Sophie Gagnon (culture)."),
              (Speakers{nameAndRole("Simone Laporte", "guest"),
                        nameAndRole("Marc-Olivier Lévesque", "revue de presse"),
                        nameAndRole("Sophie Gagnon", "culture")}));
    EXPECT_EQ(speakersOf("Talking it through with Harriet Lomond are three insiders."),
              (Speakers{nameAndRole("Harriet Lomond", "guest")}));
}

TEST(SpeakerFrenchCues, WhoOrchestratesOrLeadsHosts)
{
    EXPECT_EQ(speakersOf("Un réveil chaleureux orchestré par Charline Dekeyser, pour bien "
                         "démarrer la journée."),
              (Speakers{nameAndRole("Charline Dekeyser", "host")}));
    EXPECT_EQ(
        speakersOf("« Les Grandes Voix » animées par Didier Fontanel et Patrick Lemaire "
                   "sont de retour."),
        (Speakers{nameAndRole("Didier Fontanel", "host"), nameAndRole("Patrick Lemaire", "host")}));
    // Without a name after them, the same words name no one.
    EXPECT_TRUE(speakersOf("Un réveil orchestré par la rédaction, entouré de mystère.").isEmpty());
}

TEST(SpeakerFrenchCues, ASegmentNamedByItsSubjectAndWhoKeepsIt)
{
    EXPECT_EQ(speakersOf("17h00 : la chronique cinéma de Maëlle Van Hove."),
              (Speakers{nameAndRole("Maëlle Van Hove", "chronique cinéma")}));
    EXPECT_EQ(speakersOf("Puis la chronique éco d’Octave Brunel, sur les prix de l’énergie."),
              (Speakers{nameAndRole("Octave Brunel", "chronique éco")}));
    EXPECT_EQ(speakersOf("08h17 : le billet d’humeur de Romain Desmet."),
              (Speakers{nameAndRole("Romain Desmet", "billet")}));
    // The subject of a chronicle, not who keeps it.
    EXPECT_TRUE(
        speakersOf("La chronique cinéma revient sur le dernier film de la saison.").isEmpty());
}

} // namespace
} // namespace ondes

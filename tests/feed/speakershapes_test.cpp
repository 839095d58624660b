// The shapes real shows use, one family per test (see tests/data/speakers/real-shapes.json for
// them in context). Kinds are left out of the comparison; speakerkinds_test.cpp checks them.

#include "feed/speakerextractor.h"
#include "speakertestsupport.h"

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

namespace {

using Speakers = QList<Speaker>;

using test::nameAndRole;
using test::speakersOf;

TEST(SpeakerShapes, RadioFranceDashedCreditLine)
{
    EXPECT_EQ(
        speakersOf("durée : 00:58:12 - Les Temps longs - par : Armelle Sainval - Depuis 1680, "
                   "la frontière a bougé. - réalisation : Perrine Lhomond - invités : Odile "
                   "Marcassus Historienne, maîtresse de conférences à Pau"),
        (Speakers{nameAndRole("Armelle Sainval", "host"),
                  nameAndRole("Odile Marcassus", "Historienne, maîtresse de conférences à Pau")}));
}

TEST(SpeakerShapes, JobBeforeTheNameAndSpeakingVerbs)
{
    EXPECT_EQ(speakersOf("Le géographe Étienne Vaillant nous livrera son analyse."),
              (Speakers{nameAndRole("Étienne Vaillant", "géographe")}));
    EXPECT_EQ(speakersOf("Theatre director Malcolm Bayliss remembers the song; and Glaswegian "
                         "singer Eddie Tonner describes his album."),
              (Speakers{nameAndRole("Malcolm Bayliss", "Theatre director"),
                        nameAndRole("Eddie Tonner", "Glaswegian singer")}));
    EXPECT_EQ(speakersOf("Journalist Ciaran Dunne reads from his memoir."),
              (Speakers{nameAndRole("Ciaran Dunne", "Journalist")}));
    EXPECT_EQ(speakersOf("Colin Aberley of Barnardo's discusses foster care."),
              (Speakers{nameAndRole("Colin Aberley", "of Barnardo's")}));
}

TEST(SpeakerShapes, PluralRoleDescribesTheListedNames)
{
    EXPECT_EQ(speakersOf("Dans cet épisode, Solène Marais et Inès Lachal, journalistes au service "
                         "culture. Elles racontent le festival."),
              (Speakers{nameAndRole("Solène Marais", "journalistes au service culture"),
                        nameAndRole("Inès Lachal", "journalistes au service culture")}));
}

TEST(SpeakerShapes, ListOnTheLinesAfterTheCue)
{
    EXPECT_EQ(speakersOf("<p>Débats avec nos invités</p><ul><li>Farida Ouchar, de l'association "
                         "Voisines, sur le logement.</li><li>Thierry Garnier, historien, sur les "
                         "forges.</li></ul>"),
              (Speakers{nameAndRole("Farida Ouchar", "de l'association Voisines"),
                        nameAndRole("Thierry Garnier", "historien")}));
    EXPECT_EQ(
        speakersOf("Avec Pierre Savel, directeur de l’ouvrage « Histoire. Un voyage » et\n\n"
                   "Audrey Walch, maîtresse de conférences."),
        (Speakers{nameAndRole("Pierre Savel", "directeur de l’ouvrage « Histoire. Un voyage »"),
                  nameAndRole("Audrey Walch", "maîtresse de conférences")}));
}

TEST(SpeakerShapes, HostAndGuestsExploreTopics)
{
    EXPECT_EQ(
        speakersOf("Matthew Rowe and guests explore well-known phrases. This series includes "
                   "Corinne Aldis on 'Patriarchy', Duncan Fairley on ‘The Nanny State’ and "
                   "Isobel Crane on ‘Safe-Space’."),
        (Speakers{nameAndRole("Matthew Rowe", "host"), nameAndRole("Corinne Aldis", "guest"),
                  nameAndRole("Duncan Fairley", "guest"), nameAndRole("Isobel Crane", "guest")}));
}

TEST(SpeakerShapes, ABioOpensTheParagraph)
{
    EXPECT_EQ(speakersOf("Episode 12: Rip Stanley\n\nRip Stanley is an award-winning former "
                         "journalist who has written a dozen books."),
              (Speakers{nameAndRole("Rip Stanley", "award-winning former journalist")}));
    // Two names opening a sentence with "are back" are no bio: the rules list neither (the
    // decider weighs them, as returning hosts or not, from its training).
    const auto back = SpeakerExtractor().candidates(
        QStringLiteral("Aisha Rahm and Declan Moore are back with the films of the summer."));
    ASSERT_EQ(back.size(), 2);
    EXPECT_FALSE(back.at(0).fromRules);
    EXPECT_FALSE(back.at(1).fromRules);
}

TEST(SpeakerShapes, InvertedSpeakingVerb)
{
    EXPECT_EQ(speakersOf("Un détournement qu’il faut savoir reconnaître, expliquent Clément Roux "
                         "et Anahit Karian, invités de l’émission."),
              (Speakers{nameAndRole("Clément Roux", "invités de l’émission"),
                        nameAndRole("Anahit Karian", "invités de l’émission")}));
}

TEST(SpeakerShapes, GluedParagraphsAndInterpreters)
{
    const QList<Speaker> all = SpeakerExtractor().extract(QStringLiteral(
        "Une émission présentée par Bastien Morel.Traduction : Farid Rahim (interprète), Leïla "
        "Sarram (sous-titrage)."));
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).name, QStringLiteral("Bastien Morel"));
    EXPECT_EQ(all.at(1).name, QStringLiteral("Farid Rahim"));
    EXPECT_EQ(all.at(1).kind, SpeakerKind::Interpreter);
    EXPECT_EQ(all.at(2).kind, SpeakerKind::Credit);
}

TEST(SpeakerShapes, PeopleOnlyMentionedAreNotSpeakers)
{
    EXPECT_TRUE(speakersOf("'Moon River' was written by Harold Pyke and Johnny Redd for the film. "
                           "It's been recorded by Dean Marlow.")
                    .isEmpty());
    EXPECT_TRUE(speakersOf("'Salt and Stone: A Mineral History of Us', written by Owen Callan, "
                           "explores which minerals we rely upon.")
                    .isEmpty());
}

TEST(SpeakerShapes, ProductsBrandsAndHeadlinesAreNotPeople)
{
    EXPECT_TRUE(speakersOf("This week: Apple Arcade, Nintendo Direct and the new Dell Optimizer. "
                           "Featuring Better USB Gaming Headset Support.")
                    .isEmpty());
    EXPECT_TRUE(
        speakersOf("With Nintendo Direct coming, we talk to Sony Interactive about it.").isEmpty());
    EXPECT_TRUE(speakersOf("Guests: Not Funding Committee").isEmpty());
    EXPECT_TRUE(speakersOf("Invités : Apple Music et Google Podcasts").isEmpty());
    EXPECT_EQ(speakersOf("AdWords Customer ID: 123-456. Commentator Shaun Kingsley joins us."),
              (Speakers{nameAndRole("Shaun Kingsley", "Commentator")}));
}

TEST(SpeakerShapes, RolesEndWithThePersonsClause)
{
    const QList<Speaker> all = SpeakerExtractor().extract(QStringLiteral(
        "Réalisation : Stéphane COSME Vous aimez ce podcast ? Pour écouter tous les épisodes, "
        "rendez-vous sur Radio France."));
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.at(0).name, QStringLiteral("Stéphane COSME"));
    EXPECT_EQ(all.at(0).role, QStringLiteral("réalisation"));
    EXPECT_EQ(all.at(0).kind, SpeakerKind::Credit);
    EXPECT_EQ(speakersOf("L'invité : Romain Dufresne, économiste. Il publie un livre."),
              (Speakers{nameAndRole("Romain Dufresne", "économiste")}));
}

} // namespace
} // namespace ondes

namespace ondes {
namespace {

QStringList namesIn(const char* utf8)
{
    QStringList names;
    for (const Speaker& s : SpeakerExtractor().extract(QString::fromUtf8(utf8))) {
        if (s.kind != SpeakerKind::Credit)
            names << s.name + u'|' + s.role;
    }
    return names;
}

TEST(SpeakerShapes, ALineOpeningOnDescribedPeopleListsGuests)
{
    EXPECT_EQ(namesIn("Sophie Arnal, journaliste à Blast, Léon Marchetti, chroniqueur pour Le "
                      "Média, ont rejoint notre plateau."),
              (QStringList{QStringLiteral("Sophie Arnal|journaliste à Blast"),
                           QStringLiteral("Léon Marchetti|chroniqueur pour Le Média")}));
    EXPECT_EQ(namesIn("21 janvier – Benoît Sarrail (historien) – Chloé Vanneau (autrice)"),
              (QStringList{QStringLiteral("Benoît Sarrail|historien"),
                           QStringLiteral("Chloé Vanneau|autrice")}));
}

TEST(SpeakerShapes, ALineOpeningOnANameAndATitleAnnouncesTheAuthor)
{
    EXPECT_EQ(namesIn("4 mars : Florian Sauveterre pour “Respirer la mer” aux éditions du Lys.\n"
                      "Mathilde Garin pour “Neige” aux éditions Paulsen."),
              (QStringList{QStringLiteral("Florian Sauveterre|guest"),
                           QStringLiteral("Mathilde Garin|guest")}));
    EXPECT_EQ(namesIn("Olivier Mercadal : « Le fossoyeur » (XO éditions)"),
              (QStringList{QStringLiteral("Olivier Mercadal|guest")}));
}

TEST(SpeakerShapes, AListOfNamesIsTheSubjectOfASpeakingVerb)
{
    EXPECT_EQ(
        namesIn("Charlie Gleave, Jennifer Hoop, and Chris Castell talk about their roles."),
        (QStringList{QStringLiteral("Charlie Gleave|guest"), QStringLiteral("Jennifer Hoop|guest"),
                     QStringLiteral("Chris Castell|guest")}));
}

TEST(SpeakerShapes, TheOneWhoAsksTheQuestionsHosts)
{
    EXPECT_EQ(namesIn("Hanta Rakotomalala répond aux questions de Mathilde Courtin."),
              (QStringList{QStringLiteral("Hanta Rakotomalala|guest"),
                           QStringLiteral("Mathilde Courtin|host")}));
    EXPECT_EQ(namesIn("L'entretien mené par Delphine Sabran a été réalisé à Montpellier."),
              (QStringList{QStringLiteral("Delphine Sabran|host")}));
    EXPECT_EQ(namesIn("Diffusé par Slate. Créé par Charlotte Pudlo. 108 épisodes."),
              (QStringList{QStringLiteral("Charlotte Pudlo|host")}));
}

} // namespace
} // namespace ondes

namespace ondes {
namespace {

QStringList rolesIn(const char* utf8)
{
    QStringList found;
    for (const Speaker& s : SpeakerExtractor().extract(QString::fromUtf8(utf8)))
        found << s.name + u'|' + s.role + u'|' + speakerKindName(s.kind);
    return found;
}

TEST(SpeakerShapes, ARoleEndsWhereThePersonsClauseEnds)
{
    // Not a duration…
    EXPECT_EQ(rolesIn("Avec Jules Castel, sociologue (9 min)"),
              QStringList{QStringLiteral("Jules Castel|sociologue|guest")});
    EXPECT_EQ(rolesIn("Avec Jules Castel, sociologue (12'30)"),
              QStringList{QStringLiteral("Jules Castel|sociologue|guest")});
    // …but a département stays in the role.
    EXPECT_EQ(rolesIn("Avec Yoan Pikto, conseiller à Aubervilliers (93)"),
              QStringList{QStringLiteral("Yoan Pikto|conseiller à Aubervilliers (93)|guest")});
    // Not the credit that follows…
    EXPECT_EQ(rolesIn("Un reportage de Léa Marin, mixé par Jules Castel (9 min)"),
              (QStringList{QStringLiteral("Léa Marin|reportage|reporter"),
                           QStringLiteral("Jules Castel|mixage|credit")}));
    // …nor the next person.
    EXPECT_EQ(rolesIn("Avec Marie Dubreuil, chercheuse au CNRS Jean Marty, historien").value(0),
              QStringLiteral("Marie Dubreuil|chercheuse au CNRS|guest"));
}

// "we caught up with X" receives a guest like "talks with" (found on a real feed, which missed
// him).
TEST(SpeakerShapes, CaughtUpWithReceivesAGuest)
{
    EXPECT_EQ(speakersOf("For this special episode we caught up with Tobias Renwick to talk about "
                         "designing for slow networks."),
              (Speakers{nameAndRole("Tobias Renwick", "guest")}));
    EXPECT_EQ(speakersOf("Marguerite Oyelaran catches up with Tobias Renwick."),
              (Speakers{nameAndRole("Marguerite Oyelaran", "host"),
                        nameAndRole("Tobias Renwick", "guest")}));
}

// "…, alongside cosmologist X and astrophysicist Y": the people after "alongside" are guests
// too, each with the job written before their name ("alongside" is no part of it), and none of
// them is the role of the name before.
TEST(SpeakerShapes, AlongsideNamesMoreGuests)
{
    EXPECT_EQ(
        speakersOf("They are joined by comedian Mal Lomax, alongside cosmologist Sean Corrin "
                   "and astrophysicist Janna Liebert to discover black holes."),
        (Speakers{nameAndRole("Mal Lomax", "comedian"), nameAndRole("Sean Corrin", "cosmologist"),
                  nameAndRole("Janna Liebert", "astrophysicist")}));
}

// A verb makes its subjects guests by default; a label naming them hosts later in the text says
// what they are ("Présentation : A et B"); "A et B sont accompagnés de C": A and B host.
TEST(SpeakerShapes, HostsNamedAfterAVerbOrAccompanied)
{
    EXPECT_EQ(
        speakersOf("Hélène Maquet et Bertrand Hennard retracent l’histoire du retour du loup.\n"
                   "Présentation\u00a0: Hélène Maquet et Bertrand Hennard\n"),
        (Speakers{nameAndRole("Hélène Maquet", "host"), nameAndRole("Bertrand Hennard", "host")}));
    EXPECT_EQ(
        speakersOf("Yves-Alain Cuendoz et Didier Bovey sont accompagnés ce matin de Murielle "
                   "Pittard, chercheuse en linguistique."),
        (Speakers{nameAndRole("Yves-Alain Cuendoz", "host"), nameAndRole("Didier Bovey", "host"),
                  nameAndRole("Murielle Pittard", "chercheuse en linguistique")}));
    // "… entièreMaya Pittier et Jonas Rüegg reçoivent": names joined by "et" are no job.
    EXPECT_EQ(speakersOf("Maya Pittet et Jonas Rüeggli reçoivent Anne Bessart, linguiste.\nLe "
                         "sommaire\n- Émission entièreMaya Pittet et Jonas Rüeggli reçoivent Anne "
                         "Bessart, linguiste."),
              (Speakers{nameAndRole("Maya Pittet", "host"), nameAndRole("Jonas Rüeggli", "host"),
                        nameAndRole("Anne Bessart", "linguiste")}));
}

} // namespace
} // namespace ondes

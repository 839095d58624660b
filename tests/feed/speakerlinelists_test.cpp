// Lists of people one a line, under a heading or not: lines opened by a dash, a triangle or an
// arrow ("– X, chercheuse …", "▶ X, …", "► X, …"), a play sign before a name and a job, a
// heading with a count ("Nos trois invités :", "3 invités :"), an interview's headline ("X,
// navigatrice : « … »"), a panel after an opener of a few words. Names are invented.

#include "feed/speakerextractor.h"
#include "speakertestsupport.h"

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

namespace {

using Speakers = QList<Speaker>;

using test::nameAndRole;
using test::speakersOf;

TEST(SpeakerLineLists, AHeadingMayCountThePeopleItLists)
{
    EXPECT_EQ(
        speakersOf("Un débat sur l’eau.\n\nNos trois invitées :\n\nLénaïg Carrasco, "
                   "hydrologue à l’université de Rennes\n\nOdile Ferracci, présidente "
                   "d’une association de riverains"),
        (Speakers{nameAndRole("Lénaïg Carrasco", "hydrologue à l’université de Rennes"),
                  nameAndRole("Odile Ferracci", "présidente d’une association de riverains")}));
    EXPECT_EQ(speakersOf("2 invités :\nLénaïg Carrasco, hydrologue\nOdile Ferracci, présidente "
                         "d’une association"),
              (Speakers{nameAndRole("Lénaïg Carrasco", "hydrologue"),
                        nameAndRole("Odile Ferracci", "présidente d’une association")}));
    EXPECT_EQ(speakersOf("Our two guests:\nCorwin Baptiste, a historian\nMarisol Edgerton, a "
                         "marine biologist"),
              (Speakers{nameAndRole("Corwin Baptiste", "historian"),
                        nameAndRole("Marisol Edgerton", "marine biologist")}));
    // A count alone before a colon is no heading: "2 : Lénaïg Carrasco" names no one.
    EXPECT_TRUE(speakersOf("Épisode 2 : Lénaïg Carrasco et la mer").isEmpty());
}

TEST(SpeakerLineLists, DashesAndTrianglesOpenListedLines)
{
    // A line opened by a dash, a triangle or an arrow, then a name and a job after a comma.
    EXPECT_EQ(speakersOf("Autour de la table ce soir :\n– Lénaïg Carrasco, journaliste au "
                         "service politique ;\n– Odile Ferracci, directrice de la rédaction."),
              (Speakers{nameAndRole("Lénaïg Carrasco", "journaliste au service politique"),
                        nameAndRole("Odile Ferracci", "directrice de la rédaction")}));
    EXPECT_EQ(speakersOf("Débatteurs du soir :\n- Bastien Oyarzun, sociologue du travail\n- "
                         "Inès Kervella, avocate au barreau de Lyon"),
              (Speakers{nameAndRole("Bastien Oyarzun", "sociologue du travail"),
                        nameAndRole("Inès Kervella", "avocate au barreau de Lyon")}));
    EXPECT_EQ(speakersOf("La radio, c’est vous.\n▶ Samia El Kouri, membre du bureau de Radio "
                         "Pivoine\n► Gaël Le Duigou, militant associatif"),
              (Speakers{nameAndRole("Samia El Kouri", "membre du bureau de Radio Pivoine"),
                        nameAndRole("Gaël Le Duigou", "militant associatif")}));
    EXPECT_EQ(speakersOf("Tonight:\n– Corwin Baptiste, historian at the University of Leeds\n"
                         "– Marisol Edgerton, a biologist at Exeter"),
              (Speakers{nameAndRole("Corwin Baptiste", "historian at the University of Leeds"),
                        nameAndRole("Marisol Edgerton", "biologist at Exeter")}));
    // The same dash before a name with no job after it, or mid-line, lists no one.
    EXPECT_TRUE(speakersOf("Au sommaire :\n– Lénaïg Carrasco et la mer\n– Odile Ferracci en "
                           "Bretagne")
                    .isEmpty());
    EXPECT_TRUE(speakersOf("La réforme – Lénaïg Carrasco, journaliste, l’a dit hier.").isEmpty());
}

TEST(SpeakerLineLists, APlaySignOpensAPersonAndTheirJob)
{
    // "▶︎" (a play sign and the text-style selector after it), one a line.
    EXPECT_EQ(speakersOf("Faut-il tout transmettre ?\n\n    \u25B6\uFE0E Anselme TRÉGUIER "
                         "Romancier et scénariste\n    \u25B6\uFE0E Rosalie KERMADEC, "
                         "Essayiste, cheffe d’entreprise"),
              (Speakers{nameAndRole("Anselme TRÉGUIER", "Romancier et scénariste"),
                        nameAndRole("Rosalie KERMADEC", "Essayiste, cheffe d’entreprise")}));
    // The same run together once HTML is removed.
    EXPECT_EQ(speakersOf("Que dit cette solitude ? \u25B6\uFE0E Edmond FALLOWFIELD Historien, "
                         "professeur à l’université de Brest\u25B6\uFE0E Ninon ABGRALL "
                         "Journaliste à La Vigie"),
              (Speakers{nameAndRole("Edmond FALLOWFIELD",
                                    "Historien, professeur à l’université de Brest"),
                        nameAndRole("Ninon ABGRALL", "Journaliste à La Vigie")}));
    // A play sign before a title that opens on a name, or before a label, is not that shape.
    EXPECT_TRUE(speakersOf("\u25B6\uFE0E Jules Verne, la Lune et nous").isEmpty());
    EXPECT_TRUE(speakersOf("\u25B6\uFE0E Ninon Abgrall et la mer\n\u25B6\uFE0E Rosalie "
                           "Kermadec à Brest")
                    .isEmpty());
}

TEST(SpeakerLineLists, AHeadlineNamesThePersonAndTheirJob)
{
    EXPECT_EQ(speakersOf("Ysoline Kermarrec, navigatrice : « Je ne me reconnais pas dans ce "
                         "portrait »\n\nAudio 11:48"),
              (Speakers{nameAndRole("Ysoline Kermarrec", "navigatrice")}));
    EXPECT_EQ(speakersOf("Gaspard Mazelier, producteur de radio : \"Le fantôme du phare\""),
              (Speakers{nameAndRole("Gaspard Mazelier", "producteur de radio")}));
    // Without the quotation it is no headline ("X, historien : sa vie" is a title).
    EXPECT_TRUE(speakersOf("Gaspard Mazelier, historien : sa vie, son œuvre").isEmpty());
}

TEST(SpeakerLineLists, APanelAfterALongerOpener)
{
    // Two people or more, each described by a job after a comma, after an opener of a few words.
    EXPECT_EQ(speakersOf("Pour le deuxième sujet, Romane Kessler, journaliste dans la presse "
                         "économique et Maxence Hurtaud, auteur d’un livre sur la gratuité."),
              (Speakers{nameAndRole("Romane Kessler", "journaliste dans la presse économique"),
                        nameAndRole("Maxence Hurtaud", "auteur d’un livre sur la gratuité")}));
    // One person alone so described may be in the news.
    EXPECT_TRUE(speakersOf("Pour le deuxième sujet, Romane Kessler, journaliste dans la presse "
                           "économique, a été condamnée.")
                    .isEmpty());
}

} // namespace
} // namespace ondes

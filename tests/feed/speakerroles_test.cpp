// Where a speaker's role starts and where it stops, one shape a test, each in French and in
// English, with the typographic punctuation published text uses (’ « » “ ” – and the
// non-breaking spaces U+00A0 and U+202F before : ; ! ?). Names are invented.

#include "feed/speakerextractor.h"
#include "speakertestsupport.h"

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

namespace {

using Speakers = QList<Speaker>;

using test::nameAndRole;
using test::speakersOf;

// Running past the person's clause: "… et Gilles Perrin de l’association …" is the next person,
// even when nothing after their name ends a list item.
TEST(SpeakerRoles, StopAtTheNextPersonAfterAConjunction)
{
    EXPECT_EQ(
        speakersOf("Au programme de ce soir, on reçoit Jean-Aimé Moussavou, journaliste "
                   "militant de la société civile gabonaise et Gilles Perrin de l’association "
                   "Survie 49. Avec eux on parle du Gabon."),
        (Speakers{nameAndRole("Jean-Aimé Moussavou",
                              "journaliste militant de la société civile gabonaise"),
                  nameAndRole("Gilles Perrin", "de l’association Survie 49")}));
    EXPECT_EQ(
        speakersOf("Interview with Yolanda Perrin, the historic voice of FIP Nantes and Yohann "
                   "Le Bourhis of the Listeners’ Association."),
        (Speakers{nameAndRole("Yolanda Perrin", "historic voice of FIP Nantes"),
                  nameAndRole("Yohann Le Bourhis", "of the Listeners’ Association")}));
}

// "X, Ministre délégué aux Affaires européennes, discute des progrès": the verb after the
// comma is the sentence's, not part of the role.
TEST(SpeakerRoles, StopAtTheSentencesVerbAfterAComma)
{
    EXPECT_EQ(
        speakersOf("Jean-Loup Ferrand, ministre délégué aux Affaires européennes, discute des "
                   "récents progrès vers la paix."),
        (Speakers{nameAndRole("Jean-Loup Ferrand", "ministre délégué aux Affaires européennes")}));
    EXPECT_EQ(
        speakersOf("Joan Ferris, professor of economics at Leeds University, argues that rents "
                   "will fall."),
        (Speakers{nameAndRole("Joan Ferris", "professor of economics at Leeds University")}));
}

// Why the person is there is not what they do: "à l’occasion de …", "on the occasion of …".
TEST(SpeakerRoles, StopWhereTheOccasionStarts)
{
    EXPECT_EQ(
        speakersOf("Avec Xavier Dorville, scénariste et Félix Delorme, dessinateur à l’occasion "
                   "de la parution du dernier tome de leur série."),
        (Speakers{nameAndRole("Xavier Dorville", "scénariste"),
                  nameAndRole("Félix Delorme", "dessinateur")}));
    EXPECT_EQ(speakersOf("With Tom Baxter, illustrator on the occasion of his new book."),
              (Speakers{nameAndRole("Tom Baxter", "illustrator")}));
}

// "Dr. Obadiah M. Henderson, Jr. about his new book": a name's suffix starts no role.
TEST(SpeakerRoles, ANamesSuffixIsNoRole)
{
    EXPECT_EQ(
        speakersOf("I interview Dr. Obadiah M. Henderson, Jr. about his new book, a rebuke from "
                   "a progressive perspective."),
        (Speakers{nameAndRole("Obadiah M. Henderson", "guest")}));
}

// Titles one after the other name a show or a work, not what the person does.
TEST(SpeakerRoles, TitlesAloneAreNoRole)
{
    EXPECT_EQ(
        speakersOf("Transcription de l’émission d’Gilles Moutier, « Tout arrive\u00a0! », « Le "
                   "patrimoine est-il encore un enjeu politique\u202f? », du vendredi 8 décembre."),
        (Speakers{nameAndRole("Gilles Moutier", "host")}));
    EXPECT_EQ(speakersOf("Hosted by Ann Leland, “Night Shift”, “Open Lines”."),
              (Speakers{nameAndRole("Ann Leland", "host")}));
}

// "par : X - Lorient consacre sa Biennale…": after a dash, a sentence that a place or a name
// opens is the episode's summary, not the host's role.
TEST(SpeakerRoles, ADashBeforeASentenceIsNoRole)
{
    EXPECT_EQ(speakersOf("durée : 00:43:10 - Les Midis de Culture - par : Héloïse Carmat - Lorient "
                         "consacre sa Biennale à l’estran. Deux artistes y travaillent le sel."),
              (Speakers{nameAndRole("Héloïse Carmat", "host")}));
    EXPECT_EQ(speakersOf("Presenter: Ann Leland - Glasgow celebrates its film festival this week."),
              (Speakers{nameAndRole("Ann Leland", "host")}));
    // A job after the dash stays the role.
    EXPECT_EQ(speakersOf("Presenter: Ann Leland - Harvard professor of history"),
              (Speakers{nameAndRole("Ann Leland", "Harvard professor of history")}));
}

// "en charge de …", "in charge of …": a job, though "en" and "in" open places and dates.
TEST(SpeakerRoles, InChargeOfIsAJob)
{
    EXPECT_EQ(
        speakersOf("Avec\u00a0:\n\nLoïc Chenal, directeur de Jet.\n\nJulie Aubray, en charge du "
                   "Sonolab (éducation aux médias).\n\nHenri Landry, programmateur musical."),
        (Speakers{nameAndRole("Loïc Chenal", "directeur de Jet"),
                  nameAndRole("Julie Aubray", "en charge du Sonolab (éducation aux médias)"),
                  nameAndRole("Henri Landry", "programmateur musical")}));
    EXPECT_EQ(speakersOf("With: Ann Leland, in charge of the archive at the station."),
              (Speakers{nameAndRole("Ann Leland", "in charge of the archive at the station")}));
}

// A colon inside a title is the title's subtitle: the role goes on.
TEST(SpeakerRoles, AColonInsideATitleGoesOn)
{
    EXPECT_EQ(
        speakersOf("Avec Luc Alizé, philosophe, auteur « Chiens\u00a0: une philosophie » (éd. "
                   "PUF, 2018)"),
        (Speakers{nameAndRole("Luc Alizé", // spaces come out plain, as in every role
                              "philosophe, auteur « Chiens : une philosophie » (éd. PUF, 2018)")}));
    EXPECT_EQ(
        speakersOf("With Ann Leland, author of “Dogs: A Philosophy” (Penguin, 2018)."),
        (Speakers{nameAndRole("Ann Leland", "author of “Dogs: A Philosophy” (Penguin, 2018)")}));
}

// "l’universitaire X, spécialiste de …": the job before the name and the description after it
// are one role, in the text's order.
TEST(SpeakerRoles, JobBeforeAndDescriptionAfterTheName)
{
    EXPECT_EQ(speakersOf("Entretien avec l’universitaire Claude Lhermet, spécialiste de l’œuvre de "
                         "Blaise Cendrars, à l’occasion de la réédition de ses œuvres."),
              (Speakers{nameAndRole("Claude Lhermet",
                                    "universitaire, spécialiste de l’œuvre de Blaise Cendrars")}));
    EXPECT_EQ(speakersOf("An interview with historian Ann Leland, author of a new life of Darwin."),
              (Speakers{nameAndRole("Ann Leland", "historian, author of a new life of Darwin")}));
}

// "A et B, du collectif …", "A and B from Sound Situations", "A et B, rédaction": where people
// come from, or the team they are, is said of everyone listed with them.
TEST(SpeakerRoles, AnAffiliationIsSharedByTheNamesListed)
{
    EXPECT_EQ(
        speakersOf("Ce soir nous recevons Inès Abdelli et Corentin Baudry, du collectif des "
                   "sans-papiers de Montreuil, pour faire le point."),
        (Speakers{nameAndRole("Inès Abdelli", "du collectif des sans-papiers de Montreuil"),
                  nameAndRole("Corentin Baudry", "du collectif des sans-papiers de Montreuil")}));
    EXPECT_EQ(
        speakersOf("The first hour is our interview with Kelly Rhee and Suzie Hooper from Sound "
                   "Situations, recorded in June."),
        (Speakers{nameAndRole("Kelly Rhee", "from Sound Situations"),
                  nameAndRole("Suzie Hooper", "from Sound Situations")}));
    EXPECT_EQ(speakersOf("Avec\u00a0:\n\nAlexandra Joubin et Pascal Massey, rédaction.\n"),
              (Speakers{nameAndRole("Alexandra Joubin", "rédaction"),
                        nameAndRole("Pascal Massey", "rédaction")}));
    // A singular job stays the one person's.
    EXPECT_EQ(
        speakersOf("Avec Marie Dupuis et Jean Martel, historien."),
        (Speakers{nameAndRole("Marie Dupuis", "guest"), nameAndRole("Jean Martel", "historien")}));
}

// "les historiens X et Y", "legendary comedians X and Y": a plural job before the first name is
// the job of the names joined to it.
TEST(SpeakerRoles, APluralJobBeforeTheNamesIsEachOnes)
{
    EXPECT_EQ(speakersOf("Avec les historiens Paul Martel et Anne Roybet."),
              (Speakers{nameAndRole("Paul Martel", "historiens"),
                        nameAndRole("Anne Roybet", "historiens")}));
    EXPECT_EQ(speakersOf("They are joined by legendary comedians Stevie Marden and Eric Idlewood."),
              (Speakers{nameAndRole("Stevie Marden", "legendary comedians"),
                        nameAndRole("Eric Idlewood", "legendary comedians")}));
}

// One name a line, what the person does on the next, a rank first ("Associate Professor",
// "Fellow of …", "Ancienne directrice"): the line is the role, not another name.
TEST(SpeakerRoles, TheLineUnderANameWithARankFirst)
{
    EXPECT_EQ(
        speakersOf("With\n\nAleksander Plewka\nAssociate Professor of Archaeology at the "
                   "University of Reading\n\nNóra Bereczky\nFellow of St Catharine’s College "
                   "and Reader in European History\n"),
        (Speakers{nameAndRole("Aleksander Plewka",
                              "Associate Professor of Archaeology at the University of Reading"),
                  nameAndRole("Nóra Bereczky",
                              "Fellow of St Catharine’s College and Reader in European "
                              "History")}));
    EXPECT_EQ(
        speakersOf("Avec\u00a0:\n\nMarie Dupuis\nAncienne directrice de l’Opéra de Lyon\n\nPaul "
                   "Roybet\nMaître de conférences à Lyon 2\n"),
        (Speakers{nameAndRole("Marie Dupuis", "Ancienne directrice de l’Opéra de Lyon"),
                  nameAndRole("Paul Roybet", "Maître de conférences à Lyon 2")}));
}

// "astronomer X, Director of Jodrell Bank Professor Tim O’Brien, and …": capitalised words after
// a comma that end on a full name are that person's title, not the role of the name before.
TEST(SpeakerRoles, ATitledNameAfterACommaIsTheNextPerson)
{
    const Speakers found =
        speakersOf("Robin and Brian host an evening with comedian Lucy Bellamy, astronomer Maggie "
                   "Adebayo, Director of Jodrell Bank Professor Tim O’Brien, and science presenter "
                   "Dallas Crane.");
    ASSERT_GE(found.size(), 2);
    EXPECT_TRUE(found.contains(nameAndRole("Lucy Bellamy", "comedian")));
    EXPECT_TRUE(found.contains(nameAndRole("Maggie Adebayo", "astronomer")));
}

// A guest the cue only calls "guest" takes the job the text writes before their name where it
// names them again ("l’historienne française X", "prize-winning poet X", "Le président de la
// CSN, X,").
TEST(SpeakerRoles, AGuestDescribedWhereTheTextNamesThemAgain)
{
    EXPECT_EQ(speakersOf("Invités\u00a0: Hortense Malbreck et Paul Duranton\nÀ quelques jours des "
                         "cérémonies, l’historienne française Hortense Malbreck revient sur la "
                         "fusillade."),
              (Speakers{nameAndRole("Hortense Malbreck", "historienne française"),
                        nameAndRole("Paul Duranton", "guest")}));
    EXPECT_EQ(speakersOf("Guests: Nell Okafor and Ben Lumley.\nThis time it’s the turn of "
                         "prize-winning poet Nell Okafor."),
              (Speakers{nameAndRole("Nell Okafor", "prize-winning poet"),
                        nameAndRole("Ben Lumley", "guest")}));
    EXPECT_EQ(speakersOf("Avec Jacques Létourneau et Christian Bélisle.\nLe président de la "
                         "Confédération des syndicats nationaux, Jacques Létourneau, défend la "
                         "grève."),
              (Speakers{nameAndRole("Jacques Létourneau",
                                    "président de la Confédération des syndicats nationaux"),
                        nameAndRole("Christian Bélisle", "guest")}));
}

// "reçoit chez lui le journaliste X": where the host receives is no part of the cue's list; the
// job before the name is the guest's role.
TEST(SpeakerRoles, ReceivedAtHome)
{
    EXPECT_EQ(speakersOf("À la radio, Paul Marceau reçoit chez lui le journaliste Roland Lamarre "
                         "pour son émission « Un dimanche aux champs »."),
              (Speakers{nameAndRole("Paul Marceau", "host"),
                        nameAndRole("Roland Lamarre", "journaliste")}));
}

// "le directeur du musée, X explique…": the apposition before the subject of a speaking verb is
// its role, where the name first appears too.
TEST(SpeakerRoles, AnAppositionBeforeTheSubject)
{
    EXPECT_EQ(speakersOf("Au micro de Nova, le directeur du musée, Paul Marceau explique la genèse "
                         "de l’exposition."),
              (Speakers{nameAndRole("Paul Marceau", "directeur du musée")}));
    EXPECT_EQ(speakersOf("On BBC Radio, the director of the museum, Paul Marsden explains how it "
                         "began."),
              (Speakers{nameAndRole("Paul Marsden", "director of the museum")}));
}

} // namespace
} // namespace ondes

// Where a role stops when a verb follows it after a comma, and names given with the date of
// their show. French and English, with the typographic punctuation published text uses
// (’ « » “ ” – and U+00A0 / U+202F before : ; ! ?). Names are invented.

#include "feed/speakerextractor.h"

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

void PrintTo(const Speaker& speaker, std::ostream* os);

namespace {

using Speakers = QList<Speaker>;

Speakers extractSpeakers(const char* utf8)
{
    Speakers found;
    for (const Speaker& s : SpeakerExtractor().extract(QString::fromUtf8(utf8))) {
        if (s.kind != SpeakerKind::Credit)
            found << s;
    }
    return found;
}

QString roleOf(const Speakers& speakers, const char* name)
{
    for (const Speaker& s : speakers) {
        if (s.name == QString::fromUtf8(name))
            return s.role;
    }
    return QStringLiteral("<absent>");
}

SpeakerKind kindOf(const Speakers& speakers, const char* name)
{
    for (const Speaker& s : speakers) {
        if (s.name == QString::fromUtf8(name))
            return s.kind;
    }
    return SpeakerKind::Unknown;
}

// "X, a national correspondent for …, looks into …": the verb after the comma opens the
// sentence's predicate; the role stops before it.
TEST(SpeakerRoleEnds, AnEnglishVerbAfterACommaEndsTheRole)
{
    Speakers found = extractSpeakers(
        "In this episode, Julia Bossert, a national correspondent for The New York Times, looks "
        "into the death of Jon Steffel, who took up vaping to quit smoking.");
    EXPECT_EQ(roleOf(found, "Julia Bossert"), QStringLiteral("national correspondent for The New "
                                                             "York Times"));
    found = extractSpeakers("Tamsin Lavery, journalist and author of “Holy Ground,” joins Janelle "
                            "Whitfield, a politics reporter at The Intercept, for a look at the "
                            "plans.");
    EXPECT_EQ(roleOf(found, "Tamsin Lavery"),
              QString::fromUtf8("journalist and author of “Holy Ground,”"));
    found = extractSpeakers("Amir Nourbakhsh, President and CEO of the National Immigrant Forum, "
                            "offered his thoughts on how the stories of immigrants unite the "
                            "country.");
    EXPECT_EQ(roleOf(found, "Amir Nourbakhsh"),
              QStringLiteral("President and CEO of the National Immigrant Forum"));
    // A role that goes on after a comma with a noun is still the role.
    found = extractSpeakers("With Ada Fenwick, professor of history, author of three books about "
                            "the Thames.");
    EXPECT_EQ(roleOf(found, "Ada Fenwick"),
              QStringLiteral("professor of history, author of three books about the Thames"));
}

TEST(SpeakerRoleEnds, AFrenchVerbAfterACommaEndsTheRole)
{
    Speakers found = extractSpeakers(
        "Dans cet épisode, l’historien Gérard Bischwiller, ancien professeur à l’Université de "
        "Strasbourg, détaille l’histoire de ces couleurs sur les emblèmes alsaciens.");
    EXPECT_EQ(roleOf(found, "Gérard Bischwiller"),
              QString::fromUtf8("historien, ancien professeur à l’Université de Strasbourg"));
    found = extractSpeakers(
        "En deuxième partie d’émission on accueille Damien Brémaud, comédien et co-animateur de "
        "l’émission Afterwork, l’occasion de revenir sur son bénévolat\u202F!");
    EXPECT_EQ(roleOf(found, "Damien Brémaud"),
              QString::fromUtf8("comédien et co-animateur de l’émission Afterwork"));
    // "auteur des …" is a book's title, not a verb's object.
    found = extractSpeakers("Avec Lucie Ferrand, historienne, auteure des « Murs de Lyon ».");
    EXPECT_EQ(roleOf(found, "Lucie Ferrand"),
              QString::fromUtf8("historienne, auteure des « Murs de Lyon »"));
}

// "Regardez On refait le monde avec X du 13 janvier 2025": the person the show is named with,
// on a given date, presents it; the date is no role.
TEST(SpeakerRoleEnds, TheDatedShowsPresenterIsItsHost)
{
    Speakers found = extractSpeakers(
        "Au programme, Nadia Lhomme, politologue.\nRegardez On refait le monde avec Yves "
        "Calvayrac du 13 janvier 2025.");
    EXPECT_EQ(roleOf(found, "Yves Calvayrac"), QStringLiteral("host"));
    EXPECT_EQ(kindOf(found, "Yves Calvayrac"), SpeakerKind::Host);
    found = extractSpeakers("Écoutez\u00A0«\u00A0Les auditeurs ont la parole\u00A0» avec Éric "
                            "Brunel du 04 juin 2024");
    EXPECT_EQ(roleOf(found, "Éric Brunel"), QStringLiteral("host"));
    // A date elsewhere is not the show's: no host, and still no date as a role.
    found = extractSpeakers("Un concert avec Marion Vidal du 5 au 7 mars à Lyon.");
    EXPECT_NE(roleOf(found, "Marion Vidal"), QStringLiteral("host"));
    EXPECT_FALSE(roleOf(found, "Marion Vidal").startsWith(QStringLiteral("du 5")));
    found = extractSpeakers("Watch The Week in Review with Dana Holloway from January 13, 2025.");
    EXPECT_NE(roleOf(found, "Dana Holloway"), QStringLiteral("from January 13, 2025"));
}

// A name the cue or the model only made a guest takes the title written right before it: an
// article then capitalised words holding a job noun, capitalised words opening the sentence and
// ending on one, or job nouns listed from the sentence's start.
TEST(SpeakerRoleEnds, ATitleBeforeTheNameIsTheRole)
{
    Speakers found = extractSpeakers(
        "On Start the Week Toby Saltmarsh talks to the former Chief of the General Staff Richard "
        "Danforth about the history of the British Army.");
    EXPECT_EQ(roleOf(found, "Richard Danforth"),
              QStringLiteral("former Chief of the General Staff"));
    found = extractSpeakers("Anand Kulkarni-Reyes, “Unequal Measures”\nStanford University "
                            "Professor Anand Kulkarni-Reyes talked about his book, in which he "
                            "offered his insights.");
    EXPECT_EQ(roleOf(found, "Anand Kulkarni-Reyes"),
              QStringLiteral("Stanford University Professor"));
    found = extractSpeakers("Médecin, écrivain, diplomate, Jean-Baptiste Rouvière est l’invité "
                            "d’Antoine Castel-Ruiz pour son dernier roman, « Le fantôme de "
                            "Tirana ».");
    EXPECT_EQ(roleOf(found, "Jean-Baptiste Rouvière"),
              QString::fromUtf8("Médecin, écrivain, diplomate"));
    found = extractSpeakers("Au micro de Nova, le 10 janvier dernier, le commissaire général de "
                            "l’exposition, Cristiano Mondelli explique la genèse de l’exposition "
                            "et raconte le lien entre l’art urbain et la technique\u202F:");
    EXPECT_EQ(roleOf(found, "Cristiano Mondelli"),
              QString::fromUtf8("commissaire général de l’exposition"));
    // Capitalised words before a name with no job noun among them are no title.
    found = extractSpeakers("Today, the Green Party Leader Anna Berg and the Glasgow Herald "
                            "Nick Hollis talk to Jo Farnaby.");
    EXPECT_NE(roleOf(found, "Nick Hollis"), QStringLiteral("Glasgow Herald"));
}

// Who opens a sentence whose verb receives others after their name ("… en compagnie de",
// "talks to", "accueillent", "avec … ses chroniqueurs", or "He’s joined by" in the next
// sentence) presents the show; the people received stay guests.
TEST(SpeakerRoleEnds, WhoReceivesOthersIsTheHost)
{
    Speakers found = extractSpeakers(
        "Hélène Maquin et Bertrand Hennart retracent l’histoire du retour du loup en compagnie de "
        "deux biologistes\u00A0: Violaine Fichet, qui travaille pour l’administration wallonne.");
    EXPECT_EQ(kindOf(found, "Hélène Maquin"), SpeakerKind::Host);
    EXPECT_EQ(kindOf(found, "Bertrand Hennart"), SpeakerKind::Host);
    found = extractSpeakers("The ‘Underclass’: Laurie Tanner explores a vexed concept. He’s "
                            "joined by Loïc Wacquier, Professor of Sociology at Berkeley.");
    EXPECT_EQ(kindOf(found, "Laurie Tanner"), SpeakerKind::Host);
    EXPECT_EQ(roleOf(found, "Laurie Tanner"), QStringLiteral("host"));
    EXPECT_EQ(kindOf(found, "Loïc Wacquier"), SpeakerKind::Guest);
    found = extractSpeakers("He’s joined by Loïc Wacquier, Professor of Sociology at Berkeley. "
                            "He talks to Laurie Tanner about the word.");
    EXPECT_NE(kindOf(found, "Loïc Wacquier"), SpeakerKind::Host);
    found = extractSpeakers("Chaque soir, Jacques Beauregard aborde un fait qui a marqué "
                            "l’histoire, en compagnie d’un ou de plusieurs invités.");
    EXPECT_EQ(kindOf(found, "Jacques Beauregard"), SpeakerKind::Host);
    // Who only talks about something, or with someone, is not made the host by it.
    found = extractSpeakers("Annette Pruitt talks about her novel “Kinfolk”, and argues for "
                            "local bookstores.");
    EXPECT_NE(kindOf(found, "Annette Pruitt"), SpeakerKind::Host);
    found = extractSpeakers("Avec Marc Olivier, historien. Marc Olivier raconte la Commune.");
    EXPECT_EQ(kindOf(found, "Marc Olivier"), SpeakerKind::Guest);
}

// "…, et professeur de …": a second job after a comma and "et"/"and" goes on with the role; the
// next person after "et" does not.
TEST(SpeakerRoleEnds, ASecondJobAfterACommaAndEtGoesOn)
{
    Speakers found = extractSpeakers(
        "Invités\u00A0:\n- Pr Antoine Pellissier, psychiatre, chef de service à l’hôpital "
        "Henri-Mondor, et professeur de médecine à l’Université Paris-Est Créteil.\n- Dr Jérôme "
        "Martinon, médecin généraliste.");
    EXPECT_EQ(roleOf(found, "Antoine Pellissier"),
              QString::fromUtf8("psychiatre, chef de service à l’hôpital Henri-Mondor, et "
                                "professeur de médecine à l’Université Paris-Est Créteil"));
    found = extractSpeakers("With Ada Fenwick, historian, and author of “The Thames”, and Tom "
                            "Reid, sculptor.");
    EXPECT_EQ(roleOf(found, "Ada Fenwick"),
              QString::fromUtf8("historian, and author of “The Thames”"));
    EXPECT_EQ(roleOf(found, "Tom Reid"), QStringLiteral("sculptor"));
}

// An affiliation written as an acronym keeps what the acronym stands for, in parentheses after
// it ("de la FRANF (fédération des radios …)", "of the NIH (National Institutes of Health)").
TEST(SpeakerRoleEnds, AnAcronymsGlossBelongsToTheAffiliation)
{
    Speakers found = extractSpeakers(
        "Invités\u00A0:\n• Thibault Lemaire de la FRANF (fédération des radios associatives du "
        "nord de la France)\n• Corinne Devos de l’IRTS (école en travail social de Loos)");
    EXPECT_EQ(
        roleOf(found, "Thibault Lemaire"),
        QString::fromUtf8("de la FRANF (fédération des radios associatives du nord de la France)"));
    EXPECT_EQ(roleOf(found, "Corinne Devos"),
              QString::fromUtf8("de l’IRTS (école en travail social de Loos)"));
    found = extractSpeakers("Guests: Sinead Walsh of the NIH (National Institutes of Health) "
                            "and Bridget Kessler of Concern Worldwide.");
    EXPECT_EQ(roleOf(found, "Sinead Walsh"),
              QStringLiteral("of the NIH (National Institutes of Health)"));
    EXPECT_EQ(roleOf(found, "Bridget Kessler"), QStringLiteral("of Concern Worldwide"));
}

// A pronominal verb after a comma ("…, s’arrête sur …", "…, se demande …") is the sentence's
// verb, as "looks into" is in English.
TEST(SpeakerRoleEnds, APronominalVerbAfterACommaEndsTheRole)
{
    Speakers found = extractSpeakers(
        "Avec Lina Morel, autrice chez Slate, s’arrête sur les thèmes du roman\u202f!");
    EXPECT_EQ(roleOf(found, "Lina Morel"), QString::fromUtf8("autrice chez Slate"));
    found = extractSpeakers("Avec Lina Morel, autrice chez Slate, se demande pourquoi.");
    EXPECT_EQ(roleOf(found, "Lina Morel"), QString::fromUtf8("autrice chez Slate"));
    found = extractSpeakers("Guests: Lina Morel, a writer at Slate, looks into the novel.");
    EXPECT_EQ(roleOf(found, "Lina Morel"), QStringLiteral("writer at Slate"));
}

// After a dash, a person's name starts the next sentence or the next person, never a role
// ("par : X - Éric Reinholt a passé une nuit …").
TEST(SpeakerRoleEnds, ANameAfterADashIsNoRole)
{
    Speakers found =
        extractSpeakers("durée\u00A0: 00:08:44 \u2013 Le Masque \u2013 par\u00A0: Jérôme Garnier - "
                        "Éric Reinholt a passé une nuit à la Galleria Borghese.");
    EXPECT_EQ(roleOf(found, "Jérôme Garnier"), QStringLiteral("host"));
    found = extractSpeakers(
        "Hosted by: Jerome Garner - Eric Reinholt spent a night at the Borghese gallery.");
    EXPECT_EQ(roleOf(found, "Jerome Garner"), QStringLiteral("host"));
}

// A web address after the job in parentheses is none of the role.
TEST(SpeakerRoleEnds, AWebAddressInParenthesesIsNoRole)
{
    Speakers found = extractSpeakers("Textes présentés par Marie-Ève Charbonneau, lus par "
                                     "Aurélie Rüttimann (comédienne, www.lesgensdavril.com).");
    EXPECT_EQ(roleOf(found, "Aurélie Rüttimann"), QString::fromUtf8("comédienne"));
    found = extractSpeakers("Read by Aurelia Rutt (actor, https://thepeopleofapril.com).");
    EXPECT_EQ(roleOf(found, "Aurelia Rutt"), QStringLiteral("actor"));
}

// A slash inside a quoted title goes on with the role ("du "Parisien/Aujourd'hui en France"",
// "at “Bits/Atoms”"), and the list goes on after it; "l’un des …" keeps its pronoun.
TEST(SpeakerRoleEnds, ASlashInsideATitleAndLunDes)
{
    Speakers found = extractSpeakers(
        "Écoutez \"On refait le monde\" avec Marcelo Westrich, chef adjoint au service politique "
        "du \"Parisien/Aujourd'hui en France\", Astrid de Villemain, journaliste politique à "
        "Radio France, et Philippe Morand.");
    EXPECT_EQ(roleOf(found, "Marcelo Westrich"),
              QString::fromUtf8(
                  "chef adjoint au service politique du \"Parisien/Aujourd'hui en France\""));
    EXPECT_EQ(roleOf(found, "Astrid de Villemain"),
              QString::fromUtf8("journaliste politique à Radio France"));
    found = extractSpeakers("With Ada Fenwick, editor at “Bits/Atoms”, and Tom Reid, sculptor.");
    EXPECT_EQ(roleOf(found, "Ada Fenwick"), QString::fromUtf8("editor at “Bits/Atoms”"));
    EXPECT_EQ(roleOf(found, "Tom Reid"), QStringLiteral("sculptor"));
    found = extractSpeakers("« Il faut que la justice soit faite », raconte Mamadou Sidy Bah, "
                            "l’un des coordinateurs du Front national, dans la zone de Bambeto.");
    EXPECT_EQ(roleOf(found, "Mamadou Sidy Bah"),
              QString::fromUtf8("l’un des coordinateurs du Front national"));
}

// "talks to the former Chief of the General Staff X", "reçoit l'ancienne directrice de l'Opéra
// de Lyon X": after a verb that receives someone, a title of several words (a rank, an office,
// what it is of) then a full name: the person received, the title their role. Without a name
// after it the title names no one.
TEST(SpeakerRoleEnds, ATitleOfSeveralWordsBeforeTheOneReceived)
{
    Speakers found = extractSpeakers("This week Delia Marsh speaks with the former Head of the "
                                     "Royal Ballet School Yvonne Castellan about discipline.");
    EXPECT_EQ(roleOf(found, "Yvonne Castellan"),
              QStringLiteral("former Head of the Royal Ballet School"));
    EXPECT_EQ(kindOf(found, "Delia Marsh"), SpeakerKind::Host);
    found = extractSpeakers("Ce soir, Hélène Marchal reçoit l’ancienne directrice de l’Opéra de "
                            "Lyon Camille Vernet pour parler de la saison.");
    EXPECT_EQ(roleOf(found, "Camille Vernet"),
              QString::fromUtf8("ancienne directrice de l’Opéra de Lyon"));
    EXPECT_EQ(kindOf(found, "Camille Vernet"), SpeakerKind::Guest);
    EXPECT_EQ(kindOf(found, "Hélène Marchal"), SpeakerKind::Host);
    found = extractSpeakers("Mathis Perrault s’entretient avec l’ancien ministre de la Culture "
                            "Bernard Olivié sur les festivals.");
    EXPECT_EQ(roleOf(found, "Bernard Olivié"), QStringLiteral("ancien ministre de la Culture"));
    // Controls: the same titles with no one after them.
    found = extractSpeakers("This week Delia Marsh speaks with the former Head of the Royal "
                            "Ballet School about discipline.");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.constFirst().name, QStringLiteral("Delia Marsh"));
    found = extractSpeakers("Ce soir, Hélène Marchal reçoit l’ancienne directrice de l’Opéra de "
                            "Lyon pour parler de la saison.");
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.constFirst().name, QString::fromUtf8("Hélène Marchal"));
}

// "On Start the Week Toby Saltmarsh talks to …": the capitalised words before the verb run on
// from the show's title; the host is the name right before the verb, not "Week Toby Saltmarsh".
TEST(SpeakerRoleEnds, TheHostAfterAShowsTitleIsTheNameBeforeTheVerb)
{
    Speakers found = extractSpeakers("On Start the Week Toby Saltmarsh talks to the former Chief "
                                     "of the General Staff Richard Danforth about the army.");
    EXPECT_EQ(kindOf(found, "Toby Saltmarsh"), SpeakerKind::Host);
    EXPECT_EQ(roleOf(found, "Week Toby Saltmarsh"), QStringLiteral("<absent>"));
    // Control: capitalised words that are all common words name no one.
    found = extractSpeakers("On Start the Week Market Street talks to the novelist Colm Farrant.");
    EXPECT_EQ(roleOf(found, "Market Street"), QStringLiteral("<absent>"));
    EXPECT_EQ(roleOf(found, "Street"), QStringLiteral("<absent>"));
}

} // namespace
} // namespace ondes

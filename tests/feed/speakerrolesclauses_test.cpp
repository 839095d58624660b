// Where a role stops, families found in several dev shows: a French auxiliary opens the
// sentence's verb; a schedule after a name is no role; a hyphen inside a title or an
// institution's name is part of the role; "d’" before an organisation is where the person comes
// from; jobs joined to a host's title are the role, and so is a host's title after a comma. Each
// with a control where the role goes on or stops as before. Typographic punctuation as published (’
// « » – U+00A0 U+202F); names invented.

#include "speakertestsupport.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::roleOf;

SpeakerKind kindOf(const char* utf8, const char* name)
{
    for (const Speaker& s : SpeakerExtractor().extract(QString::fromUtf8(utf8))) {
        if (s.name == QString::fromUtf8(name))
            return s.kind;
    }
    return SpeakerKind::Unknown;
}

// "…, chroniqueur pour Le Fil ont rejoint notre plateau", "…, a discuté avec …", "…, l’a
// remporté": the auxiliary and its participle are the sentence's verb, not more of the role.
TEST(SpeakerRoleClauses, AFrenchAuxiliaryEndsTheRole)
{
    EXPECT_EQ(roleOf("Faut-il taxer les héritages\u202f? Agathe Morvan, journaliste pour Blast, et "
                     "Lucien Varenne, chroniqueur pour Le Fil ont rejoint notre plateau pour en "
                     "discuter.",
                     "Lucien Varenne"),
              QStringLiteral("chroniqueur pour Le Fil"));
    EXPECT_EQ(roleOf("Au salon de Lyon s’est tenu un concours de pâtisserie. Maëlle Dorgeval, "
                     "étudiante à l’Institut Brassac, l’a remporté dans la catégorie jeunes "
                     "talents. Avec Maëlle Dorgeval.",
                     "Maëlle Dorgeval"),
              QString::fromUtf8("étudiante à l’Institut Brassac"));
    // "a" followed by a noun is an English article: the role goes on.
    EXPECT_EQ(roleOf("Guests: Dorian Fairweather, a sound engineer at Abbey Mill, and Priya "
                     "Ramsden.",
                     "Dorian Fairweather"),
              QStringLiteral("sound engineer at Abbey Mill"));
    // Control: "à" is no auxiliary.
    EXPECT_EQ(roleOf("Avec Odile Ferrandon, chercheuse à l’Inrae, spécialiste des sols.",
                     "Odile Ferrandon"),
              QString::fromUtf8("chercheuse à l’Inrae, spécialiste des sols"));
}

// "Une émission présentée par X dès le 17 janvier", "Join X, Monday to Thursday": when the show
// airs is no role; the cue's "host" stays.
TEST(SpeakerRoleClauses, AScheduleAfterTheNameIsNoRole)
{
    const char* french = "Un nouveau rendez-vous\u00A0: une émission présentée par Gaëtan Morlaix "
                         "dès le 9 janvier, tous les dimanches de 11h à 12h.";
    EXPECT_EQ(roleOf(french, "Gaëtan Morlaix"), QStringLiteral("host"));
    EXPECT_EQ(kindOf(french, "Gaëtan Morlaix"), SpeakerKind::Host);
    EXPECT_EQ(roleOf("Une émission présentée par Gaëtan Morlaix, chaque samedi à midi.",
                     "Gaëtan Morlaix"),
              QStringLiteral("host"));
    EXPECT_EQ(roleOf("Join Hamish Tolliver, Monday to Thursday, for true life stories.",
                     "Hamish Tolliver"),
              QStringLiteral("host"));
    // Control: "des" (without the accent) opens an affiliation.
    EXPECT_EQ(roleOf("Nous recevons Gaëtan Morlaix des éditions Rivages pour parler de son "
                     "dernier livre.",
                     "Gaëtan Morlaix"),
              QString::fromUtf8("des éditions Rivages"));
}

// "- X, responsable du programme Turquie - Moyen-Orient de l’Ifri", "co-auteur de « … -
// 1940-1970 »": a hyphen inside an institution's name or a title is part of the role.
TEST(SpeakerRoleClauses, AHyphenInsideANameOrATitleKeepsTheRole)
{
    EXPECT_EQ(roleOf("Pour en débattre\u00A0:\n- Solène Marchetti, chercheuse, responsable du "
                     "programme Maghreb - Moyen-Orient de l’Institut des études politiques.\n- "
                     "Bastien Ollier, économiste à l’OFCE",
                     "Solène Marchetti"),
              QString::fromUtf8("chercheuse, responsable du programme Maghreb - Moyen-Orient de "
                                "l’Institut des études politiques"));
    EXPECT_EQ(roleOf("Avec Martin Duverger, historien, co-auteur de « La France en affiches - "
                     "1940-1970 » aux éditions du Seuil, et Irène Laffont, historienne.",
                     "Martin Duverger"),
              QString::fromUtf8("historien, co-auteur de « La France en affiches - 1940-1970 » "
                                "aux éditions du Seuil"));
    // Control: the next field of a template after a dash ends the role.
    const char* template_ = "Invitée\u00A0:\n- Solène Marchetti, chercheuse en sciences "
                            "politiques - Réalisation\u00A0: Yvan Doré";
    EXPECT_EQ(roleOf(template_, "Solène Marchetti"),
              QStringLiteral("chercheuse en sciences politiques"));
}

// "Nous en parlons avec X d’Alternatives économiques": "d’" then a capitalised word, as "de"
// ("X de l’association Survie").
TEST(SpeakerRoleClauses, AnOrganisationAfterDApostrophe)
{
    EXPECT_EQ(roleOf("La réforme passe en force. Nous en parlons avec Fabrice Lemarquis "
                     "d’Alternatives économiques, qui suit le dossier.",
                     "Fabrice Lemarquis"),
              QString::fromUtf8("d’Alternatives économiques"));
    // Control: a particle inside the name is no affiliation.
    EXPECT_EQ(roleOf("Avec Hélène d’Arvieux, historienne de l’art.", "Hélène d’Arvieux"),
              QString::fromUtf8("historienne de l’art"));
}

// "L’humoriste et animatrice X", "the columnist, broadcaster and cookery show host X": the jobs
// joined to the host's title are the role; the kind stays host.
TEST(SpeakerRoleClauses, JobsJoinedToAHostsTitleAreTheRole)
{
    const char* french = "Les fêtes approchent. L’humoriste et animatrice Capucine Belleville "
                         "vient nous parler de ses recettes.";
    EXPECT_EQ(roleOf(french, "Capucine Belleville"), QString::fromUtf8("humoriste et animatrice"));
    EXPECT_EQ(kindOf(french, "Capucine Belleville"), SpeakerKind::Host);
    EXPECT_EQ(roleOf("Le journaliste et animateur Théo Castagnier anime la nouvelle émission du "
                     "dimanche.",
                     "Théo Castagnier"),
              QStringLiteral("journaliste et animateur"));
    EXPECT_EQ(roleOf("And the columnist, broadcaster and cookery show host Nessa Garrity, on "
                     "Christmas food memories.",
                     "Nessa Garrity"),
              QStringLiteral("columnist, broadcaster and cookery show host"));
    // Control: the title alone is "host".
    EXPECT_EQ(roleOf("L’animatrice Capucine Belleville reçoit Hugo Marsan.", "Capucine Belleville"),
              QStringLiteral("host"));
}

// "– X, animateur radio et écrivain", "X, l’animatrice phare de la radio, a fini par …": a
// host's title after the comma that announces no one describes the person before it.
TEST(SpeakerRoleClauses, AHostsTitleAfterACommaDescribesThePerson)
{
    EXPECT_EQ(roleOf("La compagnie présente ici son spectacle.\n\n– Armand Lefébure, animateur "
                     "radio et écrivain",
                     "Armand Lefébure"),
              QStringLiteral("animateur radio et écrivain"));
    EXPECT_EQ(roleOf("Avec Mireille Kervadec, l’animatrice phare de Radio Bocage, et Hugo "
                     "Marsan, maraîcher.",
                     "Mireille Kervadec"),
              QString::fromUtf8("animatrice phare de Radio Bocage"));
    // Control: a title that announces a name is the next person's.
    EXPECT_EQ(roleOf("Avec Armand Lefébure, l’animatrice Judith Carrel et Paul Emery.",
                     "Armand Lefébure"),
              QStringLiteral("guest"));
}

// "X, dans un entretien à distance, nous éclaire": between the commas before the verb, words
// that open no role (as in a list item) are a circumstance; the cue's role stays.
TEST(SpeakerRoleClauses, ACircumstanceBeforeTheVerbIsNoRole)
{
    EXPECT_EQ(roleOf("Marathon de lecture\nRomane Castelnau, dans un entretien à distance, nous "
                     "éclaire sur le prix des lycéens.",
                     "Romane Castelnau"),
              QStringLiteral("guest"));
    // Control: a job between the commas is the role.
    EXPECT_EQ(roleOf("Marathon de lecture\nRomane Castelnau, professeure de lettres, nous "
                     "éclaire sur le prix des lycéens.",
                     "Romane Castelnau"),
              QStringLiteral("professeure de lettres"));
}

// "This week Ama Boateng presents …" (from a real feed): the words telling when that open the
// sentence are no title; a job after them is.
TEST(SpeakerRoleClauses, WordsTellingWhenAreNoTitle)
{
    EXPECT_EQ(roleOf("This week Ama Boateng presents a history of the Gold Coast railways.",
                     "Ama Boateng"),
              QStringLiteral("host"));
    EXPECT_EQ(roleOf("This week architect Ama Boateng presents a history of the Gold Coast "
                     "railways.",
                     "Ama Boateng"),
              QStringLiteral("architect"));
    // Control: a job alone before the name is the role.
    EXPECT_EQ(roleOf("Architect Ama Boateng presents a history of the Gold Coast railways.",
                     "Ama Boateng"),
              QStringLiteral("Architect"));
}

} // namespace
} // namespace ondes

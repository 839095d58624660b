// Guests the rules used to leave to the decider: a list that goes on after a job written without
// a comma ("Invités : X journaliste à … et Y journaliste …"), a receiving verb followed by the
// hour ("reçoivent à 7h20 X"). Controls: a brand or an organisation in the same place. Names
// are invented.

#include "feed/speakerextractor.h"
#include "speakertestsupport.h"

#include <gtest/gtest.h>

namespace ondes {

namespace {

using Speakers = QList<Speaker>;

using test::nameAndRole;
using test::roleOf;
using test::speakerNamesOf;
using test::speakersOf;

TEST(SpeakerListContinuation, AJobWithoutACommaDoesNotEndTheList)
{
    EXPECT_EQ(
        speakersOf("Un match sans vainqueur. Invités : Odile Brassac journaliste à "
                   "l'hebdomadaire Le Canard du Sud et Tanguy Morvan journaliste sportif à "
                   "Radio Pivoine. Présentation : Inès Kervella."),
        (Speakers{nameAndRole("Odile Brassac", "journaliste à l'hebdomadaire Le Canard du Sud"),
                  nameAndRole("Tanguy Morvan", "journaliste sportif à Radio Pivoine"),
                  nameAndRole("Inès Kervella", "host")}));
}

TEST(SpeakerListContinuation, WhatFollowsARoleAndIsNoPersonStaysOut)
{
    EXPECT_EQ(speakerNamesOf("Invités : Odile Brassac journaliste à Radio Pivoine et Apple Music "
                             "pour la playlist."),
              (QStringList{u"Odile Brassac"_qs}));
    EXPECT_EQ(speakerNamesOf("Invités : Odile Brassac journaliste à Radio Pivoine et Nintendo "
                             "Direct."),
              (QStringList{u"Odile Brassac"_qs}));
}

TEST(SpeakerListContinuation, TheHourAfterAReceivingVerbIsSkipped)
{
    EXPECT_EQ(
        speakersOf("Ce matin, Florian Jacquemoud et Noémie Perrenoud reçoivent à 7h20 Mélanie "
                   "Sturzenegger, directrice du festival Les Curieuses."),
        (Speakers{nameAndRole("Florian Jacquemoud", "host"),
                  nameAndRole("Noémie Perrenoud", "host"),
                  nameAndRole("Mélanie Sturzenegger", "directrice du festival Les Curieuses")}));
    EXPECT_EQ(roleOf("Lina Boussaïd reçoit à 21 h 30 Maud Ellenberger pour son roman.",
                     "Maud Ellenberger"),
              u"guest"_qs);
    // Controls: an organisation received at that hour, a programme at that hour.
    EXPECT_EQ(speakerNamesOf("Le musée reçoit à 18h30 la Fondation Carvalho pour une soirée."),
              QStringList{});
    EXPECT_EQ(speakerNamesOf("Radio Pivoine reçoit à 7h20 Nintendo Direct."), QStringList{});
}

TEST(SpeakerListContinuation, WhoWelcomesTheListenerHosts)
{
    EXPECT_EQ(
        speakersOf("Dernière étape du tour des radios ! Nicolas Peyrot et Kevin Le Goff "
                   "vous accueillent aujourd'hui depuis le port."),
        (Speakers{nameAndRole("Nicolas Peyrot", "host"), nameAndRole("Kevin Le Goff", "host")}));
    EXPECT_EQ(roleOf("Chaque samedi, Maëlys Ternier vous reçoit de 9h à 11h.", "Maëlys Ternier"),
              u"host"_qs);
    // Controls: a town hall, a festival, a place named after a person.
    EXPECT_EQ(speakerNamesOf("La mairie de Crozon vous accueille tout l'été."), QStringList{});
    EXPECT_EQ(speakerNamesOf("Le festival Jazz en Baie vous accueille du 3 au 6 juillet."),
              QStringList{});
    EXPECT_EQ(speakerNamesOf("Le lycée Simone Veil vous accueille pour les portes ouvertes."),
              QStringList{});
}

TEST(SpeakerListContinuation, CommonGivenNamesListedAloneAreKnown)
{
    EXPECT_EQ(
        speakerNamesOf("Présentation : Apolline\nChroniqueurs : Gaspard, Alban, Charly, "
                       "Hattie\nRéalisation : Bérénice"),
        (QStringList{u"Apolline"_qs, u"Gaspard"_qs, u"Alban"_qs, u"Charly"_qs, u"Hattie"_qs}));
    EXPECT_EQ(roleOf("Cette semaine, Robbie et Lizzie discutent des sorties du mois.", "Lizzie"),
              u"guest"_qs);
    // Controls: a place named after a saint, a common word that is also a given name.
    EXPECT_EQ(speakerNamesOf("Émission enregistrée à Saint-Alban, avec le soutien de la mairie."),
              QStringList{});
    EXPECT_EQ(speakerNamesOf("Poppy seeds and honey: a recipe from the archive."), QStringList{});
}

} // namespace

} // namespace ondes

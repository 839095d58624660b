// Guests the rules used to leave to the decider: a list that goes on after a job written without
// a comma ("Invités : X journaliste à … et Y journaliste …"). Controls: a brand after such a
// job. Names are invented.

#include "feed/speakerextractor.h"
#include "speakertestsupport.h"

#include <gtest/gtest.h>

namespace ondes {

namespace {

using Speakers = QList<Speaker>;

using test::nameAndRole;
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

} // namespace

} // namespace ondes

// A transcript's speaker labels: lines that open on a whole name then what the person says, or a
// timestamp alone. Names are invented.

#include "feed/speakerextractor.h"
#include "speakertestsupport.h"

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

namespace {

using Speakers = QList<Speaker>;

using test::nameAndRole;
using test::speakersOf;

TEST(SpeakerTranscriptLabels, NamesBeforeWhatTheySay)
{
    EXPECT_EQ(speakersOf("Transcript\n\nOrla KINSELLA: Let’s have a little thought experiment "
                         "here.\n\nDesmond FAIRBAIRN: I think that’s a great question."),
              (Speakers{nameAndRole("Orla KINSELLA", "guest"),
                        nameAndRole("Desmond FAIRBAIRN", "guest")}));
    // Whoever opens on the show's welcome presents it.
    EXPECT_EQ(speakersOf("Orla Kinsella: Good evening, and welcome to the late show.\nDesmond "
                         "Fairbairn: Thank you for having me tonight."),
              (Speakers{nameAndRole("Orla Kinsella", "host"),
                        nameAndRole("Desmond Fairbairn", "guest")}));
    EXPECT_EQ(speakersOf("Transcription\nMaëlys Corbière : Bonjour et bienvenue dans "
                         "l’émission.\nAnatole Brisset : Merci de m’avoir invité ce matin."),
              (Speakers{nameAndRole("Maëlys Corbière", "host"),
                        nameAndRole("Anatole Brisset", "guest")}));
}

TEST(SpeakerTranscriptLabels, NamesBeforeATimestamp)
{
    EXPECT_EQ(
        speakersOf("Be Our Guest\nWendell Marsh 00:00:02\nWelcome back to the show, "
                   "everybody.\nPriya Okonjo 00:00:20\nOh, thank you, Wendell."),
        (Speakers{nameAndRole("Wendell Marsh", "guest"), nameAndRole("Priya Okonjo", "guest")}));
}

TEST(SpeakerTranscriptLabels, NotATranscript)
{
    // One such line alone, short titles after the colon, a credit label, or a timestamp with
    // words after it on its line are no transcript.
    EXPECT_TRUE(
        speakersOf("Orla Kinsella: Let’s have a little thought experiment here.").isEmpty());
    EXPECT_TRUE(
        speakersOf("Playlist\nNina Castell: Le vent du nord\nOscar Delambre: Une valse").isEmpty());
    EXPECT_TRUE(speakersOf("Chapitres\nNina Castell 00:12 sa jeunesse à Brest\nOscar "
                           "Delambre 04:30 la guerre et après")
                    .isEmpty());
}

} // namespace
} // namespace ondes

// First names alone, where a cue makes them speakers ("Avec Karim du syndicat", "Bastien et
// Marion reçoivent", "…, Kylian raconte"), and what the text says after a name about where the
// person comes from ("du collectif X", "of Flinders University"). Names are invented.

#include "feed/speakerextractor.h"
#include "speakertestsupport.h"

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

namespace {

using Speakers = QList<Speaker>;

using test::nameAndRole;
using test::speakersOf;

TEST(SpeakerFirstNames, AfterAnInvitingCueWithWhereTheyComeFrom)
{
    EXPECT_EQ(speakersOf("Dans l’émission de ce jour, avec Ludovic du syndicat SUD santé, nous "
                         "revenons sur la grève des urgences."),
              (Speakers{nameAndRole("Ludovic", "du syndicat SUD santé")}));
    EXPECT_EQ(
        speakersOf("Nous serons dans le Perche avec Gérald et Solange,maraîchers,qui nous "
                   "parlent de l’eau."),
        (Speakers{nameAndRole("Gérald", "maraîchers"), nameAndRole("Solange", "maraîchers")}));
}

TEST(SpeakerFirstNames, AsTheSubjectOfASpeakingVerb)
{
    EXPECT_EQ(speakersOf("Pendant vingt minutes, Noémie raconte son année en internat."),
              (Speakers{nameAndRole("Noémie", "guest")}));
    EXPECT_EQ(speakersOf("Dans ce 212, Quentin et Maëlle reçoivent Octave Ferrandel, développeur "
                         "chez Framasud."),
              (Speakers{nameAndRole("Quentin", "host"), nameAndRole("Maëlle", "host"),
                        nameAndRole("Octave Ferrandel", "développeur chez Framasud")}));
}

TEST(SpeakerFirstNames, AFirstNameAloneIsThePersonTheTextNamesInFull)
{
    // Once in full, then by the first name: one person, under the full name. The one talked
    // with by a first name alone hosts (speakerrolesadded_test.cpp): the novelist is the guest.
    EXPECT_EQ(speakersOf("Harriet Pembury returns with a new novel. Harriet talks with Howard "
                         "about writing in a shed."),
              (Speakers{nameAndRole("Harriet Pembury", "guest"), nameAndRole("Howard", "host")}));
}

TEST(SpeakerFirstNames, NeverWithoutACueNorWhenTheWordIsNotAKnownFirstName)
{
    // Only mentioned: no cue makes them speak.
    EXPECT_TRUE(speakersOf("Le film, tourné à Lourdes, raconte la vie de Bernadette.").isEmpty());
    // Not in the given-name lexicon: a place, a product.
    EXPECT_TRUE(speakersOf("Pendant ce temps, Villeurbanne raconte son passé ouvrier.").isEmpty());
    EXPECT_TRUE(speakersOf("This week, Photoshop explains itself.").isEmpty());
}

TEST(SpeakerFirstNames, AnAffiliationAfterTheNameIsItsRole)
{
    EXPECT_EQ(speakersOf("With guests Maeve Dunleavy of Tasman University in South Australia and "
                         "Pieter Hollander from the University of Leiden."),
              (Speakers{nameAndRole("Maeve Dunleavy", "of Tasman University in South Australia"),
                        nameAndRole("Pieter Hollander", "from the University of Leiden")}));
}

// "Come chat with us": "Côme" is a given name, but a one-word name that is also a common word,
// opening its sentence before the verb, is an imperative (listed as a host on a real feed).
TEST(SpeakerFirstNames, ACommonWordOpeningAnImperativeIsNoOne)
{
    EXPECT_EQ(speakersOf("Come chat with us in our new Slack team! Link in the notes."),
              Speakers{});
    EXPECT_EQ(speakersOf("Thanks for listening. Come talk with us on the forum."), Speakers{});
    // The same name after the sentence's opening words still speaks.
    EXPECT_EQ(speakersOf("Cette semaine, Côme discute avec Octave Ferrandel."),
              (Speakers{nameAndRole("Côme", "host"), nameAndRole("Octave Ferrandel", "guest")}));
}

// The same anywhere in the text, not only at its start: a given name that the word lists also
// hold in lower case ("come", "rose", "mark"), opening any sentence right before an English verb
// in its base form, is an imperative (a real feed: "We met Daniel Burka. Come chat with us in our
// new Slack team!" listed "Come" as a host).
TEST(SpeakerFirstNames, AnImperativeOpeningAnySentenceIsNoOne)
{
    const auto names = [](const char* text) {
        QStringList found;
        for (const Speaker& s : speakersOf(text))
            found << s.name;
        return found;
    };
    EXPECT_FALSE(
        names("We met Daniel Burka. Come chat with us in our new Slack team!").contains(u"Come"));
    EXPECT_FALSE(
        names("Thanks to Daniel Burka.\nCome talk with us on the forum.").contains(u"Come"));
    EXPECT_FALSE(
        names("We met Daniel Burka. Mark talk to us about it on Mastodon.").contains(u"Mark"));
    EXPECT_FALSE(names("Great news from Daniel Burka. Join us on Slack to chat with the team.")
                     .contains(u"Join"));
    // "Listen as X talks with Y": the clause after "as" has its own subject, and "Listen as" is
    // no job written before the name.
    EXPECT_EQ(
        speakersOf("New episode! Listen as Daniel Burka talks with Rose Tremaine."),
        (Speakers{nameAndRole("Daniel Burka", "host"), nameAndRole("Rose Tremaine", "guest")}));
    // A person of that name with a verb that agrees with one person still speaks, in English
    // and in French.
    EXPECT_EQ(speakersOf("We met Daniel Burka. Rose talks with him about design."),
              (Speakers{nameAndRole("Rose", "host")}));
    EXPECT_EQ(speakersOf("Merci à tous. Rose discute avec Octave Ferrandel."),
              (Speakers{nameAndRole("Rose", "host"), nameAndRole("Octave Ferrandel", "guest")}));
}

} // namespace
} // namespace ondes

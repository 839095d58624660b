// First names alone, where a cue makes them speakers ("Avec Karim du syndicat", "Bastien et
// Marion reçoivent", "…, Kylian raconte"), and what the text says after a name about where the
// person comes from ("du collectif X", "of Flinders University"). Names are invented.

#include "feed/speakerextractor.h"

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

void PrintTo(const Speaker& speaker, std::ostream* os);

namespace {

using Speakers = QList<Speaker>;

Speakers extractFirstNames(const char* utf8)
{
    Speakers found;
    for (Speaker s : SpeakerExtractor().extract(QString::fromUtf8(utf8))) {
        if (s.kind == SpeakerKind::Credit)
            continue;
        s.kind = SpeakerKind::Unknown;
        found << s;
    }
    return found;
}

Speaker firstNameSpeaker(const char* name, const char* role)
{
    return Speaker{QString::fromUtf8(name), QString::fromUtf8(role)};
}

TEST(SpeakerFirstNames, AfterAnInvitingCueWithWhereTheyComeFrom)
{
    EXPECT_EQ(
        extractFirstNames("Dans l’émission de ce jour, avec Ludovic du syndicat SUD santé, nous "
                          "revenons sur la grève des urgences."),
        (Speakers{firstNameSpeaker("Ludovic", "du syndicat SUD santé")}));
    EXPECT_EQ(
        extractFirstNames("Nous serons dans le Perche avec Gérald et Solange,maraîchers,qui nous "
                          "parlent de l’eau."),
        (Speakers{firstNameSpeaker("Gérald", "maraîchers"),
                  firstNameSpeaker("Solange", "maraîchers")}));
}

TEST(SpeakerFirstNames, AsTheSubjectOfASpeakingVerb)
{
    EXPECT_EQ(extractFirstNames("Pendant vingt minutes, Noémie raconte son année en internat."),
              (Speakers{firstNameSpeaker("Noémie", "guest")}));
    EXPECT_EQ(
        extractFirstNames("Dans ce 212, Quentin et Maëlle reçoivent Octave Ferrandel, développeur "
                          "chez Framasud."),
        (Speakers{firstNameSpeaker("Quentin", "host"), firstNameSpeaker("Maëlle", "host"),
                  firstNameSpeaker("Octave Ferrandel", "développeur chez Framasud")}));
}

TEST(SpeakerFirstNames, AFirstNameAloneIsThePersonTheTextNamesInFull)
{
    // Once in full, then by the first name: one person, under the full name.
    EXPECT_EQ(
        extractFirstNames("Harriet Pembury returns with a new novel. Harriet talks with Howard "
                          "about writing in a shed."),
        (Speakers{firstNameSpeaker("Harriet Pembury", "host"),
                  firstNameSpeaker("Howard", "guest")}));
}

TEST(SpeakerFirstNames, NeverWithoutACueNorWhenTheWordIsNotAKnownFirstName)
{
    // Only mentioned: no cue makes them speak.
    EXPECT_TRUE(
        extractFirstNames("Le film, tourné à Lourdes, raconte la vie de Bernadette.").isEmpty());
    // Not in the given-name lexicon: a place, a product.
    EXPECT_TRUE(
        extractFirstNames("Pendant ce temps, Villeurbanne raconte son passé ouvrier.").isEmpty());
    EXPECT_TRUE(extractFirstNames("This week, Photoshop explains itself.").isEmpty());
}

TEST(SpeakerFirstNames, AnAffiliationAfterTheNameIsItsRole)
{
    EXPECT_EQ(
        extractFirstNames("With guests Maeve Dunleavy of Tasman University in South Australia and "
                          "Pieter Hollander from the University of Leiden."),
        (Speakers{firstNameSpeaker("Maeve Dunleavy", "of Tasman University in South Australia"),
                  firstNameSpeaker("Pieter Hollander", "from the University of Leiden")}));
}

// "Come chat with us": "Côme" is a given name, but a one-word name that is also a common word,
// opening its sentence before the verb, is an imperative (listed as a host on a real feed).
TEST(SpeakerFirstNames, ACommonWordOpeningAnImperativeIsNoOne)
{
    EXPECT_EQ(extractFirstNames("Come chat with us in our new Slack team! Link in the notes."),
              Speakers{});
    EXPECT_EQ(extractFirstNames("Thanks for listening. Come talk with us on the forum."),
              Speakers{});
    // The same name after the sentence's opening words still speaks.
    EXPECT_EQ(extractFirstNames("Cette semaine, Côme discute avec Octave Ferrandel."),
              (Speakers{firstNameSpeaker("Côme", "host"),
                        firstNameSpeaker("Octave Ferrandel", "guest")}));
}

// The same anywhere in the text, not only at its start: a given name that the word lists also
// hold in lower case ("come", "rose", "mark"), opening any sentence right before an English verb
// in its base form, is an imperative (a real feed: "We met Daniel Burka. Come chat with us in our
// new Slack team!" listed "Come" as a host).
TEST(SpeakerFirstNames, AnImperativeOpeningAnySentenceIsNoOne)
{
    const auto names = [](const char* text) {
        QStringList found;
        for (const Speaker& s : extractFirstNames(text))
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
    EXPECT_EQ(extractFirstNames("New episode! Listen as Daniel Burka talks with Rose Tremaine."),
              (Speakers{firstNameSpeaker("Daniel Burka", "host"),
                        firstNameSpeaker("Rose Tremaine", "guest")}));
    // A person of that name with a verb that agrees with one person still speaks, in English
    // and in French.
    EXPECT_EQ(extractFirstNames("We met Daniel Burka. Rose talks with him about design."),
              (Speakers{firstNameSpeaker("Rose", "host")}));
    EXPECT_EQ(extractFirstNames("Merci à tous. Rose discute avec Octave Ferrandel."),
              (Speakers{firstNameSpeaker("Rose", "host"),
                        firstNameSpeaker("Octave Ferrandel", "guest")}));
}

} // namespace
} // namespace ondes

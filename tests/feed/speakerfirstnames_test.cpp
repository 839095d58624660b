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

Speakers extract(const char* utf8)
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

Speaker shaped(const char* name, const char* role)
{
    return Speaker{QString::fromUtf8(name), QString::fromUtf8(role)};
}

TEST(SpeakerFirstNames, AfterAnInvitingCueWithWhereTheyComeFrom)
{
    EXPECT_EQ(extract("Dans l’émission de ce jour, avec Ludovic du syndicat SUD santé, nous "
                      "revenons sur la grève des urgences."),
              (Speakers{shaped("Ludovic", "du syndicat SUD santé")}));
    EXPECT_EQ(extract("Nous serons dans le Perche avec Gérald et Solange,maraîchers,qui nous "
                      "parlent de l’eau."),
              (Speakers{shaped("Gérald", "maraîchers"), shaped("Solange", "maraîchers")}));
}

TEST(SpeakerFirstNames, AsTheSubjectOfASpeakingVerb)
{
    EXPECT_EQ(extract("Pendant vingt minutes, Noémie raconte son année en internat."),
              (Speakers{shaped("Noémie", "guest")}));
    EXPECT_EQ(extract("Dans ce 212, Quentin et Maëlle reçoivent Octave Ferrandel, développeur "
                      "chez Framasud."),
              (Speakers{shaped("Quentin", "host"), shaped("Maëlle", "host"),
                        shaped("Octave Ferrandel", "développeur chez Framasud")}));
}

TEST(SpeakerFirstNames, AFirstNameAloneIsThePersonTheTextNamesInFull)
{
    // Once in full, then by the first name: one person, under the full name.
    EXPECT_EQ(extract("Harriet Pembury returns with a new novel. Harriet talks with Howard "
                      "about writing in a shed."),
              (Speakers{shaped("Harriet Pembury", "host"), shaped("Howard", "guest")}));
}

TEST(SpeakerFirstNames, NeverWithoutACueNorWhenTheWordIsNotAKnownFirstName)
{
    // Only mentioned: no cue makes them speak.
    EXPECT_TRUE(extract("Le film, tourné à Lourdes, raconte la vie de Bernadette.").isEmpty());
    // Not in the given-name lexicon: a place, a product.
    EXPECT_TRUE(extract("Pendant ce temps, Villeurbanne raconte son passé ouvrier.").isEmpty());
    EXPECT_TRUE(extract("This week, Photoshop explains itself.").isEmpty());
}

TEST(SpeakerFirstNames, AnAffiliationAfterTheNameIsItsRole)
{
    EXPECT_EQ(extract("With guests Maeve Dunleavy of Tasman University in South Australia and "
                      "Pieter Hollander from the University of Leiden."),
              (Speakers{shaped("Maeve Dunleavy", "of Tasman University in South Australia"),
                        shaped("Pieter Hollander", "from the University of Leiden")}));
}

} // namespace
} // namespace ondes

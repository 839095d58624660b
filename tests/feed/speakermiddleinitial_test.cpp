// A middle initial written without its period ("Andreas B Kollegger") is part of the name, in
// French and English layouts with the typographic punctuation published text uses (’ « » – and
// U+00A0 / U+202F before : ; ! ?). A capital letter alone elsewhere stays out of names. Names are
// invented.

#include "speakertestsupport.h"

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

namespace {

using test::nameAndRole;
using test::speakersOf;

QStringList namesWithInitials(const char* utf8)
{
    QStringList names;
    for (const Speaker& s : speakersOf(utf8))
        names << s.name;
    return names;
}

TEST(SpeakerMiddleInitial, EnglishWithoutAPeriod)
{
    EXPECT_EQ(speakersOf("Host Andreas B Kollegger talks graph databases with Priya Raman, a "
                         "data engineer at Northwind – live from Malmö."),
              (QList<Speaker>{nameAndRole("Andreas B Kollegger", "host"),
                              nameAndRole("Priya Raman", "data engineer at Northwind")}));
    EXPECT_EQ(namesWithInitials("Guests\u00a0: Margaret J Holloway and “Dee” Okonjo."),
              QStringList{QStringLiteral("Margaret J Holloway")});
    // The same with the period, as before.
    EXPECT_EQ(namesWithInitials("Guest: Margaret J. Holloway"),
              QStringList{QStringLiteral("Margaret J. Holloway")});
}

TEST(SpeakerMiddleInitial, FrenchWithoutAPeriod)
{
    EXPECT_EQ(speakersOf("Avec Hélène M Castagnac, historienne de l’art, et Karim Benali\u202f!"),
              (QList<Speaker>{nameAndRole("Hélène M Castagnac", "historienne de l’art"),
                              nameAndRole("Karim Benali", "guest")}));
    EXPECT_EQ(namesWithInitials("Invitée\u00a0: Hélène M Castagnac – « Les ateliers »"),
              QStringList{QStringLiteral("Hélène M Castagnac")});
}

TEST(SpeakerMiddleInitial, NotALetterThatIsAWordNorAnInitialFirst)
{
    // "A" and "I" are words; an initial opening a run is not read as a given name's.
    EXPECT_EQ(namesWithInitials("With Andreas I Think We Agree on little."),
              QStringList{QStringLiteral("Andreas")});
    EXPECT_EQ(namesWithInitials("Invitée\u00a0: Marie A Paris pour la semaine"),
              QStringList{QStringLiteral("Marie")});
    EXPECT_EQ(namesWithInitials("Guest: B Kollegger"), QStringList{});
}

} // namespace
} // namespace ondes

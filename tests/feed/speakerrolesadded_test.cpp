// The roles of the names the speaker decider adds (names no rule listed): what the text writes
// before any of their appearances, not only the first, and a job noun in capitals alone before
// the name. Names are invented.

#include "speakertestsupport.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::roleOf;

TEST(SpeakerRolesAdded, JobBeforeALaterAppearance)
{
    // The first appearance is a heading; the job is written before the second.
    const char* text = "Nell Okafor and Beatrix Lumley\n\nThe third in a new series celebrating "
                       "portraits. This time it\u2019s the turn of prize-winning poet Nell Okafor. "
                       "Her choice is the last one.";
    EXPECT_EQ(roleOf(text, "Nell Okafor"), QStringLiteral("prize-winning poet"));
}

TEST(SpeakerRolesAdded, NoJobAtAnyAppearanceStaysGuest)
{
    // Control: the same shape with nothing said of the person before either appearance.
    const char* text = "Nell Okafor and Beatrix Lumley\n\nThe third in a new series celebrating "
                       "portraits. This time it\u2019s the turn of Nell Okafor. Her choice is "
                       "the last one.";
    const QString role = roleOf(text, "Nell Okafor");
    EXPECT_TRUE(role == u"guest" || role == u"<absent>") << role.toStdString();
}

TEST(SpeakerRolesAdded, CapitalisedJobAloneBeforeTheName)
{
    // After a heading in capitals, and after a period run into the next sentence.
    EXPECT_EQ(roleOf("PICK A SKY AND NAME IT Poet Samira Warsame recreates the childhood "
                     "experiences that turned a young girl into a published poet. A house "
                     "belonging to her grandmother is the closest Samira has come to home.",
                     "Samira Warsame"),
              QStringLiteral("Poet"));
    EXPECT_EQ(roleOf("Is it mostly hype? Neuroscientists Dean Barnard and Christina Mahler "
                     "weigh in.Zoologist Rowan Pickering wonders what the medicines flushed "
                     "into our sewers are doing to the frogs in his pond.",
                     "Rowan Pickering"),
              QStringLiteral("Zoologist"));
}

TEST(SpeakerRolesAdded, CapitalisedWordThatIsNoJobGivesNoRole)
{
    // Control: a capitalised word before the name that is no job noun.
    const QString role =
        roleOf("PICK A SKY AND NAME IT Today Samira Warsame recreates the childhood "
               "experiences that turned a young girl into a published poet. A house "
               "belonging to her grandmother is the closest Samira has come to home.",
               "Samira Warsame");
    EXPECT_TRUE(role == u"guest" || role == u"<absent>") << role.toStdString();
}

// "X talks with host Y", "X talks to Nadia": the one talked to is named as a host, or by a first
// name alone, as shows name their host; the one talking is the guest.
TEST(SpeakerRolesTalkedTo, HostTitleAfterTheVerb)
{
    const QList<Speaker> found =
        test::speakersOf("Lena Okafor talks with host Warren Pickett about her research into "
                         "the effect of redlining on Black\u2011owned businesses.");
    EXPECT_EQ(found, (QList<Speaker>{test::nameAndRole("Lena Okafor", "guest"),
                                     test::nameAndRole("Warren Pickett", "host")}));
}

TEST(SpeakerRolesTalkedTo, FirstNameAloneAfterTheVerb)
{
    const QList<Speaker> found =
        test::speakersOf("Ray Dunmore talks to Nadia about the band\u2019s beginnings, playing "
                         "with Alan, and whether they might play together again.");
    EXPECT_EQ(found, (QList<Speaker>{test::nameAndRole("Ray Dunmore", "guest"),
                                     test::nameAndRole("Nadia", "host")}));
}

TEST(SpeakerRolesTalkedTo, FullNameOrAnotherVerbKeepsTheOneBeforeHosting)
{
    // Controls: a full name after "talks with" (who hosts is not told), a first name alone
    // after a verb that receives ("welcomes").
    EXPECT_EQ(test::speakersOf("Marta Kowalczyk talks with Henrik Aalberg about event sourcing."),
              (QList<Speaker>{test::nameAndRole("Marta Kowalczyk", "host"),
                              test::nameAndRole("Henrik Aalberg", "guest")}));
    EXPECT_EQ(test::speakersOf("Rebecca Hollis welcomes Samuel to the studio."),
              (QList<Speaker>{test::nameAndRole("Rebecca Hollis", "host"),
                              test::nameAndRole("Samuel", "guest")}));
}

// Where a role stops: at the next person after a closing parenthesis or quote (text run
// together, one guest a line once HTML is removed), and at ", along with" another person.
TEST(SpeakerRoleStops, NextPersonAfterAClosingParenthesis)
{
    const QList<Speaker> found = test::speakersOf(
        "Parlons-en avec\u00A0: Thibaut Vernier, professeur à l’Institut catholique de Paris, "
        "auteur de «\u00A0L’Asie, terre de rivalités\u00A0» (Le Cerf, 2023) Jean-Paul Marcelin, "
        "historien et directeur de recherche au CNRS.");
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(
        found.constFirst(),
        test::nameAndRole("Thibaut Vernier",
                          "professeur à l’Institut catholique de Paris, auteur de "
                          "« L’Asie, terre de rivalités » (Le Cerf, 2023)")); // spaces simplified
}

TEST(SpeakerRoleStops, AlongWithAnotherPerson)
{
    EXPECT_EQ(test::speakersOf("Guests: Lena Hartigan, law professor at the University of "
                               "Michigan, along with Janelle Whitfield, a historian."),
              (QList<Speaker>{
                  test::nameAndRole("Lena Hartigan", "law professor at the University of Michigan"),
                  test::nameAndRole("Janelle Whitfield", "historian")}));
    // Control: "along" inside the role, not after a comma, is kept.
    EXPECT_EQ(test::speakersOf("Guests: Lena Hartigan, historian of walks along the Thames."),
              (QList<Speaker>{
                  test::nameAndRole("Lena Hartigan", "historian of walks along the Thames")}));
}

// An owner's possessive before the job or the name says whose the person is: "the Toronto Star’s
// national columnist X", "speaks with The Economist’s X".
TEST(SpeakerRolesOwner, PossessiveBeforeTheJobOrTheName)
{
    EXPECT_EQ(test::speakersOf("Host Priya Chatterjee speaks with The Economist’s Robert Russell "
                               "about the key issues facing MPs."),
              (QList<Speaker>{test::nameAndRole("Priya Chatterjee", "host"),
                              test::nameAndRole("Robert Russell", "The Economist’s")}));
    const QList<Speaker> found = test::speakersOf(
        "In this bonus episode of “It’s Political,” the Toronto Star’s national columnist "
        "Maureen Castonguay joins Althea Ramsay to discuss Sunday’s leadership event.");
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.constFirst(),
              test::nameAndRole("Maureen Castonguay", "the Toronto Star’s national columnist"));
}

TEST(SpeakerRolesOwner, NoPossessiveKeepsTheJobAlone)
{
    // Control: the same sentence without the owner.
    EXPECT_EQ(test::speakersOf("Host Priya Chatterjee speaks with Robert Russell about the key "
                               "issues facing MPs."),
              (QList<Speaker>{test::nameAndRole("Priya Chatterjee", "host"),
                              test::nameAndRole("Robert Russell", "guest")}));
    const QList<Speaker> found = test::speakersOf(
        "In this bonus episode of “It’s Political,” national columnist Maureen Castonguay joins "
        "Althea Ramsay to discuss Sunday’s leadership event.");
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.constFirst(), test::nameAndRole("Maureen Castonguay", "national columnist"));
}

} // namespace
} // namespace ondes

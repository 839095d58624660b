#include "feed/speakerextractor.h"
#include "feed/speakerkinds.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

TEST(SpeakerKinds, OfRolesAndLabels)
{
    EXPECT_EQ(speakerKindOfRole(u"Présentation"), SpeakerKind::Host);
    EXPECT_EQ(speakerKindOfRole(u"co-host"), SpeakerKind::Host);
    EXPECT_EQ(speakerKindOfRole(u"Invité·e·s"), SpeakerKind::Guest);
    EXPECT_EQ(speakerKindOfRole(u"chroniqueuse"), SpeakerKind::Columnist);
    EXPECT_EQ(speakerKindOfRole(u"Reportage"), SpeakerKind::Reporter);
    EXPECT_EQ(speakerKindOfRole(u"Lectures"), SpeakerKind::Reader);
    EXPECT_EQ(speakerKindOfRole(u"voix off"), SpeakerKind::Narrator);
    EXPECT_EQ(speakerKindOfRole(u"interprète"), SpeakerKind::Interpreter);
    for (const char16_t* credit : {u"Réalisation", u"montage", u"Mixage", u"prise de son",
                                   u"Producer", u"Executive producer", u"editor", u"Sound design",
                                   u"Coordination & Web", u"Réalisation et montage"})
        EXPECT_EQ(speakerKindOfRole(credit), SpeakerKind::Credit)
            << QString::fromUtf16(credit).toStdString();
    EXPECT_EQ(speakerKindOfRole(u"sociologue"), SpeakerKind::Unknown);
    EXPECT_EQ(speakerKindOfRole(u""), SpeakerKind::Unknown);
    EXPECT_EQ(speakerKindName(SpeakerKind::Credit), QStringLiteral("credit"));
    EXPECT_EQ(speakerKindName(SpeakerKind::Unknown), QString());
}

QList<SpeakerKind> kinds(const char* utf8)
{
    QList<SpeakerKind> out;
    for (const Speaker& s : SpeakerExtractor().extract(QString::fromUtf8(utf8)))
        out << s.kind;
    return out;
}

TEST(SpeakerKinds, CreditsAreCreditsNotSpeakers)
{
    EXPECT_EQ(kinds("Présentation : Anne Quéré / Chronique : Sarah Lévy / Réalisation : Marc "
                    "Petit / Montage : Jules Castel"),
              (QList<SpeakerKind>{SpeakerKind::Host, SpeakerKind::Columnist, SpeakerKind::Credit,
                                  SpeakerKind::Credit}));
    EXPECT_EQ(kinds("Hosted by Dana Cole. Produced by Ray Tan. Edited by Mia Ford."),
              (QList<SpeakerKind>{SpeakerKind::Host, SpeakerKind::Credit, SpeakerKind::Credit}));
    EXPECT_EQ(kinds("Traduction : Farid Rahimi (interprète), Leïla Sarrami (sous-titrage)."),
              (QList<SpeakerKind>{SpeakerKind::Interpreter, SpeakerKind::Credit}));
}

TEST(SpeakerKinds, ReadersAndNarratorsSpeak)
{
    EXPECT_EQ(
        kinds("Abridged by Fenella Marsh\nRead by Tobias Hartwell\nProduced by Niamh Waldron"),
        (QList<SpeakerKind>{SpeakerKind::Credit, SpeakerKind::Reader, SpeakerKind::Credit}));
    EXPECT_EQ(kinds("Reader: Priya Chandrasekar"), (QList<SpeakerKind>{SpeakerKind::Reader}));
    EXPECT_EQ(kinds("Voix off : Florence Lhermitte - Un podcast INA."),
              (QList<SpeakerKind>{SpeakerKind::Narrator}));
}

TEST(SpeakerKinds, SongwritersAreNotCredits)
{
    EXPECT_TRUE(kinds("'Moon River' was written by Harold Pike and Johnny Redfern for the film.")
                    .isEmpty());
}

// A segment's or a reporter's role is named by its head word, the first after an article: "la
// chronique cinéma de X" is a columnist's, "correspondante à Kiev" a reporter's; only those
// kinds (the first word of "producer of the film" is no head: the role says what the person is).
TEST(SpeakerKinds, ASegmentsRoleIsKnownByItsHeadWord)
{
    EXPECT_EQ(speakerKindOfRole(u"chronique cinéma"), SpeakerKind::Columnist);
    EXPECT_EQ(speakerKindOfRole(u"billet d’humeur"), SpeakerKind::Columnist);
    EXPECT_EQ(speakerKindOfRole(u"la chronique éco"), SpeakerKind::Columnist);
    EXPECT_EQ(speakerKindOfRole(u"chroniqueuse littéraire"), SpeakerKind::Columnist);
    EXPECT_EQ(speakerKindOfRole(u"columnist for The Observer"), SpeakerKind::Columnist);
    EXPECT_EQ(speakerKindOfRole(u"correspondante à Kiev"), SpeakerKind::Reporter);
    EXPECT_EQ(speakerKindOfRole(u"reporter for the BBC"), SpeakerKind::Reporter);
    // Controls: the head of these is no kind, or a kind that is not a segment's.
    EXPECT_EQ(speakerKindOfRole(u"producer of the film"), SpeakerKind::Unknown);
    EXPECT_EQ(speakerKindOfRole(u"voix de la résistance"), SpeakerKind::Unknown);
    EXPECT_EQ(speakerKindOfRole(u"historienne du cinéma"), SpeakerKind::Unknown);
    EXPECT_EQ(speakerKindOfRole(u"guest of honour"), SpeakerKind::Unknown);
    EXPECT_EQ(speakerKindOfRole(u"journaliste à France 24"), SpeakerKind::Unknown);
    EXPECT_EQ(speakerKindOfRole(u"journaliste"), SpeakerKind::Reporter); // the whole role
    EXPECT_EQ(kinds("Au programme, la chronique cinéma de Margaux Lefèvre."),
              (QList<SpeakerKind>{SpeakerKind::Columnist}));
    EXPECT_EQ(kinds("Et le billet d’humeur de Paul Ardent."),
              (QList<SpeakerKind>{SpeakerKind::Columnist}));
    // Under a guests' cue a columnist stays one; a journalist described stays a guest.
    EXPECT_EQ(kinds("Avec : Léa Morand, chroniqueuse littéraire, et Hugo Barre, journaliste à "
                    "Radio Nord."),
              (QList<SpeakerKind>{SpeakerKind::Columnist, SpeakerKind::Guest}));
}

TEST(SpeakerKinds, ACreditThatAlsoSpeaksOnAirIsASpeaker)
{
    EXPECT_EQ(speakerKindOfRole(u"Réalisation et présentation"), SpeakerKind::Host);
    EXPECT_EQ(speakerKindOfRole(u"Production & animation"), SpeakerKind::Host);
    EXPECT_EQ(speakerKindOfRole(u"Montage et voix"), SpeakerKind::Narrator);
    EXPECT_EQ(speakerKindOfRole(u"Mixing and narration"), SpeakerKind::Narrator);
    // Controls: credits through and through stay credits.
    EXPECT_EQ(speakerKindOfRole(u"Réalisation et montage"), SpeakerKind::Credit);
    EXPECT_EQ(speakerKindOfRole(u"Production / mixage"), SpeakerKind::Credit);
    EXPECT_EQ(speakerKindOfRole(u"Montage et prise de son"), SpeakerKind::Credit);
}

} // namespace
} // namespace ondes

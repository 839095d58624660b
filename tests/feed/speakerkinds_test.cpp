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

} // namespace
} // namespace ondes

#include "feed/transcriptsrt.h"
#include "support/qtprinters.h"
#include "support/testdatapath.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace ondes;

namespace {

TranscriptDocument srtFixture(const char* name)
{
    QFile file(test::testDataPath(QStringLiteral("transcripts/") + QLatin1String(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return SrtTranscript::parse(QString::fromUtf8(file.readAll()), 1000);
}

} // namespace

TEST(SrtTranscriptTest, ReadsNumberedCuesWithBothSeparators)
{
    const TranscriptDocument doc = srtFixture("interview.srt");
    EXPECT_EQ(doc.format, TranscriptDocument::Format::Srt);
    ASSERT_EQ(doc.cues.size(), 7);
    EXPECT_EQ(doc.cues[0].startMs, 0);
    EXPECT_EQ(doc.cues[0].endMs, 3200);
    EXPECT_EQ(doc.cues[0].speaker, QStringLiteral("INES VARGA"));
    EXPECT_EQ(doc.cues[0].text, QStringLiteral("Welcome back to Field Notes."));
    // '.' before the milliseconds, coordinates after the end time, <i> removed.
    EXPECT_EQ(doc.cues[1].startMs, 3200);
    EXPECT_EQ(doc.cues[1].endMs, 6000);
    EXPECT_EQ(doc.cues[1].text, QStringLiteral("Today we follow a river."));
}

TEST(SrtTranscriptTest, SpeakerPrefixesAndDialogueDashes)
{
    const TranscriptDocument doc = srtFixture("interview.srt");
    ASSERT_EQ(doc.cues.size(), 7);
    // A cue without a name is the previous speaker going on.
    EXPECT_EQ(doc.cues[1].speaker, QStringLiteral("INES VARGA"));
    // "- NAME:" lines: one cue per speaker, 4 s shared 10:11 by their text.
    EXPECT_EQ(doc.cues[2].speaker, QStringLiteral("Tomas Brückner"));
    EXPECT_EQ(doc.cues[2].text, QStringLiteral("Which one?"));
    EXPECT_EQ(doc.cues[2].startMs, 6000);
    EXPECT_EQ(doc.cues[2].endMs, 6000 + 4000 * 10 / 21);
    EXPECT_EQ(doc.cues[3].speaker, QStringLiteral("Ines Varga"));
    EXPECT_EQ(doc.cues[3].text, QStringLiteral("The Danube.")); // <font> removed
    EXPECT_EQ(doc.cues[3].endMs, 10000);
    EXPECT_EQ(doc.cues[4].speaker, QStringLiteral("Ines Varga"));
    EXPECT_EQ(doc.cues[4].text,
              QStringLiteral("It starts in the Black Forest.\nAnd it ends in the Black Sea."));
    // A dash without a name is someone else, unnamed.
    EXPECT_TRUE(doc.cues[5].speaker.isEmpty());
    EXPECT_EQ(doc.cues[5].text, QStringLiteral("Is that far?"));
    // "What we learned:" is a sentence, not a name.
    EXPECT_TRUE(doc.cues[6].speaker.isEmpty());
    EXPECT_EQ(doc.cues[6].text, QStringLiteral("What we learned: rivers move."));
}

TEST(SrtTranscriptTest, ReadsCuesWithoutBlankLinesBetweenThem)
{
    const TranscriptDocument doc = SrtTranscript::parse(
        u"1\n00:00:01,000 --> 00:00:02,000\none\n2\n00:00:02,000 --> 00:00:03,000\ntwo\n"
        u"garbage\n\n3\n00:00:0x,000 --> 00:00:04,000\nlost\n",
        100);
    ASSERT_EQ(doc.cues.size(), 2);
    EXPECT_EQ(doc.cues[0].text, QStringLiteral("one"));
    EXPECT_EQ(doc.cues[1].text, QStringLiteral("two\ngarbage"));
}

TEST(SrtTranscriptTest, StopsAtTheCueLimit)
{
    QString srt;
    for (int i = 1; i <= 10; ++i)
        srt += QStringLiteral("%1\n00:00:%2,000 --> 00:00:%3,000\nline\n\n")
                   .arg(i)
                   .arg(10 + i)
                   .arg(11 + i);
    bool truncated = false;
    EXPECT_EQ(SrtTranscript::parse(srt, 3, &truncated).cues.size(), 3);
    EXPECT_TRUE(truncated);
    EXPECT_EQ(SrtTranscript::parse(srt, 10, &truncated).cues.size(), 10);
    EXPECT_FALSE(truncated);
}

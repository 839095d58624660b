#include "feed/transcriptwebvtt.h"
#include "support/qtprinters.h"
#include "support/testdatapath.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace ondes;

namespace {

TranscriptDocument vttFixture(const char* name)
{
    QFile file(test::testDataPath(QStringLiteral("transcripts/") + QLatin1String(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return WebVttTranscript::parse(QString::fromUtf8(file.readAll()), 1000);
}

TranscriptDocument vttText(const char* text, int maxCues = 1000, bool* truncated = nullptr)
{
    return WebVttTranscript::parse(QString::fromUtf8(text), maxCues, truncated);
}

} // namespace

TEST(WebVttTranscriptTest, ReadsCuesVoicesAndTimes)
{
    const TranscriptDocument doc = vttFixture("interview.vtt");
    EXPECT_EQ(doc.format, TranscriptDocument::Format::WebVtt);
    EXPECT_TRUE(doc.timed);
    EXPECT_EQ(doc.language, QStringLiteral("en"));
    ASSERT_EQ(doc.cues.size(), 6);
    EXPECT_EQ(doc.cues[0].startMs, 0);
    EXPECT_EQ(doc.cues[0].endMs, 4500);
    EXPECT_EQ(doc.cues[0].speaker, QStringLiteral("Ines Varga"));
    EXPECT_EQ(doc.cues[0].text,
              QStringLiteral("Welcome to Field Notes, the show about maps & rivers."));
    // <v.guest Name>: the class is not part of the name; &#39; decoded; <i> removed.
    EXPECT_EQ(doc.cues[1].startMs, 4500);
    EXPECT_EQ(doc.cues[1].endMs, 9250);
    EXPECT_EQ(doc.cues[1].speaker, QStringLiteral("Tomas Brückner"));
    EXPECT_EQ(doc.cues[1].text, QStringLiteral("Thanks, Ines. It's good to be back."));
}

TEST(WebVttTranscriptTest, SplitsACueWhereTheVoiceChanges)
{
    const TranscriptDocument doc = vttFixture("interview.vtt");
    ASSERT_EQ(doc.cues.size(), 6);
    // "So, the Danube?" (15 characters) then "The Danube." (11) share 9.25 s to 12 s.
    EXPECT_EQ(doc.cues[2].speaker, QStringLiteral("Ines Varga"));
    EXPECT_EQ(doc.cues[2].text, QStringLiteral("So, the Danube?"));
    EXPECT_EQ(doc.cues[2].startMs, 9250);
    EXPECT_EQ(doc.cues[2].endMs, 9250 + 2750 * 15 / 26);
    EXPECT_EQ(doc.cues[3].speaker, QStringLiteral("Tomas Brückner"));
    EXPECT_EQ(doc.cues[3].text, QStringLiteral("The Danube."));
    EXPECT_EQ(doc.cues[3].startMs, doc.cues[2].endMs);
    EXPECT_EQ(doc.cues[3].endMs, 12000);
}

TEST(WebVttTranscriptTest, StripsClassTagsAndInlineTimestampsAndSkipsBlocks)
{
    const TranscriptDocument doc = vttFixture("interview.vtt");
    ASSERT_EQ(doc.cues.size(), 6);
    EXPECT_TRUE(doc.cues[4].speaker.isEmpty());
    EXPECT_EQ(doc.cues[4].text, QStringLiteral("[river sounds] <quiet>"));
    EXPECT_EQ(doc.cues[5].startMs, 3600000);
    EXPECT_EQ(doc.cues[5].text, QStringLiteral("That\u2019s all for today."));
    for (const TranscriptCue& cue : doc.cues) {
        EXPECT_FALSE(cue.text.contains(QStringLiteral("color"))) << cue.text.toStdString();
        EXPECT_FALSE(cue.text.contains(QStringLiteral("invented"))) << cue.text.toStdString();
    }
}

TEST(WebVttTranscriptTest, KeepsMultiLineTextAndSortsByStart)
{
    const TranscriptDocument doc = vttText("WEBVTT\n\n00:05.000 --> 00:06.000\nsecond\n\n"
                                           "00:01.000 --> 00:02.000\nfirst line\nsecond line\n");
    ASSERT_EQ(doc.cues.size(), 2);
    EXPECT_EQ(doc.cues[0].text, QStringLiteral("first line\nsecond line"));
    EXPECT_EQ(doc.cues[1].text, QStringLiteral("second"));
}

TEST(WebVttTranscriptTest, MalformedBlocksAreLeftOutNotInvented)
{
    // A bad time, a cue without text, a timing line in the middle of a payload, CR line ends.
    const TranscriptDocument doc =
        vttText("WEBVTT\r\n\r\n00:xx.000 --> 00:02.000\r\nlost\r\n\r\n00:02.000 --> 00:03.000\r\n"
                "\r\n00:03.000 --> 00:04.000\r\nkept\r\n00:04.000 --> 00:05.000\r\nalso kept\r\n"
                "stray text\r\n\r\n00:09.000 --> 00:08.000\r\nbackwards");
    ASSERT_EQ(doc.cues.size(), 3);
    EXPECT_EQ(doc.cues[0].text, QStringLiteral("kept"));
    EXPECT_EQ(doc.cues[1].text, QStringLiteral("also kept\nstray text"));
    EXPECT_EQ(doc.cues[2].startMs, 9000);
    EXPECT_EQ(doc.cues[2].endMs, 9000); // an end before the start reads as no end
}

TEST(WebVttTranscriptTest, StopsAtTheCueLimit)
{
    QByteArray vtt = "WEBVTT\n\n";
    for (int i = 0; i < 20; ++i)
        vtt += QByteArray("00:00:") + QByteArray::number(10 + i) +
               ".000 --> 00:00:" + QByteArray::number(11 + i) + ".000\nline\n\n";
    bool truncated = false;
    EXPECT_EQ(vttText(vtt.constData(), 20, &truncated).cues.size(), 20);
    EXPECT_FALSE(truncated);
    EXPECT_EQ(vttText(vtt.constData(), 5, &truncated).cues.size(), 5);
    EXPECT_TRUE(truncated);
}

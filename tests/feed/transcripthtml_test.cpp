#include "feed/transcripthtml.h"
#include "feed/transcriptplaintext.h"
#include "support/qtprinters.h"
#include "support/testdatapath.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace ondes;

namespace {

QByteArray proseFixture(const char* name)
{
    QFile file(test::testDataPath(QStringLiteral("transcripts/") + QLatin1String(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

} // namespace

TEST(HtmlTranscriptTest, ReadsCiteTimeAndParagraphs)
{
    const TranscriptDocument doc = HtmlTranscript::parse(proseFixture("interview.html"), 100);
    EXPECT_EQ(doc.format, TranscriptDocument::Format::Html);
    EXPECT_TRUE(doc.timed);
    ASSERT_EQ(doc.cues.size(), 5);
    EXPECT_EQ(doc.cues[0].speaker, QStringLiteral("Ines Varga"));
    EXPECT_EQ(doc.cues[0].text, QStringLiteral("Welcome to Field Notes."));
    EXPECT_EQ(doc.cues[0].startMs, 0);
    EXPECT_EQ(doc.cues[1].speaker, QStringLiteral("Tomas Brückner"));
    EXPECT_EQ(doc.cues[1].startMs, 4000);
    // A paragraph without a name or a time: the same speaker, from the same time.
    EXPECT_EQ(doc.cues[2].speaker, QStringLiteral("Tomas Brückner"));
    EXPECT_EQ(doc.cues[2].text, QStringLiteral("It is good to be back."));
    EXPECT_EQ(doc.cues[2].startMs, 4000);
    EXPECT_EQ(doc.cues[2].endMs, 4000);
    // <strong>NAME:</strong> then a time; [time] then NAME:.
    EXPECT_EQ(doc.cues[3].speaker, QStringLiteral("Ines Varga"));
    EXPECT_EQ(doc.cues[3].startMs, 70000);
    EXPECT_EQ(doc.cues[3].text, QStringLiteral("So, the Danube."));
    EXPECT_EQ(doc.cues[4].speaker, QStringLiteral("Tomas Brückner"));
    EXPECT_EQ(doc.cues[4].startMs, 75000);
    EXPECT_EQ(doc.cues[4].text, QStringLiteral("The Danube, yes \u2013 all 2,850 km."));
}

TEST(HtmlTranscriptTest, AnUntimedPageHasNoTimes)
{
    const TranscriptDocument doc = HtmlTranscript::parse(
        "<p><b>Ana Ruiz:</b> Hello.</p><p><b>Summary of the day</b> Nothing timed.</p>", 100);
    EXPECT_FALSE(doc.timed);
    ASSERT_EQ(doc.cues.size(), 2);
    EXPECT_EQ(doc.cues[0].speaker, QStringLiteral("Ana Ruiz"));
    EXPECT_EQ(doc.cues[0].text, QStringLiteral("Hello."));
    EXPECT_EQ(doc.cues[1].text, QStringLiteral("Summary of the day Nothing timed."));
    EXPECT_EQ(doc.cues[1].startMs, 0);
}

TEST(HtmlTranscriptTest, APageWithoutParagraphsIsReadLineByLine)
{
    const TranscriptDocument doc =
        HtmlTranscript::parse("<div>Ana Ruiz: one<br>Bo Lind: two</div>", 100);
    ASSERT_EQ(doc.cues.size(), 2);
    EXPECT_EQ(doc.cues[1].speaker, QStringLiteral("Bo Lind"));
    EXPECT_EQ(doc.cues[1].text, QStringLiteral("two"));
}

TEST(PlainTextTranscriptTest, ReadsParagraphsAndSpeakers)
{
    const TranscriptDocument doc =
        PlainTextTranscript::parse(QString::fromUtf8(proseFixture("interview.txt")), 100);
    EXPECT_EQ(doc.format, TranscriptDocument::Format::PlainText);
    EXPECT_FALSE(doc.timed);
    ASSERT_EQ(doc.cues.size(), 5);
    EXPECT_TRUE(doc.cues[0].speaker.isEmpty());
    EXPECT_EQ(doc.cues[0].text, QStringLiteral("Field Notes, episode 12"));
    EXPECT_EQ(doc.cues[1].speaker, QStringLiteral("Ines Varga"));
    EXPECT_EQ(doc.cues[1].text, QStringLiteral("Welcome to Field Notes. Today: the Danube."));
    EXPECT_EQ(doc.cues[2].text, QStringLiteral("Thanks for having me.\nIt is good to be back."));
    EXPECT_EQ(doc.cues[3].speaker, QStringLiteral("Tomas Brückner"));
    EXPECT_EQ(doc.cues[4].speaker, QStringLiteral("Ines Varga"));
}

TEST(PlainTextTranscriptTest, ReadsLeadingTimes)
{
    const TranscriptDocument doc = PlainTextTranscript::parse(
        u"[00:00:05] Ana Ruiz: Hello.\n(1:02:03) Bo Lind: Bye.\n1:12:30 - what time is it\n"
        u"99:99 not a time",
        100);
    EXPECT_TRUE(doc.timed);
    ASSERT_EQ(doc.cues.size(), 4);
    EXPECT_EQ(doc.cues[0].startMs, 5000);
    EXPECT_EQ(doc.cues[1].startMs, 3723000);
    EXPECT_EQ(doc.cues[1].speaker, QStringLiteral("Bo Lind"));
    EXPECT_EQ(doc.cues[2].startMs, 4350000);
    EXPECT_EQ(doc.cues[2].text, QStringLiteral("what time is it"));
    EXPECT_EQ(doc.cues[3].startMs, 4350000);
    EXPECT_EQ(doc.cues[3].text, QStringLiteral("99:99 not a time"));
}

TEST(PlainTextTranscriptTest, ATimeGoingBackIsNotUsed)
{
    const TranscriptDocument doc =
        PlainTextTranscript::parse(u"[00:10] one\n[00:05] two\n[00:20] three", 100);
    ASSERT_EQ(doc.cues.size(), 3);
    EXPECT_EQ(doc.cues[0].startMs, 10000);
    EXPECT_EQ(doc.cues[1].startMs, 10000);
    EXPECT_EQ(doc.cues[1].text, QStringLiteral("two"));
    EXPECT_EQ(doc.cues[2].startMs, 20000);
}

#include "feed/transcriptjson.h"
#include "support/qtprinters.h"
#include "support/testdatapath.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace ondes;

namespace {

QByteArray jsonTranscriptFixture(const char* name)
{
    QFile file(test::testDataPath(QStringLiteral("transcripts/") + QLatin1String(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

} // namespace

TEST(JsonTranscriptTest, JoinsASpeakersSegmentsIntoSentences)
{
    QString error;
    const TranscriptDocument doc =
        JsonTranscript::parse(jsonTranscriptFixture("interview.json"), 1000, nullptr, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(doc.format, TranscriptDocument::Format::Json);
    ASSERT_EQ(doc.cues.size(), 5);
    EXPECT_EQ(doc.cues[0].speaker, QStringLiteral("Ines Varga"));
    EXPECT_EQ(doc.cues[0].text, QStringLiteral("Welcome to Field Notes."));
    EXPECT_EQ(doc.cues[0].startMs, 0);
    EXPECT_EQ(doc.cues[0].endMs, 1600);
    EXPECT_EQ(doc.cues[1].text, QStringLiteral("Who is with me?"));
    EXPECT_EQ(doc.cues[1].startMs, 1800);
    EXPECT_EQ(doc.cues[2].speaker, QStringLiteral("Tomas Brückner"));
    EXPECT_EQ(doc.cues[2].text, QStringLiteral("Tomas is, again."));
    EXPECT_EQ(doc.cues[2].endMs, 4600);
    // A pause of more than 2 s starts a new cue; "10.5" as a string is read as seconds.
    EXPECT_EQ(doc.cues[3].text, QStringLiteral("Sorry for the wait"));
    EXPECT_EQ(doc.cues[3].startMs, 9000);
    EXPECT_EQ(doc.cues[3].endMs, 10500);
    // Segments without a usable start or a body are left out.
    EXPECT_EQ(doc.cues[4].text, QStringLiteral("No problem & welcome."));
    EXPECT_EQ(doc.cues[4].startMs, 12000);
}

TEST(JsonTranscriptTest, SaysWhyAnythingElseIsNotATranscript)
{
    QString error;
    EXPECT_TRUE(JsonTranscript::parse("[1, 2]", 10, nullptr, &error).cues.isEmpty());
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_TRUE(JsonTranscript::parse("{\"segments\": ", 10, nullptr, &error).cues.isEmpty());
    EXPECT_TRUE(error.startsWith(QStringLiteral("not JSON"))) << error.toStdString();
    error.clear();
    const TranscriptDocument doc = JsonTranscript::parse(
        R"({"segments": [{"startTime": -3, "body": "negative"}, {"startTime": 1e300, "body": "far"},
           {"startTime": 2, "endTime": 1, "body": "backwards"}, 7, {"startTime": 3, "body": 4}]})",
        10, nullptr, &error);
    EXPECT_TRUE(error.isEmpty());
    ASSERT_EQ(doc.cues.size(), 1);
    EXPECT_EQ(doc.cues[0].text, QStringLiteral("backwards"));
    EXPECT_EQ(doc.cues[0].endMs, 2000);
}

TEST(JsonTranscriptTest, StopsAtTheCueLimit)
{
    QByteArray json = R"({"segments": [)";
    for (int i = 0; i < 10; ++i)
        json += (i ? "," : "") + QByteArray(R"({"speaker": ")") + (i % 2 ? "A" : "B") +
                R"(", "startTime": )" + QByteArray::number(i) + R"(, "body": "word"})";
    json += "]}";
    bool truncated = false;
    EXPECT_EQ(JsonTranscript::parse(json, 4, &truncated).cues.size(), 4);
    EXPECT_TRUE(truncated);
    EXPECT_EQ(JsonTranscript::parse(json, 10, &truncated).cues.size(), 10);
    EXPECT_FALSE(truncated);
}

#include "feed/transcriptparser.h"
#include "feed/transcripttext.h"
#include "support/qtprinters.h"
#include "support/testdatapath.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace ondes;

namespace {

using Format = TranscriptDocument::Format;

QByteArray parserFixture(const char* name)
{
    QFile file(test::testDataPath(QStringLiteral("transcripts/") + QLatin1String(name)));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

} // namespace

TEST(TranscriptParserTest, DetectsTheFormatFromContentTypeAndName)
{
    const QByteArray vtt = parserFixture("interview.vtt");
    const QByteArray srt = parserFixture("interview.srt");
    const QByteArray json = parserFixture("interview.json");
    const QByteArray html = parserFixture("interview.html");
    const QByteArray text = parserFixture("interview.txt");
    // The content first: servers often say text/plain for a .vtt.
    EXPECT_EQ(TranscriptParser::detectFormat(vtt, QStringLiteral("text/plain"), {}),
              Format::WebVtt);
    EXPECT_EQ(TranscriptParser::detectFormat(json, {}, {}), Format::Json);
    EXPECT_EQ(TranscriptParser::detectFormat(srt, QStringLiteral("application/x-subrip"), {}),
              Format::Srt);
    EXPECT_EQ(TranscriptParser::detectFormat(srt, {}, {}), Format::Srt);
    EXPECT_EQ(TranscriptParser::detectFormat(html, QStringLiteral("text/html; charset=utf-8"), {}),
              Format::Html);
    EXPECT_EQ(TranscriptParser::detectFormat(html, {}, {}), Format::Html);
    EXPECT_EQ(
        TranscriptParser::detectFormat(text, {}, QStringLiteral("https://x.example/t.htm?a=1")),
        Format::Html);
    EXPECT_EQ(TranscriptParser::detectFormat(text, QStringLiteral("text/plain"), {}),
              Format::PlainText);
    EXPECT_EQ(TranscriptParser::detectFormat(text, {}, QStringLiteral("/music/ep.srt")),
              Format::Srt);
}

TEST(TranscriptParserTest, ParsesEveryFixture)
{
    for (const char* name :
         {"interview.vtt", "interview.srt", "interview.json", "interview.html", "interview.txt"}) {
        QString error;
        const std::optional<TranscriptDocument> doc =
            TranscriptParser::parse(parserFixture(name), {}, QLatin1String(name), &error);
        ASSERT_TRUE(doc) << name << ": " << error.toStdString();
        EXPECT_GE(doc->cues.size(), 5) << name;
        for (const TranscriptCue& cue : doc->cues) {
            EXPECT_FALSE(cue.text.isEmpty()) << name;
            EXPECT_GE(cue.endMs, cue.startMs) << name;
        }
    }
}

TEST(TranscriptParserTest, RefusesWhatIsTooLargeOrEmptyWithAReason)
{
    QString error;
    const QByteArray huge(TranscriptParser::maxBytes + 1, 'a');
    EXPECT_FALSE(TranscriptParser::parse(huge, {}, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("larger than 16 MB"))) << error.toStdString();

    EXPECT_FALSE(TranscriptParser::parse("WEBVTT\n\nNOTE nothing else\n", {}, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no transcript text"))) << error.toStdString();

    EXPECT_FALSE(TranscriptParser::parse("{\"chapters\": []}", QStringLiteral("application/json"),
                                         {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("segments"))) << error.toStdString();

    EXPECT_FALSE(TranscriptParser::parse("", {}, {}, &error));
}

TEST(TranscriptParserTest, RefusesMoreCuesThanTheLimit)
{
    QByteArray vtt = "WEBVTT\n\n";
    vtt.reserve(30 * (TranscriptParser::maxCues + 1));
    for (int i = 0; i <= TranscriptParser::maxCues; ++i)
        vtt += "00:00.000 --> 00:01.000\nx\n\n";
    QString error;
    EXPECT_FALSE(TranscriptParser::parse(vtt, {}, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("more than 100000 lines"))) << error.toStdString();
}

TEST(TranscriptTextTest, ParsesClockTimes)
{
    EXPECT_EQ(transcripttext::parseClock(u"00:00:01.500"), 1500);
    EXPECT_EQ(transcripttext::parseClock(u"01:02:03,004"), 3723004);
    EXPECT_EQ(transcripttext::parseClock(u"02:03.4"), 123400);
    EXPECT_EQ(transcripttext::parseClock(u"125:00.000"), 7500000); // mm:ss with long minutes
    EXPECT_EQ(transcripttext::parseClock(u"1:02:03"), 3723000);
    EXPECT_EQ(transcripttext::parseClock(u"00:60.000"), -1);
    EXPECT_EQ(transcripttext::parseClock(u"00:00:00.abc"), -1);
    EXPECT_EQ(transcripttext::parseClock(u"12"), -1);
    EXPECT_EQ(transcripttext::parseClock(u"1:2:3:4"), -1);
    EXPECT_EQ(transcripttext::parseClock(u""), -1);
}

TEST(TranscriptTextTest, TellsNamesFromSentences)
{
    EXPECT_TRUE(transcripttext::looksLikeSpeakerName(u"Ines Varga"));
    EXPECT_TRUE(transcripttext::looksLikeSpeakerName(u"INES VARGA"));
    EXPECT_TRUE(transcripttext::looksLikeSpeakerName(u"Speaker 2"));
    EXPECT_TRUE(transcripttext::looksLikeSpeakerName(u"Ludwig van Beethoven"));
    EXPECT_TRUE(transcripttext::looksLikeSpeakerName(u"Dr. O'Neill"));
    EXPECT_FALSE(transcripttext::looksLikeSpeakerName(u"What we learned"));
    EXPECT_FALSE(transcripttext::looksLikeSpeakerName(u"One Two Three Four Five"));
    EXPECT_FALSE(transcripttext::looksLikeSpeakerName(u"Well, Ana"));
    EXPECT_FALSE(transcripttext::looksLikeSpeakerName(u"Note"));
    EXPECT_FALSE(transcripttext::looksLikeSpeakerName(u"2 Guests"));
    EXPECT_FALSE(transcripttext::looksLikeSpeakerName(u""));
}

TEST(TranscriptTextTest, StripsMarkupAndDecodesReferences)
{
    EXPECT_EQ(transcripttext::plainText(u"<i>a</i>  <font color=\"red\">b</font> {\\an8}c"),
              QStringLiteral("a b c"));
    EXPECT_EQ(transcripttext::plainText(u"x < y &amp;&amp; &#x263A; &eacute; &bogus; &#0;"),
              QStringLiteral("x < y && \u263A \u00E9 &bogus; \uFFFD"));
}

// `ondes transcript` and `ondes episodes --said`, run as the real program over a real library,
// the transcript served by the loopback server.

#include "support/ondesprocess.h"
#include "support/qtprinters.h"
#include "support/testdatapath.h"
#include "support/testhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::CommandRun;

QByteArray transcriptFeed(const QString& transcriptUrl)
{
    return QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
<channel><title>Field Notes</title><link>https://example.org/</link>
<item><guid>fn12</guid><title>The Danube</title><pubDate>Mon, 02 Oct 2023 08:00:00 +0000</pubDate>
<enclosure url="https://example.org/fn12.mp3" type="audio/mpeg" length="1000"/>
<podcast:transcript url="%1" type="text/vtt" language="en"/>
</item></channel></rss>
)")
        .arg(transcriptUrl)
        .toUtf8();
}

class TranscriptCommands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QFile vtt(test::testDataPath(QStringLiteral("transcripts/interview.vtt")));
        ASSERT_TRUE(vtt.open(QIODevice::ReadOnly));
        m_server.setRoute(QStringLiteral("/fn12.vtt"), test::Route::text(vtt.readAll()));
        m_server.setRoute(
            QStringLiteral("/fn.xml"),
            test::Route::text(transcriptFeed(m_server.url(QStringLiteral("/fn12.vtt")).toString()),
                              "application/rss+xml"));
        const CommandRun subscribed =
            run({QStringLiteral("subscribe"), m_server.url(QStringLiteral("/fn.xml")).toString()});
        ASSERT_EQ(subscribed.exitCode, 0) << subscribed.err.toStdString();
        const CommandRun episodes =
            run({QStringLiteral("episodes"), QStringLiteral("Field Notes")});
        m_episodeId = episodes.out.section(QLatin1Char('\t'), 0, 0);
        ASSERT_GT(m_episodeId.toLongLong(), 0) << episodes.out.toStdString();
    }
    CommandRun run(const QStringList& arguments)
    {
        return test::runOndes(m_data.path(), arguments);
    }

    test::TestHttpServer m_server;
    QTemporaryDir m_data;
    QString m_episodeId;
};

} // namespace

TEST_F(TranscriptCommands, PrintsTheTranscriptFetchedOnceInEachFormat)
{
    const CommandRun text = run({QStringLiteral("transcript"), m_episodeId});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6) << text.out.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("[00:00:00] Ines Varga: Welcome to Field Notes, the show "
                                       "about maps & rivers."));
    EXPECT_EQ(lines[4], QStringLiteral("[00:00:12] [river sounds] <quiet>"));
    EXPECT_EQ(lines[5], QStringLiteral("[01:00:00] Ines Varga: That\u2019s all for today."));
    EXPECT_EQ(m_server.requestCount(QStringLiteral("/fn12.vtt")), 1);

    // Kept: the server is no longer needed.
    m_server.setRoute(QStringLiteral("/fn12.vtt"), test::Route::error(404));
    const CommandRun vtt = run({QStringLiteral("transcript"), m_episodeId,
                                QStringLiteral("--format"), QStringLiteral("vtt")});
    ASSERT_EQ(vtt.exitCode, 0) << vtt.err.toStdString();
    EXPECT_TRUE(vtt.out.startsWith(QStringLiteral("WEBVTT\nLanguage: en\n\n00:00:00.000 --> "
                                                  "00:00:04.500\n<v Ines Varga>Welcome to Field "
                                                  "Notes, the show about maps &amp; rivers.\n")))
        << vtt.out.toStdString();
    EXPECT_TRUE(vtt.out.contains(QStringLiteral("\n[river sounds] &lt;quiet&gt;\n")));
    EXPECT_EQ(m_server.requestCount(QStringLiteral("/fn12.vtt")), 1);

    const CommandRun json = run({QStringLiteral("transcript"), m_episodeId,
                                 QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray segments = QJsonDocument::fromJson(json.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("segments"))
                                    .toArray();
    ASSERT_EQ(segments.size(), 6) << json.out.toStdString();
    EXPECT_EQ(segments[1].toObject().value(QStringLiteral("speaker")).toString(),
              QStringLiteral("Tomas Brückner"));
    EXPECT_DOUBLE_EQ(segments[1].toObject().value(QStringLiteral("startTime")).toDouble(), 4.5);
    EXPECT_DOUBLE_EQ(segments[1].toObject().value(QStringLiteral("endTime")).toDouble(), 9.25);
    EXPECT_FALSE(segments[4].toObject().contains(QStringLiteral("speaker")));

    // The transcript's voices are the episode's speakers.
    const CommandRun speakers = run({QStringLiteral("speakers"), m_episodeId});
    EXPECT_TRUE(speakers.out.contains(QStringLiteral("Tomas Brückner\t\t\ttranscript")))
        << speakers.out.toStdString();
}

TEST_F(TranscriptCommands, ListsTheLinesThatSaySomething)
{
    ASSERT_EQ(run({QStringLiteral("transcript"), m_episodeId}).exitCode, 0);
    const CommandRun said =
        run({QStringLiteral("episodes"), QStringLiteral("--said"), QStringLiteral("the danube")});
    ASSERT_EQ(said.exitCode, 0) << said.err.toStdString();
    EXPECT_EQ(said.out.trimmed(),
              QStringLiteral("%1\tField Notes\tThe Danube\t00:00:09\tInes Varga: So, the Danube?\n"
                             "%1\tField Notes\tThe Danube\t00:00:10\tTomas Brückner: The Danube.")
                  .arg(m_episodeId));
    const CommandRun nothing =
        run({QStringLiteral("episodes"), QStringLiteral("--said"), QStringLiteral("volga")});
    EXPECT_EQ(nothing.exitCode, 0);
    EXPECT_TRUE(nothing.out.trimmed().isEmpty());
}

TEST_F(TranscriptCommands, SaysWhatIsWrong)
{
    m_server.setRoute(QStringLiteral("/fn12.vtt"), test::Route::error(404));
    const CommandRun failed = run({QStringLiteral("transcript"), m_episodeId});
    EXPECT_EQ(failed.exitCode, 1);
    EXPECT_TRUE(failed.err.contains(QStringLiteral("Cannot get the transcript")))
        << failed.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("transcript"), QStringLiteral("999")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("transcript"), m_episodeId, QStringLiteral("--format"),
                   QStringLiteral("doc")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("transcript")}).exitCode, 2);
}

} // namespace ondes

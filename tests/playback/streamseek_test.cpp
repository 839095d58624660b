#include "application.h"
#include "library/library.h"
#include "playback/playbacktestsupport.h"
#include "playback/player.h"
#include "playback/seekablestreams.h"
#include "support/qtprinters.h"
#include "support/skiporfail.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {
namespace {

constexpr qint64 kClipMs = 240000;

// 4 minutes of noise (about 1.8 MB: more than the 512 kB GStreamer waits for rather than
// asking for a range) in this format ("ogg": Vorbis, "opus"), made once per process; empty without
// ffmpeg.
QString longClip(const QString& format)
{
    static QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("tone.") + format);
    if (!QFileInfo::exists(out)) {
        const QString codec = format == QLatin1String("ogg") ? QStringLiteral("libvorbis")
                                                             : QStringLiteral("libopus");
        QProcess::execute(
            QStringLiteral("ffmpeg"),
            {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
             QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("anoisesrc=color=pink:amplitude=0.3:duration=%1").arg(kClipMs / 1000),
             QStringLiteral("-ac"), QStringLiteral("1"), QStringLiteral("-c:a"), codec,
             QStringLiteral("-b:a"), QStringLiteral("64k"), out});
    }
    return QFileInfo::exists(out) ? out : QString();
}

// Ogg Vorbis and Opus streamed over HTTP seek (SeekableStreams), also far beyond what has been
// downloaded, and know their duration before they play.
class StreamSeekTest : public ::testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        m_clip = longClip(QString::fromLatin1(GetParam()));
        if (m_clip.isEmpty())
            ONDES_SKIP_OR_FAIL("ffmpeg cannot make an Ogg clip");
        ASSERT_TRUE(m_server.isListening());
        ASSERT_TRUE(m_app.start());
    }

    qint64 addEpisode(const QString& path)
    {
        const auto ids = test::addTestShow(
            m_app.library(), QStringLiteral("test:streamseek"),
            {{QStringLiteral("Tone"), m_server.url(path).toString(), kClipMs / 1000}});
        return ids.isEmpty() ? -1 : ids.first();
    }

    QString m_clip;
    test::TestHttpServer m_server;
    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
};

TEST_P(StreamSeekTest, SeeksFarBeyondWhatHasBeenDownloaded)
{
    const QString path = QStringLiteral("/tone.") + QString::fromLatin1(GetParam());
    const qint64 size = QFileInfo(m_clip).size();
    test::Route route;
    route.file = m_clip;
    route.contentType = "audio/ogg";
    route.bytesPerSecond = 200000; // 1.6 Mbit/s: the whole file takes about 9 s to arrive
    m_server.setRoute(path, route);

    const qint64 id = addEpisode(path);
    ASSERT_GT(id, 0);
    Player& player = m_app.player();
    ASSERT_TRUE(player.play(id));
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.isPlaying() && player.position() > 0; }, 10000))
        << player.errorString().toStdString();
    EXPECT_GE(SeekableStreams::configuredCount(), 1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return player.isSeekable(); }, 2000));
    // The whole length, read from the end of the stream (a push-mode demuxer guesses or waits).
    EXPECT_NEAR(player.duration(), kClipMs, 1000);

    QElapsedTimer clock;
    clock.start();
    player.seek(200000);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return player.isPlaying() && player.position() >= 200100; }, 10000))
        << player.position();
    std::cout << "[ seek ] " << GetParam() << ": " << clock.elapsed()
              << " ms from seek(200 s) to sound at " << player.position() << " ms\n";
    EXPECT_LT(player.position(), 203000);

    // The seek was served by a Range request far into the file, not by the slow first
    // response (which by now has sent a fraction of it).
    bool farRange = false;
    for (const test::RecordedRequest& request : m_server.requests(path)) {
        const QByteArray range = request.header("Range");
        if (range.startsWith("bytes=")) {
            const qint64 start = range.mid(6, range.indexOf('-') - 6).toLongLong();
            farRange = farRange || start > size / 2;
        }
    }
    EXPECT_TRUE(farRange);

    // And back to the start.
    player.seek(1000);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return player.isPlaying() && player.position() >= 1100 && player.position() < 4000; },
        10000))
        << player.position();
    player.stop();
}

INSTANTIATE_TEST_SUITE_P(Formats, StreamSeekTest, ::testing::Values("ogg", "opus"),
                         [](const auto& info) { return std::string(info.param); });

// The ring buffer changes how every stream is read: a server that ignores Range still plays
// mp3 and MP4 from the start. (Ogg from such a server fails in GStreamer 1.22 with or without
// it: oggdemux must read the end of the stream to start.)
class NoRangeTest : public ::testing::TestWithParam<const char*>
{
};

TEST_P(NoRangeTest, AServerWithoutRangeStillPlays)
{
    const QString format = QString::fromLatin1(GetParam());
    const QString clip = test::generatedClip(format);
    if (clip.isEmpty())
        ONDES_SKIP_OR_FAIL("espeak-ng or ffmpeg cannot make a clip");
    test::TestHttpServer server;
    ASSERT_TRUE(server.isListening());
    const QString path = QStringLiteral("/norange.") + format;
    test::Route route;
    route.file = clip;
    route.contentType = format == QLatin1String("mp3") ? "audio/mpeg" : "audio/mp4";
    route.honourRange = false;
    server.setRoute(path, route);

    test::TestDataDir dir;
    Application app{dir.paths()};
    ASSERT_TRUE(app.start());
    const auto ids = test::addTestShow(app.library(), QStringLiteral("test:norange"),
                                       {{QStringLiteral("Clip"), server.url(path).toString(), 4}});
    ASSERT_EQ(ids.size(), 1);
    Player& player = app.player();
    ASSERT_TRUE(player.play(ids.first()));
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return player.isPlaying() && player.position() >= 1000; }, 10000))
        << player.errorString().toStdString();
    EXPECT_TRUE(player.errorString().isEmpty()) << player.errorString().toStdString();
    player.stop();
}

INSTANTIATE_TEST_SUITE_P(Formats, NoRangeTest, ::testing::Values("mp3", "m4a"),
                         [](const auto& info) { return std::string(info.param); });

} // namespace
} // namespace ondes

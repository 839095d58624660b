#include "application.h"
#include "library/library.h"
#include "playback/playbacktestsupport.h"
#include "playback/player.h"
#include "support/qtprinters.h"
#include "support/skiporfail.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QElapsedTimer>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {
namespace {

// Every format plays and seeks, from disk and streamed from a loopback server with Range
// (Ogg Vorbis and Opus over HTTP thanks to SeekableStreams; streamseek_test.cpp goes further).
class CodecTest : public ::testing::TestWithParam<const char*>
{
protected:
    void playAndSeek(const QString& url, const char* where)
    {
        ASSERT_TRUE(m_app.start());
        const auto ids = test::addTestShow(m_app.library(), QStringLiteral("test:codecs"),
                                           {{QStringLiteral("Clip"), url, 4}});
        ASSERT_EQ(ids.size(), 1);
        Player& player = m_app.player();
        QElapsedTimer clock;
        clock.start();
        ASSERT_TRUE(player.play(ids.first()));
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return player.isPlaying() && player.position() > 0; }, 10000))
            << player.errorString().toStdString();
        const qint64 latency = clock.elapsed();
        std::cout << "[ latency ] " << GetParam() << " " << where << ": " << latency
                  << " ms from play() to sound\n";
        RecordProperty("start_to_sound_ms", static_cast<int>(latency));
        EXPECT_LT(latency, 3000);

        // Straight away, seekable or not yet: the player keeps the target until it can seek.
        player.seek(2000);
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return player.isPlaying() && player.position() >= 2100; }, 5000))
            << player.position();
        EXPECT_LT(player.position(), 3500);
        player.stop();
        EXPECT_NEAR(m_app.library().position(ids.first()), 2100, 1500);
    }

    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
};

TEST_P(CodecTest, PlaysAndSeeksFromDisk)
{
    const QString clip = test::generatedClip(QString::fromLatin1(GetParam()));
    if (clip.isEmpty())
        ONDES_SKIP_OR_FAIL("espeak-ng or ffmpeg cannot make a clip");
    playAndSeek(QUrl::fromLocalFile(clip).toString(), "file");
}

TEST_P(CodecTest, PlaysAndSeeksOverHttp)
{
    const QString format = QString::fromLatin1(GetParam());
    const QString clip = test::generatedClip(format);
    if (clip.isEmpty())
        ONDES_SKIP_OR_FAIL("espeak-ng or ffmpeg cannot make a clip");
    test::TestHttpServer server;
    ASSERT_TRUE(server.isListening());
    const QByteArray type = format == QLatin1String("mp3")   ? "audio/mpeg"
                            : format == QLatin1String("m4a") ? "audio/mp4"
                                                             : "audio/ogg";
    server.serveFile(QStringLiteral("/clip.") + format, clip, type);
    playAndSeek(server.url(QStringLiteral("/clip.") + format).toString(), "http");
    EXPECT_GE(server.requestCount(QStringLiteral("/clip.") + format), 1);
}

INSTANTIATE_TEST_SUITE_P(Formats, CodecTest, ::testing::Values("mp3", "ogg", "opus", "m4a"),
                         [](const auto& info) { return std::string(info.param); });

} // namespace
} // namespace ondes

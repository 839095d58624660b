#include "application.h"
#include "library/library.h"
#include "playback/playbacktestsupport.h"
#include "playback/player.h"
#include "playerbar.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {
namespace {

// Streams from the loopback server, paced: the player (and the player bar) say it buffers until
// the stream plays; a file never buffers.
class BufferingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_app.start()) << m_app.errorString().toStdString();
        ASSERT_TRUE(QFileInfo::exists(m_file)) << m_file.toStdString();
    }
    void TearDown() override { m_app.player().stop(); }

    // Plays the demo clip from the loopback server, its body paced at bytesPerSecond.
    qint64 addSlowEpisode(test::TestHttpServer& server, int bytesPerSecond)
    {
        test::Route route;
        route.file = m_file;
        route.contentType = "audio/mpeg";
        route.bytesPerSecond = bytesPerSecond;
        server.setRoute(QStringLiteral("/slow.mp3"), route);
        const auto ids = test::addTestShow(
            m_app.library(), QStringLiteral("test:buffering"),
            {{QStringLiteral("Slow"), server.url(QStringLiteral("/slow.mp3")).toString(), 13}});
        return ids.isEmpty() ? 0 : ids.first();
    }

    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    // The demo show's first episode: 13 s of speech, 74 kB of mp3 (45 kb/s).
    const QString m_file = QStringLiteral(ONDES_SOURCE_DIR "/resources/demo/ep1.mp3");
};

TEST_F(BufferingTest, ASlowStreamReportsBufferingUntilItPlays)
{
    test::TestHttpServer server;
    ASSERT_TRUE(server.isListening());
    const qint64 id = addSlowEpisode(server, 12000);
    ASSERT_TRUE(id);
    Player& player = m_app.player();
    PlayerBar bar(player, m_app.library());
    QSignalSpy buffering(&player, &Player::bufferingChanged);
    ASSERT_TRUE(player.play(id));
    EXPECT_TRUE(player.isBuffering()) << "a stream buffers from the start";
    EXPECT_TRUE(bar.bufferingText().startsWith(QStringLiteral("Buffering… ")))
        << bar.bufferingText().toStdString();

    ASSERT_TRUE(test::waitPlayingPast(player, 500, 20000)) << player.errorString().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !player.isBuffering(); }, 10000));
    EXPECT_TRUE(bar.bufferingText().isEmpty()) << bar.bufferingText().toStdString();
    ASSERT_GE(buffering.size(), 2);
    std::cout << "[ buffering ] " << buffering.size() << " reports, from "
              << buffering.first().at(1).toInt() << " % to "
              << buffering.at(buffering.size() - 2).at(1).toInt() << " %, then done\n";
    EXPECT_TRUE(buffering.first().at(0).toBool());
    EXPECT_FALSE(buffering.last().at(0).toBool());
    // The position moves on once the buffering is over.
    const qint64 at = player.position();
    EXPECT_TRUE(QTest::qWaitFor([&] { return player.position() >= at + 500; }, 5000));
}

TEST_F(BufferingTest, AFileNeverBuffers)
{
    const auto ids =
        test::addTestShow(m_app.library(), QStringLiteral("test:file"),
                          {{QStringLiteral("File"), QUrl::fromLocalFile(m_file).toString(), 13}});
    ASSERT_EQ(ids.size(), 1);
    Player& player = m_app.player();
    QSignalSpy buffering(&player, &Player::bufferingChanged);
    ASSERT_TRUE(player.play(ids.first()));
    ASSERT_TRUE(test::waitPlayingPast(player, 300));
    EXPECT_FALSE(player.isBuffering());
    EXPECT_TRUE(buffering.isEmpty());
}

} // namespace
} // namespace ondes

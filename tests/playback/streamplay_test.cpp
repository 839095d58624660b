// An episode of a show not in the library, streamed from the preview (Player::playStream):
// the real QMediaPlayer plays generated audio served by a loopback server, the player bar and
// MPRIS learn its title, and nothing is written for it: no position, no played mark, no sync
// action, no "last episode" to cue after a restart.

#include "application.h"
#include "library/library.h"
#include "library/settings.h"
#include "playback/playbacktestsupport.h"
#include "playback/player.h"
#include "support/skiporfail.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

// The rows of a table, read through a connection of the test's own.
int rowCount(const QString& databasePath, const QString& table)
{
    const QString name = QStringLiteral("streamplay-check");
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT count(*) FROM %1").arg(table), db);
            if (query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

class StreamPlayTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_clip = test::generatedClip(QStringLiteral("ogg"));
        if (m_clip.isEmpty())
            ONDES_SKIP_OR_FAIL("espeak-ng and ffmpeg are needed to make a clip");
        test::Route route;
        route.file = m_clip;
        route.contentType = "audio/ogg";
        m_server.setRoute(QStringLiteral("/preview/1.ogg"), route);
        ASSERT_TRUE(m_app.start()) << m_app.errorString().toStdString();
    }
    void TearDown() override { m_app.player().stop(); }

    int rows(const char* table) const
    {
        return rowCount(m_dir.paths().databasePath(), QLatin1String(table));
    }

    StreamItem item() const
    {
        StreamItem stream;
        stream.url = m_server.url(QStringLiteral("/preview/1.ogg"));
        stream.title = QStringLiteral("Les comètes");
        stream.showTitle = QStringLiteral("Les Savants");
        stream.author = QStringLiteral("Radio Exemple");
        return stream;
    }

    QString m_clip;
    test::TestHttpServer m_server;
    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
};

TEST_F(StreamPlayTest, PlaysToTheEndWritingNothing)
{
    Player& player = m_app.player();
    const qint64 lastBefore = m_app.settings().lastEpisodeId();
    const int positions = rows("playback_positions");
    const int outbox = rows("sync_outbox");
    const int episodes = rows("episodes");
    ASSERT_GE(positions, 0);
    ASSERT_GE(outbox, 0);
    QSignalSpy changed(&player, &Player::currentEpisodeChanged);
    QSignalSpy finished(&player, &Player::finished);

    ASSERT_TRUE(player.playStream(item())) << player.errorString().toStdString();
    EXPECT_EQ(player.currentEpisode(), 0);
    EXPECT_TRUE(player.isPlayingStream());
    EXPECT_TRUE(player.hasMedia());
    EXPECT_EQ(player.stream().title, QStringLiteral("Les comètes"));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.first().first().toLongLong(), 0);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return player.isPlaying() && player.position() > 300; }, 10000))
        << player.errorString().toStdString();
    EXPECT_GE(m_server.requestCount(QStringLiteral("/preview/1.ogg")), 1);

    // Pause, seek and resume act on it as on an episode, and store nothing.
    player.pause();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.state() == Player::State::Paused; }, 5000));
    player.seek(500);
    player.resume();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.state() == Player::State::Stopped; }, 15000))
        << int(player.state());
    EXPECT_TRUE(finished.isEmpty()); // no queue goes on from a preview
    QTest::qWait(200);               // anything the keeper would write is written by now

    EXPECT_EQ(rows("playback_positions"), positions);
    EXPECT_EQ(rows("sync_outbox"), outbox);
    EXPECT_EQ(rows("episodes"), episodes);
    EXPECT_EQ(m_app.settings().lastEpisodeId(), lastBefore);
}

TEST_F(StreamPlayTest, LeavesTheLibraryEpisodeWhereItWasAndRefusesOtherSchemes)
{
    Player& player = m_app.player();
    const QList<EpisodeRow> demo = test::demoEpisodes(m_app.library());
    ASSERT_FALSE(demo.isEmpty());
    ASSERT_TRUE(player.play(demo.first().id));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return player.isPlaying() && player.position() > 500; }, 10000));
    const qint64 lastEpisode = m_app.settings().lastEpisodeId();
    EXPECT_EQ(lastEpisode, demo.first().id);

    ASSERT_TRUE(player.playStream(item()));
    // The library episode was left where it stood, as when another episode starts.
    EXPECT_GT(m_app.library().episode(demo.first().id)->positionMs, 0);
    const int positions = rows("playback_positions");
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return player.isPlaying() && player.position() > 300; }, 10000));
    QTest::qWait(1300); // past the keeper's one-second save
    player.stop();
    EXPECT_EQ(rows("playback_positions"), positions);
    EXPECT_EQ(m_app.settings().lastEpisodeId(), lastEpisode);

    StreamItem local = item();
    local.url = QUrl::fromLocalFile(m_clip);
    QSignalSpy errors(&player, &Player::errorOccurred);
    EXPECT_FALSE(player.playStream(local));
    EXPECT_EQ(errors.size(), 1);

    // Back to the library: its episode plays again from its place.
    ASSERT_TRUE(player.play(demo.first().id));
    EXPECT_FALSE(player.isPlayingStream());
    EXPECT_EQ(player.currentEpisode(), demo.first().id);
}

} // namespace
} // namespace ondes

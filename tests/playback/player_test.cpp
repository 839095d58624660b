#include "application.h"
#include "library/library.h"
#include "library/settings.h"
#include "playback/playbacktestsupport.h"
#include "playback/player.h"
#include "playback/positionkeeper.h"
#include "support/qtprinters.h"
#include "support/skiporfail.h"
#include "support/testdatadir.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class PlayerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_app.start()) << m_app.errorString().toStdString();
        m_episodes = test::demoEpisodes(m_app.library());
        ASSERT_EQ(m_episodes.size(), 5);
    }
    void TearDown() override { m_app.player().stop(); }

    Player& player() { return m_app.player(); }

    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    QList<EpisodeRow> m_episodes;
};

TEST(PlayerRate, IsClampedToHalfToThreeInTenthSteps)
{
    EXPECT_DOUBLE_EQ(Player::normalizedRate(1.0), 1.0);
    EXPECT_DOUBLE_EQ(Player::normalizedRate(1.26), 1.3);
    EXPECT_DOUBLE_EQ(Player::normalizedRate(0.1), 0.5);
    EXPECT_DOUBLE_EQ(Player::normalizedRate(7.0), 3.0);
    EXPECT_DOUBLE_EQ(Player::normalizedRate(qQNaN()), 1.0);
}

TEST(PlayerSettings, DefaultsAreTheDocumentedOnes)
{
    test::TestDataDir dir;
    Settings settings(dir.paths().settingsPath());
    EXPECT_DOUBLE_EQ(settings.defaultPlaybackRate(), 1.0);
    EXPECT_EQ(settings.skipBackwardMs(), 10000);
    EXPECT_EQ(settings.skipForwardMs(), 30000);
    EXPECT_EQ(settings.smartRewindAfterMs(), 5 * 60 * 1000);
    EXPECT_EQ(settings.smartRewindMs(), 3000);
    EXPECT_EQ(settings.playedThresholdMs(), 30000);
    EXPECT_TRUE(settings.autoAdvance());
}

TEST_F(PlayerTest, AtDoubleSpeedThePositionAdvancesTwiceAsFast)
{
    const EpisodeRow& episode = m_episodes.at(0);
    ASSERT_TRUE(player().play(episode.id));
    ASSERT_TRUE(test::waitPlayingPast(player(), 300));
    player().setPlaybackRate(2.0);
    EXPECT_DOUBLE_EQ(player().playbackRate(), 2.0);
    QTest::qWait(400); // let the rate change reach the sink

    const qint64 from = player().position();
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(2000);
    const double speed =
        static_cast<double>(player().position() - from) / static_cast<double>(clock.elapsed());
    EXPECT_NEAR(speed, 2.0, 0.3) << "media ms per wall ms";

    // Stored for the show: the next episode of the show plays at 2.0 too, also after a restart.
    EXPECT_DOUBLE_EQ(m_app.library().showPlaybackRate(episode.showId), 2.0);
    player().stop();
    Application again{m_dir.paths()};
    ASSERT_TRUE(again.start());
    ASSERT_TRUE(again.player().play(m_episodes.at(1).id));
    EXPECT_DOUBLE_EQ(again.player().playbackRate(), 2.0);
    again.player().stop();
}

TEST_F(PlayerTest, TheMediasOwnLengthIsStoredForTheEpisode)
{
    // A feed that rounds (or lies about) its length: the media's own is what is kept.
    const QString clip = test::generatedClip(QStringLiteral("ogg"));
    if (clip.isEmpty())
        ONDES_SKIP_OR_FAIL("espeak-ng and ffmpeg are needed");
    const QList<qint64> ids = test::addTestShow(
        m_app.library(), QStringLiteral("test:lengths"),
        {{QStringLiteral("Said to last a minute"), QUrl::fromLocalFile(clip).toString(), 60}});
    ASSERT_EQ(ids.size(), 1);
    QSignalSpy changed(&m_app.library(), &Library::episodeChanged);
    ASSERT_TRUE(player().play(ids.first()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return player().isPlaying() && player().duration() < 60000; },
                                10000));
    const qint64 seconds = player().duration() / 1000;
    EXPECT_GE(seconds, 3);
    EXPECT_LE(seconds, 5);
    EXPECT_EQ(m_app.library().episode(ids.first())->durationSeconds, seconds);
    EXPECT_GE(changed.count(), 1);
}

TEST_F(PlayerTest, ShowsWithoutTheirOwnSpeedUseTheDefault)
{
    player().setDefaultPlaybackRate(1.5);
    ASSERT_TRUE(player().play(m_episodes.at(0).id));
    EXPECT_DOUBLE_EQ(player().playbackRate(), 1.5);
    EXPECT_DOUBLE_EQ(m_app.library().showPlaybackRate(m_episodes.at(0).showId), 0.0);
}

TEST_F(PlayerTest, SkipsByTheConfiguredLengths)
{
    m_app.settings().setSkipBackwardMs(2000);
    m_app.settings().setSkipForwardMs(5000);
    m_app.applySettings();
    ASSERT_TRUE(player().play(m_episodes.at(0).id));
    ASSERT_TRUE(test::waitPlayingPast(player(), 1000));
    player().pause();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player().state() == Player::State::Paused; }));
    const qint64 start = player().position();

    player().skipForward();
    EXPECT_TRUE(QTest::qWaitFor([&] { return qAbs(player().position() - (start + 5000)) < 300; }))
        << player().position() << " from " << start;
    player().skipBackward();
    EXPECT_TRUE(QTest::qWaitFor([&] { return qAbs(player().position() - (start + 3000)) < 300; }))
        << player().position() << " from " << start;
    // Never before the start.
    player().seek(500);
    player().skipBackward();
    EXPECT_TRUE(QTest::qWaitFor([&] { return player().position() < 300; }));
}

TEST_F(PlayerTest, StoppingNearTheEndMarksPlayedAndElsewhereKeepsThePlace)
{
    m_app.positionKeeper().setPlayedThreshold(1000);
    EXPECT_EQ(PositionKeeper::playedWindow(30000, 13000), 1300);
    EXPECT_EQ(PositionKeeper::playedWindow(30000, 3600000), 30000);

    const EpisodeRow& nearEnd = m_episodes.at(0);
    ASSERT_TRUE(player().play(nearEnd.id));
    ASSERT_TRUE(test::waitPlayingPast(player(), 100));
    const qint64 duration = player().duration();
    ASSERT_GT(duration, 10000);
    player().pause();
    player().seek(duration - 700);
    player().stop();
    auto row = m_app.library().episode(nearEnd.id);
    EXPECT_TRUE(row->played);
    EXPECT_EQ(row->positionMs, 0);
    for (const EpisodeRow& started : m_app.library().inProgressEpisodes())
        EXPECT_NE(started.id, nearEnd.id);

    const EpisodeRow& middle = m_episodes.at(1);
    ASSERT_TRUE(player().play(middle.id));
    ASSERT_TRUE(test::waitPlayingPast(player(), 100));
    player().pause();
    player().seek(player().duration() - 3000);
    player().stop();
    row = m_app.library().episode(middle.id);
    EXPECT_FALSE(row->played);
    EXPECT_NEAR(row->positionMs, player().duration() - 3000, 300);
    const QList<EpisodeRow> inProgress = m_app.library().inProgressEpisodes();
    ASSERT_EQ(inProgress.size(), 1);
    EXPECT_EQ(inProgress.first().id, middle.id);
}

TEST_F(PlayerTest, ResumingAfterALongPauseGoesBackThreeSeconds)
{
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    player().setClock([&] { return now; });
    ASSERT_TRUE(player().play(m_episodes.at(0).id));
    ASSERT_TRUE(test::waitPlayingPast(player(), 4000));
    player().pause();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player().state() == Player::State::Paused; }));
    const qint64 pausedAt = player().position();

    now += 60 * 1000; // a minute: too short for a rewind
    player().resume();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player().isPlaying(); }));
    EXPECT_GE(player().position(), pausedAt - 200);
    player().pause();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player().state() == Player::State::Paused; }));
    const qint64 pausedAgain = player().position();

    now += 6 * 60 * 1000; // six minutes
    player().resume();
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return player().isPlaying() && qAbs(player().position() - (pausedAgain - 3000)) < 400;
    })) << player().position()
        << " paused at " << pausedAgain;
}

TEST_F(PlayerTest, TheLengthOfAPauseSurvivesARestart)
{
    const qint64 episodeId = m_episodes.at(2).id;
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    // Saved ten minutes ago: resumes 3 s earlier.
    ASSERT_TRUE(m_app.library().savePosition(episodeId, 8000, nowSecs - 600));
    EXPECT_EQ(m_app.library().positionSavedAt(episodeId), nowSecs - 600);
    ASSERT_TRUE(player().play(episodeId));
    EXPECT_EQ(player().position(), 5000);
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return player().isPlaying() && player().isSeekable() && player().position() >= 5000 &&
               player().position() < 6500;
    })) << player().position();
    player().stop();

    // Saved a minute ago: resumes right there.
    const qint64 other = m_episodes.at(3).id;
    ASSERT_TRUE(m_app.library().savePosition(other, 8000, nowSecs - 60));
    ASSERT_TRUE(player().play(other));
    EXPECT_EQ(player().position(), 8000);
}

TEST_F(PlayerTest, SmartRewindCanBeSetToAnyPause)
{
    m_app.settings().setSmartRewindAfterMs(0);
    m_app.applySettings();
    ASSERT_TRUE(player().play(m_episodes.at(0).id));
    ASSERT_TRUE(test::waitPlayingPast(player(), 3500));
    player().pause();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player().state() == Player::State::Paused; }));
    const qint64 pausedAt = player().position();
    player().resume();
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return player().isPlaying() && qAbs(player().position() - (pausedAt - 3000)) < 400;
    })) << player().position()
        << " paused at " << pausedAt;
}

TEST_F(PlayerTest, StopThenPlayContinuesWhereItStopped)
{
    ASSERT_TRUE(player().play(m_episodes.at(0).id));
    ASSERT_TRUE(test::waitPlayingPast(player(), 2000));
    player().stop();
    const qint64 stoppedAt = player().position();
    EXPECT_GE(stoppedAt, 2000);
    EXPECT_NEAR(m_app.library().position(m_episodes.at(0).id), stoppedAt, 50);
    player().resume();
    EXPECT_TRUE(test::waitPlayingPast(player(), stoppedAt));
    EXPECT_LT(player().position(), stoppedAt + 1500);
}

TEST_F(PlayerTest, ARestartCuesTheLastEpisodePausedWhereItWasLeft)
{
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    // Two episodes started; the second one heard last. A finished one does not count.
    ASSERT_TRUE(m_app.library().savePosition(m_episodes.at(1).id, 4000, nowSecs - 300));
    ASSERT_TRUE(m_app.library().savePosition(m_episodes.at(2).id, 6000, nowSecs - 30));
    ASSERT_TRUE(m_app.library().savePosition(m_episodes.at(3).id, 2000, nowSecs - 10));
    m_app.library().setPlayed(m_episodes.at(3).id, true);

    QSignalSpy current(&player(), &Player::currentEpisodeChanged);
    EXPECT_EQ(m_app.restoreLastEpisode(), m_episodes.at(2).id);
    ASSERT_EQ(current.size(), 1);
    EXPECT_EQ(player().currentEpisode(), m_episodes.at(2).id);
    EXPECT_EQ(player().state(), Player::State::Paused);
    EXPECT_EQ(player().position(), 6000);
    EXPECT_EQ(player().duration(), m_episodes.at(2).durationSeconds * 1000);
    // Nothing plays by itself, and nothing moves.
    QTest::qWait(600);
    EXPECT_EQ(player().state(), Player::State::Paused);
    EXPECT_EQ(player().position(), 6000);

    // Play resumes there.
    player().togglePlayPause();
    EXPECT_TRUE(test::waitPlayingPast(player(), 6000));
    EXPECT_LT(player().position(), 7500);
    EXPECT_EQ(player().currentEpisode(), m_episodes.at(2).id);
}

TEST_F(PlayerTest, ACuedEpisodeKeepsItsPlaceUntilPlayedThenRewindsAfterALongPause)
{
    const qint64 episodeId = m_episodes.at(2).id;
    const qint64 savedAt = QDateTime::currentSecsSinceEpoch() - 600; // ten minutes ago
    ASSERT_TRUE(m_app.library().savePosition(episodeId, 8000, savedAt));
    ASSERT_EQ(m_app.restoreLastEpisode(), episodeId);
    EXPECT_EQ(player().position(), 8000); // shown where it was left
    // Starting and quitting without listening changes nothing stored: no creeping rewind.
    m_app.positionKeeper().finish();
    EXPECT_EQ(m_app.library().position(episodeId), 8000);
    EXPECT_EQ(m_app.library().positionSavedAt(episodeId), savedAt);

    player().togglePlayPause();
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return player().isPlaying() && player().isSeekable() && player().position() >= 5000 &&
               player().position() < 6500;
    })) << player().position();
}

TEST_F(PlayerTest, ACuedEpisodeCanBeSeekedStoppedAndLeftBeforeItPlays)
{
    ASSERT_TRUE(m_app.library().savePosition(m_episodes.at(1).id, 5000,
                                             QDateTime::currentSecsSinceEpoch()));
    ASSERT_EQ(m_app.restoreLastEpisode(), m_episodes.at(1).id);
    player().seek(9000);
    EXPECT_EQ(player().position(), 9000);
    player().stop();
    EXPECT_EQ(player().state(), Player::State::Stopped);
    EXPECT_EQ(m_app.library().position(m_episodes.at(1).id), 9000);
    player().resume();
    EXPECT_TRUE(test::waitPlayingPast(player(), 9000));
    EXPECT_LT(player().position(), 10500);

    // Cueing another one stops this one and keeps its place.
    player().pause();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player().state() == Player::State::Paused; }));
    const qint64 leftAt = player().position();
    ASSERT_TRUE(player().cue(m_episodes.at(0).id));
    EXPECT_EQ(player().state(), Player::State::Paused);
    EXPECT_EQ(player().position(), 0);
    EXPECT_NEAR(m_app.library().position(m_episodes.at(1).id), leftAt, 50);
    ASSERT_TRUE(player().play(m_episodes.at(0).id));
    EXPECT_TRUE(test::waitPlayingPast(player(), 500));
}

TEST_F(PlayerTest, NothingToRestoreLeavesThePlayerEmpty)
{
    EXPECT_EQ(m_app.restoreLastEpisode(), 0);
    EXPECT_EQ(player().currentEpisode(), 0);
    EXPECT_EQ(player().state(), Player::State::Stopped);
}

TEST_F(PlayerTest, VolumeScaleFadesWithoutChangingTheListenersVolume)
{
    player().setVolume(0.6f);
    player().setVolumeScale(0.5f);
    EXPECT_FLOAT_EQ(player().volume(), 0.6f);
    player().setVolumeScale(1.0f);
    player().setMuted(true);
    EXPECT_TRUE(player().isMuted());
    m_app.shutdown();
    Settings settings(m_dir.paths().settingsPath());
    EXPECT_FLOAT_EQ(settings.volume(), 0.6f);
    EXPECT_TRUE(settings.muted());
}

} // namespace
} // namespace ondes

namespace ondes {
namespace {

// A feed from the network cannot make Ondes open a local file (or any non-http address).
TEST_F(PlayerTest, RefusesFileEnclosuresFromAFeed)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Hostile");
    ParsedEpisode local;
    local.guid = QStringLiteral("a");
    local.title = QStringLiteral("Reads your files");
    // A real audio file on this machine: refused all the same.
    local.enclosures << Enclosure{m_app.library().episode(m_episodes.first().id)->playableUrl(),
                                  QStringLiteral("audio/ogg"), -1};
    ParsedEpisode device;
    device.guid = QStringLiteral("b");
    device.title = QStringLiteral("Reads a device");
    device.enclosures << Enclosure{QStringLiteral("v4l2:///dev/video0"),
                                   QStringLiteral("audio/mpeg"), -1};
    feed.episodes << local << device;
    const auto stored = m_app.library().storeFeed(QStringLiteral("https://hostile.test/feed"),
                                                  ShowKind::Feed, feed);
    ASSERT_TRUE(stored.has_value());
    Player& player = m_app.player();
    for (const EpisodeRow& episode : m_app.library().episodes(stored->showId)) {
        QSignalSpy errors(&player, &Player::errorOccurred);
        EXPECT_FALSE(player.play(episode.id)) << episode.title.toStdString();
        ASSERT_EQ(errors.size(), 1);
        EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("only http")));
        EXPECT_EQ(player.currentEpisode(), 0);
    }
    // The demo show's own files still play.
    EXPECT_TRUE(player.play(m_episodes.first().id));
    player.stop();
}

} // namespace
} // namespace ondes

#include "application.h"
#include "library/library.h"
#include "playback/playbacktestsupport.h"
#include "playback/player.h"
#include "playback/playqueue.h"
#include "playback/sleeptimer.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace std::chrono_literals;

namespace ondes {
namespace {

class SleepTimerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_app.start());
        m_episodes = test::demoEpisodes(m_app.library());
        ASSERT_EQ(m_episodes.size(), 5);
    }
    void TearDown() override { m_app.player().stop(); }

    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    QList<EpisodeRow> m_episodes;
};

TEST_F(SleepTimerTest, FadesOutThenPauses)
{
    Player& player = m_app.player();
    SleepTimer& timer = m_app.sleepTimer();
    player.setVolume(0.8f);
    timer.setFadeDuration(1500ms);
    ASSERT_TRUE(player.play(m_episodes.at(0).id));
    ASSERT_TRUE(test::waitPlayingPast(player, 100));

    QSignalSpy expired(&timer, &SleepTimer::expired);
    timer.start(2500ms);
    EXPECT_EQ(timer.mode(), SleepTimer::Mode::Duration);
    EXPECT_GT(timer.remainingMs(), 2000);
    QTest::qWait(500);
    EXPECT_FLOAT_EQ(player.volumeScale(), 1.0f); // not fading yet
    EXPECT_TRUE(player.isPlaying());

    // In the fade the volume goes down step by step.
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.volumeScale() < 0.7f; }, 2000));
    const float early = player.volumeScale();
    QTest::qWait(400);
    EXPECT_LT(player.volumeScale(), early);
    EXPECT_GT(player.volumeScale(), 0.0f);

    ASSERT_TRUE(QTest::qWaitFor([&] { return expired.count() == 1; }, 3000));
    EXPECT_EQ(player.state(), Player::State::Paused);
    EXPECT_EQ(timer.mode(), SleepTimer::Mode::Off);
    // The listener's volume is untouched and back at full for the next play.
    EXPECT_FLOAT_EQ(player.volumeScale(), 1.0f);
    EXPECT_FLOAT_EQ(player.volume(), 0.8f);
}

TEST_F(SleepTimerTest, CancellingRestoresTheVolumeAndKeepsPlaying)
{
    Player& player = m_app.player();
    SleepTimer& timer = m_app.sleepTimer();
    timer.setFadeDuration(1000ms);
    ASSERT_TRUE(player.play(m_episodes.at(0).id));
    ASSERT_TRUE(test::waitPlayingPast(player, 100));
    timer.start(1000ms);
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.volumeScale() < 0.8f; }, 1500));
    timer.cancel();
    EXPECT_FALSE(timer.isActive());
    EXPECT_EQ(timer.remainingMs(), -1);
    EXPECT_FLOAT_EQ(player.volumeScale(), 1.0f);
    QTest::qWait(800);
    EXPECT_TRUE(player.isPlaying());
}

TEST_F(SleepTimerTest, AtTheEndOfTheEpisodeItStopsInsteadOfGoingOnWithTheQueue)
{
    const QString clip = test::generatedClip(QStringLiteral("ogg"));
    const QString next = test::generatedClip(QStringLiteral("mp3"));
    ASSERT_FALSE(clip.isEmpty());
    const auto clips =
        test::addTestShow(m_app.library(), QStringLiteral("test:sleep"),
                          {{QStringLiteral("Last"), QUrl::fromLocalFile(clip).toString(), 4},
                           {QStringLiteral("Next"), QUrl::fromLocalFile(next).toString(), 4}});
    ASSERT_EQ(clips.size(), 2);
    Player& player = m_app.player();
    SleepTimer& timer = m_app.sleepTimer();
    timer.setFadeDuration(2000ms);
    m_app.queue().add(clips[1]);
    QSignalSpy expired(&timer, &SleepTimer::expired);

    ASSERT_TRUE(player.play(clips[0]));
    timer.startEndOfEpisode();
    EXPECT_EQ(timer.mode(), SleepTimer::Mode::EndOfEpisode);
    ASSERT_TRUE(test::waitPlayingPast(player, 100));
    EXPECT_NEAR(timer.remainingMs(), player.duration() - player.position(), 400);
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.volumeScale() < 0.5f; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return expired.count() == 1; }, 5000));
    QTest::qWait(500);
    EXPECT_EQ(player.currentEpisode(), clips[0]);
    EXPECT_FALSE(player.isPlaying());
    EXPECT_EQ(m_app.queue().episodeIds(), QList<qint64>{clips[1]});
    EXPECT_FLOAT_EQ(player.volumeScale(), 1.0f);
    EXPECT_FALSE(timer.isActive());
}

} // namespace
} // namespace ondes

#include "application.h"
#include "library/library.h"
#include "playback/player.h"
#include "playback/sleeptimer.h"
#include "playerbar.h"
#include "sleeptimermenu.h"
#include "subscriptions/demoshow.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QSlider>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class PlayerBarTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_app.start());
        const auto showId = m_app.library().showIdForUrl(DemoShow::feedUrl());
        ASSERT_TRUE(showId);
        m_episodeId = m_app.library().episodes(*showId).first().id;
        m_bar = std::make_unique<PlayerBar>(m_app);
        m_bar->show();
    }
    void TearDown() override
    {
        m_app.player().stop();
        m_bar.reset();
    }

    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    std::unique_ptr<PlayerBar> m_bar;
    qint64 m_episodeId = 0;
};

TEST_F(PlayerBarTest, EveryControlHasANameAndATooltipWithItsShortcut)
{
    const QList<QWidget*> controls = m_bar->findChildren<QWidget*>();
    int checked = 0;
    for (QWidget* control : controls) {
        if (!control->focusPolicy() || control->isHidden() || qobject_cast<QMenu*>(control))
            continue;
        if (!qobject_cast<QAbstractButton*>(control) && !qobject_cast<QAbstractSlider*>(control) &&
            !qobject_cast<QAbstractSpinBox*>(control))
            continue;
        ++checked;
        EXPECT_FALSE(control->accessibleName().isEmpty()) << control->metaObject()->className();
        EXPECT_FALSE(control->toolTip().isEmpty()) << control->accessibleName().toStdString();
        if (control != m_bar->playPauseButton()) {
            EXPECT_TRUE(control->toolTip().contains(QLatin1Char('(')))
                << control->toolTip().toStdString();
        }
    }
    EXPECT_GE(checked, 8); // play, skip ×2, position, speed, mute, volume, sleep
    EXPECT_TRUE(m_bar->skipBackwardAction()->toolTip().contains(QStringLiteral("(Left)")))
        << m_bar->skipBackwardAction()->toolTip().toStdString();
    EXPECT_TRUE(m_bar->skipBackwardAction()->text().contains(QStringLiteral("10 s")));
    EXPECT_TRUE(m_bar->skipForwardAction()->text().contains(QStringLiteral("30 s")));
    EXPECT_TRUE(m_bar->sleepButton()->toolTip().contains(QStringLiteral("Ctrl+T")));
    EXPECT_EQ(m_bar->playbackActions().size(), 9);
}

TEST_F(PlayerBarTest, SpeedVolumeAndMuteDrivePlayer)
{
    Player& player = m_app.player();
    ASSERT_TRUE(player.play(m_episodeId));
    m_bar->speedBox()->setValue(1.5);
    EXPECT_DOUBLE_EQ(player.playbackRate(), 1.5);
    m_bar->fasterAction()->trigger();
    EXPECT_DOUBLE_EQ(player.playbackRate(), 1.6);
    EXPECT_DOUBLE_EQ(m_bar->speedBox()->value(), 1.6);
    m_bar->slowerAction()->trigger();
    m_bar->slowerAction()->trigger();
    EXPECT_DOUBLE_EQ(player.playbackRate(), 1.4);

    m_bar->volumeSlider()->setValue(30);
    EXPECT_NEAR(player.volume(), 0.3, 0.001);
    m_bar->volumeUpAction()->trigger();
    EXPECT_EQ(m_bar->volumeSlider()->value(), 35);
    m_bar->muteAction()->trigger();
    EXPECT_TRUE(player.isMuted());
    m_bar->muteAction()->trigger();
    EXPECT_FALSE(player.isMuted());
}

TEST_F(PlayerBarTest, ShowsRemainingTimeAtTheCurrentSpeed)
{
    Player& player = m_app.player();
    ASSERT_TRUE(player.play(m_episodeId));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return player.isPlaying() && player.duration() > 0; }, 10000));
    player.pause();
    player.seek(2000);
    const qint64 left = (player.duration() - 2000) / 1000;
    EXPECT_EQ(m_bar->remainingText(), QStringLiteral("−0:%1").arg(left, 2, 10, QLatin1Char('0')));
    player.setPlaybackRate(2.0);
    EXPECT_EQ(m_bar->remainingText(),
              QStringLiteral("−0:%1 at 2.0×")
                  .arg((player.duration() - 2000) / 2000, 2, 10, QLatin1Char('0')));
}

TEST_F(PlayerBarTest, SleepMenuStartsAndCancelsTheTimer)
{
    SleepTimer& timer = m_app.sleepTimer();
    SleepTimerMenu* menu = m_bar->sleepMenu();
    ASSERT_TRUE(menu);
    EXPECT_TRUE(menu->offAction()->isChecked());
    menu->minutesAction(15)->trigger();
    EXPECT_EQ(timer.mode(), SleepTimer::Mode::Duration);
    EXPECT_GT(timer.remainingMs(), 14 * 60 * 1000);
    EXPECT_TRUE(menu->minutesAction(15)->isChecked());
    EXPECT_TRUE(m_bar->sleepButton()->text().contains(QStringLiteral("15:00")))
        << m_bar->sleepButton()->text().toStdString();
    menu->endOfEpisodeAction()->trigger();
    EXPECT_EQ(timer.mode(), SleepTimer::Mode::EndOfEpisode);
    menu->offAction()->trigger();
    EXPECT_FALSE(timer.isActive());
    EXPECT_EQ(m_bar->sleepButton()->text(), QStringLiteral("Sleep"));
}

TEST_F(PlayerBarTest, SkipActionsSeek)
{
    Player& player = m_app.player();
    ASSERT_TRUE(player.play(m_episodeId));
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.isPlaying() && player.isSeekable(); }, 10000));
    player.pause();
    player.seek(5000);
    m_bar->skipBackwardAction()->trigger();
    EXPECT_TRUE(QTest::qWaitFor([&] { return player.position() < 300; }));
    m_bar->skipForwardAction()->trigger();
    // 30 s is past the end of a short clip: it lands just before the end.
    EXPECT_TRUE(QTest::qWaitFor([&] { return player.position() >= player.duration() - 800; }));
}

} // namespace
} // namespace ondes

// TrayIcon's menu plays, pauses, hides and shows the window; without a tray nothing is shown.

#include "application.h"
#include "library/library.h"
#include "playback/player.h"
#include "support/testdatadir.h"
#include "trayicon.h"

#include <QAction>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

TEST(TrayIcon, MenuControlsPlaybackAndTheWindow)
{
    test::TestDataDir dir;
    Application app{dir.paths()};
    ASSERT_TRUE(app.start());
    QMainWindow window;
    window.show();
    TrayIcon tray(app, &window);
    // The offscreen platform has no tray: the icon stays hidden, the menu still works.
    EXPECT_EQ(tray.isVisible(), TrayIcon::isAvailable());
    EXPECT_FALSE(tray.playPauseAction()->isEnabled()); // nothing to play yet
    EXPECT_EQ(tray.toolTip(), QStringLiteral("Ondes"));

    EXPECT_EQ(tray.showHideAction()->text(), QStringLiteral("&Hide Ondes"));
    tray.showHideAction()->trigger();
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(tray.showHideAction()->text(), QStringLiteral("&Show Ondes"));
    tray.showHideAction()->trigger();
    EXPECT_TRUE(window.isVisible());

    // The demo show's first episode.
    Player& player = app.player();
    qint64 episodeId = 0;
    for (const ShowRow& show : app.library().shows())
        episodeId = app.library().episodes(show.id).value(0).id;
    ASSERT_TRUE(player.play(episodeId));
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.isPlaying(); }, 10000));
    EXPECT_TRUE(tray.playPauseAction()->isEnabled());
    EXPECT_EQ(tray.playPauseAction()->text(), QStringLiteral("&Pause"));
    EXPECT_TRUE(tray.toolTip().startsWith(QStringLiteral("Playing: ")));
    tray.playPauseAction()->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !player.isPlaying(); }, 5000));
    EXPECT_EQ(tray.playPauseAction()->text(), QStringLiteral("&Play"));
    EXPECT_TRUE(tray.toolTip().startsWith(QStringLiteral("Paused: ")));
    player.stop();
}

TEST(TrayIcon, QuitAsksTheApplicationToEnd)
{
    test::TestDataDir dir;
    Application app{dir.paths()};
    ASSERT_TRUE(app.start());
    QMainWindow window;
    TrayIcon tray(app, &window);
    QSignalSpy quit(&app, &Application::quitRequested);
    EXPECT_EQ(tray.quitAction()->text(), QStringLiteral("&Quit"));
    tray.quitAction()->trigger();
    EXPECT_EQ(quit.count(), 1); // main.cpp ends the loop on it, MainWindow saves and closes
}

} // namespace
} // namespace ondes

// Where the listener left off, after a crash: `ondes play` killed with SIGKILL mid-episode, then
// the window started on the same data folder. Through MPRIS (playerctl, as a media key or a
// desktop shell would) the episode is there, paused at its saved place, and Play resumes it.

#include "library/library.h"
#include "playback/playbacktestsupport.h"
#include "playback/playprocess.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QDBusConnection>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>

namespace ondes {
namespace {

using test::runCommand;

// The MPRIS name (for playerctl -p) of the Ondes process with this pid, empty until it has one.
QString playerOf(qint64 pid)
{
    const QStringList players =
        runCommand(QStringLiteral("playerctl"), {QStringLiteral("-l")}).split(QLatin1Char('\n'));
    const QString own = QStringLiteral("ondes.instance%1").arg(pid);
    if (players.contains(own))
        return own;
    if (!players.contains(QStringLiteral("ondes")))
        return {};
    const QString owner = runCommand(
        QStringLiteral("dbus-send"),
        {QStringLiteral("--session"), QStringLiteral("--print-reply=literal"),
         QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
         QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
         QStringLiteral("string:org.mpris.MediaPlayer2.ondes")});
    return owner.section(QLatin1Char(' '), -1).toLongLong() == pid ? QStringLiteral("ondes")
                                                                   : QString();
}

TEST(SessionRestore, AfterAKillTheWindowOpensPausedWhereTheEpisodeWasLeft)
{
    ASSERT_TRUE(QDBusConnection::sessionBus().isConnected())
        << "run under dbus-run-session, as CI does";
    test::TestDataDir dir;
    const qint64 episodeId = test::demoEpisodeId(dir, 2);
    ASSERT_GT(episodeId, 0);
    QString title;
    {
        Application app{dir.paths()};
        ASSERT_TRUE(app.start());
        title = app.library().episode(episodeId)->title;
    }

    // Listening past the first save of the position (every second), then killed between two.
    {
        test::PlayProcess child(dir.path(), episodeId);
        ASSERT_TRUE(QTest::qWaitFor([&] { return child.lastPosition() >= 1500; }, 15000))
            << child.lines().join(QLatin1Char('\n')).toStdString();
        QTest::qWait(600);
        ::kill(static_cast<pid_t>(child.process().processId()), SIGKILL);
        ASSERT_TRUE(child.waitFinished(5000));
    }
    qint64 saved = 0;
    {
        Application app{dir.paths()};
        ASSERT_TRUE(app.start());
        saved = app.library().position(episodeId);
    }
    ASSERT_GT(saved, 500);

    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(environment);
    window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    window.start(QStringLiteral(ONDES_EXECUTABLE), {QStringLiteral("--data-dir"), dir.path()});
    ASSERT_TRUE(window.waitForStarted(5000));
    QString player;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !(player = playerOf(window.processId())).isEmpty(); }, 20000));
    auto playerctl = [&](const QStringList& arguments) {
        return runCommand(QStringLiteral("playerctl"),
                          QStringList{QStringLiteral("-p"), player} + arguments);
    };

    EXPECT_EQ(playerctl({QStringLiteral("status")}), QStringLiteral("Paused"));
    EXPECT_EQ(playerctl({QStringLiteral("metadata"), QStringLiteral("xesam:title")}), title);
    EXPECT_EQ(playerctl({QStringLiteral("metadata"), QStringLiteral("mpris:trackid")})
                  .remove(QLatin1Char('\'')),
              QStringLiteral("/org/ondes/episode/%1").arg(episodeId));
    const double position = playerctl({QStringLiteral("position")}).toDouble();
    EXPECT_NEAR(position * 1000, saved, 100);
    // Still there a moment later: nothing plays by itself.
    QTest::qWait(1000);
    EXPECT_EQ(playerctl({QStringLiteral("status")}), QStringLiteral("Paused"));

    // The media key.
    playerctl({QStringLiteral("play")});
    double playing = 0;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            playing = playerctl({QStringLiteral("position")}).toDouble();
            return playerctl({QStringLiteral("status")}) == QStringLiteral("Playing") &&
                   playing * 1000 > saved + 500;
        },
        15000))
        << "position " << playing << " s, saved " << saved << " ms";
    EXPECT_LT(playing * 1000, saved + 5000);

    window.terminate();
    EXPECT_TRUE(window.waitForFinished(10000));
    EXPECT_EQ(window.exitStatus(), QProcess::NormalExit);
}

} // namespace
} // namespace ondes

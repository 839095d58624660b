#include "application.h"
#include "desktop/mpris.h"
#include "library/library.h"
#include "playback/playbacktestsupport.h"
#include "playback/player.h"
#include "playback/playqueue.h"
#include "support/qtprinters.h"
#include "support/skiporfail.h"
#include "support/testdatadir.h"

#include <QDBusConnection>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::runCommand;

class MprisTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QDBusConnection::sessionBus().isConnected())
            ONDES_SKIP_OR_FAIL("no session bus");
        ASSERT_TRUE(m_app.start());
        m_episodes = test::demoEpisodes(m_app.library());
        ASSERT_EQ(m_episodes.size(), 5);
        m_app.enableDesktopIntegration();
        ASSERT_TRUE(m_app.mpris() && m_app.mpris()->isRegistered());
        // org.mpris.MediaPlayer2.ondes, or ondes.instanceN when another test holds it.
        m_name = m_app.mpris()->serviceName().mid(QStringLiteral("org.mpris.MediaPlayer2.").size());
    }
    void TearDown() override { m_app.player().stop(); }

    QString playerctl(const QStringList& arguments)
    {
        return runCommand(QStringLiteral("playerctl"),
                          QStringList{QStringLiteral("-p"), m_name} + arguments);
    }
    QString dbusSend(const QString& method, const QStringList& arguments = {})
    {
        return runCommand(QStringLiteral("dbus-send"),
                          QStringList{QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                      QStringLiteral("--dest=") + m_app.mpris()->serviceName(),
                                      QStringLiteral("/org/mpris/MediaPlayer2"), method} +
                              arguments);
    }

    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    QList<EpisodeRow> m_episodes;
    QString m_name;
};

TEST_F(MprisTest, PlayerctlReadsAndControlsThePlayer)
{
    // The oldest demo episode with speakers named in the feed.
    const EpisodeRow* withSpeakers = nullptr;
    for (const EpisodeRow& episode : m_episodes) {
        if (!withSpeakers && m_app.library().speakers(episode.id).size() >= 2)
            withSpeakers = &episode;
    }
    ASSERT_TRUE(withSpeakers);
    const qint64 next =
        withSpeakers->id == m_episodes.at(0).id ? m_episodes.at(1).id : m_episodes.at(0).id;
    Player& player = m_app.player();
    m_app.queue().add(next);
    ASSERT_TRUE(player.play(withSpeakers->id));
    ASSERT_TRUE(test::waitPlayingPast(player, 200));

    const QString metadata = playerctl(
        {QStringLiteral("metadata"), QStringLiteral("--format"),
         QStringLiteral("{{mpris:trackid}}|{{xesam:title}}|{{xesam:album}}|{{xesam:artist}}|"
                        "{{mpris:length}}")});
    // playerctl prints object paths quoted.
    const QStringList fields = QString(metadata).remove(QLatin1Char('\'')).split(QLatin1Char('|'));
    ASSERT_EQ(fields.size(), 5) << metadata.toStdString();
    EXPECT_EQ(fields[0], QStringLiteral("/org/ondes/episode/%1").arg(withSpeakers->id));
    EXPECT_EQ(fields[1], withSpeakers->title);
    EXPECT_EQ(fields[2], QStringLiteral("Guichets fermés"));
    EXPECT_TRUE(fields[3].contains(m_app.library().speakers(withSpeakers->id).first().name))
        << fields[3].toStdString();
    EXPECT_NEAR(fields[4].toLongLong(), player.duration() * 1000, 1000000);
    EXPECT_EQ(playerctl({QStringLiteral("status")}), QStringLiteral("Playing"));

    // PropertiesChanged reaches a follower.
    QProcess follow;
    follow.start(
        QStringLiteral("playerctl"),
        {QStringLiteral("-p"), m_name, QStringLiteral("--follow"), QStringLiteral("status")});
    QTest::qWait(500);
    playerctl({QStringLiteral("play-pause")});
    EXPECT_TRUE(QTest::qWaitFor([&] { return player.state() == Player::State::Paused; }, 3000));
    QByteArray followed;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return (followed += follow.readAllStandardOutput()).contains("Paused"); }, 3000));
    follow.kill();
    follow.waitForFinished(2000);
    playerctl({QStringLiteral("play-pause")});
    EXPECT_TRUE(QTest::qWaitFor([&] { return player.isPlaying(); }, 3000));

    playerctl({QStringLiteral("position"), QStringLiteral("3")});
    EXPECT_TRUE(QTest::qWaitFor([&] { return qAbs(player.position() - 3000) < 600; }, 3000))
        << player.position();
    const double reported = playerctl({QStringLiteral("position")}).toDouble();
    EXPECT_NEAR(reported, player.position() / 1000.0, 0.8);

    playerctl({QStringLiteral("next")});
    EXPECT_TRUE(QTest::qWaitFor([&] { return player.currentEpisode() == next; }, 3000));
    EXPECT_TRUE(m_app.queue().isEmpty());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return playerctl({QStringLiteral("metadata"), QStringLiteral("mpris:trackid")})
                .remove(QLatin1Char('\''))
                .endsWith(QStringLiteral("/org/ondes/episode/%1").arg(next));
        },
        3000));
}

TEST_F(MprisTest, RootInterfaceSaysWhoWeAreAndPassesRaiseAndQuitOn)
{
    const QString all = dbusSend(QStringLiteral("org.freedesktop.DBus.Properties.GetAll"),
                                 {QStringLiteral("string:org.mpris.MediaPlayer2")});
    EXPECT_TRUE(all.contains(QStringLiteral("\"Ondes\""))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("\"org.ondes.Ondes\"")));
    EXPECT_TRUE(all.contains(QStringLiteral("audio/mpeg")));
    EXPECT_TRUE(all.contains(QStringLiteral("\"https\"")));

    const QString player = dbusSend(QStringLiteral("org.freedesktop.DBus.Properties.GetAll"),
                                    {QStringLiteral("string:org.mpris.MediaPlayer2.Player")});
    EXPECT_TRUE(player.contains(QStringLiteral("\"MinimumRate\"")));
    EXPECT_TRUE(player.contains(QStringLiteral("double 0.5")));
    EXPECT_TRUE(player.contains(QStringLiteral("double 3")));
    EXPECT_TRUE(player.contains(QStringLiteral("\"Stopped\"")));

    QSignalSpy raise(&m_app, &Application::raiseRequested);
    QSignalSpy quit(&m_app, &Application::quitRequested);
    dbusSend(QStringLiteral("org.mpris.MediaPlayer2.Raise"));
    dbusSend(QStringLiteral("org.mpris.MediaPlayer2.Quit"));
    EXPECT_EQ(raise.count(), 1);
    EXPECT_EQ(quit.count(), 1);
}

TEST_F(MprisTest, RateAndVolumeCanBeSetAndSeekedIsSent)
{
    Player& player = m_app.player();
    ASSERT_TRUE(player.play(m_episodes.at(0).id));
    ASSERT_TRUE(test::waitPlayingPast(player, 200));
    dbusSend(QStringLiteral("org.freedesktop.DBus.Properties.Set"),
             {QStringLiteral("string:org.mpris.MediaPlayer2.Player"), QStringLiteral("string:Rate"),
              QStringLiteral("variant:double:1.5")});
    EXPECT_DOUBLE_EQ(player.playbackRate(), 1.5);
    playerctl({QStringLiteral("volume"), QStringLiteral("0.4")});
    EXPECT_NEAR(player.volume(), 0.4, 0.01);

    QProcess monitor;
    monitor.start(QStringLiteral("dbus-monitor"),
                  {QStringLiteral("--session"),
                   QStringLiteral("type='signal',interface='org.mpris.MediaPlayer2.Player',"
                                  "member='Seeked',sender='%1'")
                       .arg(m_app.mpris()->serviceName())});
    QTest::qWait(500);
    dbusSend(QStringLiteral("org.mpris.MediaPlayer2.Player.Seek"),
             {QStringLiteral("int64:2000000")});
    QByteArray monitored;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return (monitored += monitor.readAllStandardOutput()).contains("member=Seeked"); },
        3000));
    monitor.kill();
    monitor.waitForFinished(2000);
}

} // namespace
} // namespace ondes

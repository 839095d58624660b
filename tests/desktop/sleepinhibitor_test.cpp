#include "application.h"
#include "desktop/sleepinhibitor.h"
#include "library/library.h"
#include "playback/playbacktestsupport.h"
#include "playback/player.h"
#include "support/privatesessionbus.h"
#include "support/skiporfail.h"
#include "support/testdatadir.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

// A stand-in for the desktop's org.freedesktop.ScreenSaver, on a connection of its own.
class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    QList<uint> active;
    int inhibitCalls = 0;

public Q_SLOTS:
    uint Inhibit(const QString& application, const QString& reason)
    {
        Q_UNUSED(reason);
        EXPECT_EQ(application, QStringLiteral("Ondes"));
        ++inhibitCalls;
        active << ++m_next;
        return m_next;
    }
    void UnInhibit(uint cookie) { active.removeAll(cookie); }

private:
    uint m_next = 41;
};

TEST(SleepInhibitor, InhibitsWhilePlayingAndReleasesOnPause)
{
    // A bus of its own: on the shared one a desktop's screensaver may be there, and any Ondes
    // that plays in another test (`ondes play`, MPRIS tests) would call the stand-in too.
    test::PrivateSessionBus bus;
    if (!bus.isReady())
        ONDES_SKIP_OR_FAIL(bus.failure().toStdString());
    QDBusConnection service =
        QDBusConnection::connectToBus(bus.address(), QStringLiteral("fake-screensaver"));
    FakeScreenSaver fake;
    ASSERT_TRUE(service.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &fake,
                                       QDBusConnection::ExportAllSlots));
    ASSERT_TRUE(service.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));

    test::TestDataDir dir;
    Application app{dir.paths()};
    ASSERT_TRUE(app.start());
    const auto episodes = test::demoEpisodes(app.library());
    Player& player = app.player();
    SleepInhibitor inhibitor(player, bus.connection());
    EXPECT_FALSE(inhibitor.isInhibiting());

    ASSERT_TRUE(player.play(episodes.at(0).id));
    EXPECT_TRUE(QTest::qWaitFor([&] { return inhibitor.isInhibiting(); }, 5000));
    EXPECT_EQ(fake.active.size(), 1);
    player.pause();
    EXPECT_FALSE(inhibitor.isInhibiting());
    EXPECT_TRUE(QTest::qWaitFor([&] { return fake.active.isEmpty(); }, 3000));
    player.resume();
    EXPECT_TRUE(QTest::qWaitFor([&] { return inhibitor.isInhibiting(); }, 5000));
    player.stop();
    EXPECT_TRUE(QTest::qWaitFor([&] { return fake.active.isEmpty(); }, 3000));
    EXPECT_EQ(fake.inhibitCalls, 2);

    service.unregisterService(QStringLiteral("org.freedesktop.ScreenSaver"));
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-screensaver"));
}

TEST(SleepInhibitor, WithoutTheServiceItStaysQuiet)
{
    test::TestDataDir dir;
    Application app{dir.paths()};
    ASSERT_TRUE(app.start());
    const auto episodes = test::demoEpisodes(app.library());
    Player& player = app.player();
    // A bus with no screensaver on it (or no bus at all).
    SleepInhibitor inhibitor(player, QDBusConnection(QStringLiteral("not-connected")));
    ASSERT_TRUE(player.play(episodes.at(0).id));
    ASSERT_TRUE(test::waitPlayingPast(player, 200));
    EXPECT_FALSE(inhibitor.isInhibiting());
    player.stop();
}

} // namespace
} // namespace ondes

#include "sleepinhibitor_test.moc"

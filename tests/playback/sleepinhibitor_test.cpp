#include "application.h"
#include "library/library.h"
#include "playback/player.h"
#include "playback/sleepinhibitor.h"
#include "playbacktestsupport.h"
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
    if (!QDBusConnection::sessionBus().isConnected())
        ONDES_SKIP_OR_FAIL("no session bus");
    QDBusConnection service = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                            QStringLiteral("fake-screensaver"));
    FakeScreenSaver fake;
    ASSERT_TRUE(service.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &fake,
                                       QDBusConnection::ExportAllSlots));
    if (!service.registerService(QStringLiteral("org.freedesktop.ScreenSaver")))
        ONDES_SKIP_OR_FAIL("another screensaver service runs on this bus");

    test::TestDataDir dir;
    Application app{dir.paths()};
    ASSERT_TRUE(app.start());
    const auto episodes = test::demoEpisodes(app.library());
    Player& player = app.player();
    SleepInhibitor inhibitor(player, QDBusConnection::sessionBus());
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

// DesktopNotifier against a stand-in org.freedesktop.Notifications on the session bus.

#include "desktop/desktopnotifier.h"
#include "library/database.h"
#include "library/library.h"
#include "net/httpclient.h"
#include "subscriptions/refresher.h"
#include "support/feedbuilder.h"
#include "support/privatesessionbus.h"
#include "support/skiporfail.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList summaries;
    QStringList bodies;

public Q_SLOTS:
    uint Notify(const QString& application, uint replaces, const QString& icon,
                const QString& summary, const QString& body, const QStringList& actions,
                const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(replaces);
        Q_UNUSED(icon);
        Q_UNUSED(actions);
        Q_UNUSED(timeout);
        EXPECT_EQ(application, QStringLiteral("Ondes"));
        EXPECT_EQ(hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("ondes"));
        summaries << summary;
        bodies << body;
        return uint(summaries.size());
    }
};

TEST(DesktopNotifier, OneNotificationForTheNewEpisodesOfARefresh)
{
    // A bus of its own: on the shared one, a desktop's notification service may hold the name,
    // and an Ondes in another test could notify the stand-in.
    test::PrivateSessionBus bus;
    if (!bus.isReady())
        ONDES_SKIP_OR_FAIL(bus.failure().toStdString());
    QDBusConnection service =
        QDBusConnection::connectToBus(bus.address(), QStringLiteral("fake-notifications"));
    FakeNotifications fake;
    ASSERT_TRUE(service.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &fake,
                                       QDBusConnection::ExportAllSlots));
    ASSERT_TRUE(service.registerService(QStringLiteral("org.freedesktop.Notifications")));

    test::TestDataDir dir;
    Database database(dir.path() + QStringLiteral("/library.sqlite"));
    ASSERT_TRUE(database.open());
    Library library(database);
    HttpClient http;
    QThreadPool workers;
    workers.setMaxThreadCount(1);
    Refresher refresher(http, library, workers);
    test::TestHttpServer server;
    test::FeedSpec a;
    a.title = QStringLiteral("Matin <b>libre</b>");
    a.episodes = 2;
    test::FeedSpec b;
    b.title = QStringLiteral("Soir");
    b.episodes = 1;
    ParsedFeed empty;
    empty.title = a.title;
    const auto showA =
        library.storeFeed(server.url(QStringLiteral("/a")).toString(), ShowKind::Feed, empty);
    empty.title = b.title;
    const auto showB =
        library.storeFeed(server.url(QStringLiteral("/b")).toString(), ShowKind::Feed, empty);
    ASSERT_TRUE(showA && showB);
    server.setRoute(QStringLiteral("/a"),
                    test::Route::text(test::buildFeed(a), "application/rss+xml"));
    server.setRoute(QStringLiteral("/b"),
                    test::Route::text(test::buildFeed(b), "application/rss+xml"));

    DesktopNotifier notifier(library, bus.connection());
    notifier.watch(refresher);
    QSignalSpy finished(&refresher, &Refresher::finished);
    refresher.refresh({showA->showId, showB->showId});
    ASSERT_TRUE(finished.wait(15000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return fake.summaries.size() == 1; }, 5000));
    EXPECT_EQ(fake.summaries.first(), QStringLiteral("3 new episode(s)"));
    // Show titles come from feeds: escaped, never markup.
    EXPECT_EQ(fake.bodies.first(), QStringLiteral("Matin &lt;b&gt;libre&lt;/b&gt;, Soir"));

    // Nothing new: nothing said.
    refresher.refresh({showA->showId, showB->showId});
    ASSERT_TRUE(finished.wait(15000));
    QTest::qWait(200);
    EXPECT_EQ(fake.summaries.size(), 1);
    workers.waitForDone();
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
}

TEST(DesktopNotifier, WithoutTheServiceNothingIsSent)
{
    // A bus of its own, as above: there no notification service runs.
    test::PrivateSessionBus bus;
    if (!bus.isReady())
        ONDES_SKIP_OR_FAIL(bus.failure().toStdString());
    test::TestDataDir dir;
    Database database(dir.path() + QStringLiteral("/library.sqlite"));
    ASSERT_TRUE(database.open());
    Library library(database);
    DesktopNotifier notifier(library, bus.connection());
    ASSERT_FALSE(bus.connection().interface()->isServiceRegistered(
        QStringLiteral("org.freedesktop.Notifications")));
    EXPECT_FALSE(notifier.notify(QStringLiteral("x"), QStringLiteral("y")));
    EXPECT_EQ(notifier.sentCount(), 0);
}

} // namespace
} // namespace ondes

#include "desktopnotifier_test.moc"

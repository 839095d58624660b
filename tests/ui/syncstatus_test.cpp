// The main window's sync line and actions against the loopback gpodder.net-API server: Sync Now
// (menu and key) puts the time in the status bar, a refused password puts the reason there, and a
// show unsubscribed on another device is removed with an Undo that brings it back.

#include "library/library.h"
#include "library/settings.h"
#include "messagebar.h"
#include "secrets/secretstore.h"
#include "shortcutmap.h"
#include "support/feedbuilder.h"
#include "support/syncserverprocess.h"
#include "support/testhttpserver.h"
#include "sync/syncengine.h"
#include "syncactions.h"
#include "syncschedule.h"
#include "syncstatus.h"
#include "ui/demowindowfixture.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class SyncStatusTest : public test::DemoWindowFixture
{
protected:
    void SetUp() override
    {
        DemoWindowFixture::SetUp();
        ASSERT_TRUE(m_server.start()) << m_server.error().toStdString(); // alice:secret
    }
    void TearDown() override
    {
        SecretStore::forgetForSession(SyncSchedule::passwordKey());
        DemoWindowFixture::TearDown();
    }

    // Sets sync up as Settings ▸ Sync does, with the password kept for the session.
    void setUpSync(const QString& password)
    {
        SyncSettings sync;
        sync.service = QStringLiteral("gpodder");
        sync.server = m_server.url().toString();
        sync.user = QStringLiteral("alice");
        sync.deviceName = QStringLiteral("Desk");
        m_app.settings().setSyncSettings(sync);
        SecretStore::keepForSession(SyncSchedule::passwordKey(), password);
        m_app.applySettings();
    }
    SyncReport syncNow()
    {
        QSignalSpy finished(&m_app.syncSchedule(), &SyncSchedule::finished);
        m_window->syncActions()->syncNowAction()->trigger();
        EXPECT_TRUE(finished.wait(30000));
        return finished.isEmpty() ? SyncReport{} : finished.first().first().value<SyncReport>();
    }
    QString statusLine() const { return m_window->syncStatus()->text(); }

    test::SyncServerProcess m_server;
};

TEST_F(SyncStatusTest, HiddenUntilSyncIsSetUpAndSyncNowHasItsKey)
{
    EXPECT_EQ(statusLine(), QString());
    QAction* action = m_window->syncActions()->syncNowAction();
    EXPECT_EQ(m_window->shortcuts()->action(QStringLiteral("library.syncNow")), action);
    EXPECT_EQ(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    // Asked before it is set up, it says where to set it up.
    action->trigger();
    EXPECT_TRUE(m_window->messageBar()->text().contains(QStringLiteral("Settings")));
}

TEST_F(SyncStatusTest, SyncNowPutsTheTimeInTheStatusLine)
{
    setUpSync(QStringLiteral("secret"));
    EXPECT_EQ(statusLine(), QStringLiteral("Not synced yet"));
    QSignalSpy started(&m_app.syncEngine(), &SyncEngine::started);
    QSignalSpy finished(&m_app.syncSchedule(), &SyncSchedule::finished);
    QString whileRunning;
    QObject::connect(
        &m_app.syncEngine(), &SyncEngine::started, m_window.get(),
        [&] { whileRunning = statusLine(); }, Qt::QueuedConnection);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(started.count(), 1);
    EXPECT_EQ(whileRunning, QStringLiteral("Syncing…"));
    const auto report = finished.first().first().value<SyncReport>();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(statusLine(), QStringLiteral("Synced just now"));
    // This computer is a device of alice's on the server now, under the name set.
    EXPECT_TRUE(m_server.state()
                    .value(QStringLiteral("devices"))
                    .toObject()
                    .contains(QStringLiteral("alice/desk")))
        << QJsonDocument(m_server.state()).toJson().toStdString();
}

TEST_F(SyncStatusTest, ARefusedPasswordShowsTheReason)
{
    setUpSync(QStringLiteral("not-the-password"));
    const SyncReport report = syncNow();
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(statusLine().startsWith(QStringLiteral("Sync failed: ")))
        << statusLine().toStdString();
    EXPECT_TRUE(statusLine().contains(QStringLiteral("401"))) << statusLine().toStdString();
    // A new window starts from what the library recorded.
    SyncStatus again(m_app, m_window->statusBar());
    EXPECT_EQ(again.text(), statusLine());

    SecretStore::keepForSession(SyncSchedule::passwordKey(), QStringLiteral("secret"));
    ASSERT_TRUE(syncNow().ok());
    EXPECT_EQ(statusLine(), QStringLiteral("Synced just now"));
}

TEST_F(SyncStatusTest, AShowRemovedElsewhereCanBeBroughtBack)
{
    test::TestHttpServer feeds;
    test::FeedSpec spec;
    spec.title = QStringLiteral("Elsewhere Radio");
    feeds.setRoute(QStringLiteral("/elsewhere.xml"),
                   test::Route::text(test::buildFeed(spec), "application/rss+xml"));
    const QString url = feeds.url(QStringLiteral("/elsewhere.xml")).toString();
    m_app.library().addShows({qMakePair(url, QStringLiteral("Elsewhere Radio"))});
    ASSERT_TRUE(m_app.library().showIdForUrl(url));
    setUpSync(QStringLiteral("secret"));
    ASSERT_TRUE(syncNow().ok());
    ASSERT_TRUE(m_server.subscriptions().contains(url));

    // The phone unsubscribes.
    ASSERT_TRUE(
        m_server.control(QStringLiteral("seed"), {{QStringLiteral("user"), QStringLiteral("alice")},
                                                  {QStringLiteral("remove"), QJsonArray{url}}}));
    const SyncReport report = syncNow();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(report.subscriptions.removed, QStringList{url});
    EXPECT_FALSE(m_app.library().showIdForUrl(url));
    MessageBar* bar = m_window->messageBar();
    EXPECT_EQ(bar->text(), QStringLiteral("“Elsewhere Radio” was unsubscribed on another device "
                                          "and removed here."));
    ASSERT_TRUE(bar->retryButton()->isVisible());
    EXPECT_EQ(bar->retryButton()->text(), QStringLiteral("&Undo"));

    QSignalSpy finished(&m_app.syncSchedule(), &SyncSchedule::finished);
    QTest::mouseClick(bar->retryButton(), Qt::LeftButton);
    const auto showId = m_app.library().showIdForUrl(url);
    ASSERT_TRUE(showId);
    // Its episodes come back with its feed, and the server learns it.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return m_app.library().episodes(*showId).size() == 3; }, 10000));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(m_server.subscriptions().contains(url));
    EXPECT_TRUE(m_app.syncEngine().applier().removedShows().isEmpty());
}

} // namespace
} // namespace ondes

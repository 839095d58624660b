#include "desktop/singleinstance.h"
#include "support/feedbuilder.h"
#include "support/qtprinters.h"
#include "support/skiporfail.h"
#include "support/testhttpserver.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

QProcess* startOndes(const QStringList& arguments)
{
    auto* process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(ONDES_EXECUTABLE), arguments);
    return process;
}

QString runShows(const QString& dataDir)
{
    QProcess process;
    process.start(QStringLiteral(ONDES_EXECUTABLE),
                  {QStringLiteral("--data-dir"), dataDir, QStringLiteral("shows")});
    process.waitForFinished(20000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

TEST(SingleInstance, FolderNamesGiveDistinctValidBusNames)
{
    const QString a = SingleInstance::serviceName(QStringLiteral("/tmp/a"));
    EXPECT_NE(a, SingleInstance::serviceName(QStringLiteral("/tmp/b")));
    EXPECT_EQ(SingleInstance::serviceName({}), QStringLiteral("org.ondes.Ondes"));
    EXPECT_TRUE(a.startsWith(QStringLiteral("org.ondes.Ondes.Folder_")));
}

TEST(SingleInstance, SecondStartHandsItsFileToTheRunningWindow)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        ONDES_SKIP_OR_FAIL("no session bus (run the tests under dbus-run-session)");
    test::TestHttpServer server;
    test::FeedSpec spec;
    spec.title = QStringLiteral("Handed over");
    server.setRoute(QStringLiteral("/handed.xml"),
                    test::Route::text(test::buildFeed(spec), "application/rss+xml"));
    QTemporaryDir data;
    QTemporaryDir files;
    const QString opml = files.path() + QStringLiteral("/list.opml");
    QFile file(opml);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
               "<outline type=\"rss\" text=\"Handed over\" xmlUrl=\"" +
               server.url(QStringLiteral("/handed.xml")).toString().toUtf8() +
               "\"/></body></opml>");
    file.close();

    std::unique_ptr<QProcess> first(startOndes({QStringLiteral("--data-dir"), data.path()}));
    const QString service = SingleInstance::serviceName(data.path());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return bus.interface()->isServiceRegistered(service).value(); }, 15000))
        << first->readAllStandardError().toStdString();

    std::unique_ptr<QProcess> second(startOndes({QStringLiteral("--data-dir"), data.path(), opml}));
    ASSERT_TRUE(second->waitForFinished(15000));
    EXPECT_EQ(second->exitCode(), 0);
    // The running window imported the list and refreshed the show.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return server.requestCount(QStringLiteral("/handed.xml")) > 0; }, 15000));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return runShows(data.path()).contains(QStringLiteral("3 episodes")); }, 15000))
        << runShows(data.path()).toStdString();
    EXPECT_EQ(first->state(), QProcess::Running);
    first->terminate();
    ASSERT_TRUE(first->waitForFinished(15000));
}

} // namespace
} // namespace ondes

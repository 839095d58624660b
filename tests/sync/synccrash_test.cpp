#include "library/database.h"
#include "library/datapaths.h"
#include "library/library.h"
#include "library/settings.h"
#include "support/qtprinters.h"
#include "support/syncserverprocess.h"
#include "support/testdatadir.h"
#include "sync/syncstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <gtest/gtest.h>

namespace ondes::test {
namespace {

const QString kCrashShow = QStringLiteral("https://crash.example/feed");

// `ondes sync` killed (SIGKILL) at random moments, 20 times, while it sends 1,000 actions:
// in the end the server has every action exactly once and the outbox is empty.
TEST(SyncCrashTest, KilledTwentyTimesEveryActionArrivesExactlyOnce)
{
    SyncServerProcess server;
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    // Slow enough that kills land before, during and after the requests.
    ASSERT_TRUE(server.control(QStringLiteral("behaviour"), {{QStringLiteral("delay_ms"), 150}}));
    TestDataDir dir;
    const DataPaths paths(dir.path());
    constexpr int kActions = 1000;
    {
        Database db(paths.databasePath());
        ASSERT_TRUE(db.open());
        Library library(db);
        ParsedFeed feed;
        feed.title = QStringLiteral("Crash");
        for (int i = 0; i < kActions; ++i) {
            ParsedEpisode episode;
            episode.guid = QStringLiteral("g%1").arg(i);
            episode.title = episode.guid;
            episode.published = 1000 + i;
            episode.durationSeconds = 3000;
            episode.enclosures << Enclosure{kCrashShow + QStringLiteral("/%1.mp3").arg(i),
                                            QStringLiteral("audio/mpeg"), 1000};
            feed.episodes << episode;
        }
        const auto stored = library.storeFeed(kCrashShow, ShowKind::Feed, feed);
        ASSERT_TRUE(stored);
        ASSERT_TRUE(SyncStore(db).setAccount(QStringLiteral("gpodder"), server.url().toString(),
                                             QStringLiteral("alice"), QStringLiteral("crash")));
        for (const EpisodeRow& episode : library.episodes(stored->showId))
            ASSERT_TRUE(library.savePosition(episode.id, (1 + episode.id % 2000) * 1000));
        EXPECT_EQ(SyncStore(db).pendingCount(), kActions + 1);
    }
    Settings settings(paths.settingsPath());
    settings.setSyncSettings({QStringLiteral("gpodder"), server.url().toString(),
                              QStringLiteral("alice"), QStringLiteral("crash"), false, 10});
    settings.sync();

    auto startSync = [&dir](QProcess& process) {
        process.start(
            QStringLiteral(ONDES_EXECUTABLE),
            withDataDir(dir, {QStringLiteral("sync"), QStringLiteral("--password-stdin")}));
        EXPECT_TRUE(process.waitForStarted(10000));
        process.write("secret\n");
        process.closeWriteChannel();
    };
    for (int kill = 0; kill < 20; ++kill) {
        QProcess process;
        startSync(process);
        QThread::msleep(QRandomGenerator::global()->bounded(50, 1200));
        process.kill(); // SIGKILL
        ASSERT_TRUE(process.waitForFinished(10000));
    }
    QProcess last;
    startSync(last);
    ASSERT_TRUE(last.waitForFinished(60000));
    EXPECT_EQ(last.exitCode(), 0) << last.readAllStandardError().toStdString();

    const QList<QJsonObject> actions = server.actions();
    QSet<QString> episodes;
    for (const QJsonObject& action : actions)
        episodes.insert(action.value(QStringLiteral("episode")).toString());
    EXPECT_EQ(actions.size(), kActions);
    EXPECT_EQ(episodes.size(), kActions);
    EXPECT_EQ(server.subscriptions(), QStringList{kCrashShow});
    Database db(paths.databasePath());
    ASSERT_TRUE(db.open());
    EXPECT_EQ(SyncStore(db).pendingCount(), 0);
}

} // namespace
} // namespace ondes::test

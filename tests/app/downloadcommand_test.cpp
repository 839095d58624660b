// `ondes download` and `ondes downloads` as real processes: a download killed with SIGKILL in
// the middle is resumed by the next run, and the file is whole.

#include "application.h"
#include "feed/feedtypes.h"
#include "library/library.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>

namespace ondes::test {
namespace {

constexpr qint64 kSize = 3'000'000;

// The episode id of a one-episode show whose enclosure is url, in the data dir.
qint64 addEpisode(const TestDataDir& dir, const QString& url)
{
    Application app{dir.paths()};
    EXPECT_TRUE(app.start());
    ParsedFeed feed;
    feed.title = QStringLiteral("Kill test");
    ParsedEpisode episode;
    episode.guid = QStringLiteral("k");
    episode.title = QStringLiteral("Long interview");
    episode.published = 1710000000;
    episode.enclosures << Enclosure{url, QStringLiteral("audio/mpeg"), kSize};
    feed.episodes << episode;
    const auto result =
        app.library().storeFeed(QStringLiteral("https://kill.test/feed"), ShowKind::Feed, feed);
    EXPECT_TRUE(result.has_value());
    return app.library().episodes(result ? result->showId : 0).value(0).id;
}

TEST(DownloadCommandTest, AKilledDownloadIsResumedByTheNextRun)
{
    TestDataDir dir;
    TestHttpServer server;
    Route slow = Route::generated(kSize, "audio/mpeg");
    slow.etag = "take-1";
    slow.bytesPerSecond = 1'000'000;
    server.setRoute(QStringLiteral("/interview.mp3"), slow);
    const qint64 episodeId =
        addEpisode(dir, server.url(QStringLiteral("/interview.mp3")).toString());
    ASSERT_GT(episodeId, 0);

    QProcess first;
    first.start(QStringLiteral(ONDES_EXECUTABLE),
                withDataDir(dir, {QStringLiteral("download"), QString::number(episodeId)}));
    ASSERT_TRUE(first.waitForStarted());
    const QString folder = dir.path() + QStringLiteral("/Podcasts");
    QString part;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            part = findPart(folder);
            return !part.isEmpty() && QFileInfo(part).size() > 600'000;
        },
        15000));
    ::kill(pid_t(first.processId()), SIGKILL);
    ASSERT_TRUE(first.waitForFinished(5000));
    EXPECT_EQ(first.exitStatus(), QProcess::CrashExit);
    const qint64 kept = QFileInfo(part).size();
    EXPECT_GT(kept, 600'000);
    EXPECT_LT(kept, kSize);

    Route fast = Route::generated(kSize, "audio/mpeg");
    fast.etag = "take-1";
    server.setRoute(QStringLiteral("/interview.mp3"), fast);
    QProcess second;
    second.start(QStringLiteral(ONDES_EXECUTABLE), withDataDir(dir, {QStringLiteral("download")}));
    ASSERT_TRUE(second.waitForFinished(30000));
    EXPECT_EQ(second.exitCode(), 0) << second.readAllStandardError().constData();
    const QString out = QString::fromUtf8(second.readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral("Downloaded Long interview"))) << out.toStdString();

    // The second run asked only for the rest.
    const RecordedRequest last = server.requests(QStringLiteral("/interview.mp3")).last();
    const QByteArray range = last.header("Range");
    ASSERT_TRUE(range.startsWith("bytes=")) << range.constData();
    EXPECT_GT(range.mid(6, range.indexOf('-') - 6).toLongLong(), 0);

    const QString file = part.chopped(5);
    EXPECT_FALSE(QFileInfo::exists(part));
    QFile result(file);
    ASSERT_TRUE(result.open(QIODevice::ReadOnly));
    EXPECT_EQ(QCryptographicHash::hash(result.readAll(), QCryptographicHash::Sha256),
              QCryptographicHash::hash(patternBytes(0, kSize), QCryptographicHash::Sha256));

    QProcess list;
    list.start(QStringLiteral(ONDES_EXECUTABLE),
               withDataDir(dir, {QStringLiteral("downloads"), QStringLiteral("--json")}));
    ASSERT_TRUE(list.waitForFinished(10000));
    const QJsonObject json = QJsonDocument::fromJson(list.readAllStandardOutput()).object();
    EXPECT_TRUE(json.value(QStringLiteral("queue")).toArray().isEmpty());
    const QJsonArray downloaded = json.value(QStringLiteral("downloaded")).toArray();
    ASSERT_EQ(downloaded.size(), 1);
    EXPECT_EQ(downloaded.first().toObject().value(QStringLiteral("file")).toString(), file);
    EXPECT_EQ(downloaded.first().toObject().value(QStringLiteral("size")).toInteger(), kSize);
}

TEST(DownloadCommandTest, ABadEpisodeIsAReadableErrorAndDeleteDownloadRemovesTheFile)
{
    TestDataDir dir;
    TestHttpServer server;
    server.setRoute(QStringLiteral("/short.mp3"), Route::generated(4000, "audio/mpeg"));
    const qint64 episodeId = addEpisode(dir, server.url(QStringLiteral("/short.mp3")).toString());

    QProcess bad;
    bad.start(QStringLiteral(ONDES_EXECUTABLE),
              withDataDir(dir, {QStringLiteral("download"), QStringLiteral("nope")}));
    ASSERT_TRUE(bad.waitForFinished(10000));
    EXPECT_EQ(bad.exitCode(), 2);
    EXPECT_TRUE(bad.readAllStandardError().contains("not an episode id"));

    QProcess download;
    download.start(QStringLiteral(ONDES_EXECUTABLE),
                   withDataDir(dir, {QStringLiteral("download"), QString::number(episodeId)}));
    ASSERT_TRUE(download.waitForFinished(20000));
    ASSERT_EQ(download.exitCode(), 0) << download.readAllStandardError().constData();
    QString file;
    {
        Application app{dir.paths()};
        ASSERT_TRUE(app.start());
        file = app.library().episode(episodeId)->localFile;
    }
    ASSERT_TRUE(QFileInfo::exists(file));

    QProcess remove;
    remove.start(QStringLiteral(ONDES_EXECUTABLE),
                 withDataDir(dir, {QStringLiteral("delete-download"), QString::number(episodeId)}));
    ASSERT_TRUE(remove.waitForFinished(10000));
    EXPECT_EQ(remove.exitCode(), 0) << remove.readAllStandardError().constData();
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST(DownloadCommandTest, AutoDownloadLatestQueuesTheNewestUnplayed)
{
    TestDataDir dir;
    TestHttpServer server;
    server.setRoute(QStringLiteral("/a.mp3"), Route::generated(3000, "audio/mpeg"));
    addEpisode(dir, server.url(QStringLiteral("/a.mp3")).toString());
    const auto run = [&dir](const QStringList& arguments, QString* out = nullptr) {
        QProcess process;
        process.start(QStringLiteral(ONDES_EXECUTABLE), withDataDir(dir, arguments));
        EXPECT_TRUE(process.waitForFinished(20000));
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        return process.exitCode();
    };
    QString out;
    EXPECT_EQ(run({QStringLiteral("auto-download"), QStringLiteral("Kill test")}, &out), 0);
    EXPECT_EQ(out, QStringLiteral("off"));
    EXPECT_EQ(run({QStringLiteral("auto-download"), QStringLiteral("Kill test"),
                   QStringLiteral("latest"), QStringLiteral("0")}),
              2);
    EXPECT_EQ(run({QStringLiteral("auto-download"), QStringLiteral("Kill test"),
                   QStringLiteral("latest"), QStringLiteral("2")},
                  &out),
              0);
    EXPECT_TRUE(out.contains(QStringLiteral("1 episode queued"))) << out.toStdString();
    EXPECT_EQ(run({QStringLiteral("auto-download"), QStringLiteral("Kill test")}, &out), 0);
    EXPECT_EQ(out, QStringLiteral("latest 2"));
    EXPECT_EQ(run({QStringLiteral("download")}, &out), 0);
    EXPECT_TRUE(out.startsWith(QStringLiteral("Downloaded Long interview"))) << out.toStdString();
}

} // namespace
} // namespace ondes::test

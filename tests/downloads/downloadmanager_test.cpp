// DownloadManager against the loopback server: the queue, naming, tagging, resume after a
// restart, parallelism, pause/cancel/delete, moving the folder, auto-download and cleanup.

#include "downloads/downloadmanagerfixture.h"
#include "downloads/downloadpolicy.h"
#include "downloads/downloadstore.h"
#include "media/audiofixture.h"
#include "media/audiotags.h"
#include "support/skiporfail.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

namespace ondes::test {
namespace {

TEST_F(DownloadManagerTest, DownloadsNamesTagsAndRecordsTheFile)
{
    if (!haveAudioTools())
        ONDES_SKIP_OR_FAIL("espeak-ng and ffmpeg are needed");
    const QString clip = makeClip(m_dir.path(), QStringLiteral("source"), QStringLiteral("mp3"),
                                  QStringLiteral("Bonjour et bienvenue dans l'émission."));
    ASSERT_FALSE(clip.isEmpty());
    const QList<qint64> ids = addShow(1);
    m_server.serveFile(QStringLiteral("/ep-1"), clip, "audio/mpeg");

    QSignalSpy finished(m_manager.get(), &DownloadManager::downloadFinished);
    m_manager->start();
    ASSERT_EQ(m_manager->enqueue(ids[0]), QString());
    ASSERT_TRUE(waitFor([&] { return finished.size() == 1; }));

    const QString expected = folder() + QStringLiteral("/Radio Test/2023-11-15 - Episode 1.mp3");
    EXPECT_EQ(finished.at(0).at(1).toString(), expected);
    const auto episode = m_library.episode(ids[0]);
    EXPECT_EQ(episode->localFile, expected);
    EXPECT_TRUE(QFileInfo::exists(expected));
    EXPECT_FALSE(QFileInfo::exists(expected + QStringLiteral(".part")));
    EXPECT_FALSE(m_manager->status(ids[0]).has_value());
    EXPECT_GT(episode->durationSeconds, 0); // the exact duration read from the file
    EXPECT_EQ(episode->playableUrl(), QUrl::fromLocalFile(expected).toString());

    const auto info = AudioTags::read(expected);
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->title, QStringLiteral("Episode 1"));
    EXPECT_EQ(info->album, QStringLiteral("Radio Test"));
    EXPECT_EQ(info->artist, QStringLiteral("Nadia Benali"));
    EXPECT_EQ(info->year, 2023);
    EXPECT_EQ(info->comment, QStringLiteral("What episode 1 is about."));
}

TEST_F(DownloadManagerTest, ResumesAPartialFileAfterARestart)
{
    constexpr qint64 size = 400000;
    const QList<qint64> ids = addShow(1);
    Route cut = Route::generated(size);
    cut.etag = "v1";
    cut.cutAfterBytes = size / 2;
    Route whole = Route::generated(size);
    whole.etag = "v1";
    m_server.setRoute(QStringLiteral("/ep-1"), cut);
    m_manager->setWriteTags(false);

    QSignalSpy failed(m_manager.get(), &DownloadManager::downloadFailed);
    m_manager->start();
    ASSERT_EQ(m_manager->enqueue(ids[0]), QString());
    ASSERT_TRUE(waitFor([&] { return failed.size() == 1; }));
    const auto status = m_manager->status(ids[0]);
    ASSERT_TRUE(status.has_value());
    EXPECT_EQ(status->state, DownloadState::Failed);
    EXPECT_FALSE(status->error.isEmpty());
    const QString part = status->targetPath + QStringLiteral(".part");
    EXPECT_EQ(QFileInfo(part).size(), size / 2);

    // A new run (a restart) picks the download up from the library and resumes it.
    m_server.setRoute(QStringLiteral("/ep-1"), whole);
    m_manager = makeManager();
    m_manager->setWriteTags(false);
    QSignalSpy finished(m_manager.get(), &DownloadManager::downloadFinished);
    m_manager->start();
    m_manager->resume(ids[0]);
    ASSERT_TRUE(waitFor([&] { return finished.size() == 1; }));
    const QList<RecordedRequest> requests = m_server.requests(QStringLiteral("/ep-1"));
    ASSERT_GE(requests.size(), 2);
    EXPECT_EQ(requests.last().header("Range"), QByteArray("bytes=200000-"));
    EXPECT_EQ(requests.last().header("If-Range"), QByteArray("\"v1\""));
    EXPECT_EQ(requests.last().status, 206);
    EXPECT_EQ(sha256(readFile(status->targetPath)), sha256(patternBytes(0, size)));
}

TEST_F(DownloadManagerTest, ACrashMidDownloadIsResumedByTheNextRun)
{
    const QList<qint64> ids = addShow(1);
    constexpr qint64 size = 300000;
    Route slow = Route::generated(size);
    slow.etag = "same";
    slow.bytesPerSecond = 200000;
    m_server.setRoute(QStringLiteral("/ep-1"), slow);
    m_manager->setWriteTags(false);
    m_manager->start();
    ASSERT_EQ(m_manager->enqueue(ids[0]), QString());
    ASSERT_TRUE(waitFor([&] {
        const auto s = m_manager->status(ids[0]);
        return s && s->received > 50000;
    }));
    const QString target = m_manager->status(ids[0])->targetPath;
    // The process goes away with the download running: the row still says "running".
    m_manager.reset();
    EXPECT_EQ(DownloadStore(m_database).download(ids[0])->state, DownloadState::Running);

    Route fast = Route::generated(size);
    fast.etag = "same";
    m_server.setRoute(QStringLiteral("/ep-1"), fast);
    m_manager = makeManager();
    m_manager->setWriteTags(false);
    QSignalSpy finished(m_manager.get(), &DownloadManager::downloadFinished);
    m_manager->start(); // no user action: the queue comes back by itself
    ASSERT_TRUE(waitFor([&] { return finished.size() == 1; }));
    const RecordedRequest last = m_server.requests(QStringLiteral("/ep-1")).last();
    EXPECT_TRUE(last.header("Range").startsWith("bytes=")) << last.header("Range").constData();
    EXPECT_NE(last.header("Range"), QByteArray("bytes=0-"));
    EXPECT_EQ(sha256(readFile(target)), sha256(patternBytes(0, size)));
}

TEST_F(DownloadManagerTest, RefusesWhatCannotBeDownloaded)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Hostile");
    ParsedEpisode local;
    local.guid = QStringLiteral("a");
    local.title = QStringLiteral("Local file");
    local.enclosures << Enclosure{QStringLiteral("file:///etc/passwd"),
                                  QStringLiteral("audio/mpeg"), -1};
    ParsedEpisode none;
    none.guid = QStringLiteral("b");
    none.title = QStringLiteral("No audio");
    feed.episodes << local << none;
    const auto result =
        m_library.storeFeed(QStringLiteral("https://hostile.test/feed"), ShowKind::Feed, feed);
    ASSERT_TRUE(result.has_value());
    for (const EpisodeRow& row : m_library.episodes(result->showId)) {
        const QString error = m_manager->enqueue(row.id);
        EXPECT_FALSE(error.isEmpty()) << row.title.toStdString();
        EXPECT_FALSE(m_manager->status(row.id).has_value());
    }
    EXPECT_FALSE(m_manager->enqueue(999999).isEmpty());
    EXPECT_TRUE(m_manager->downloads().isEmpty());
}

TEST_F(DownloadManagerTest, RunsAtMostTheParallelLimit)
{
    const QList<qint64> ids = addShow(4);
    for (int n = 1; n <= 4; ++n) {
        Route slow = Route::generated(60000);
        slow.bytesPerSecond = 100000;
        m_server.setRoute(QStringLiteral("/ep-%1").arg(n), slow);
    }
    m_manager->setWriteTags(false);
    m_manager->setMaxParallel(2);
    int most = 0;
    QObject::connect(m_manager.get(), &DownloadManager::downloadChanged, m_manager.get(),
                     [&] { most = qMax(most, m_manager->runningCount()); });
    QSignalSpy finished(m_manager.get(), &DownloadManager::downloadFinished);
    QSignalSpy idle(m_manager.get(), &DownloadManager::idle);
    m_manager->start();
    for (qint64 id : ids)
        ASSERT_EQ(m_manager->enqueue(id), QString());
    ASSERT_TRUE(waitFor([&] { return finished.size() == 4; }, 20000));
    EXPECT_EQ(most, 2);
    EXPECT_TRUE(waitFor([&] { return idle.size() >= 1; }));
    for (qint64 id : ids)
        EXPECT_TRUE(downloaded(id));
    // Four episodes of one show on one date pattern: four distinct files.
    QSet<QString> files;
    for (qint64 id : ids)
        files.insert(m_library.episode(id)->localFile);
    EXPECT_EQ(files.size(), 4);
}

TEST_F(DownloadManagerTest, PauseKeepsThePartialFileAndCancelDeletesIt)
{
    const QList<qint64> ids = addShow(1);
    Route slow = Route::generated(400000);
    slow.etag = "p";
    slow.bytesPerSecond = 100000;
    m_server.setRoute(QStringLiteral("/ep-1"), slow);
    m_manager->setWriteTags(false);
    m_manager->start();
    ASSERT_EQ(m_manager->enqueue(ids[0]), QString());
    ASSERT_TRUE(waitFor([&] {
        const auto s = m_manager->status(ids[0]);
        return s && s->received > 20000;
    }));
    m_manager->pause(ids[0]);
    auto status = m_manager->status(ids[0]);
    ASSERT_TRUE(status.has_value());
    EXPECT_EQ(status->state, DownloadState::Paused);
    const QString part = status->targetPath + QStringLiteral(".part");
    EXPECT_GT(QFileInfo(part).size(), 20000);
    EXPECT_FALSE(m_manager->isBusy());

    m_manager->cancel(ids[0]);
    EXPECT_FALSE(m_manager->status(ids[0]).has_value());
    EXPECT_FALSE(QFileInfo::exists(part));
    EXPECT_TRUE(m_library.episode(ids[0])->localFile.isEmpty());
}

TEST_F(DownloadManagerTest, AServerErrorIsReportedAndKeptInTheQueue)
{
    const QList<qint64> ids = addShow(1);
    m_server.setRoute(QStringLiteral("/ep-1"), Route::error(404));
    QSignalSpy failed(m_manager.get(), &DownloadManager::downloadFailed);
    m_manager->start();
    ASSERT_EQ(m_manager->enqueue(ids[0]), QString());
    ASSERT_TRUE(waitFor([&] { return failed.size() == 1; }));
    EXPECT_TRUE(failed.at(0).at(1).toString().contains(QStringLiteral("404")))
        << failed.at(0).at(1).toString().toStdString();
    const auto status = m_manager->status(ids[0]);
    ASSERT_TRUE(status.has_value());
    EXPECT_EQ(status->state, DownloadState::Failed);
    EXPECT_TRUE(m_library.episode(ids[0])->localFile.isEmpty());

    // Fixed on the server: retrying finishes it.
    m_server.setRoute(QStringLiteral("/ep-1"), Route::generated(1000));
    m_manager->setWriteTags(false);
    QSignalSpy finished(m_manager.get(), &DownloadManager::downloadFinished);
    m_manager->resume(ids[0]);
    ASSERT_TRUE(waitFor([&] { return finished.size() == 1; }));
    EXPECT_TRUE(downloaded(ids[0]));
}

TEST_F(DownloadManagerTest, DeleteAndMoveTheFolder)
{
    const QList<qint64> ids = addShow(2);
    m_server.setRoute(QStringLiteral("/ep-1"), Route::generated(5000));
    m_server.setRoute(QStringLiteral("/ep-2"), Route::generated(6000));
    m_manager->setWriteTags(false);
    QSignalSpy finished(m_manager.get(), &DownloadManager::downloadFinished);
    // The library says itself when an episode's file changes (nobody else emits its signals).
    QSignalSpy changed(&m_library, &Library::episodeChanged);
    const auto changesOf = [&changed](qint64 id) {
        return std::count_if(changed.cbegin(), changed.cend(),
                             [id](const QList<QVariant>& args) { return args.at(0) == id; });
    };
    m_manager->start();
    m_manager->enqueue(ids[0]);
    m_manager->enqueue(ids[1]);
    ASSERT_TRUE(waitFor([&] { return finished.size() == 2; }));
    EXPECT_GE(changesOf(ids[0]), 1); // the file recorded (and its exact facts read back)

    const QString moved = m_dir.path() + QStringLiteral("/Elsewhere");
    changed.clear();
    EXPECT_EQ(m_manager->moveFolder(moved), QString());
    EXPECT_EQ(changesOf(ids[0]), 1);
    EXPECT_EQ(changesOf(ids[1]), 1);
    EXPECT_EQ(m_manager->folder(), moved);
    for (qint64 id : ids) {
        const QString file = m_library.episode(id)->localFile;
        EXPECT_TRUE(file.startsWith(moved + QLatin1Char('/'))) << file.toStdString();
        EXPECT_TRUE(QFileInfo::exists(file));
    }
    EXPECT_EQ(QFileInfo(m_library.episode(ids[1])->localFile).size(), 6000);
    EXPECT_FALSE(QFileInfo::exists(folder() + QStringLiteral("/Radio Test")));

    const QString file = m_library.episode(ids[0])->localFile;
    QString error;
    changed.clear();
    ASSERT_TRUE(m_manager->deleteDownload(ids[0], &error)) << error.toStdString();
    EXPECT_EQ(changesOf(ids[0]), 1);
    EXPECT_EQ(changesOf(ids[1]), 0);
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_TRUE(m_library.episode(ids[0])->localFile.isEmpty());
    EXPECT_TRUE(m_library.episode(ids[0]).has_value()); // the episode stays
    EXPECT_TRUE(QFileInfo::exists(m_library.episode(ids[1])->localFile));
}

TEST_F(DownloadManagerTest, AutoDownloadFollowsTheShowSetting)
{
    const QList<qint64> ids = addShow(5); // ids[4] is the newest
    const qint64 show = showOf(ids[0]);
    DownloadStore& store = m_manager->store();
    EXPECT_TRUE(store.autoDownloadCandidates(show, 0).isEmpty()); // off by default

    ASSERT_TRUE(store.setAutoDownload(show, AutoDownload::Latest, 2));
    QList<qint64> latest = store.autoDownloadCandidates(show, 0);
    std::sort(latest.begin(), latest.end());
    EXPECT_EQ(latest, (QList<qint64>{ids[3], ids[4]}));
    // A played episode is not among "the latest to listen to".
    m_library.setPlayed(ids[4], true);
    latest = store.autoDownloadCandidates(show, 0);
    std::sort(latest.begin(), latest.end());
    EXPECT_EQ(latest, (QList<qint64>{ids[2], ids[3]}));

    ASSERT_TRUE(store.setAutoDownload(show, AutoDownload::New));
    QSqlQuery q(m_database.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE episodes SET added_at = 100")));
    ASSERT_TRUE(
        q.exec(QStringLiteral("UPDATE episodes SET added_at = 5000 WHERE id = %1").arg(ids[2])));
    EXPECT_EQ(store.autoDownloadCandidates(show, 4000), QList<qint64>{ids[2]});

    m_manager->setWriteTags(false);
    m_server.setRoute(QStringLiteral("/ep-3"), Route::generated(1000));
    QSignalSpy finished(m_manager.get(), &DownloadManager::downloadFinished);
    m_manager->start();
    EXPECT_EQ(DownloadPolicy(*m_manager).autoDownload(show, 4000), 1);
    ASSERT_TRUE(waitFor([&] { return finished.size() == 1; }));
    EXPECT_TRUE(downloaded(ids[2]));
    EXPECT_TRUE(store.autoDownloadCandidates(show, 4000).isEmpty()); // done: not again
}

TEST_F(DownloadManagerTest, CleanupDeletesOnlyOldPlayedDownloadsNobodyKeeps)
{
    const QList<qint64> ids = addShow(5);
    for (int n = 1; n <= 5; ++n)
        m_server.setRoute(QStringLiteral("/ep-%1").arg(n), Route::generated(1000 + n));
    m_manager->setWriteTags(false);
    QSignalSpy finished(m_manager.get(), &DownloadManager::downloadFinished);
    m_manager->start();
    for (qint64 id : ids)
        m_manager->enqueue(id);
    ASSERT_TRUE(waitFor([&] { return finished.size() == 5; }));

    QSqlQuery q(m_database.connection());
    const qint64 old = QDateTime::currentSecsSinceEpoch() - 10 * 86400;
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE episodes SET downloaded_at = %1").arg(old)));
    for (qint64 id : {ids[0], ids[1], ids[2], ids[3]})
        m_library.setPlayed(id, true);
    m_manager->store().setKeep(ids[1], true); // kept by the user
    m_library.setQueue({ids[2]});             // queued to play again
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE episodes SET downloaded_at = %1 WHERE id = %2")
                           .arg(QDateTime::currentSecsSinceEpoch())
                           .arg(ids[3]))); // downloaded today
    // ids[4] is not played.

    const QString first = m_library.episode(ids[0])->localFile;
    EXPECT_EQ(DownloadPolicy(*m_manager).cleanup(0), 0); // 0 days: cleanup is off
    EXPECT_EQ(DownloadPolicy(*m_manager).cleanup(7), 1);
    EXPECT_FALSE(QFileInfo::exists(first));
    EXPECT_TRUE(m_library.episode(ids[0])->localFile.isEmpty());
    for (qint64 id : {ids[1], ids[2], ids[3], ids[4]})
        EXPECT_TRUE(QFileInfo::exists(m_library.episode(id)->localFile)) << id;
}

} // namespace
} // namespace ondes::test

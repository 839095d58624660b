#pragma once

// DownloadManager runs the download queue: a few downloads at a time (a setting), each one a
// DownloadTransfer that resumes where an earlier run stopped. It keeps the queue in the library
// (so a restart or a killed process picks it up again; what may join it, and under which file
// name inside the download folder, is DownloadAdmission's to say), writes the episode's tags into
// the partial file before it becomes the episode's file (an MP3 gets room for them before its
// body, so the audio is never copied or moved), and reads back the exact duration, chapters and
// cover. It also deletes downloads, moves the folder, auto-downloads new episodes and cleans up
// old played ones.

#include "downloads/downloadadmission.h"
#include "downloads/downloadreadback.h"
#include "downloads/downloadstatus.h"
#include "downloads/downloadstore.h"
#include "downloads/downloadtagplan.h"
#include "downloads/downloadtransfer.h"
#include "downloads/runningdownload.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QThreadPool;

namespace ondes {

class Database;
class DownloadTransfer;
class HttpClient;
class Library;
struct AudioTagUpdate;
struct DownloadOutcome;

class DownloadManager : public QObject
{
    Q_OBJECT

public:
    DownloadManager(Database& database, Library& library, HttpClient& http, QThreadPool& workers,
                    QObject* parent = nullptr);
    ~DownloadManager() override;

    void setFolder(const QString& folder) { m_folder = folder; }
    QString folder() const { return m_folder; }
    void setMaxParallel(int downloads);
    void setWriteTags(bool on) { m_tagPlan.setWriteTags(on); }
    // Shorter delays make the tests fast; the defaults suit real servers.
    void setRetryPolicy(int retries, int firstDelayMs, int idleTimeoutMs);

    // Picks up the queue left by an earlier run (a running download that was cut by a crash
    // starts again from its partial file) and starts what fits.
    void start();

    // Queues the episode's download. Returns an error line when it cannot be downloaded
    // (already downloaded, no enclosure, not an http(s) address); empty when queued or when it
    // is in the queue already.
    QString enqueue(qint64 episodeId);
    // Queues many at once (one transaction); a failed or paused one among them is resumed.
    // Returns the error lines of those that cannot be downloaded.
    QStringList enqueue(const QList<qint64>& episodeIds);
    void pause(qint64 episodeId);
    void resume(qint64 episodeId); // also retries a failed download
    void pauseAll();
    void resumeAll();
    // Stops and forgets the download, deleting its partial file.
    void cancel(qint64 episodeId);
    // Deletes the episode's downloaded file (a local folder's files are never deleted).
    bool deleteDownload(qint64 episodeId, QString* error = nullptr);
    // Cancels the downloads of many episodes and deletes their files (the library written in
    // one transaction). Returns the error lines of the files that stay.
    QStringList deleteDownloads(const QList<qint64>& episodeIds);

    QList<DownloadStatus> downloads() const;
    std::optional<DownloadStatus> status(qint64 episodeId) const;
    int runningCount() const { return int(m_running.size()); }
    bool isBusy() const; // something is queued or running

    // Moves every downloaded and partial file into the new folder (keeping the Show/…
    // layout) and remembers it. Stops the running downloads meanwhile. Returns an error line
    // (the files that could not move stay where they were and are still found); empty on success.
    QString moveFolder(const QString& newFolder);

    DownloadStore& store() { return m_store; }

Q_SIGNALS:
    // State, progress or error of one download changed (at most a few times a second).
    void downloadChanged(qint64 episodeId);
    // A download was added to or left the queue.
    void queueChanged();
    void downloadFinished(qint64 episodeId, const QString& path);
    void downloadFailed(qint64 episodeId, const QString& error);
    // Nothing is queued or running any more.
    void idle();
    // A transfer ended (not paused or cancelled): whether a server answered at all.
    void transferEnded(const QUrl& url, bool reachedServer, const QString& error);

private:
    void schedule();
    // The transfer of a running download; null when it does not run.
    const DownloadTransfer* runningTransfer(qint64 episodeId) const;
    void startDownload(const DownloadRow& row);
    void onProgress(qint64 episodeId, qint64 received, qint64 total);
    void onFinished(qint64 episodeId, const DownloadOutcome& outcome);
    void afterDownload(qint64 episodeId, const QString& path);
    void checkIdle();

    Database& m_database;
    Library& m_library;
    HttpClient& m_http;
    QThreadPool& m_workers;
    DownloadStore m_store;
    DownloadAdmission m_admission; // after the store it writes to
    DownloadTagPlan m_tagPlan;
    DownloadReadBack m_readBack; // after the store: it is made from the same database
    QString m_folder;
    int m_maxParallel = 2;
    DownloadRetryPolicy m_retryPolicy;
    bool m_started = false;
    QHash<qint64, RunningDownload*> m_running; // children of this
};

} // namespace ondes

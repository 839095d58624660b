#include "downloads/downloadmanager.h"

#include "downloads/downloadadmission.h"
#include "downloads/downloadfilename.h"
#include "downloads/downloadfoldermove.h"
#include "downloads/downloadreadback.h"
#include "downloads/downloadtagplan.h"
#include "downloads/downloadtransfer.h"
#include "downloads/episodetagger.h"
#include "downloads/runningdownload.h"
#include "library/database.h"
#include "library/library.h"
#include "library/sqltransaction.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QThreadPool>
#include <QUrl>

namespace ondes {

DownloadManager::DownloadManager(Database& database, Library& library, HttpClient& http,
                                 QThreadPool& workers, QObject* parent)
    : QObject(parent), m_database(database), m_library(library), m_http(http), m_workers(workers),
      m_store(database), m_admission(m_store, library), m_tagPlan(database, library),
      m_readBack(database, library, workers)
{
    connect(&m_readBack, &DownloadReadBack::finished, this,
            [this](qint64 episodeId, const QString& path) {
                Q_EMIT downloadFinished(episodeId, path);
                checkIdle();
            });
}

DownloadManager::~DownloadManager()
{
    // Transfers stop with their partial files kept: the next run resumes them.
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        DownloadTransfer& transfer = it.value()->transfer();
        transfer.disconnect(this);
        m_store.setProgress(it.key(), transfer.received(), transfer.total());
        delete it.value();
    }
}

void DownloadManager::setMaxParallel(int downloads)
{
    m_maxParallel = qBound(1, downloads, 8);
    schedule();
}

void DownloadManager::setRetryPolicy(int retries, int firstDelayMs, int idleTimeoutMs)
{
    m_retryPolicy.retries = qMax(0, retries);
    m_retryPolicy.retryDelayMs = qMax(0, firstDelayMs);
    m_retryPolicy.idleTimeoutMs = qMax(100, idleTimeoutMs);
}

void DownloadManager::start()
{
    m_started = true;
    m_store.requeueRunning();
    schedule();
    checkIdle();
}

QString DownloadManager::enqueue(qint64 episodeId)
{
    bool queued = false;
    const QString error = m_admission.admit(episodeId, m_folder, &queued);
    if (queued) {
        Q_EMIT queueChanged();
        Q_EMIT downloadChanged(episodeId);
        schedule();
    }
    return error;
}

QStringList DownloadManager::enqueue(const QList<qint64>& episodeIds)
{
    QStringList problems;
    QList<qint64> queued;
    QList<qint64> stopped; // failed or paused: resumed once the batch is written
    sql::Transaction batch(m_database.connection());
    for (const qint64 id : episodeIds) {
        bool added = false;
        const QString error = m_admission.admit(id, m_folder, &added);
        if (!error.isEmpty()) {
            problems << error;
        } else if (added) {
            queued << id;
        } else if (const std::optional<DownloadRow> row = m_store.download(id);
                   row &&
                   (row->state == DownloadState::Failed || row->state == DownloadState::Paused)) {
            stopped << id;
        }
    }
    if (batch.begun() && !batch.commit()) {
        return {tr("Cannot queue %n download(s): the library could not be written.", nullptr,
                   int(episodeIds.size()))};
    }
    if (!queued.isEmpty())
        Q_EMIT queueChanged();
    for (const qint64 id : std::as_const(queued))
        Q_EMIT downloadChanged(id);
    for (const qint64 id : std::as_const(stopped))
        resume(id);
    schedule();
    return problems;
}

QStringList DownloadManager::deleteDownloads(const QList<qint64>& episodeIds)
{
    QStringList problems;
    sql::Transaction batch(m_database.connection());
    for (const qint64 id : episodeIds) {
        cancel(id);
        QString error;
        if (!deleteDownload(id, &error))
            problems << error;
    }
    if (batch.begun() && !batch.commit())
        problems << tr("The library could not be written.");
    return problems;
}

void DownloadManager::pause(qint64 episodeId)
{
    const auto it = m_running.find(episodeId);
    if (it != m_running.end()) {
        it.value()->transfer().pause(); // finished(Paused) records the state
        return;
    }
    const std::optional<DownloadRow> row = m_store.download(episodeId);
    if (row && row->state == DownloadState::Queued) {
        m_store.setState(episodeId, DownloadState::Paused);
        Q_EMIT downloadChanged(episodeId);
        checkIdle();
    }
}

void DownloadManager::resume(qint64 episodeId)
{
    const std::optional<DownloadRow> row = m_store.download(episodeId);
    if (!row || row->state == DownloadState::Running || m_running.contains(episodeId))
        return;
    m_store.setState(episodeId, DownloadState::Queued);
    Q_EMIT downloadChanged(episodeId);
    schedule();
}

void DownloadManager::pauseAll()
{
    for (const DownloadRow& row : m_store.downloads())
        pause(row.episodeId);
}

void DownloadManager::resumeAll()
{
    for (const DownloadRow& row : m_store.downloads()) {
        if (row.state == DownloadState::Paused || row.state == DownloadState::Failed)
            m_store.setState(row.episodeId, DownloadState::Queued);
    }
    Q_EMIT queueChanged();
    schedule();
}

void DownloadManager::cancel(qint64 episodeId)
{
    const auto it = m_running.find(episodeId);
    if (it != m_running.end()) {
        it.value()
            ->transfer()
            .cancel(); // deletes the partial file; finished(Cancelled) removes the row
        return;
    }
    if (const std::optional<DownloadRow> row = m_store.download(episodeId)) {
        QFile::remove(DownloadFileName::partPath(row->targetPath));
        m_store.remove(episodeId);
        Q_EMIT queueChanged();
        Q_EMIT downloadChanged(episodeId);
        checkIdle();
    }
}

bool DownloadManager::deleteDownload(qint64 episodeId, QString* error)
{
    const std::optional<DownloadSubject> subject = m_store.subject(episodeId);
    if (!subject || subject->localFile.isEmpty())
        return true;
    if (subject->showKind == ShowKind::Folder || subject->showKind == ShowKind::Demo) {
        if (error)
            *error = tr("“%1” is not a download: Ondes does not delete it.").arg(subject->title);
        return false;
    }
    if (QFileInfo::exists(subject->localFile) && !QFile::remove(subject->localFile)) {
        if (error)
            *error = tr("Cannot delete %1.").arg(QDir::toNativeSeparators(subject->localFile));
        return false;
    }
    // An empty show folder goes too; a folder with other files stays.
    QDir().rmdir(QFileInfo(subject->localFile).absolutePath());
    m_library.setLocalFile(episodeId, {});
    Q_EMIT downloadChanged(episodeId);
    return true;
}

QList<DownloadStatus> DownloadManager::downloads() const
{
    QList<DownloadStatus> list;
    for (const DownloadRow& row : m_store.downloads())
        list << DownloadStatus::of(row, runningTransfer(row.episodeId));
    return list;
}

std::optional<DownloadStatus> DownloadManager::status(qint64 episodeId) const
{
    const std::optional<DownloadRow> row = m_store.download(episodeId);
    if (!row)
        return std::nullopt;
    return DownloadStatus::of(*row, runningTransfer(episodeId));
}

const DownloadTransfer* DownloadManager::runningTransfer(qint64 episodeId) const
{
    const auto it = m_running.constFind(episodeId);
    return it != m_running.constEnd() ? &it.value()->transfer() : nullptr;
}

bool DownloadManager::isBusy() const
{
    if (!m_running.isEmpty() || m_readBack.pending() > 0)
        return true;
    for (const DownloadRow& row : m_store.downloads()) {
        if (row.state == DownloadState::Queued)
            return true;
    }
    return false;
}

void DownloadManager::schedule()
{
    if (!m_started)
        return;
    for (const DownloadRow& row : m_store.downloads()) {
        if (m_running.size() >= m_maxParallel)
            break;
        if (row.state == DownloadState::Queued && !m_running.contains(row.episodeId))
            startDownload(row);
    }
}

void DownloadManager::startDownload(const DownloadRow& row)
{
    const qint64 episodeId = row.episodeId;
    // A crash after the rename and before the library was told: the file is complete.
    if (QFileInfo::exists(row.targetPath) &&
        !QFileInfo::exists(DownloadFileName::partPath(row.targetPath))) {
        afterDownload(episodeId, row.targetPath);
        return;
    }
    const std::optional<DownloadSubject> subject = m_store.subject(episodeId);
    if (!subject)
        return;

    auto* running =
        new RunningDownload(row, *subject, m_http, m_tagPlan, m_workers, m_retryPolicy, this);
    m_running.insert(episodeId, running);
    DownloadTransfer* transfer = &running->transfer();
    connect(transfer, &DownloadTransfer::progress, this,
            [this, episodeId](qint64 received, qint64 total) {
                onProgress(episodeId, received, total);
            });
    connect(transfer, &DownloadTransfer::validatorsChanged, this,
            [this, episodeId](const QByteArray& etag, const QString& lastModified) {
                m_store.setValidators(episodeId, etag, lastModified);
            });
    connect(transfer, &DownloadTransfer::finished, this,
            [this, episodeId](const DownloadOutcome& outcome) { onFinished(episodeId, outcome); });
    m_store.setState(episodeId, DownloadState::Running);
    running->start();
    Q_EMIT downloadChanged(episodeId);
}

void DownloadManager::onProgress(qint64 episodeId, qint64 received, qint64 total)
{
    const auto it = m_running.find(episodeId);
    if (it == m_running.end())
        return;
    // The received count in the library only informs the list after a restart: once a second
    // is plenty.
    if (it.value()->progressSaveDue())
        m_store.setProgress(episodeId, received, total);
    Q_EMIT downloadChanged(episodeId);
}

void DownloadManager::onFinished(qint64 episodeId, const DownloadOutcome& outcome)
{
    RunningDownload* running = m_running.take(episodeId);
    DownloadTransfer* transfer = running ? &running->transfer() : nullptr;
    if (transfer && (outcome.status == DownloadOutcome::Status::Done ||
                     outcome.status == DownloadOutcome::Status::Failed))
        Q_EMIT transferEnded(transfer->request().url, outcome.httpStatus != 0, outcome.error);
    if (running)
        running->deleteLater();
    switch (outcome.status) {
    case DownloadOutcome::Status::Done:
        afterDownload(episodeId, outcome.filePath);
        break;
    case DownloadOutcome::Status::Paused:
        if (transfer)
            m_store.setProgress(episodeId, transfer->received(), transfer->total());
        m_store.setState(episodeId, DownloadState::Paused);
        Q_EMIT downloadChanged(episodeId);
        break;
    case DownloadOutcome::Status::Cancelled:
        m_store.remove(episodeId);
        Q_EMIT queueChanged();
        Q_EMIT downloadChanged(episodeId);
        break;
    case DownloadOutcome::Status::Failed:
        if (transfer)
            m_store.setProgress(episodeId, transfer->received(), transfer->total());
        m_store.setState(episodeId, DownloadState::Failed, outcome.error);
        Q_EMIT downloadChanged(episodeId);
        Q_EMIT downloadFailed(episodeId, outcome.error);
        break;
    }
    schedule();
    checkIdle();
}

void DownloadManager::afterDownload(qint64 episodeId, const QString& path)
{
    // The episode has its file from now on; what the file says comes a moment later.
    m_library.setDownloaded(episodeId, path, 0);
    Q_EMIT queueChanged();
    Q_EMIT downloadChanged(episodeId);
    m_readBack.start(episodeId, path);
}

void DownloadManager::checkIdle()
{
    if (m_started && !isBusy())
        Q_EMIT idle();
}

QString DownloadManager::moveFolder(const QString& newFolder)
{
    const QString oldFolder = m_folder;
    if (QDir::cleanPath(oldFolder) == QDir::cleanPath(newFolder))
        return {};
    if (!QDir().mkpath(newFolder))
        return tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(newFolder));
    // Running downloads stop while their partial files move, and go on afterwards.
    QList<qint64> wasRunning = m_running.keys();
    for (RunningDownload* running : std::as_const(m_running)) {
        running->transfer().disconnect(this);
        running->transfer().pause();
        delete running;
    }
    m_running.clear();
    m_folder = newFolder;

    DownloadFolderMove move(m_store, m_library, oldFolder, newFolder);
    move.run();
    const QStringList failures = move.failures();
    for (qint64 id : wasRunning)
        m_store.setState(id, DownloadState::Queued);
    Q_EMIT queueChanged();
    schedule();
    if (failures.isEmpty())
        return {};
    return tr("%n file(s) could not be moved and stay where they were: %1", nullptr,
              int(failures.size()))
        .arg(failures.join(QStringLiteral(", ")));
}

} // namespace ondes

#include "downloads/downloadmanager.h"

#include "downloads/downloadfilename.h"
#include "downloads/downloadtransfer.h"
#include "downloads/episodetagger.h"
#include "library/chaptersource.h"
#include "library/database.h"
#include "library/library.h"
#include "media/id3room.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

namespace ondes {

namespace {

constexpr qint64 kMaxCoverBytes = 8 * 1024 * 1024;
// The body waits this long for the cover, whose size sets the room kept for the tags.
constexpr int kCoverWaitMs = 2000;
// Room kept for a cover that has not arrived when the body starts; at most a sixteenth of the
// file. A larger cover still fits: the audio then moves once.
constexpr qint64 kCoverAllowance = 512 * 1024;
constexpr int kSaveProgressEveryMs = 1000;

QString partPathOf(const QString& targetPath)
{
    return targetPath + QStringLiteral(".part");
}

// Moves a file, across file systems too (copy, then delete the original).
bool moveFile(const QString& from, const QString& to)
{
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return false;
    if (QFile::rename(from, to))
        return true;
    if (!QFile::copy(from, to))
        return false;
    return QFile::remove(from);
}

// The path under newFolder that path had under oldFolder; empty when it was not inside it.
QString movedPath(const QString& path, const QString& oldFolder, const QString& newFolder)
{
    const QString root = QDir::cleanPath(oldFolder) + QLatin1Char('/');
    const QString clean = QDir::cleanPath(path);
    if (!clean.startsWith(root))
        return {};
    return QDir::cleanPath(newFolder) + QLatin1Char('/') + clean.mid(root.size());
}

} // namespace

DownloadManager::DownloadManager(Database& database, Library& library, HttpClient& http,
                                 QThreadPool& workers, QObject* parent)
    : QObject(parent), m_database(database), m_library(library), m_http(http), m_workers(workers),
      m_store(database)
{}

DownloadManager::~DownloadManager()
{
    // Transfers stop with their partial files kept: the next run resumes them.
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        if (it->transfer) {
            it->transfer->disconnect(this);
            m_store.setProgress(it.key(), it->transfer->received(), it->transfer->total());
            delete it->transfer;
        }
        if (it->coverReply)
            it->coverReply->disconnect(this);
    }
}

void DownloadManager::setMaxParallel(int downloads)
{
    m_maxParallel = qBound(1, downloads, 8);
    schedule();
}

void DownloadManager::setRetryPolicy(int retries, int firstDelayMs, int idleTimeoutMs)
{
    m_retries = qMax(0, retries);
    m_retryDelayMs = qMax(0, firstDelayMs);
    m_idleTimeoutMs = qMax(100, idleTimeoutMs);
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
    const QString error = queueOne(episodeId, &queued);
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
    QSqlDatabase db = m_database.connection();
    const bool batch = db.transaction();
    for (const qint64 id : episodeIds) {
        bool added = false;
        const QString error = queueOne(id, &added);
        if (!error.isEmpty()) {
            problems << error;
        } else if (added) {
            queued << id;
        } else if (const std::optional<DownloadRow> row = m_store.download(id);
                   row && (row->state == DownloadState::Failed ||
                           row->state == DownloadState::Paused)) {
            stopped << id;
        }
    }
    if (batch && !db.commit()) {
        db.rollback();
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
    QSqlDatabase db = m_database.connection();
    const bool batch = db.transaction();
    for (const qint64 id : episodeIds) {
        cancel(id);
        QString error;
        if (!deleteDownload(id, &error))
            problems << error;
    }
    if (batch && !db.commit()) {
        db.rollback();
        problems << tr("The library could not be written.");
    }
    return problems;
}

QString DownloadManager::queueOne(qint64 episodeId, bool* queued)
{
    *queued = false;
    const std::optional<DownloadSubject> subject = m_store.subject(episodeId);
    if (!subject)
        return tr("There is no episode %1.").arg(episodeId);
    if (subject->showKind == ShowKind::Folder || subject->showKind == ShowKind::Demo)
        return tr("“%1” is a file on this computer already.").arg(subject->title);
    if (!subject->localFile.isEmpty() && QFileInfo::exists(subject->localFile))
        return tr("“%1” is downloaded already.").arg(subject->title);
    if (subject->enclosureUrl.isEmpty())
        return tr("“%1” has no audio to download.").arg(subject->title);
    const QUrl url(subject->enclosureUrl);
    const QString reason = HttpClient::unsupportedUrlReason(url);
    if (!reason.isEmpty())
        return tr("Cannot download “%1”: %2").arg(subject->title, reason);
    if (m_store.download(episodeId))
        return {};
    if (!subject->localFile.isEmpty()) // the file went away: forget it
        m_store.clearLocalFile(episodeId);
    if (!m_store.enqueue(episodeId, targetPathFor(*subject)))
        return tr("Cannot queue “%1”: the library could not be written.").arg(subject->title);
    *queued = true;
    return {};
}

QString DownloadManager::targetPathFor(const DownloadSubject& subject) const
{
    const QString relative =
        DownloadFileName::relativePath(subject.showTitle, subject.published, subject.title,
                                       subject.enclosureType, QUrl(subject.enclosureUrl));
    // Names already promised to queued downloads count as taken too.
    QSet<QString> taken;
    for (const DownloadRow& row : m_store.downloads())
        taken.insert(QDir::cleanPath(row.targetPath));
    return DownloadFileName::uniquePath(m_folder, relative, [&taken](const QString& path) {
        return taken.contains(QDir::cleanPath(path));
    });
}

void DownloadManager::pause(qint64 episodeId)
{
    const auto it = m_running.find(episodeId);
    if (it != m_running.end() && it->transfer) {
        it->transfer->pause(); // finished(Paused) records the state
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
    if (it != m_running.end() && it->transfer) {
        it->transfer->cancel(); // deletes the partial file; finished(Cancelled) removes the row
        return;
    }
    if (const std::optional<DownloadRow> row = m_store.download(episodeId)) {
        QFile::remove(partPathOf(row->targetPath));
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
    m_store.clearLocalFile(episodeId);
    Q_EMIT m_library.episodeChanged(episodeId);
    Q_EMIT downloadChanged(episodeId);
    return true;
}

QList<DownloadStatus> DownloadManager::downloads() const
{
    QList<DownloadStatus> list;
    for (const DownloadRow& row : m_store.downloads()) {
        if (std::optional<DownloadStatus> s = status(row.episodeId))
            list << *s;
    }
    return list;
}

std::optional<DownloadStatus> DownloadManager::status(qint64 episodeId) const
{
    const std::optional<DownloadRow> row = m_store.download(episodeId);
    if (!row)
        return std::nullopt;
    DownloadStatus s;
    s.episodeId = row->episodeId;
    s.state = row->state;
    s.episodeTitle = row->episodeTitle;
    s.showTitle = row->showTitle;
    s.received = row->received;
    s.total = row->total;
    s.error = row->error;
    s.targetPath = row->targetPath;
    const auto it = m_running.constFind(episodeId);
    if (it != m_running.constEnd() && it->transfer) {
        s.state = DownloadState::Running;
        s.received = it->transfer->received();
        s.total = it->transfer->total();
        s.bytesPerSecond = it->transfer->bytesPerSecond();
        if (s.bytesPerSecond > 0 && s.total > s.received)
            s.etaSeconds = qint64(double(s.total - s.received) / s.bytesPerSecond);
    }
    return s;
}

bool DownloadManager::isBusy() const
{
    if (!m_running.isEmpty() || m_finishing > 0)
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
    if (QFileInfo::exists(row.targetPath) && !QFileInfo::exists(partPathOf(row.targetPath))) {
        afterDownload(episodeId, row.targetPath);
        return;
    }
    const std::optional<DownloadSubject> subject = m_store.subject(episodeId);
    if (!subject)
        return;

    DownloadRequest request;
    request.url = QUrl(row.url);
    request.targetPath = row.targetPath;
    request.etag = row.etag;
    request.lastModified = row.lastModified;
    request.idleTimeoutMs = m_idleTimeoutMs;
    request.retries = m_retries;
    request.retryDelayMs = m_retryDelayMs;
    request.finishPart = [this, episodeId] { return finishJob(episodeId); };
    request.finishPool = &m_workers;
    request.partHeaderSize = [](const QString& partPath) { return Id3Room::sizeIn(partPath); };
    if (m_writeTags) {
        request.partHeader = [this, episodeId](QByteArrayView head, qint64 length) {
            return tagRoom(episodeId, head, length);
        };
    }
    auto* transfer = new DownloadTransfer(m_http.networkAccessManager(), request, this);
    Running& running = m_running[episodeId];
    running.transfer = transfer;
    running.lastSaved.start();
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

    // The cover is fetched first (for a moment at most), to be written into the file before it is
    // renamed.
    const QString imageUrl =
        !subject->imageUrl.isEmpty() ? subject->imageUrl : subject->showImageUrl;
    const QUrl image(imageUrl);
    if (m_writeTags && HttpClient::unsupportedUrlReason(image).isEmpty()) {
        HttpRequestOptions options;
        options.maxBytes = kMaxCoverBytes;
        options.accept = "image/*";
        options.retries = 0;
        HttpReply* reply = m_http.get(image, options);
        running.coverReply = reply;
        running.coverPending = true;
        connect(reply, &HttpReply::finished, this, [this, episodeId](const HttpResult& result) {
            const auto it = m_running.find(episodeId);
            if (it == m_running.end())
                return;
            it->coverPending = false;
            if (result.ok())
                it->cover = result.body;
            if (it->transfer)
                it->transfer->start(); // if it was waiting for the cover
        });
    }

    m_store.setState(episodeId, DownloadState::Running);
    if (running.coverPending) // start() is once: whichever comes first, the cover or the time
        QTimer::singleShot(kCoverWaitMs, transfer, [transfer] { transfer->start(); });
    else
        transfer->start();
    Q_EMIT downloadChanged(episodeId);
}

// What to write is read here, from the library (on this thread).
std::optional<AudioTagUpdate> DownloadManager::episodeTags(qint64 episodeId) const
{
    const std::optional<DownloadSubject> subject = m_store.subject(episodeId);
    if (!subject)
        return std::nullopt;
    QStringList speakers;
    for (const SpeakerRow& speaker : m_library.speakers(episodeId))
        speakers << speaker.name;
    const auto it = m_running.constFind(episodeId);
    const QByteArray cover = it != m_running.constEnd() ? it->cover : QByteArray();
    return EpisodeTagger::tagsFor(*subject, speakers, cover);
}

// The start of a fresh .part: room for the tags when the body is MPEG audio (whose ID3v2 tag
// comes first: its first bytes say so, whatever the server calls it), sized for the tags as they
// would be now. Other formats are tagged in place once complete.
QByteArray DownloadManager::tagRoom(qint64 episodeId, QByteArrayView head, qint64 length) const
{
    const auto it = m_running.constFind(episodeId);
    if (!m_writeTags || it == m_running.constEnd() ||
        AudioFormats::fromContent(head) != AudioFormat::Mp3)
        return {};
    const std::optional<AudioTagUpdate> tags = episodeTags(episodeId);
    if (!tags)
        return {};
    qint64 size = Id3Room::sizeFor(*tags);
    if (it->coverPending)
        size += length > 0 ? qMin(kCoverAllowance, length / 16) : kCoverAllowance;
    return Id3Room::placeholder(size);
}

// The job on the complete .part, run on a worker: the tags, or only settling the room kept for
// them when tagging was turned off meanwhile; none when there is nothing to do.
DownloadRequest::PartJob DownloadManager::finishJob(qint64 episodeId)
{
    const auto it = m_running.constFind(episodeId);
    const QString partPath =
        it != m_running.constEnd() && it->transfer ? it->transfer->partPath() : QString();
    std::optional<AudioTagUpdate> tags = m_writeTags ? episodeTags(episodeId) : std::nullopt;
    if (tags) {
        return [tags = std::move(*tags)](const QString& path) {
            return EpisodeTagger::writePart(path, tags);
        };
    }
    if (partPath.isEmpty() || Id3Room::sizeIn(partPath) <= 0)
        return {};
    return [](const QString& path) { return EpisodeTagger::releaseRoom(path); };
}

void DownloadManager::onProgress(qint64 episodeId, qint64 received, qint64 total)
{
    const auto it = m_running.find(episodeId);
    if (it == m_running.end())
        return;
    // The received count in the library only informs the list after a restart: once a second
    // is plenty.
    if (it->lastSaved.elapsed() >= kSaveProgressEveryMs) {
        m_store.setProgress(episodeId, received, total);
        it->lastSaved.restart();
    }
    Q_EMIT downloadChanged(episodeId);
}

void DownloadManager::onFinished(qint64 episodeId, const DownloadOutcome& outcome)
{
    Running running = m_running.take(episodeId);
    if (running.transfer && (outcome.status == DownloadOutcome::Status::Done ||
                             outcome.status == DownloadOutcome::Status::Failed))
        Q_EMIT transferEnded(running.transfer->request().url, outcome.httpStatus != 0,
                             outcome.error);
    if (running.coverReply)
        running.coverReply->abort();
    if (running.transfer)
        running.transfer->deleteLater();
    switch (outcome.status) {
    case DownloadOutcome::Status::Done:
        afterDownload(episodeId, outcome.filePath);
        break;
    case DownloadOutcome::Status::Paused:
        if (running.transfer)
            m_store.setProgress(episodeId, running.transfer->received(), running.transfer->total());
        m_store.setState(episodeId, DownloadState::Paused);
        Q_EMIT downloadChanged(episodeId);
        break;
    case DownloadOutcome::Status::Cancelled:
        m_store.remove(episodeId);
        Q_EMIT queueChanged();
        Q_EMIT downloadChanged(episodeId);
        break;
    case DownloadOutcome::Status::Failed:
        if (running.transfer)
            m_store.setProgress(episodeId, running.transfer->received(), running.transfer->total());
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
    m_store.finish(episodeId, path, 0);
    Q_EMIT m_library.episodeChanged(episodeId);
    Q_EMIT queueChanged();
    Q_EMIT downloadChanged(episodeId);
    ++m_finishing;
    QPointer<DownloadManager> self(this);
    m_workers.start([self, episodeId, path] {
        const EpisodeFileFacts facts = EpisodeTagger::read(path);
        QMetaObject::invokeMethod(
            qApp,
            [self, episodeId, path, facts] {
                if (!self)
                    return;
                --self->m_finishing;
                self->storeFileFacts(episodeId, path, facts.durationMs, facts.chapters,
                                     facts.coverData, facts.coverMimeType);
                Q_EMIT self->downloadFinished(episodeId, path);
                self->checkIdle();
            },
            Qt::QueuedConnection);
    });
}

void DownloadManager::storeFileFacts(qint64 episodeId, const QString& path, qint64 durationMs,
                                     const QList<Chapter>& chapters, const QByteArray& cover,
                                     const QString& coverMimeType)
{
    if (durationMs > 0)
        m_store.finish(episodeId, path, (durationMs + 500) / 1000);
    if (!chapters.isEmpty())
        m_library.storeChapters(episodeId, ChapterSource::Embedded, chapters);
    // Artwork the feed did not give: the file's own cover, kept beside it.
    const std::optional<DownloadSubject> subject = m_store.subject(episodeId);
    if (subject && subject->imageUrl.isEmpty() && !cover.isEmpty()) {
        const QString suffix = coverMimeType == QLatin1String("image/png") ? QStringLiteral("png")
                                                                           : QStringLiteral("jpg");
        const QString coverPath = path + QStringLiteral(".cover.") + suffix;
        QFile file(coverPath);
        if (file.open(QIODevice::WriteOnly) && file.write(cover) == cover.size() && file.flush())
            m_store.setEpisodeImage(episodeId, QUrl::fromLocalFile(coverPath).toString());
    }
    Q_EMIT m_library.episodeChanged(episodeId);
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
    for (qint64 id : wasRunning) {
        if (m_running[id].transfer) {
            m_running[id].transfer->disconnect(this);
            m_running[id].transfer->pause();
            delete m_running[id].transfer;
        }
    }
    m_running.clear();
    m_folder = newFolder;

    QStringList failures;
    for (const DownloadedFile& file : m_store.downloadedFiles()) {
        const QString to = movedPath(file.path, oldFolder, newFolder);
        if (to.isEmpty() || !QFileInfo::exists(file.path))
            continue;
        if (moveFile(file.path, to)) {
            m_store.setLocalFile(file.episodeId, to);
            Q_EMIT m_library.episodeChanged(file.episodeId);
        } else
            failures << QDir::toNativeSeparators(file.path);
    }
    for (const DownloadRow& row : m_store.downloads()) {
        const QString to = movedPath(row.targetPath, oldFolder, newFolder);
        if (to.isEmpty())
            continue;
        const QString part = partPathOf(row.targetPath);
        if (QFileInfo::exists(part) && !moveFile(part, partPathOf(to))) {
            failures << QDir::toNativeSeparators(part);
            continue;
        }
        m_store.setTargetPath(row.episodeId, to);
    }
    // Show folders left empty go.
    QDir old(oldFolder);
    for (const QString& sub : old.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        old.rmdir(sub);
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

int DownloadManager::autoDownload(qint64 showId, qint64 addedSince)
{
    int queued = 0;
    for (qint64 episodeId : m_store.autoDownloadCandidates(showId, addedSince)) {
        if (enqueue(episodeId).isEmpty())
            ++queued;
    }
    return queued;
}

int DownloadManager::cleanup(int days)
{
    if (days <= 0)
        return 0;
    const qint64 before = QDateTime::currentSecsSinceEpoch() - qint64(days) * 24 * 3600;
    int deleted = 0;
    for (const DownloadedFile& file : m_store.cleanupCandidates(before)) {
        if (deleteDownload(file.episodeId))
            ++deleted;
    }
    return deleted;
}

} // namespace ondes

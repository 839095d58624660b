#pragma once

// DownloadStore is the SQL behind downloads: the queue of downloads waiting, running or stopped
// (table downloads), the downloaded files of episodes (episodes.local_file), auto-download per
// show and what cleanup may delete. DownloadManager drives it; nothing here touches the network
// or the files.

#include "library/downloadstate.h"
#include "library/showkind.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ondes {

class Database;

struct DownloadRow
{
    qint64 episodeId = 0;
    qint64 showId = 0;
    DownloadState state = DownloadState::Queued;
    QString targetPath;
    qint64 received = 0;
    qint64 total = -1;
    QByteArray etag;
    QString lastModified;
    QString error;
    QString episodeTitle;
    QString showTitle;
    QString url;
};

// What a downloaded episode needs for naming and tagging.
struct DownloadSubject
{
    qint64 episodeId = 0;
    qint64 showId = 0;
    QString showTitle;
    QString showAuthor;
    QString showImageUrl;
    QString title;
    QString description;
    QString author;
    QString imageUrl;
    qint64 published = 0;
    QString enclosureUrl;
    QString enclosureType;
    qint64 enclosureSize = -1;
    QString localFile;
    ShowKind showKind = ShowKind::Feed;
};

enum class AutoDownload { Off, New, Latest };

struct DownloadedFile
{
    qint64 episodeId = 0;
    QString path;
};

class DownloadStore
{
public:
    explicit DownloadStore(Database& database);

    std::optional<DownloadSubject> subject(qint64 episodeId) const;

    // The downloads in queue order.
    QList<DownloadRow> downloads() const;
    std::optional<DownloadRow> download(qint64 episodeId) const;
    // Appends the episode to the queue (state queued); false when it is there already.
    bool enqueue(qint64 episodeId, const QString& targetPath);
    bool setState(qint64 episodeId, DownloadState state, const QString& error = {});
    bool setProgress(qint64 episodeId, qint64 received, qint64 total);
    bool setValidators(qint64 episodeId, const QByteArray& etag, const QString& lastModified);
    bool setTargetPath(qint64 episodeId, const QString& targetPath);
    bool remove(qint64 episodeId);
    // Puts every running download back to queued (after a crash or at start).
    bool requeueRunning();

    // Every episode with a file, for moving the folder.
    QList<DownloadedFile> downloadedFiles() const;

    bool setKeep(qint64 episodeId, bool keep);
    bool keep(qint64 episodeId) const;

    AutoDownload autoDownload(qint64 showId, int* keepLatest = nullptr) const;
    bool setAutoDownload(qint64 showId, AutoDownload mode, int keepLatest = 0);
    // Episodes auto-download should fetch now: for New, unplayed episodes added since
    // `addedSince` (Unix seconds); for Latest, the newest keepLatest unplayed episodes. Those
    // downloaded or in the queue already are left out.
    QList<qint64> autoDownloadCandidates(qint64 showId, qint64 addedSince) const;

    // Played downloads older than `downloadedBefore` (Unix seconds) that are not kept, queued to
    // play or in progress.
    QList<DownloadedFile> cleanupCandidates(qint64 downloadedBefore) const;

private:
    Database& m_database;
};

QString autoDownloadName(AutoDownload mode);
AutoDownload autoDownloadFromName(const QString& name);

} // namespace ondes

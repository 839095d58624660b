#pragma once

// DownloadReadBack reads a finished download's file on a worker thread — its exact duration,
// embedded chapters and cover — and stores what it found: the duration on the episode, the
// chapters as the embedded ones, the cover beside the file when the feed gave no artwork.

#include "downloads/downloadstore.h"

#include <QList>
#include <QObject>
#include <QString>

class QThreadPool;

namespace ondes {

class Database;
class Library;
struct Chapter;

class DownloadReadBack : public QObject
{
    Q_OBJECT
public:
    DownloadReadBack(Database& database, Library& library, QThreadPool& workers,
                     QObject* parent = nullptr);

    void start(qint64 episodeId, const QString& path);
    // Files being read now.
    int pending() const { return m_pending; }

Q_SIGNALS:
    // What the file says is stored.
    void finished(qint64 episodeId, const QString& path);

private:
    void store(qint64 episodeId, const QString& path, qint64 durationMs,
               const QList<Chapter>& chapters, const QByteArray& cover,
               const QString& coverMimeType);

    DownloadStore m_store;
    Library& m_library;
    QThreadPool& m_workers;
    int m_pending = 0;
};

} // namespace ondes

#pragma once

// FolderShows makes local folders of audio files into shows: each file is an episode, described
// by its tags (title, artist, album, date, comment, duration, chapters) or its file name. The
// show is kept in step with the folder: rescanned on request and, while watching, whenever a file
// in it changes. Files that disappear take their episodes with them, except an episode the
// listener is in the middle of or has queued (as for feeds).

#include "feed/feedtypes.h"
#include "media/localfolderscan.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

class QThreadPool;

namespace ondes {

class Library;

class FolderShows : public QObject
{
    Q_OBJECT
public:
    FolderShows(Library& library, QThreadPool& workers, QObject* parent = nullptr);

    // Adds folder as a show (or rescans it when it is one already) and scans it in the
    // background; scanned() or failed() follows.
    void add(const QString& folder);
    void rescan(qint64 showId);
    void rescanAll();
    // Rescans a folder show a moment after something in its folder changed.
    void setWatching(bool on);
    void setRescanDelay(int ms) { m_debounce.setInterval(ms); }
    bool isScanning() const { return !m_scanning.isEmpty(); }

    // The show for a folder: what a scan of it stores. The feed address is the folder's file
    // URL; episodes are keyed by their path inside the folder.
    static ParsedFeed feedFor(const QString& folder, const QList<LocalAudioFile>& files);
    static QString showUrl(const QString& folder);

Q_SIGNALS:
    void scanned(qint64 showId, int added, int removed);
    void failed(const QString& folder, const QString& error);

private:
    void scan(const QString& folder);
    void onScanned(const QString& folder, const QList<LocalAudioFile>& files);
    void updateWatcher();
    void onChanged(const QString& path);

    Library& m_library;
    QThreadPool& m_workers;
    QHash<QString, QList<LocalAudioFile>> m_previous; // folder -> last scan
    QSet<QString> m_scanning;
    QSet<QString> m_rescanWanted; // changed while being scanned
    QFileSystemWatcher* m_watcher = nullptr;
    QSet<QString> m_changed;
    QTimer m_debounce;
};

} // namespace ondes

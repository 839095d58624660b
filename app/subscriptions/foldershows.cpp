#include "subscriptions/foldershows.h"

#include "library/library.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>
#include <QThreadPool>
#include <QUrl>

namespace ondes {

namespace {

// Pictures a folder commonly holds as its cover, by preference.
const char* const kCoverNames[] = {"cover", "folder", "front", "album", "artwork"};

QString coverImage(const QString& folder)
{
    const QDir dir(folder);
    const QStringList images =
        dir.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png")},
                      QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    for (const char* name : kCoverNames) {
        for (const QString& image : images) {
            if (QFileInfo(image).completeBaseName().compare(QLatin1String(name),
                                                            Qt::CaseInsensitive) == 0)
                return QUrl::fromLocalFile(dir.absoluteFilePath(image)).toString();
        }
    }
    return {};
}

QString mimeTypeOf(AudioFormat format)
{
    switch (format) {
    case AudioFormat::Mp3:
        return QStringLiteral("audio/mpeg");
    case AudioFormat::OggVorbis:
        return QStringLiteral("audio/ogg");
    case AudioFormat::Opus:
        return QStringLiteral("audio/ogg; codecs=opus");
    case AudioFormat::Mp4:
        return QStringLiteral("audio/mp4");
    case AudioFormat::Flac:
        return QStringLiteral("audio/flac");
    case AudioFormat::Unknown:
        break;
    }
    return QStringLiteral("application/octet-stream");
}

QString canonicalFolder(const QString& folder)
{
    const QFileInfo info(folder);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

FolderShows::FolderShows(Library& library, QThreadPool& workers, QObject* parent)
    : QObject(parent), m_library(library), m_workers(workers)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(1500);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        const QSet<QString> changed = std::exchange(m_changed, {});
        for (const QString& folder : changed)
            scan(folder);
    });
}

QString FolderShows::showUrl(const QString& folder)
{
    return QUrl::fromLocalFile(folder).toString();
}

ParsedFeed FolderShows::feedFor(const QString& folder, const QList<LocalAudioFile>& files)
{
    ParsedFeed feed;
    feed.title = QFileInfo(folder).fileName();
    feed.link = showUrl(folder);
    feed.imageUrl = coverImage(folder);
    QHash<QString, int> albums;
    QHash<QString, int> artists;
    for (const LocalAudioFile& file : files) {
        ParsedEpisode episode;
        episode.guid = file.relativePath;
        episode.title = file.title;
        episode.description = Utf8Text::fromString(file.info.comment);
        episode.author = file.info.artist;
        episode.published = file.date.isValid() ? file.date.toSecsSinceEpoch() : 0;
        episode.durationSeconds = (file.info.durationMs + 500) / 1000;
        episode.chapters = file.info.chapters;
        episode.enclosures << Enclosure{QUrl::fromLocalFile(file.path).toString(),
                                        mimeTypeOf(file.info.format), file.size};
        feed.episodes << episode;
        if (!file.info.album.trimmed().isEmpty())
            ++albums[file.info.album.trimmed()];
        if (!file.info.artist.trimmed().isEmpty())
            ++artists[file.info.artist.trimmed()];
    }
    // Newest first, as feeds list them; files without a date keep their folder order.
    std::stable_sort(
        feed.episodes.begin(), feed.episodes.end(),
        [](const ParsedEpisode& a, const ParsedEpisode& b) { return a.published > b.published; });
    // A folder whose files agree on an album is that album's show.
    const auto mostCommon = [](const QHash<QString, int>& counts) {
        QString best;
        int bestCount = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
                best = it.key();
                bestCount = it.value();
            }
        }
        return best;
    };
    if (const QString album = mostCommon(albums);
        !album.isEmpty() && albums.value(album) * 2 > files.size())
        feed.title = album;
    feed.author = mostCommon(artists);
    if (feed.title.isEmpty())
        feed.title = QDir::toNativeSeparators(folder);
    return feed;
}

void FolderShows::add(const QString& folder)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        Q_EMIT failed(folder, tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    if (!info.isReadable()) {
        Q_EMIT failed(folder,
                      tr("Cannot read the folder %1.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    scan(canonicalFolder(folder));
}

void FolderShows::rescan(qint64 showId)
{
    const std::optional<ShowRow> show = m_library.show(showId);
    if (!show || show->kind != ShowKind::Folder)
        return;
    scan(QUrl(show->feedUrl).toLocalFile());
}

void FolderShows::rescanAll()
{
    for (const ShowRow& show : m_library.shows()) {
        if (show.kind == ShowKind::Folder)
            scan(QUrl(show.feedUrl).toLocalFile());
    }
}

void FolderShows::scan(const QString& folder)
{
    if (m_scanning.contains(folder)) {
        m_rescanWanted.insert(folder);
        return;
    }
    m_scanning.insert(folder);
    const QList<LocalAudioFile> previous = m_previous.value(folder);
    auto* watcher = new QFutureWatcher<QList<LocalAudioFile>>(this);
    connect(watcher, &QFutureWatcher<QList<LocalAudioFile>>::finished, this,
            [this, watcher, folder] {
                watcher->deleteLater();
                onScanned(folder, watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(
        &m_workers, [folder, previous] { return LocalFolderScan::scan(folder, previous); }));
}

void FolderShows::onScanned(const QString& folder, const QList<LocalAudioFile>& files)
{
    m_scanning.remove(folder);
    if (!QFileInfo(folder).isDir()) {
        Q_EMIT failed(folder, tr("The folder %1 is gone; its show keeps what it had.")
                                  .arg(QDir::toNativeSeparators(folder)));
    } else {
        m_previous.insert(folder, files);
        QString error;
        const std::optional<MergeResult> result =
            m_library.storeFeed(showUrl(folder), ShowKind::Folder, feedFor(folder, files), &error);
        if (result)
            Q_EMIT scanned(result->showId, result->added, result->removed);
        else
            Q_EMIT failed(folder, error);
    }
    updateWatcher();
    if (m_rescanWanted.remove(folder))
        scan(folder);
}

void FolderShows::setWatching(bool on)
{
    if (on == (m_watcher != nullptr))
        return;
    if (!on) {
        delete m_watcher;
        m_watcher = nullptr;
        return;
    }
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FolderShows::onChanged);
    updateWatcher();
}

void FolderShows::updateWatcher()
{
    if (!m_watcher)
        return;
    // Each folder show's folder and its subfolders (inotify watches folders, not trees).
    QStringList wanted;
    for (const ShowRow& show : m_library.shows()) {
        if (show.kind != ShowKind::Folder)
            continue;
        const QString folder = QUrl(show.feedUrl).toLocalFile();
        if (!QFileInfo(folder).isDir())
            continue;
        wanted << folder;
        QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext() && wanted.size() < 2000)
            wanted << it.next();
    }
    const QStringList watched = m_watcher->directories();
    const QSet<QString> wantedSet(wanted.cbegin(), wanted.cend());
    QStringList stale;
    for (const QString& dir : watched) {
        if (!wantedSet.contains(dir))
            stale << dir;
    }
    if (!stale.isEmpty())
        m_watcher->removePaths(stale);
    QStringList fresh;
    for (const QString& dir : wanted) {
        if (!watched.contains(dir))
            fresh << dir;
    }
    if (!fresh.isEmpty())
        m_watcher->addPaths(fresh);
}

void FolderShows::onChanged(const QString& path)
{
    for (const ShowRow& show : m_library.shows()) {
        if (show.kind != ShowKind::Folder)
            continue;
        const QString folder = QUrl(show.feedUrl).toLocalFile();
        if (path == folder || path.startsWith(folder + QLatin1Char('/')))
            m_changed.insert(folder);
    }
    if (!m_changed.isEmpty())
        m_debounce.start();
}

} // namespace ondes

#include "downloads/downloadfoldermove.h"

#include "downloads/downloadfilename.h"
#include "downloads/downloadstore.h"
#include "library/library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ondes {

DownloadFolderMove::DownloadFolderMove(DownloadStore& store, Library& library, QString from,
                                       QString to)
    : m_store(store), m_library(library), m_from(std::move(from)), m_to(std::move(to))
{}

QString DownloadFolderMove::movedPath(const QString& path, const QString& from, const QString& to)
{
    const QString root = QDir::cleanPath(from) + QLatin1Char('/');
    const QString clean = QDir::cleanPath(path);
    if (!clean.startsWith(root))
        return {};
    return QDir::cleanPath(to) + QLatin1Char('/') + clean.mid(root.size());
}

bool DownloadFolderMove::moveFile(const QString& from, const QString& to)
{
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return false;
    if (QFile::rename(from, to))
        return true;
    if (!QFile::copy(from, to))
        return false;
    return QFile::remove(from);
}

bool DownloadFolderMove::run()
{
    for (const DownloadedFile& file : m_store.downloadedFiles()) {
        const QString to = movedPath(file.path, m_from, m_to);
        if (to.isEmpty() || !QFileInfo::exists(file.path))
            continue;
        if (moveFile(file.path, to)) {
            m_library.setLocalFile(file.episodeId, to);
        } else {
            m_failures << QDir::toNativeSeparators(file.path);
        }
    }
    for (const DownloadRow& row : m_store.downloads()) {
        const QString to = movedPath(row.targetPath, m_from, m_to);
        if (to.isEmpty())
            continue;
        const QString part = DownloadFileName::partPath(row.targetPath);
        if (QFileInfo::exists(part) && !moveFile(part, DownloadFileName::partPath(to))) {
            m_failures << QDir::toNativeSeparators(part);
            continue;
        }
        m_store.setTargetPath(row.episodeId, to);
    }
    // Show folders left empty go.
    QDir old(m_from);
    for (const QString& sub : old.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        old.rmdir(sub);
    return m_failures.isEmpty();
}

} // namespace ondes

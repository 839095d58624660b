#pragma once

// DownloadFolderMove moves what the download folder holds to a new folder: the downloaded
// episodes' files (their library paths follow) and the partial files of the downloads in the
// list (their target paths follow). A file that cannot be moved stays where it was, still known
// to the library, and is named in failures(). Show folders left empty are removed.

#include <QList>
#include <QString>
#include <QStringList>

namespace ondes {

class DownloadStore;
class Library;

class DownloadFolderMove
{
public:
    DownloadFolderMove(DownloadStore& store, Library& library, QString from, QString to);

    // Moves every file; false when some stayed (failures() names them).
    bool run();
    QStringList failures() const { return m_failures; }

    // The path under `to` that path had under `from`; empty when it was not inside it.
    static QString movedPath(const QString& path, const QString& from, const QString& to);
    // Moves a file, across file systems too (copy, then delete the original).
    static bool moveFile(const QString& from, const QString& to);

private:
    DownloadStore& m_store;
    Library& m_library;
    QString m_from;
    QString m_to;
    QStringList m_failures;
};

} // namespace ondes

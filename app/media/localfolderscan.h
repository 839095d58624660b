#pragma once

// Lists the audio files of a folder and its subfolders with their tags, for "local folders as
// shows": each file becomes an episode. Pure file reading; run it off the GUI thread.

#include "media/audiotags.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ondes {

struct LocalAudioFile
{
    QString path;         // absolute
    QString relativePath; // to the scanned folder, '/'-separated; the stable key of the episode
    qint64 size = 0;
    QDateTime modified; // UTC
    QString title;      // the tag's title, else the file name without its extension
    // The tag's full date, else the file's modification time when its year agrees with the tag's
    // year (or the tag has none), else 1 January of the tag's year. UTC.
    QDateTime date;
    AudioFileInfo info; // format Unknown and empty when the file could not be read
    bool readable = false;
};

class LocalFolderScan
{
public:
    // Files sorted by relativePath (numbers in names compare as numbers: "2" before "10").
    // Hidden files and folders are skipped; symbolic links to folders are not followed, so a
    // link loop cannot trap the scan. `previous` (an earlier result) spares re-reading files
    // whose size and modification time have not changed.
    static QList<LocalAudioFile> scan(const QString& folder,
                                      const QList<LocalAudioFile>& previous = {});

    // Guards against scanning a home directory full of music by mistake.
    static constexpr int maxFiles = 20000;
};

} // namespace ondes

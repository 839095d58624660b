#include "media/localfolderscan.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

namespace ondes {

namespace {

QDateTime dateOf(const LocalAudioFile& file)
{
    if (file.info.date.isValid())
        return file.info.date.startOfDay(Qt::UTC);
    const int year = file.info.year;
    if (year <= 0 || file.modified.date().year() == year)
        return file.modified;
    return QDate(year, 1, 1).startOfDay(Qt::UTC);
}

// "Episode 2" before "Episode 10", case ignored; the same in every locale, so the order of a
// show's episodes does not change with the user's language.
int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && a[endA].isDigit())
                ++endA;
            while (endB < b.size() && b[endB].isDigit())
                ++endB;
            QStringView numberA = a.sliced(i, endA - i);
            QStringView numberB = b.sliced(j, endB - j);
            while (numberA.size() > 1 && numberA.front() == QLatin1Char('0'))
                numberA = numberA.sliced(1);
            while (numberB.size() > 1 && numberB.front() == QLatin1Char('0'))
                numberB = numberB.sliced(1);
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size() ? -1 : 1;
            if (const int order = numberA.compare(numberB); order != 0)
                return order;
            i = endA;
            j = endB;
            continue;
        }
        const QChar ca = a[i].toCaseFolded();
        const QChar cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    return (i < a.size()) - (j < b.size());
}

} // namespace

QList<LocalAudioFile> LocalFolderScan::scan(const QString& folder,
                                            const QList<LocalAudioFile>& previous)
{
    const QDir root(folder);
    if (!root.exists())
        return {};
    QHash<QString, const LocalAudioFile*> known;
    for (const LocalAudioFile& file : previous)
        known.insert(file.path, &file);

    QList<LocalAudioFile> files;
    QDirIterator it(root.absolutePath(), QDir::Files | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = root.relativeFilePath(path);
        if (relative.startsWith(QLatin1Char('.')) || relative.contains(QLatin1StringView("/.")))
            continue;
        if (!AudioFormats::isAudioFileName(info.fileName()))
            continue;
        if (files.size() >= maxFiles) {
            qCWarning(lcMedia) << "stopped scanning" << folder << "after" << maxFiles << "files";
            break;
        }
        LocalAudioFile file;
        file.path = info.absoluteFilePath();
        file.relativePath = relative;
        file.size = info.size();
        file.modified = info.lastModified().toUTC();
        const LocalAudioFile* old = known.value(file.path);
        if (old && old->size == file.size && old->modified == file.modified) {
            file.info = old->info;
            file.readable = old->readable;
        } else if (std::optional<AudioFileInfo> tags = AudioTags::read(file.path)) {
            file.info = std::move(*tags);
            file.readable = true;
        }
        file.title = file.info.title.isEmpty() ? info.completeBaseName() : file.info.title;
        file.date = dateOf(file);
        files.append(std::move(file));
    }

    std::sort(files.begin(), files.end(), [](const LocalAudioFile& a, const LocalAudioFile& b) {
        const int order = naturalCompare(a.relativePath, b.relativePath);
        return order != 0 ? order < 0 : a.relativePath < b.relativePath;
    });
    return files;
}

} // namespace ondes

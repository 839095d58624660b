#include "downloads/downloadreadback.h"

#include "downloads/episodetagger.h"
#include "library/chaptersource.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

namespace ondes {

DownloadReadBack::DownloadReadBack(Database& database, Library& library, QThreadPool& workers,
                                   QObject* parent)
    : QObject(parent), m_store(database), m_library(library), m_workers(workers)
{}

void DownloadReadBack::start(qint64 episodeId, const QString& path)
{
    ++m_pending;
    QPointer<DownloadReadBack> self(this);
    m_workers.start([self, episodeId, path] {
        const EpisodeFileFacts facts = EpisodeTagger::read(path);
        QMetaObject::invokeMethod(
            qApp,
            [self, episodeId, path, facts] {
                if (!self)
                    return;
                --self->m_pending;
                self->store(episodeId, path, facts.durationMs, facts.chapters, facts.coverData,
                            facts.coverMimeType);
                Q_EMIT self->finished(episodeId, path);
            },
            Qt::QueuedConnection);
    });
}

void DownloadReadBack::store(qint64 episodeId, const QString& path, qint64 durationMs,
                             const QList<Chapter>& chapters, const QByteArray& cover,
                             const QString& coverMimeType)
{
    if (durationMs > 0)
        m_library.setDownloaded(episodeId, path, (durationMs + 500) / 1000);
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
            m_library.setEpisodeImage(episodeId, QUrl::fromLocalFile(coverPath).toString());
    }
}

} // namespace ondes

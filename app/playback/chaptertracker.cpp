#include "playback/chaptertracker.h"

#include "library/library.h"
#include "media/audiotags.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent>

namespace ondes {

Q_DECLARE_LOGGING_CATEGORY(lcPlayback)

ChapterTracker::ChapterTracker(Library& library, QObject* parent)
    : QObject(parent), m_library(library)
{}

ChapterTracker::~ChapterTracker() = default;

void ChapterTracker::load(qint64 episodeId, const QString& localPath)
{
    ++m_generation;
    m_episodeId = episodeId;
    m_positionMs = 0;
    m_list.clear();
    m_list.setChapters(ChapterSource::Psc, m_library.chapters(episodeId, ChapterSource::Psc));
    m_list.setChapters(ChapterSource::Json, m_library.chapters(episodeId, ChapterSource::Json));
    Q_EMIT chaptersChanged();
    updateCurrent();
    if (!localPath.isEmpty())
        readEmbedded(localPath);
}

void ChapterTracker::readEmbedded(const QString& localPath)
{
    // TagLib reads the whole tag (covers included) from disk: keep it off the GUI thread.
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<QList<Chapter>>(this);
    connect(watcher, &QFutureWatcher<QList<Chapter>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const QList<Chapter> embedded = watcher->result();
        if (embedded.isEmpty())
            return;
        qCDebug(lcPlayback) << "embedded chapters:" << embedded.size();
        m_list.setChapters(ChapterSource::Embedded, embedded);
        Q_EMIT chaptersChanged();
        updateCurrent();
    });
    watcher->setFuture(QtConcurrent::run([localPath] {
        const auto info = AudioTags::read(localPath);
        return info ? info->chapters : QList<Chapter>{};
    }));
}

void ChapterTracker::reload()
{
    if (!m_episodeId)
        return;
    m_list.setChapters(ChapterSource::Psc, m_library.chapters(m_episodeId, ChapterSource::Psc));
    m_list.setChapters(ChapterSource::Json, m_library.chapters(m_episodeId, ChapterSource::Json));
    Q_EMIT chaptersChanged();
    // The same index may now be another chapter: always tell.
    m_current = m_list.indexAt(m_positionMs);
    Q_EMIT currentChapterChanged(m_current);
}

void ChapterTracker::setPosition(qint64 positionMs)
{
    m_positionMs = positionMs;
    updateCurrent();
}

void ChapterTracker::updateCurrent()
{
    const int index = m_list.indexAt(m_positionMs);
    if (index == m_current)
        return;
    m_current = index;
    Q_EMIT currentChapterChanged(index);
}

} // namespace ondes

#include "playback/playqueue.h"

#include "library/library.h"
#include "playback/player.h"

#include <QLoggingCategory>
#include <QSet>

namespace ondes {

Q_DECLARE_LOGGING_CATEGORY(lcPlayback)

PlayQueue::PlayQueue(Library& library, Player& player, QObject* parent)
    : QObject(parent), m_library(library), m_player(player), m_ids(library.queue()),
      m_current(player.currentEpisode())
{
    connect(&m_player, &Player::currentEpisodeChanged, this, &PlayQueue::onEpisodeChanged);
    // Episodes deleted with their show leave the queue through ON DELETE CASCADE.
    connect(&m_library, &Library::queueChanged, this, [this] {
        if (!m_storing)
            reload();
    });
    connect(&m_library, &Library::showsChanged, this, &PlayQueue::reload);
}

void PlayQueue::reload()
{
    const QList<qint64> ids = m_library.queue();
    if (ids == m_ids)
        return;
    m_ids = ids;
    Q_EMIT changed();
}

bool PlayQueue::store(const QList<qint64>& ids)
{
    m_storing = true;
    const bool ok = m_library.setQueue(ids);
    m_storing = false;
    if (!ok) {
        qCWarning(lcPlayback) << "cannot store the queue";
        return false;
    }
    m_ids = ids;
    Q_EMIT changed();
    return true;
}

bool PlayQueue::add(qint64 episodeId)
{
    if (m_ids.contains(episodeId))
        return true;
    return insert(static_cast<int>(m_ids.size()), episodeId);
}

bool PlayQueue::insert(int index, qint64 episodeId)
{
    if (!m_library.episode(episodeId))
        return false;
    QList<qint64> ids = m_ids;
    ids.removeAll(episodeId);
    ids.insert(qBound(0, index, static_cast<int>(ids.size())), episodeId);
    return store(ids);
}

void PlayQueue::remove(qint64 episodeId)
{
    if (!m_ids.contains(episodeId))
        return;
    QList<qint64> ids = m_ids;
    ids.removeAll(episodeId);
    store(ids);
}

int PlayQueue::add(const QList<qint64>& episodeIds)
{
    QList<qint64> ids = m_ids;
    QSet<qint64> queued(m_ids.cbegin(), m_ids.cend());
    for (const qint64 id : episodeIds) {
        if (!queued.contains(id) && m_library.episode(id)) {
            ids << id;
            queued.insert(id);
        }
    }
    const int added = int(ids.size() - m_ids.size());
    if (added == 0 || !store(ids))
        return 0;
    return added;
}

int PlayQueue::remove(const QList<qint64>& episodeIds)
{
    const QSet<qint64> leaving(episodeIds.cbegin(), episodeIds.cend());
    QList<qint64> ids = m_ids;
    ids.removeIf([&leaving](qint64 id) { return leaving.contains(id); });
    const int removed = int(m_ids.size() - ids.size());
    if (removed == 0 || !store(ids))
        return 0;
    return removed;
}

void PlayQueue::removeAt(int index)
{
    if (index >= 0 && index < m_ids.size())
        remove(m_ids.at(index));
}

bool PlayQueue::move(int from, int to)
{
    const int size = static_cast<int>(m_ids.size());
    if (from < 0 || from >= size || to < 0 || to >= size)
        return false;
    if (from == to)
        return true;
    QList<qint64> ids = m_ids;
    ids.move(from, to);
    return store(ids);
}

void PlayQueue::clear()
{
    if (!m_ids.isEmpty())
        store({});
}

bool PlayQueue::hasPrevious() const
{
    return m_player.currentEpisode() != 0 || !m_history.isEmpty();
}

bool PlayQueue::playNext()
{
    while (!m_ids.isEmpty()) {
        // play() takes the episode off the queue through currentEpisodeChanged.
        const qint64 next = m_ids.first();
        if (m_player.play(next))
            return true;
        remove(next); // gone from the library or without audio: skip it
    }
    return false;
}

bool PlayQueue::playAt(int index)
{
    if (index < 0 || index >= m_ids.size())
        return false;
    return m_player.play(m_ids.at(index));
}

void PlayQueue::playPrevious()
{
    const qint64 current = m_player.currentEpisode();
    if (current && (m_player.position() > kRestartThresholdMs || m_history.isEmpty())) {
        m_player.seek(0);
        if (!m_player.isPlaying())
            m_player.resume();
        return;
    }
    if (m_history.isEmpty())
        return;
    const qint64 previous = m_history.takeLast();
    // The episode we leave comes back as the next one up.
    if (current)
        insert(0, current);
    m_current = 0; // not history: we are going back
    m_player.play(previous);
}

void PlayQueue::onEpisodeChanged(qint64 episodeId)
{
    if (m_current && m_current != episodeId) {
        m_history.removeAll(m_current);
        m_history << m_current;
    }
    m_current = episodeId;
    m_history.removeAll(episodeId);
    remove(episodeId);
}

} // namespace ondes

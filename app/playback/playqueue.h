#pragma once

// PlayQueue is "Up next": the episodes to play after the current one, in order, kept in the
// library so that it survives a restart. It also remembers what played before (this session),
// for "previous".

#include <QList>
#include <QObject>

namespace ondes {

class Library;
class Player;

class PlayQueue : public QObject
{
    Q_OBJECT
public:
    // "Previous" restarts the episode when it has played longer than this.
    static constexpr qint64 kRestartThresholdMs = 3000;

    PlayQueue(Library& library, Player& player, QObject* parent = nullptr);

    QList<qint64> episodeIds() const { return m_ids; }
    int count() const { return m_ids.size(); }
    bool isEmpty() const { return m_ids.isEmpty(); }
    bool contains(qint64 episodeId) const { return m_ids.contains(episodeId); }
    int indexOf(qint64 episodeId) const { return m_ids.indexOf(episodeId); }

    // Appends (or, for an episode already queued, leaves it where it is). Returns false when
    // the episode is not in the library.
    bool add(qint64 episodeId);
    // Appends those not queued yet, in this order, in one write. Returns how many were added
    // (an episode not in the library is left out).
    int add(const QList<qint64>& episodeIds);
    bool insert(int index, qint64 episodeId);
    void remove(qint64 episodeId);
    // Takes these off the queue in one write; returns how many were queued.
    int remove(const QList<qint64>& episodeIds);
    void removeAt(int index);
    // Moves the episode at from so that it ends up at index to.
    bool move(int from, int to);
    void clear();

    bool hasNext() const { return !m_ids.isEmpty(); }
    bool hasPrevious() const;
    // Plays the first queued episode (taking it off the queue). False when the queue is empty.
    bool playNext();
    // Back to the start of the episode, or to the one before when already near the start.
    void playPrevious();
    // Plays a queued episode now, taking it off the queue.
    bool playAt(int index);

Q_SIGNALS:
    // The order or the content changed; indexes before the change are stale.
    void changed();

private:
    void reload();
    bool store(const QList<qint64>& ids);
    void onEpisodeChanged(qint64 episodeId);

    Library& m_library;
    Player& m_player;
    QList<qint64> m_ids;
    QList<qint64> m_history; // episodes played before the current one, oldest first
    qint64 m_current = 0;
    bool m_storing = false;
};

} // namespace ondes

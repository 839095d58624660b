#pragma once

// PositionKeeper writes where the listener stands: every second while playing, and at once on
// pause, seek, stop, episode change and quit, so a killed process loses at most a second or two.
// Leaving an episode close to its end marks it played.

#include <QObject>
#include <QTimer>

namespace ondes {

class Library;
class Player;

class PositionKeeper : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 1000;

    PositionKeeper(Player& player, Library& library, QObject* parent = nullptr);

    // Stopping within this of the end marks the episode played; never more than a tenth of the
    // episode, so that a short clip is not "played" as soon as it starts.
    void setPlayedThreshold(qint64 ms) { m_playedThresholdMs = ms; }
    qint64 playedThresholdMs() const { return m_playedThresholdMs; }
    static qint64 playedWindow(qint64 thresholdMs, qint64 durationMs);

    // Writes the current position now.
    void saveNow();
    // On quit: like leaving the episode (marks it played when it was nearly over).
    void finish();

private:
    void save(qint64 episodeId, qint64 positionMs);
    void leave(qint64 episodeId, qint64 positionMs, qint64 durationMs);

    Player& m_player;
    Library& m_library;
    QTimer m_timer;
    qint64 m_lastEpisode = 0;
    qint64 m_lastSaved = -1;
    qint64 m_playedThresholdMs = 30000;
};

} // namespace ondes

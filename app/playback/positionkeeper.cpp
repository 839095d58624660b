#include "playback/positionkeeper.h"

#include "library/library.h"
#include "playback/player.h"

#include <QLoggingCategory>

namespace ondes {

Q_DECLARE_LOGGING_CATEGORY(lcPlayback)

PositionKeeper::PositionKeeper(Player& player, Library& library, QObject* parent)
    : QObject(parent), m_player(player), m_library(library)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PositionKeeper::saveNow);
    connect(&m_player, &Player::stateChanged, this, [this](Player::State state) {
        if (state == Player::State::Playing)
            m_timer.start();
        else
            m_timer.stop();
        if (state == Player::State::Paused || state == Player::State::Playing)
            saveNow();
    });
    connect(&m_player, &Player::seeked, this, &PositionKeeper::saveNow);
    // A new episode starts where the library has it: writing that again would only move its
    // "saved at" (which measures the pause before a smart rewind).
    connect(&m_player, &Player::currentEpisodeChanged, this, [this](qint64 episodeId) {
        m_lastEpisode = episodeId;
        m_lastSaved = m_player.position();
    });
    connect(&m_player, &Player::leavingEpisode, this, &PositionKeeper::leave);
    // The end of the media was saved by the player (played, position 0).
    connect(&m_player, &Player::finished, this, [this](qint64 episodeId) {
        m_lastEpisode = episodeId;
        m_lastSaved = 0;
    });
}

qint64 PositionKeeper::playedWindow(qint64 thresholdMs, qint64 durationMs)
{
    return qMin(thresholdMs, durationMs / 10);
}

void PositionKeeper::saveNow()
{
    if (m_player.currentEpisode() && m_player.state() != Player::State::Stopped)
        save(m_player.currentEpisode(), m_player.position());
}

void PositionKeeper::finish()
{
    if (m_player.currentEpisode() && m_player.state() != Player::State::Stopped)
        leave(m_player.currentEpisode(), m_player.position(), m_player.duration());
}

void PositionKeeper::save(qint64 episodeId, qint64 positionMs)
{
    if (!episodeId || positionMs < 0)
        return;
    if (episodeId == m_lastEpisode && positionMs == m_lastSaved)
        return;
    if (m_library.savePosition(episodeId, positionMs)) {
        m_lastEpisode = episodeId;
        m_lastSaved = positionMs;
    }
}

void PositionKeeper::leave(qint64 episodeId, qint64 positionMs, qint64 durationMs)
{
    if (!episodeId)
        return;
    if (durationMs > 0 &&
        positionMs >= durationMs - playedWindow(m_playedThresholdMs, durationMs)) {
        qCInfo(lcPlayback) << "episode" << episodeId << "left at" << positionMs << "of"
                           << durationMs << "- marked played";
        m_library.setPlayed(episodeId, true);
        save(episodeId, 0);
        return;
    }
    save(episodeId, positionMs);
}

} // namespace ondes

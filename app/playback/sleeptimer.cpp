#include "playback/sleeptimer.h"

#include "playback/player.h"

#include <QLoggingCategory>

namespace ondes {

Q_DECLARE_LOGGING_CATEGORY(lcPlayback)

SleepTimer::SleepTimer(Player& player, QObject* parent) : QObject(parent), m_player(player)
{
    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, &SleepTimer::tick);
}

SleepTimer::~SleepTimer()
{
    if (isActive())
        m_player.setVolumeScale(1.0f);
}

void SleepTimer::start(std::chrono::milliseconds duration)
{
    m_durationMs = qMax<qint64>(0, duration.count());
    m_clock.start();
    setMode(Mode::Duration);
    m_ticker.start();
    qCInfo(lcPlayback) << "sleep timer set for" << m_durationMs << "ms";
    tick();
}

void SleepTimer::startEndOfEpisode()
{
    setMode(Mode::EndOfEpisode);
    m_ticker.start();
    qCInfo(lcPlayback) << "sleep timer set for the end of the episode";
    tick();
}

void SleepTimer::cancel()
{
    if (!isActive())
        return;
    m_ticker.stop();
    m_player.setVolumeScale(1.0f);
    setMode(Mode::Off);
    Q_EMIT remainingChanged(-1);
}

qint64 SleepTimer::remainingMs() const
{
    switch (m_mode) {
    case Mode::Off:
        return -1;
    case Mode::Duration:
        return qMax<qint64>(0, m_durationMs - m_clock.elapsed());
    case Mode::EndOfEpisode: {
        const qint64 left = qMax<qint64>(0, m_player.duration() - m_player.position());
        return static_cast<qint64>(static_cast<double>(left) / m_player.playbackRate());
    }
    }
    return -1;
}

bool SleepTimer::takeEpisodeEnd()
{
    if (m_mode != Mode::EndOfEpisode)
        return false;
    finish();
    return true;
}

void SleepTimer::tick()
{
    if (!isActive())
        return;
    const qint64 left = remainingMs();
    Q_EMIT remainingChanged(left);
    if (m_mode == Mode::EndOfEpisode && !m_player.isPlaying()) {
        // Paused or between episodes: no fade while nothing plays.
        m_player.setVolumeScale(1.0f);
        return;
    }
    if (m_mode == Mode::Duration && left <= 0) {
        finish();
        return;
    }
    const float scale = m_fadeMs > 0 && left < m_fadeMs
                            ? static_cast<float>(left) / static_cast<float>(m_fadeMs)
                            : 1.0f;
    m_player.setVolumeScale(scale);
}

void SleepTimer::finish()
{
    qCInfo(lcPlayback) << "sleep timer expired";
    m_ticker.stop();
    m_player.pause();
    // The listener's volume comes back for the next time they press play.
    m_player.setVolumeScale(1.0f);
    setMode(Mode::Off);
    Q_EMIT remainingChanged(-1);
    Q_EMIT expired();
}

void SleepTimer::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged(mode);
}

} // namespace ondes

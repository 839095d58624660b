#pragma once

// SleepTimer pauses playback after a while, or at the end of the episode, fading the volume
// out over the last seconds so that the listener is not woken by a sudden stop.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace ondes {

class Player;

class SleepTimer : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Off, Duration, EndOfEpisode };
    Q_ENUM(Mode)

    static constexpr std::chrono::milliseconds kDefaultFade{10000};

    explicit SleepTimer(Player& player, QObject* parent = nullptr);
    ~SleepTimer() override;

    // Pauses after this long (wall-clock time, playing or not).
    void start(std::chrono::milliseconds duration);
    // Pauses when the current episode ends, instead of going on with the queue.
    void startEndOfEpisode();
    void cancel();

    Mode mode() const { return m_mode; }
    bool isActive() const { return m_mode != Mode::Off; }
    // Time left before the pause; for the end of an episode, at the current speed. -1 if off.
    qint64 remainingMs() const;
    void setFadeDuration(std::chrono::milliseconds fade) { m_fadeMs = fade.count(); }

    // Called when an episode ends: true when the timer stops playback there (and is done), so
    // the queue must not go on.
    bool takeEpisodeEnd();

Q_SIGNALS:
    void modeChanged(ondes::SleepTimer::Mode mode);
    void remainingChanged(qint64 remainingMs);
    // The timer ran out and paused playback.
    void expired();

private:
    void tick();
    void finish();
    void setMode(Mode mode);

    Player& m_player;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    Mode m_mode = Mode::Off;
    qint64 m_durationMs = 0;
    qint64 m_fadeMs = kDefaultFade.count();
};

} // namespace ondes

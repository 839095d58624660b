#pragma once

// EventLoopHeartbeat measures how long the thread's event loop stays away: a timer every
// intervalMs, and the longest gap seen between two of its ticks (what a window would freeze
// for). Measures from start() (or construction) until stop() or destruction.

#include <QElapsedTimer>
#include <QTimer>

namespace ondes::test {

class EventLoopHeartbeat
{
public:
    explicit EventLoopHeartbeat(int intervalMs = 10)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        start();
    }

    void start()
    {
        m_maxGapMs = 0;
        m_ticks = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    // The longest time between two ticks (or the start and a tick), in milliseconds.
    qint64 maxGapMs() const { return m_maxGapMs; }
    int ticks() const { return m_ticks; }

private:
    void tick()
    {
        m_maxGapMs = qMax(m_maxGapMs, m_sinceTick.restart());
        ++m_ticks;
    }

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_maxGapMs = 0;
    int m_ticks = 0;
};

} // namespace ondes::test

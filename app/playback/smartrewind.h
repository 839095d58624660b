#pragma once

// SmartRewind: after a pause of at least afterMs, playback resumes rewindMs earlier, also across
// restarts (the library keeps when a position was saved). It keeps the two lengths and the clock
// the pause is measured with.

#include <QtGlobal>

#include <functional>

namespace ondes {

class SmartRewind
{
public:
    // Milliseconds since the epoch; tests replace it to make pauses long.
    using Clock = std::function<qint64()>;

    SmartRewind();

    void setLengths(qint64 afterMs, qint64 rewindMs);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }
    qint64 rewindMs() const { return m_rewindMs; }
    // Whether a pause that began at sinceMs (0: none) is long enough to rewind after.
    bool longPauseSince(qint64 sinceMs) const;
    // positionMs rewound, not before the start.
    qint64 rewound(qint64 positionMs) const { return qMax<qint64>(0, positionMs - m_rewindMs); }

private:
    Clock m_clock;
    qint64 m_rewindAfterMs = 5 * 60 * 1000;
    qint64 m_rewindMs = 3000;
};

} // namespace ondes

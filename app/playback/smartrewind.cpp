#include "playback/smartrewind.h"

#include <QDateTime>

namespace ondes {

SmartRewind::SmartRewind() : m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }) {}

void SmartRewind::setLengths(qint64 afterMs, qint64 rewindMs)
{
    m_rewindAfterMs = qMax<qint64>(0, afterMs);
    m_rewindMs = qMax<qint64>(0, rewindMs);
}

bool SmartRewind::longPauseSince(qint64 sinceMs) const
{
    return sinceMs > 0 && m_rewindMs > 0 && m_clock() - sinceMs >= m_rewindAfterMs;
}

} // namespace ondes

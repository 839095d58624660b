#include "playback/skiplengths.h"

namespace ondes {

void SkipLengths::set(qint64 backwardMs, qint64 forwardMs)
{
    m_backwardMs = qMax<qint64>(0, backwardMs);
    m_forwardMs = qMax<qint64>(0, forwardMs);
}

qint64 SkipLengths::forwardFrom(qint64 positionMs, qint64 durationMs) const
{
    const qint64 target = positionMs + m_forwardMs;
    return durationMs > 0 ? qMin(target, qMax<qint64>(0, durationMs - 500)) : target;
}

} // namespace ondes

#include "playback/playbackspeed.h"

#include <QtGlobal>

#include <cmath>
#include <utility>

namespace ondes {

double PlaybackSpeed::normalized(double rate)
{
    if (!std::isfinite(rate))
        return 1.0;
    const double stepped = std::round(rate / kStep) * kStep;
    return qBound(kMin, std::round(stepped * 10.0) / 10.0, kMax);
}

bool PlaybackSpeed::set(double rate)
{
    rate = normalized(rate);
    if (qFuzzyCompare(rate, m_rate))
        return false;
    m_rate = rate;
    return true;
}

void PlaybackSpeed::startEpisode(double showRate)
{
    const double rate = showRate > 0 ? normalized(showRate) : m_default;
    m_changedByEpisode = !qFuzzyCompare(rate, m_rate);
    m_rate = rate;
}

bool PlaybackSpeed::takeChangedByEpisode()
{
    return std::exchange(m_changedByEpisode, false);
}

} // namespace ondes

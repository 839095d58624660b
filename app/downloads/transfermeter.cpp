#include "downloads/transfermeter.h"

namespace ondes {

namespace {

constexpr qint64 intervalMs = 100;
constexpr qint64 windowMs = 3000;

} // namespace

bool TransferMeter::due(qint64 received, bool force)
{
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (!force && m_lastMs >= 0 && now - m_lastMs < intervalMs)
        return false;
    m_lastMs = now;
    if (!m_samples.isEmpty() && m_samples.last().bytes > received)
        m_samples.clear(); // the body started again
    m_samples.append({now, received});
    while (m_samples.size() > 2 && now - m_samples.first().ms > windowMs)
        m_samples.removeFirst();
    return true;
}

double TransferMeter::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0.0;
    const Sample& first = m_samples.first();
    const Sample& last = m_samples.last();
    if (last.ms <= first.ms)
        return 0.0;
    return double(last.bytes - first.bytes) * 1000.0 / double(last.ms - first.ms);
}

} // namespace ondes

#include "subscriptions/refreshschedule.h"

#include "library/settings.h"
#include "subscriptions/refresher.h"

namespace ondes {

namespace {
// Let the window paint and the audio start before the network work begins.
constexpr int kStartDelayMs = 2000;
} // namespace

RefreshSchedule::RefreshSchedule(Refresher& refresher, Settings& settings, QObject* parent)
    : QObject(parent), m_refresher(refresher), m_settings(settings)
{
    connect(&m_timer, &QTimer::timeout, &m_refresher, &Refresher::refreshAll);
    if (m_settings.refreshOnStart())
        QTimer::singleShot(kStartDelayMs, &m_refresher, &Refresher::refreshAll);
    reschedule();
}

void RefreshSchedule::reschedule()
{
    const int hours = m_settings.refreshIntervalHours();
    if (hours <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(hours * 3600 * 1000);
}

} // namespace ondes

#include "net/networkstatus.h"

#include <QNetworkInformation>

namespace ondes {

NetworkStatus::NetworkStatus(QObject* parent) : QObject(parent) {}

void NetworkStatus::followSystem()
{
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return; // no backend here (no NetworkManager): the requests alone tell
    QNetworkInformation* info = QNetworkInformation::instance();
    const auto apply = [this](QNetworkInformation::Reachability reachability) {
        const bool wasOffline = isOffline();
        const QString previous = problem();
        m_systemOffline = reachability == QNetworkInformation::Reachability::Disconnected;
        if (m_systemOffline)
            m_problem = tr("the computer is not connected to a network");
        update(wasOffline, previous);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
}

void NetworkStatus::report(const QString& host, bool reachedServer, const QString& error)
{
    const bool wasOffline = isOffline();
    const QString previous = problem();
    if (reachedServer) {
        m_failuresInARow = 0;
    } else if (!error.isEmpty()) {
        ++m_failuresInARow;
        if (!m_systemOffline)
            m_problem = host.isEmpty() ? error : tr("%1: %2").arg(host, error);
    }
    update(wasOffline, previous);
}

void NetworkStatus::update(bool wasOffline, const QString& previousProblem)
{
    if (isOffline() != wasOffline || problem() != previousProblem)
        Q_EMIT changed(isOffline(), problem());
}

} // namespace ondes

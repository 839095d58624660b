#pragma once

// NetworkStatus says whether Ondes is offline and what failed, so that the window can tell the
// listener instead of leaving errors unexplained. It is offline when the system says so
// (QNetworkInformation, where a backend such as NetworkManager answers) or when the last
// requests in a row found no server at all (host not found, connection refused, timeout); the
// first answer from any server makes it online again. Nothing here blocks: it only listens.

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

namespace ondes {

class NetworkStatus : public QObject
{
    Q_OBJECT
public:
    explicit NetworkStatus(QObject* parent = nullptr);

    // Follows the system's reachability when a QNetworkInformation backend is available.
    void followSystem();

    bool isOffline() const { return m_systemOffline || m_failuresInARow >= kFailuresForOffline; }
    // The last failure that counted, e.g. "example.org: host not found"; empty when online.
    QString problem() const { return isOffline() ? m_problem : QString(); }

    // What happened to one request: reachedServer is false when no server answered.
    void report(const QString& host, bool reachedServer, const QString& error);
    // The same for a request to url: the shape of HttpClient::answered and
    // DownloadManager::transferEnded.
    void reportRequest(const QUrl& url, bool reachedServer, const QString& error)
    {
        report(url.host(), reachedServer, error);
    }

    static constexpr int kFailuresForOffline = 2;

Q_SIGNALS:
    void changed(bool offline, const QString& problem);

private:
    void update(bool wasOffline, const QString& previousProblem);

    bool m_systemOffline = false;
    int m_failuresInARow = 0;
    QString m_problem;
};

} // namespace ondes

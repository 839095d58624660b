#pragma once

// SyncHttp sends the sync protocols' requests: GET, POST and PUT of JSON with HTTP Basic
// authentication on every request and the session cookie the server sets (its own cookie jar),
// a silence timeout, and errors as one line a user can read (401: the name or password; TLS
// errors named, never ignored). Credentials are never logged: only the method and the path are.

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace ondes {

struct SyncHttpResult
{
    int status = 0; // 0 when no answer came
    QByteArray body;
    QString error; // empty on success (2xx)

    bool ok() const { return error.isEmpty(); }
};

class SyncHttp : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SyncHttpResult&)>;

    explicit SyncHttp(QObject* parent = nullptr);

    void setCredentials(const QString& user, const QString& password);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // `done` runs later on this thread, never inside the call; not at all once this is gone.
    void send(const QByteArray& method, const QUrl& url, const QByteArray& body, Done done);

private:
    QNetworkAccessManager* m_manager;
    QByteArray m_authorization;
    int m_timeoutMs = 30000;
};

} // namespace ondes

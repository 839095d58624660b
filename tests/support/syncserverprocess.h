#pragma once

// SyncServerProcess runs tests/support/syncserver/syncserver.py, the loopback server of the
// gpodder.net API v2 and Nextcloud GPodder Sync, as its own process (so that `ondes` processes
// and gPodder's Python client can use it too), and drives it through its /_test/ addresses.

#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace ondes::test {

class SyncServerProcess
{
public:
    SyncServerProcess() = default;
    ~SyncServerProcess();
    SyncServerProcess(const SyncServerProcess&) = delete;
    SyncServerProcess& operator=(const SyncServerProcess&) = delete;

    // Starts it with these users ("name:password"); false (and why in error()) when it failed.
    bool start(const QStringList& users = {QStringLiteral("alice:secret")});
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port> + path
    QUrl url(const QString& path = {}) const;

    // What the server holds: {"subscriptions": {user: [...]}, "actions": {user: [...]}, ...}.
    QJsonObject state();
    QStringList subscriptions(const QString& user = QStringLiteral("alice"));
    QList<QJsonObject> actions(const QString& user = QStringLiteral("alice"));
    // POST /_test/<what> with this JSON; false when the server did not say ok.
    bool control(const QString& what, const QJsonObject& body);

    // The Python interpreter that has Debian's modules (mygpoclient).
    static QString python();
    static QString scriptDir();

private:
    QByteArray request(const QByteArray& method, const QString& path, const QByteArray& body);

    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace ondes::test

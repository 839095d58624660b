#include "support/syncserverprocess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace ondes::test {

SyncServerProcess::~SyncServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString SyncServerProcess::python()
{
    return QStringLiteral("/usr/bin/python3");
}

QString SyncServerProcess::scriptDir()
{
    return QStringLiteral(ONDES_SOURCE_DIR "/tests/support/syncserver");
}

bool SyncServerProcess::start(const QStringList& users)
{
    // -B: no __pycache__ in the source tree.
    QStringList arguments{QStringLiteral("-B"), scriptDir() + QStringLiteral("/syncserver.py")};
    for (const QString& user : users)
        arguments << QStringLiteral("--user") << user;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(python(), arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(20000)) {
            m_error = QStringLiteral("the sync server said nothing");
            return false;
        }
    }
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("PORT ")) {
        m_error = QString::fromUtf8(line);
        return false;
    }
    m_port = quint16(line.mid(5).toUInt());
    return m_port != 0;
}

QUrl SyncServerProcess::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QByteArray SyncServerProcess::request(const QByteArray& method, const QString& path,
                                      const QByteArray& body)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = method == "GET" ? manager.get(request) : manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->isFinished() ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return answer;
}

QJsonObject SyncServerProcess::state()
{
    return QJsonDocument::fromJson(request("GET", QStringLiteral("/_test/state"), {})).object();
}

QStringList SyncServerProcess::subscriptions(const QString& user)
{
    QStringList urls;
    const QJsonArray array =
        state().value(QStringLiteral("subscriptions")).toObject().value(user).toArray();
    for (const QJsonValue& url : array)
        urls << url.toString();
    return urls;
}

QList<QJsonObject> SyncServerProcess::actions(const QString& user)
{
    QList<QJsonObject> actions;
    const QJsonArray array =
        state().value(QStringLiteral("actions")).toObject().value(user).toArray();
    for (const QJsonValue& action : array)
        actions << action.toObject();
    return actions;
}

bool SyncServerProcess::control(const QString& what, const QJsonObject& body)
{
    const QJsonObject answer =
        QJsonDocument::fromJson(request("POST", QStringLiteral("/_test/") + what,
                                        QJsonDocument(body).toJson(QJsonDocument::Compact)))
            .object();
    return answer.value(QStringLiteral("ok")).toBool();
}

} // namespace ondes::test

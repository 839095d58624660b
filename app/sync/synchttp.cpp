#include "sync/synchttp.h"

#include "net/httpclient.h"

#include <QBuffer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSslError>

namespace ondes {

Q_LOGGING_CATEGORY(lcSyncHttp, "ondes.sync.http")

SyncHttp::SyncHttp(QObject* parent) : QObject(parent), m_manager(new QNetworkAccessManager(this))
{
    m_manager->setCookieJar(new QNetworkCookieJar(m_manager));
}

void SyncHttp::setCredentials(const QString& user, const QString& password)
{
    m_authorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

void SyncHttp::send(const QByteArray& method, const QUrl& url, const QByteArray& body, Done done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, HttpClient::userAgent());
    request.setRawHeader("Accept", "application/json");
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (!body.isEmpty() || method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    // A redirect to another host or to http would carry the password there: not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    qCDebug(lcSyncHttp) << method << url.path();

    QNetworkReply* reply;
    if (method == "GET") {
        reply = m_manager->get(request);
    } else {
        auto* buffer = new QBuffer;
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
        reply = m_manager->sendCustomRequest(request, method, buffer);
        buffer->setParent(reply);
    }
    auto sslErrors = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            sslErrors->append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [reply, url, sslErrors, done] {
        reply->deleteLater();
        SyncHttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (!sslErrors->isEmpty()) {
            result.error = tr("The secure connection to %1 failed: %2")
                               .arg(url.host(), sslErrors->join(QStringLiteral("; ")));
        } else if (result.status == 401 || result.status == 403) {
            result.error = tr("The server %1 refused the user name or password (HTTP %2).")
                               .arg(url.host())
                               .arg(result.status);
        } else if (result.status >= 300 || (result.status == 0 && reply->error())) {
            result.error =
                result.status > 0
                    ? HttpClient::statusMessage(result.status)
                    : HttpClient::networkErrorMessage(reply->error(), url, reply->errorString());
        } else if (reply->error() != QNetworkReply::NoError) {
            result.error =
                HttpClient::networkErrorMessage(reply->error(), url, reply->errorString());
        }
        done(result);
    });
}

} // namespace ondes

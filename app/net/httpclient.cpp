#include "net/httpclient.h"

#include "version.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <utility>

namespace ondes {

Q_LOGGING_CATEGORY(lcNet, "ondes.net", QtInfoMsg)

namespace {

constexpr qint64 maxRetryDelayMs = 60 * 1000;
constexpr qint64 kStreamBufferBytes = 1024 * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString hostLabel(const QUrl& url)
{
    return url.port() < 0 ? url.host() : url.host() + u':' + QString::number(url.port());
}

QString sizeLabel(qint64 bytes)
{
    constexpr double mib = 1024.0 * 1024.0;
    if (bytes >= 1024 * 1024)
        return QString::number(double(bytes) / mib, 'g', 4) + QStringLiteral(" MB");
    if (bytes >= 1024)
        return QString::number(double(bytes) / 1024.0, 'g', 4) + QStringLiteral(" KB");
    return QString::number(bytes) + QStringLiteral(" bytes");
}

} // namespace

// HttpReply ---------------------------------------------------------------------------------

HttpReply::HttpReply(HttpClient* client, const QUrl& url, const HttpRequestOptions& options)
    : QObject(client), m_client(client), m_url(url), m_options(options), m_host(url.host())
{
    m_idleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { abortWith(Abort::Timeout); });
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpReply::startAttempt);
}

HttpReply::~HttpReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
    if (m_client && !m_finished)
        m_client->release(this);
}

void HttpReply::abort()
{
    if (m_finished)
        return;
    abortWith(Abort::Cancelled);
    HttpResult result = baseResult(0);
    result.error = QStringLiteral("cancelled");
    finish(std::move(result));
}

void HttpReply::setBodyPaused(bool paused)
{
    if (m_bodyPaused == paused)
        return;
    m_bodyPaused = paused;
    if (!m_reply)
        return;
    if (paused) {
        m_idleTimer.stop();
        return;
    }
    m_idleTimer.start();
    if (m_reply->bytesAvailable() > 0)
        onReadyRead();
}

void HttpReply::startAttempt()
{
    ++m_attempt;
    m_currentUrl = m_url;
    m_visited = {m_url};
    m_onlyPermanentHops = true;
    m_permanentUrl.clear();
    send();
}

void HttpReply::send()
{
    QNetworkRequest request(m_currentUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, HttpClient::userAgent());
    request.setRawHeader("Accept", m_options.accept.isEmpty() ? "*/*" : m_options.accept);
    // No Accept-Encoding of our own: then QNetworkAccessManager asks for gzip and deflate and
    // decodes them itself.
    if (!m_options.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_options.etag);
    if (!m_options.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_options.lastModified.toLatin1());

    m_body.clear();
    m_received = 0;
    m_bodyStarted = false;
    m_abort = Abort::None;
    m_sslErrors.clear();
    qCDebug(lcNet) << "GET" << m_currentUrl.toDisplayString() << "attempt" << m_attempt;
    m_reply = m_client->m_manager->get(request);
    if (m_options.streamBody)
        m_reply->setReadBufferSize(kStreamBufferBytes); // a paused body stops the socket
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpReply::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpReply::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpReply::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (!m_bodyPaused)
            m_idleTimer.start();
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300)
            Q_EMIT progress(received, total);
    });
#if QT_CONFIG(ssl)
    // Recorded for the message, never ignored.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            m_sslErrors.append(error.errorString());
    });
#endif
    m_idleTimer.start(m_options.timeoutMs);
}

void HttpReply::onMetaData()
{
    m_idleTimer.start();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (status >= 200 && status < 300 && length.isValid() &&
        length.toLongLong() > m_options.maxBytes) {
        abortWith(Abort::TooLarge);
        return;
    }
    if (status >= 200 && status < 300)
        startBody(m_reply->rawHeader("Content-Type"));
}

void HttpReply::startBody(const QByteArray& contentType)
{
    if (!m_options.streamBody || m_bodyStarted)
        return;
    m_bodyStarted = true;
    Q_EMIT bodyStarted(m_currentUrl, contentType);
}

void HttpReply::onReadyRead()
{
    if (m_bodyPaused)
        return; // the bytes wait in the reply until setBodyPaused(false)
    m_idleTimer.start();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300) {
        m_reply->skip(m_reply->bytesAvailable()); // redirect and error pages are not kept
        return;
    }
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    if (m_received > m_options.maxBytes) {
        abortWith(Abort::TooLarge);
        return;
    }
    if (!m_options.streamBody) {
        m_body += chunk;
        return;
    }
    startBody(m_reply->rawHeader("Content-Type"));
    // A receiver may abort() from its slot: m_reply is then gone.
    if (!chunk.isEmpty() && m_reply)
        Q_EMIT bodyData(chunk);
}

void HttpReply::onFinished()
{
    m_bodyPaused = false; // what is left of the body is handed on now
    if (m_reply && m_abort == Abort::None && m_reply->bytesAvailable() > 0)
        onReadyRead();
    m_idleTimer.stop();
    QNetworkReply* reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    reply->disconnect(this);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    switch (m_abort) {
    case Abort::Cancelled:
        return; // abort() reports it
    case Abort::TooLarge:
        fail(QStringLiteral("the document is larger than ") + sizeLabel(m_options.maxBytes), status,
             false);
        return;
    case Abort::Timeout:
        fail(QStringLiteral("timed out: no data from %1 for %2 s")
                 .arg(hostLabel(m_currentUrl), QString::number(m_options.timeoutMs / 1000.0)),
             status, true);
        return;
    case Abort::None:
        break;
    }

    if (status == 0) { // no HTTP answer at all
        if (!m_sslErrors.isEmpty()) {
            fail(QStringLiteral("secure connection to %1 failed: %2")
                     .arg(m_currentUrl.host(), m_sslErrors.join(QStringLiteral("; "))),
                 0, false);
            return;
        }
        const bool retryable = error != QNetworkReply::ProtocolUnknownError &&
                               error != QNetworkReply::SslHandshakeFailedError;
        fail(HttpClient::networkErrorMessage(error, m_currentUrl, reply->errorString()), 0,
             retryable);
        return;
    }
    if (isRedirect(status)) {
        followRedirect(status, reply->rawHeader("Location"));
        return;
    }
    if (status != 304 && (status < 200 || status >= 300)) {
        fail(HttpClient::statusMessage(status), status, status >= 500);
        return;
    }
    if (error != QNetworkReply::NoError) { // the body broke off
        fail(error == QNetworkReply::RemoteHostClosedError
                 ? QStringLiteral("the connection was closed before the end of the document")
                 : HttpClient::networkErrorMessage(error, m_currentUrl, reply->errorString()),
             status, true);
        return;
    }
    // Qt sometimes ends a body cut by the server's close as if it were whole (seen with
    // "Connection: close" under load): fewer bytes than Content-Length announced is a cut.
    bool announced = false;
    const qint64 length =
        reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&announced);
    if (announced && status != 304 && reply->rawHeader("Content-Encoding").isEmpty() &&
        m_received < length) {
        fail(QStringLiteral("the connection was closed before the end of the document"), status,
             true);
        return;
    }

    HttpResult result = baseResult(status);
    result.permanentUrl = m_permanentUrl;
    result.contentType = reply->rawHeader("Content-Type");
    result.etag = reply->rawHeader("ETag");
    result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    if (status == 304) {
        result.notModified = true;
        if (result.etag.isEmpty())
            result.etag = m_options.etag;
        if (result.lastModified.isEmpty())
            result.lastModified = m_options.lastModified;
    } else {
        startBody(result.contentType); // an empty body is a body too
        result.body = std::exchange(m_body, {});
    }
    qCDebug(lcNet) << "GET" << m_url.toDisplayString() << "->" << status << m_received << "bytes";
    finish(std::move(result));
}

void HttpReply::followRedirect(int status, const QByteArray& location)
{
    if (location.isEmpty()) {
        fail(QStringLiteral("redirect without a destination (HTTP %1)").arg(status), status, false);
        return;
    }
    const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(location));
    if (const QString reason = HttpClient::unsupportedUrlReason(target); !reason.isEmpty()) {
        fail(QStringLiteral("redirected to an address that cannot be fetched: ") + reason, status,
             false);
        return;
    }
    if (m_visited.contains(target)) {
        fail(QStringLiteral("redirect loop at ") + target.toDisplayString(), status, false);
        return;
    }
    if (m_visited.size() > m_options.maxRedirects) {
        fail(QStringLiteral("too many redirects (more than %1)").arg(m_options.maxRedirects),
             status, false);
        return;
    }
    const bool permanent = status == 301 || status == 308;
    if (permanent && m_onlyPermanentHops)
        m_permanentUrl = target;
    else
        m_onlyPermanentHops = false;
    qCDebug(lcNet) << "redirect" << status << m_currentUrl.toDisplayString() << "->"
                   << target.toDisplayString();
    m_visited.append(target);
    m_currentUrl = target;
    send();
}

void HttpReply::fail(const QString& message, int status, bool retryable)
{
    if (retryable && m_attempt <= m_options.retries) {
        const qint64 delay =
            qMin(maxRetryDelayMs, qint64(m_options.retryDelayMs) << qMin(m_attempt - 1, 16));
        qCInfo(lcNet) << "GET" << m_url.toDisplayString() << "failed:" << message << "- retry in"
                      << delay << "ms";
        m_retryTimer.start(int(delay));
        return;
    }
    qCInfo(lcNet) << "GET" << m_url.toDisplayString() << "failed:" << message;
    HttpResult result = baseResult(status);
    result.error = message;
    finish(std::move(result));
}

void HttpReply::finish(HttpResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_idleTimer.stop();
    m_retryTimer.stop();
    if (m_client) {
        m_client->release(this);
        // A cancelled request says nothing about the network.
        if (m_abort != Abort::Cancelled)
            Q_EMIT m_client->answered(m_url, result.status != 0, result.error);
    }
    Q_EMIT finished(result);
    deleteLater();
}

void HttpReply::abortWith(Abort reason)
{
    m_abort = reason;
    m_idleTimer.stop();
    if (m_reply)
        m_reply->abort(); // finished() follows at once
}

HttpResult HttpReply::baseResult(int status) const
{
    HttpResult result;
    result.status = status;
    result.finalUrl = m_currentUrl.isEmpty() ? m_url : m_currentUrl;
    return result;
}

// HttpClient --------------------------------------------------------------------------------

HttpClient::HttpClient(QObject* parent)
    : QObject(parent), m_manager(new QNetworkAccessManager(this))
{
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient()
{
    // Quietly: nobody listens any more, and the manager must outlive its replies.
    const QList<HttpReply*> replies = findChildren<HttpReply*>(Qt::FindDirectChildrenOnly);
    for (HttpReply* reply : replies) {
        reply->m_client = nullptr;
        delete reply;
    }
}

HttpReply* HttpClient::get(const QUrl& url, const HttpRequestOptions& options)
{
    auto* reply = new HttpReply(this, url, options);
    if (const QString reason = unsupportedUrlReason(url); !reason.isEmpty()) {
        qCInfo(lcNet) << "refused" << url.toDisplayString() << reason;
        QTimer::singleShot(0, reply, [reply, reason] {
            HttpResult result = reply->baseResult(0);
            result.error = reason;
            reply->finish(std::move(result));
        });
        return reply;
    }
    m_queue.append(reply);
    schedule();
    return reply;
}

void HttpClient::setMaxConcurrent(int requests)
{
    m_maxConcurrent = qMax(1, requests);
    schedule();
}

void HttpClient::schedule()
{
    for (qsizetype i = 0; i < m_queue.size() && m_active.size() < m_maxConcurrent;) {
        HttpReply* reply = m_queue[i];
        if (m_busyHosts.contains(reply->m_host)) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        m_active.append(reply);
        m_busyHosts.insert(reply->m_host);
        reply->m_started = true;
        reply->startAttempt();
    }
}

void HttpClient::release(HttpReply* reply)
{
    if (m_active.removeOne(reply)) {
        m_busyHosts.remove(reply->m_host);
        schedule();
    } else {
        m_queue.removeOne(reply);
    }
}

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("Ondes/" ONDES_VERSION);
}

QString HttpClient::unsupportedUrlReason(const QUrl& url)
{
    if (url.isEmpty())
        return QStringLiteral("no address given");
    if (!url.isValid())
        return QStringLiteral("not a valid address: ") + url.toString();
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty())
        return QStringLiteral("not a web address (it needs http:// or https://)");
    if (scheme != u"http" && scheme != u"https")
        return QStringLiteral("unsupported address scheme \"%1:\" (only http and https)")
            .arg(scheme);
    if (url.host().isEmpty())
        return QStringLiteral("the address has no host");
    return {};
}

QString HttpClient::statusMessage(int status)
{
    const auto with = [status](const char* what) -> QString {
        return QString::fromLatin1(what) + QStringLiteral(" (HTTP %1)").arg(status);
    };
    switch (status) {
    case 400:
        return with("bad request");
    case 401:
        return with("authentication required");
    case 403:
        return with("access denied");
    case 404:
        return with("not found");
    case 410:
        return with("gone for good");
    case 429:
        return with("too many requests");
    case 500:
        return with("server error");
    case 502:
        return with("bad gateway");
    case 503:
        return with("service unavailable");
    case 504:
        return with("gateway timeout");
    default:
        break;
    }
    if (status >= 500)
        return with("server error");
    if (status >= 400)
        return with("request refused");
    return with("unexpected answer");
}

QString HttpClient::networkErrorMessage(QNetworkReply::NetworkError error, const QUrl& url,
                                        const QString& fallback)
{
    const QString host = hostLabel(url);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection refused by ") + host;
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host not found: ") + url.host();
    case QNetworkReply::RemoteHostClosedError:
        return host + QStringLiteral(" closed the connection");
    case QNetworkReply::TimeoutError:
        return QStringLiteral("timed out waiting for ") + host;
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("cancelled");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("secure connection to %1 failed").arg(url.host());
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QStringLiteral("the network is unavailable");
    case QNetworkReply::ProtocolUnknownError:
        return unsupportedUrlReason(url);
    default:
        break;
    }
    return fallback.isEmpty() ? QStringLiteral("network error reaching ") + host : fallback;
}

} // namespace ondes

#include "net/httpclient.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTimer>

#include <utility>

namespace ondes {

namespace {

constexpr qint64 kReadBufferBytes = 1024 * 1024;

QString sizeLabel(qint64 bytes)
{
    constexpr double mib = 1024.0 * 1024.0;
    if (bytes >= 1024 * 1024)
        return QString::number(double(bytes) / mib, 'g', 4) + QStringLiteral(" MB");
    if (bytes >= 1024)
        return QString::number(double(bytes) / 1024.0, 'g', 4) + QStringLiteral(" KB");
    return QString::number(bytes) + QStringLiteral(" bytes");
}

HttpAttemptPolicy attemptPolicy(const HttpRequestOptions& options)
{
    HttpAttemptPolicy policy;
    policy.idleTimeoutMs = options.timeoutMs;
    policy.maxRedirects = options.maxRedirects;
    policy.retries = options.retries;
    policy.retryDelayMs = options.retryDelayMs;
    policy.maxRetryDelayMs = options.maxRetryDelayMs;
    // Always bounded: a paused body stops the socket, and a server that sends faster than Ondes
    // reads (loopback, a LAN) cannot keep Qt's network thread reading so long that an abort
    // (a body over the size limit) waits seconds for its turn.
    policy.readBufferBytes = kReadBufferBytes;
    return policy;
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

// HttpReply ---------------------------------------------------------------------------------

HttpReply::HttpReply(HttpClient* client, QNetworkAccessManager* manager, const QUrl& url,
                     const HttpRequestOptions& options)
    : QObject(client), m_client(client), m_url(url), m_options(options), m_host(url.host()),
      m_loop(manager, url, attemptPolicy(options), *this)
{}

HttpReply::~HttpReply()
{
    m_loop.stop();
    if (m_client && !m_finished)
        m_client->release(this);
}

void HttpReply::abort()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_loop.stop();
    HttpResult result = baseResult(0);
    result.error = HttpErrorText::cancelled();
    finish(std::move(result));
}

void HttpReply::setBodyPaused(bool paused)
{
    if (m_bodyPaused == paused)
        return;
    m_bodyPaused = paused;
    m_loop.setIdlePaused(paused);
    QNetworkReply* reply = m_loop.reply();
    if (!paused && reply && reply->bytesAvailable() > 0)
        bodyReadable(*reply);
}

void HttpReply::attemptStarting()
{
    m_onlyPermanentHops = true;
    m_permanentUrl.clear();
}

void HttpReply::prepareRequest(QNetworkRequest& request)
{
    request.setRawHeader("Accept", m_options.accept.isEmpty() ? "*/*" : m_options.accept);
    for (const auto& [name, value] : m_options.headers)
        request.setRawHeader(name, value);
    // No Accept-Encoding of our own: then QNetworkAccessManager asks for gzip and deflate and
    // decodes them itself.
    if (!m_options.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_options.etag);
    if (!m_options.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_options.lastModified.toLatin1());
    m_body.clear();
    m_received = 0;
    m_bodyStarted = false;
}

void HttpReply::headersReceived(QNetworkReply& reply, int status)
{
    if (!isSuccess(status))
        return;
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxBytes) {
        abortTooLarge();
        return;
    }
    startBody(reply.rawHeader("Content-Type"));
}

void HttpReply::startBody(const QByteArray& contentType)
{
    if (!m_options.streamBody || m_bodyStarted)
        return;
    m_bodyStarted = true;
    Q_EMIT bodyStarted(m_loop.currentUrl(), contentType);
}

void HttpReply::bodyReadable(QNetworkReply& reply)
{
    if (m_bodyPaused)
        return; // the bytes wait in the reply until setBodyPaused(false)
    if (!isSuccess(reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())) {
        reply.skip(reply.bytesAvailable()); // redirect and error pages are not kept
        return;
    }
    const QByteArray chunk = reply.readAll();
    m_received += chunk.size();
    if (m_received > m_options.maxBytes) {
        abortTooLarge();
        return;
    }
    if (!m_options.streamBody) {
        m_body += chunk;
        return;
    }
    startBody(reply.rawHeader("Content-Type"));
    // A receiver may abort() from its slot: the reply is then gone.
    if (!chunk.isEmpty() && m_loop.reply() == &reply)
        Q_EMIT bodyData(chunk);
}

void HttpReply::progressed(QNetworkReply& reply, qint64 received, qint64 total)
{
    if (isSuccess(reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()))
        Q_EMIT progress(received, total);
}

void HttpReply::finishBody(QNetworkReply& reply)
{
    m_bodyPaused = false; // what is left of the body is handed on now
    m_loop.setIdlePaused(false);
    if (reply.bytesAvailable() > 0)
        bodyReadable(reply);
}

void HttpReply::abortTooLarge()
{
    m_loop.abortReply([this](int status) {
        m_loop.fail({tr("the document is larger than %1").arg(sizeLabel(m_options.maxBytes)),
                     status, false});
    });
}

void HttpReply::redirected(int status, const QUrl& target)
{
    const bool permanent = status == 301 || status == 308;
    if (permanent && m_onlyPermanentHops)
        m_permanentUrl = target;
    else
        m_onlyPermanentHops = false;
}

void HttpReply::answerReceived(QNetworkReply& reply, int status)
{
    if (status != 304 && !isSuccess(status)) {
        m_loop.fail(m_loop.statusFailure(reply, status));
        return;
    }
    const QString cut = tr("the connection was closed before the end of the document");
    if (const QNetworkReply::NetworkError error = reply.error();
        error != QNetworkReply::NoError) { // the body broke off
        m_loop.fail({error == QNetworkReply::RemoteHostClosedError
                         ? cut
                         : HttpErrorText::networkErrorMessage(error, m_loop.currentUrl(),
                                                              reply.errorString()),
                     status, true});
        return;
    }
    // Qt sometimes ends a body cut by the server's close as if it were whole (seen with
    // "Connection: close" under load): fewer bytes than Content-Length announced is a cut.
    bool announced = false;
    const qint64 length = reply.header(QNetworkRequest::ContentLengthHeader).toLongLong(&announced);
    if (announced && status != 304 && reply.rawHeader("Content-Encoding").isEmpty() &&
        m_received < length) {
        m_loop.fail({cut, status, true});
        return;
    }

    HttpResult result = baseResult(status);
    result.permanentUrl = m_permanentUrl;
    result.contentType = reply.rawHeader("Content-Type");
    result.etag = reply.rawHeader("ETag");
    result.lastModified = QString::fromLatin1(reply.rawHeader("Last-Modified"));
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

void HttpReply::failed(const HttpFailure& failure)
{
    HttpResult result = baseResult(failure.status);
    result.error = failure.message;
    finish(std::move(result));
}

void HttpReply::finish(HttpResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_loop.stop();
    if (m_client) {
        m_client->release(this);
        // A cancelled request says nothing about the network.
        if (!m_cancelled)
            Q_EMIT m_client->answered(m_url, result.status != 0, result.error);
    }
    Q_EMIT finished(result);
    deleteLater();
}

HttpResult HttpReply::baseResult(int status) const
{
    HttpResult result;
    result.status = status;
    const QUrl current = m_loop.currentUrl();
    result.finalUrl = current.isEmpty() ? m_url : current;
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
    auto* reply = new HttpReply(this, m_manager, url, options);
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
        reply->m_loop.start();
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

} // namespace ondes

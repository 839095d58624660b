#include "net/httpattemptloop.h"

#include "net/httperrortext.h"
#include "net/httpretry.h"
#include "version.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <utility>

namespace ondes {

Q_LOGGING_CATEGORY(lcNet, "ondes.net", QtInfoMsg)

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

int statusOf(const QNetworkReply& reply)
{
    return reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

HttpAttemptLoop::HttpAttemptLoop(QNetworkAccessManager* manager, const QUrl& url,
                                 const HttpAttemptPolicy& policy, HttpAttemptHandler& handler,
                                 QObject* parent)
    : QObject(parent), m_manager(manager), m_url(url), m_policy(policy), m_handler(handler)
{
    m_idleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        abortReply([this](int status) {
            fail({tr("timed out: no data from %1 for %2 s")
                      .arg(HttpErrorText::hostLabel(m_currentUrl))
                      .arg(m_policy.idleTimeoutMs / 1000.0),
                  status, true});
        });
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpAttemptLoop::startAttempt);
}

HttpAttemptLoop::~HttpAttemptLoop()
{
    stop();
}

QByteArray HttpAttemptLoop::userAgent()
{
    return QByteArrayLiteral("Ondes/" ONDES_VERSION);
}

void HttpAttemptLoop::start()
{
    m_retriesUsed = 0;
    startAttempt();
}

void HttpAttemptLoop::startAttempt()
{
    ++m_attempt;
    m_currentUrl = m_url;
    m_visited = {m_url};
    m_handler.attemptStarting();
    send();
}

void HttpAttemptLoop::resend()
{
    send();
}

void HttpAttemptLoop::send()
{
    QNetworkRequest request(m_currentUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "*/*");
    m_handler.prepareRequest(request);

    m_ending = nullptr;
    m_sslErrors.clear();
    qCDebug(lcNet) << "GET" << m_currentUrl.toDisplayString() << "attempt" << m_attempt;
    QNetworkReply* reply = m_manager->get(request);
    m_reply = reply;
    if (m_policy.readBufferBytes > 0)
        reply->setReadBufferSize(m_policy.readBufferBytes); // a full buffer stops the socket
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        restartIdle();
        if (reply == m_reply)
            m_handler.headersReceived(*reply, statusOf(*reply));
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        restartIdle();
        if (reply == m_reply)
            m_handler.bodyReadable(*reply);
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64 total) {
                restartIdle();
                if (reply == m_reply)
                    m_handler.progressed(*reply, received, total);
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply == m_reply)
            onReplyFinished();
    });
#if QT_CONFIG(ssl)
    // Recorded for the message, never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            m_sslErrors.append(error.errorString());
    });
#endif
    m_idleTimer.start(m_policy.idleTimeoutMs);
}

void HttpAttemptLoop::restartIdle()
{
    if (!m_idlePaused && !m_ending && m_reply)
        m_idleTimer.start();
}

void HttpAttemptLoop::setIdlePaused(bool paused)
{
    m_idlePaused = paused;
    if (paused)
        m_idleTimer.stop();
    else
        restartIdle();
}

void HttpAttemptLoop::stop()
{
    m_idleTimer.stop();
    m_retryTimer.stop();
    m_ending = nullptr;
    if (QNetworkReply* reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater(); // a child of the manager: gone with it at the latest
    }
}

void HttpAttemptLoop::abortReply(Ending ending)
{
    m_ending = std::move(ending);
    m_idleTimer.stop();
    if (m_reply)
        m_reply->abort(); // finished() follows at once
}

void HttpAttemptLoop::abortReplySoon(Ending ending)
{
    m_ending = std::move(ending);
    m_idleTimer.stop();
    QTimer::singleShot(0, this, [this, reply = QPointer<QNetworkReply>(m_reply)] {
        if (reply && reply == m_reply)
            reply->abort();
    });
}

void HttpAttemptLoop::onReplyFinished()
{
    if (!m_ending)
        m_handler.finishBody(*m_reply); // may abort it, for a reason of the handler's
    m_idleTimer.stop();
    QNetworkReply* reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    reply->disconnect(this);
    reply->deleteLater();

    const int status = statusOf(*reply);
    if (const Ending ending = std::exchange(m_ending, nullptr)) {
        ending(status);
        return;
    }
    if (status == 0) { // no HTTP answer at all
        networkFailure(*reply);
        return;
    }
    if (isRedirect(status)) {
        followRedirect(status, reply->rawHeader("Location"));
        return;
    }
    m_handler.answerReceived(*reply, status);
}

void HttpAttemptLoop::networkFailure(const QNetworkReply& reply)
{
    if (!m_sslErrors.isEmpty()) {
        fail({tr("secure connection to %1 failed: %2")
                  .arg(m_currentUrl.host(), m_sslErrors.join(QStringLiteral("; "))),
              0, false});
        return;
    }
    const QNetworkReply::NetworkError error = reply.error();
    const bool retryable = error != QNetworkReply::ProtocolUnknownError &&
                           error != QNetworkReply::SslHandshakeFailedError &&
                           error != QNetworkReply::OperationCanceledError;
    fail({HttpErrorText::networkErrorMessage(error, m_currentUrl, reply.errorString()), 0,
          retryable});
}

void HttpAttemptLoop::followRedirect(int status, const QByteArray& location)
{
    if (location.isEmpty()) {
        fail({tr("redirect without a destination (HTTP %1)").arg(status), status, false});
        return;
    }
    const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(location));
    if (const QString reason = HttpErrorText::unsupportedUrlReason(target); !reason.isEmpty()) {
        fail(
            {tr("redirected to an address that cannot be fetched: %1").arg(reason), status, false});
        return;
    }
    if (m_visited.contains(target)) {
        fail({tr("redirect loop at %1").arg(target.toDisplayString()), status, false});
        return;
    }
    if (m_visited.size() > m_policy.maxRedirects) {
        fail({tr("too many redirects (more than %1)").arg(m_policy.maxRedirects), status, false});
        return;
    }
    qCDebug(lcNet) << "redirect" << status << m_currentUrl.toDisplayString() << "->"
                   << target.toDisplayString();
    m_handler.redirected(status, target);
    m_visited.append(target);
    m_currentUrl = target;
    send();
}

void HttpAttemptLoop::fail(const HttpFailure& failure)
{
    m_handler.attemptFailed(failure);
    if (failure.retryable && m_retriesUsed < m_policy.retries) {
        ++m_retriesUsed;
        const int delay = retryDelay(m_retriesUsed, m_policy.retryDelayMs, m_policy.maxRetryDelayMs,
                                     failure.retryAfterMs);
        qCInfo(lcNet) << "GET" << m_url.toDisplayString() << "failed:" << failure.message
                      << "- retry in" << delay << "ms";
        m_handler.retryScheduled(m_attempt, delay, failure.message);
        m_retryTimer.start(delay);
        return;
    }
    qCInfo(lcNet) << "GET" << m_url.toDisplayString() << "failed:" << failure.message;
    m_handler.failed(failure);
}

HttpFailure HttpAttemptLoop::statusFailure(const QNetworkReply& reply, int status) const
{
    return {HttpErrorText::statusMessage(status), status, isRetryableStatus(status),
            parseRetryAfter(reply.rawHeader("Retry-After"), m_policy.maxRetryDelayMs)};
}

} // namespace ondes

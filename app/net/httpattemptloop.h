#pragma once

// HttpAttemptLoop runs one GET the way every request of Ondes goes out, feeds and downloads
// alike: the same User-Agent and redirect policy, redirects followed by hand (at most
// maxRedirects, never in a loop, never to anything but http or https), an attempt given up when
// no byte comes for idleTimeoutMs, and retryable failures (network errors, 5xx, 408, 429, a body
// cut short) tried again after a doubling pause that a longer Retry-After may stretch. TLS
// errors are reported with their reasons and never ignored. Every failure is one translated line.
//
// What to ask and what to do with the answer belongs to its owner, an HttpAttemptHandler: it
// adds its headers to each request, reads the body, judges the final answer and hears of the
// failures. The loop calls the handler synchronously, from the reply's signals and its timers.

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace ondes {

Q_DECLARE_LOGGING_CATEGORY(lcNet)

struct HttpAttemptPolicy
{
    int idleTimeoutMs = 30000; // abort an attempt when no byte arrives for this long
    int maxRedirects = 10;
    int retries = 2;             // further attempts after a retryable failure
    int retryDelayMs = 500;      // pause before the first retry; doubles for each next one
    int maxRetryDelayMs = 60000; // cap of the pause, and of a server's Retry-After
    qint64 readBufferBytes = 0;  // what the reply may hold unread; 0: no limit
};

struct HttpFailure
{
    QString message; // one readable line
    int status = 0;  // the HTTP status of the failed answer; 0 when none came
    bool retryable = false;
    int retryAfterMs = -1; // the server's Retry-After, capped; -1 when none
};

class HttpAttemptHandler
{
public:
    virtual ~HttpAttemptHandler() = default;

    // A new attempt starts, from the first address.
    virtual void attemptStarting() {}
    // Every request of an attempt (redirects included) passes here before it is sent: add the
    // owner's headers and forget what the previous response left.
    virtual void prepareRequest(QNetworkRequest& request) = 0;
    virtual void headersReceived(QNetworkReply& reply, int status) = 0;
    virtual void bodyReadable(QNetworkReply& reply) = 0;
    virtual void progressed(QNetworkReply& /*reply*/, qint64 /*received*/, qint64 /*total*/) {}
    // The reply ended by itself: read what it still holds before it is judged.
    virtual void finishBody(QNetworkReply& reply) = 0;
    // The request moved from the current address to target (status 301, 302, 303, 307 or 308).
    virtual void redirected(int /*status*/, const QUrl& /*target*/) {}
    // The final answer of the request, after redirects: the owner judges it, and calls
    // HttpAttemptLoop::fail() when it is not what was wanted.
    virtual void answerReceived(QNetworkReply& reply, int status) = 0;
    // The current attempt failed, before the loop decides whether to try again.
    virtual void attemptFailed(const HttpFailure& /*failure*/) {}
    // Attempt number attempt (from 1) failed; the next one starts in delayMs.
    virtual void retryScheduled(int /*attempt*/, int /*delayMs*/, const QString& /*reason*/) {}
    // The request failed for good.
    virtual void failed(const HttpFailure& failure) = 0;
};

class HttpAttemptLoop : public QObject
{
    Q_OBJECT

public:
    // What runs when a reply that was aborted on purpose has ended, given its HTTP status.
    using Ending = std::function<void(int status)>;

    HttpAttemptLoop(QNetworkAccessManager* manager, const QUrl& url,
                    const HttpAttemptPolicy& policy, HttpAttemptHandler& handler,
                    QObject* parent = nullptr);
    ~HttpAttemptLoop() override; // drops the reply in flight quietly

    static QByteArray userAgent(); // "Ondes/<version>"

    // Starts the first attempt.
    void start();
    // Sends the request again to the current address, in the same attempt.
    void resend();
    // Drops the reply in flight and a pending retry without reporting anything.
    void stop();

    // Aborts the reply in flight; ending runs (instead of any judgement) once it has ended. The
    // Soon variant aborts only after the current signal is over, for the reply's own signals
    // where an abort would make Qt report the reply twice.
    void abortReply(Ending ending);
    void abortReplySoon(Ending ending);

    // A failure of the current attempt: retried when retryable and retries are left, else
    // reported to the handler's failed().
    void fail(const HttpFailure& failure);
    // The failure an HTTP error answer means (with the server's Retry-After).
    HttpFailure statusFailure(const QNetworkReply& reply, int status) const;
    // The attempt made progress: the retries used so far are given back.
    void resetRetries() { m_retriesUsed = 0; }
    // While paused, the idle timeout does not run (a consumer that stopped reading is no silence).
    void setIdlePaused(bool paused);

    QNetworkReply* reply() const { return m_reply; }
    QUrl currentUrl() const { return m_currentUrl; }
    int attempt() const { return m_attempt; }

private:
    void startAttempt();
    void send();
    void restartIdle();
    void onReplyFinished();
    void networkFailure(const QNetworkReply& reply);
    void followRedirect(int status, const QByteArray& location);

    QNetworkAccessManager* m_manager;
    const QUrl m_url;
    const HttpAttemptPolicy m_policy;
    HttpAttemptHandler& m_handler;
    QNetworkReply* m_reply = nullptr;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    bool m_idlePaused = false;
    Ending m_ending; // set while a reply is being aborted on purpose
    QStringList m_sslErrors;
    QUrl m_currentUrl;
    QList<QUrl> m_visited;
    int m_attempt = 0;
    int m_retriesUsed = 0;
};

} // namespace ondes

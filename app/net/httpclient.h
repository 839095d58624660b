#pragma once

// HttpClient owns the application's one QNetworkAccessManager and runs polite GET requests:
// conditional GET, size and idle-time limits, redirects that tell permanent moves apart, retries
// with backoff (honouring Retry-After), at most one request per host and a few in total. Errors
// come back as one translated line a user can read. The attempts themselves (redirects, retries,
// timeouts, TLS errors) are HttpAttemptLoop's, shared with downloads.

#include "net/httpattemptloop.h"
#include "net/httperrortext.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace ondes {

struct HttpRequestOptions
{
    QByteArray etag;      // from the previous response: sent as If-None-Match
    QString lastModified; // from the previous response: sent verbatim as If-Modified-Since
    QByteArray accept;    // Accept header; empty: */*
    // Further request headers (an API's signature), sent with every attempt.
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 maxBytes = 64LL * 1024 * 1024; // a larger (decoded) body is refused
    int timeoutMs = 30000;                // abort when no byte arrives for this long
    int maxRedirects = 10;
    // Further attempts after a network error, a 5xx, 408 or 429 answer or a body cut short.
    int retries = 2;
    int retryDelayMs = 500;      // pause before the first retry; doubles for each next one
    int maxRetryDelayMs = 60000; // cap of the pause, and of a server's Retry-After
    // The body comes piece by piece through HttpReply::bodyStarted and bodyData as it arrives,
    // and HttpResult::body stays empty: a large document is never held whole.
    bool streamBody = false;
};

struct HttpResult
{
    int status = 0; // the last HTTP status; 0 when no answer came
    QByteArray body;
    QByteArray contentType; // as sent, e.g. "application/rss+xml; charset=utf-8"
    QByteArray etag;        // keep for the next conditional GET
    QString lastModified;   // keep for the next conditional GET
    QUrl finalUrl;          // where the answer came from, after redirects
    // Set when the address moved permanently (301/308 hops from the start): store this one.
    QUrl permanentUrl;
    bool notModified = false; // 304: the caller's copy is current; body is empty
    QString error;            // one readable line; empty on success

    bool ok() const { return error.isEmpty(); }
};

class HttpClient;

// One GET, queued or in flight. It emits finished exactly once, never from inside
// HttpClient::get(), and deletes itself afterwards.
class HttpReply : public QObject, private HttpAttemptHandler
{
    Q_OBJECT

public:
    ~HttpReply() override;

    QUrl url() const { return m_url; }
    // Stops the request; finished() reports the error "cancelled".
    void abort();
    // With streamBody: while paused no bodyData is emitted and the socket is no longer read
    // (at most about 1 MB waits in memory), so a slow consumer bounds what the download holds.
    // Resuming hands on what waited. The silence timeout does not run while paused.
    void setBodyPaused(bool paused);

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total is -1 when unknown
    // With streamBody: a successful (2xx) answer's body starts, from url (after redirects).
    // After a retry it starts again: what came before is to be forgotten.
    void bodyStarted(const QUrl& url, const QByteArray& contentType);
    // With streamBody: the next piece of the body, in order.
    void bodyData(const QByteArray& chunk);
    void finished(const ondes::HttpResult& result);

private:
    friend class HttpClient;

    HttpReply(HttpClient* client, QNetworkAccessManager* manager, const QUrl& url,
              const HttpRequestOptions& options);
    // HttpAttemptHandler
    void attemptStarting() override;
    void prepareRequest(QNetworkRequest& request) override;
    void headersReceived(QNetworkReply& reply, int status) override;
    void bodyReadable(QNetworkReply& reply) override;
    void progressed(QNetworkReply& reply, qint64 received, qint64 total) override;
    void finishBody(QNetworkReply& reply) override;
    void redirected(int status, const QUrl& target) override;
    void answerReceived(QNetworkReply& reply, int status) override;
    void failed(const HttpFailure& failure) override;

    void startBody(const QByteArray& contentType);
    void abortTooLarge();
    void finish(HttpResult result);
    HttpResult baseResult(int status) const;

    HttpClient* m_client;
    const QUrl m_url;
    const HttpRequestOptions m_options;
    const QString m_host;
    HttpAttemptLoop m_loop;
    bool m_onlyPermanentHops = true;
    QUrl m_permanentUrl;
    QByteArray m_body;
    qint64 m_received = 0;      // body bytes of this attempt
    bool m_bodyStarted = false; // bodyStarted was emitted for this attempt
    bool m_bodyPaused = false;
    bool m_cancelled = false;
    bool m_started = false; // holds a slot in the client
    bool m_finished = false;
};

class HttpClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    // Queues a GET. Connect to the reply's finished() right away.
    HttpReply* get(const QUrl& url, const HttpRequestOptions& options = {});

    // At most this many requests in flight (default 4); always at most one per host name,
    // whatever the port. Redirects and retries keep the slot of their request.
    void setMaxConcurrent(int requests);
    int maxConcurrent() const { return m_maxConcurrent; }
    int activeCount() const { return int(m_active.size()); }
    int queuedCount() const { return int(m_queue.size()); }

    // For classes that stream their own requests (DownloadManager); keep the User-Agent.
    QNetworkAccessManager* networkAccessManager() const { return m_manager; }

    // The same as HttpAttemptLoop's and HttpErrorText's, for the callers of HttpClient.
    static QByteArray userAgent() { return HttpAttemptLoop::userAgent(); }
    static QString unsupportedUrlReason(const QUrl& url)
    {
        return HttpErrorText::unsupportedUrlReason(url);
    }
    static QString statusMessage(int status) { return HttpErrorText::statusMessage(status); }
    static QString networkErrorMessage(QNetworkReply::NetworkError error, const QUrl& url,
                                       const QString& fallback = {})
    {
        return HttpErrorText::networkErrorMessage(error, url, fallback);
    }

Q_SIGNALS:
    // Every request that ended (not cancelled): whether a server answered at all, and the
    // error line when it failed. NetworkStatus tells from these whether Ondes is offline.
    void answered(const QUrl& url, bool reachedServer, const QString& error);

private:
    friend class HttpReply;
    void schedule();
    void release(HttpReply* reply);

    QNetworkAccessManager* m_manager;
    int m_maxConcurrent = 4;
    QList<HttpReply*> m_queue;
    QList<HttpReply*> m_active;
    QSet<QString> m_busyHosts;
};

} // namespace ondes

Q_DECLARE_METATYPE(ondes::HttpResult)

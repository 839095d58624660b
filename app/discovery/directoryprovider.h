#pragma once

// One podcast directory behind one interface: a query in, one DirectoryAnswer out through
// finished(). Every request goes through the application's HttpClient with a small body limit
// and a short silence timeout; a new query, or cancel(), drops the one running, whose answer is
// then never emitted. The directory's base address (scheme, host, port) can be replaced, for
// tests and mirrors; the paths stay as its API documents them.

#include "discovery/directorytypes.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace ondes {

class HttpClient;
class HttpReply;
struct HttpRequestOptions;

class DirectoryProvider : public QObject
{
    Q_OBJECT

public:
    DirectoryProvider(HttpClient& http, QUrl baseUrl, QObject* parent = nullptr);
    ~DirectoryProvider() override;

    virtual QString id() const = 0;          // "apple", "podcastindex", "gpodder", "fyyd"
    virtual QString displayName() const = 0; // "Apple Podcasts"
    virtual bool supports(DirectoryQuery::Kind kind) const = 0;
    // Whether its charts take the categories of DirectoryCategories (DirectoryQuery::category);
    // the others are not asked for a chart of one category.
    virtual bool hasCategories() const { return false; }
    // Whether it can be asked at all (Podcast Index needs the user's key and secret).
    virtual bool isUsable() const { return true; }

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl& baseUrl) { m_baseUrl = baseUrl; }
    // The silence after which a request fails (15 s by default).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Answers larger than this are refused (4 MB by default).
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }

    // Asks the directory; finished() comes once, never from inside this call. A query the
    // directory does not support, or a directory that is not usable, fails with a reason.
    void start(const DirectoryQuery& query);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finished(const ondes::DirectoryAnswer& answer);

protected:
    virtual void run(const DirectoryQuery& query) = 0;
    // Headers of the directory's own (a signature); called for each request.
    virtual void prepare(HttpRequestOptions& options) const;

    using JsonHandler = std::function<void(const QJsonDocument& document)>;
    // GET baseUrl + path?query; the parsed document goes to handler, or the query fails with a
    // readable reason (unreachable, an HTTP error, too large, not JSON).
    void fetchJson(const QString& path, const QUrlQuery& query, JsonHandler handler);
    void succeed(DirectoryAnswer answer);
    void fail(const QString& reason);
    // "Apple Podcasts sent an answer Ondes cannot read (…)": for a document of the wrong shape.
    void failUnreadable(const QString& detail);

private:
    void finishWith(DirectoryAnswer answer);

    HttpClient& m_http;
    QUrl m_baseUrl;
    int m_timeoutMs = 15000;
    qint64 m_maxBytes = 4LL * 1024 * 1024;
    quint64 m_generation = 0;
    bool m_busy = false;
    QPointer<HttpReply> m_reply;
};

} // namespace ondes

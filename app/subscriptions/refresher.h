#pragma once

// Refresher brings shows up to date: a conditional GET per feed (a 304 skips everything), the
// parse and merge on a worker thread, web shows read forward from their newest page. The
// HttpClient keeps it polite: a few feeds at once, one per host. A failed show keeps its
// episodes and records why.

#include "subscriptions/documentimporter.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QThreadPool;

namespace ondes {

class DocumentStream;
class HttpClient;
class Library;
struct HttpResult;
struct ShowFetchState;

class Refresher : public QObject
{
    Q_OBJECT
public:
    Refresher(HttpClient& http, Library& library, QThreadPool& workers, QObject* parent = nullptr);

    void refreshAll();
    void refresh(const QList<qint64>& showIds);
    bool isBusy() const { return !m_pending.isEmpty(); }
    void setWebShowLimits(int maxPages, int delayMs);
    // How long a server may stay silent before the attempt is given up (30 s by default).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

Q_SIGNALS:
    void started(int shows);
    void progress(int done, int total);
    void showRefreshed(qint64 showId, int newEpisodes);
    void showFailed(qint64 showId, const QString& error);
    void finished(int failures);

private:
    void startShow(const ShowFetchState& state);
    void onFeedFetched(const ShowFetchState& state, DocumentStream& stream,
                       const HttpResult& result);
    void onWebPageFetched(const ShowFetchState& state, const HttpResult& result);
    void succeed(qint64 showId, int newEpisodes);
    void failShow(qint64 showId, const QString& error);
    void done(qint64 showId);

    HttpClient& m_http;
    Library& m_library;
    QThreadPool& m_workers;
    QSet<qint64> m_pending;
    int m_total = 0;
    int m_failures = 0;
    int m_webMaxPages = 50;
    int m_webDelayMs = 500;
    int m_timeoutMs = 30000;
};

} // namespace ondes

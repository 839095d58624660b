#include "subscriptions/refresher.h"

#include "library/library.h"
#include "net/httpclient.h"
#include "subscriptions/documentstream.h"
#include "subscriptions/webshowwalker.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace ondes {

Refresher::Refresher(HttpClient& http, Library& library, QThreadPool& workers, QObject* parent)
    : QObject(parent), m_http(http), m_library(library), m_workers(workers)
{}

void Refresher::setWebShowLimits(int maxPages, int delayMs)
{
    m_webMaxPages = qMax(1, maxPages);
    m_webDelayMs = qMax(0, delayMs);
}

void Refresher::refreshAll()
{
    refresh(m_library.refreshableShowIds());
}

void Refresher::refresh(const QList<qint64>& showIds)
{
    QList<ShowFetchState> states;
    for (qint64 id : showIds) {
        if (m_pending.contains(id))
            continue;
        if (const auto state = m_library.fetchState(id);
            state && (state->kind == ShowKind::Feed || state->kind == ShowKind::Web))
            states << *state;
    }
    if (m_pending.isEmpty()) {
        m_total = 0;
        m_failures = 0;
    }
    if (states.isEmpty()) {
        if (m_pending.isEmpty())
            Q_EMIT finished(0);
        return;
    }
    m_total += static_cast<int>(states.size());
    for (const ShowFetchState& state : std::as_const(states))
        m_pending.insert(state.id);
    Q_EMIT started(m_total);
    for (const ShowFetchState& state : std::as_const(states))
        startShow(state);
}

void Refresher::startShow(const ShowFetchState& state)
{
    HttpRequestOptions options;
    options.timeoutMs = m_timeoutMs;
    if (state.kind == ShowKind::Web) {
        // Read forward from the newest page known: newer episodes link from there.
        const QUrl start(state.newestPageUrl.isEmpty() ? state.feedUrl : state.newestPageUrl);
        options.accept = "text/html,application/xhtml+xml";
        HttpReply* reply = m_http.get(start, options);
        connect(reply, &HttpReply::finished, this,
                [this, state](const HttpResult& result) { onWebPageFetched(state, result); });
        return;
    }
    options.etag = state.etag.toUtf8();
    options.lastModified = state.lastModified;
    options.streamBody = true;
    options.maxBytes = DocumentImporter::kMaxFeedBytes;
    HttpReply* reply = m_http.get(QUrl(state.feedUrl), options);
    // The feed is parsed on a worker while it downloads.
    DocumentImporter::Request request;
    request.documentUrl = QUrl(state.feedUrl);
    request.showUrl = state.feedUrl;
    request.acceptPage = false;
    auto stream = std::make_shared<DocumentStream>(m_workers, m_library, request);
    stream->follow(reply);
    connect(reply, &HttpReply::finished, this, [this, state, stream](const HttpResult& result) {
        onFeedFetched(state, *stream, result);
    });
}

void Refresher::onFeedFetched(const ShowFetchState& state, DocumentStream& stream,
                              const HttpResult& result)
{
    if (!result.ok() && !stream.refused()) {
        failShow(state.id, result.error);
        return;
    }
    const QString movedTo =
        result.permanentUrl.isValid() ? result.permanentUrl.toString() : QString();
    if (result.notModified) {
        m_library.recordFetch(state.id, QString::fromUtf8(result.etag), result.lastModified,
                              movedTo);
        succeed(state.id, 0);
        return;
    }
    stream.finish(state.feedUrl, this,
                  [this, state, result, movedTo](const DocumentImport& import) {
                      if (import.kind != DocumentImport::Kind::Feed) {
                          failShow(state.id, import.error);
                          return;
                      }
                      // itunes:new-feed-url is the publisher saying the same thing as a 301.
                      QString target = movedTo;
                      if (target.isEmpty() && !import.newFeedUrl.isEmpty() &&
                          QUrl(import.newFeedUrl).scheme().startsWith(QLatin1String("http")))
                          target = import.newFeedUrl;
                      m_library.recordFetch(state.id, QString::fromUtf8(result.etag),
                                            result.lastModified, target);
                      succeed(state.id, import.merged->added);
                  });
}

void Refresher::onWebPageFetched(const ShowFetchState& state, const HttpResult& result)
{
    if (!result.ok()) {
        failShow(state.id, result.error);
        return;
    }
    const QUrl pageUrl = result.finalUrl.isValid() ? result.finalUrl : QUrl(state.newestPageUrl);
    auto* parse = new QFutureWatcher<PageImport>(this);
    connect(parse, &QFutureWatcher<PageImport>::finished, this, [this, parse, state, pageUrl] {
        parse->deleteLater();
        const PageImport page = parse->result();
        if (!page.episode) {
            failShow(state.id, tr("%1 has no episode any more").arg(pageUrl.toDisplayString()));
            return;
        }
        auto* walker = new WebShowWalker(m_http, m_workers, this);
        connect(walker, &WebShowWalker::finished, this,
                [this, walker, state](const ParsedFeed& feed, const QString&) {
                    walker->deleteLater();
                    QString error;
                    const auto merged = m_library.storeFeed(state.feedUrl, ShowKind::Web, feed,
                                                            &error, FeedMerger::Coverage::Partial);
                    if (!merged) {
                        failShow(state.id, error);
                        return;
                    }
                    m_library.recordFetch(state.id, {}, {});
                    succeed(state.id, merged->added);
                });
        WebShowWalker::Options options;
        options.direction = WebShowWalker::Direction::Newer;
        options.maxPages = m_webMaxPages;
        options.delayMs = m_webDelayMs;
        walker->start(pageUrl, page, options);
    });
    parse->setFuture(QtConcurrent::run(
        &m_workers, [body = result.body, pageUrl] { return PageImporter::parse(body, pageUrl); }));
}

void Refresher::succeed(qint64 showId, int newEpisodes)
{
    Q_EMIT showRefreshed(showId, newEpisodes);
    done(showId);
}

void Refresher::failShow(qint64 showId, const QString& error)
{
    ++m_failures;
    m_library.recordFetchError(showId, error);
    Q_EMIT showFailed(showId, error);
    done(showId);
}

void Refresher::done(qint64 showId)
{
    m_pending.remove(showId);
    Q_EMIT progress(m_total - static_cast<int>(m_pending.size()), m_total);
    if (m_pending.isEmpty())
        Q_EMIT finished(m_failures);
}

} // namespace ondes

#include "subscriptions/webshowwalker.h"

#include "net/httpclient.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ondes {

WebShowWalker::WebShowWalker(HttpClient& http, QThreadPool& workers, QObject* parent)
    : QObject(parent), m_http(http), m_workers(workers)
{
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &WebShowWalker::fetchNext);
}

void WebShowWalker::start(const QUrl& pageUrl, const PageImport& first, const Options& options)
{
    m_options = options;
    m_feed = ParsedFeed{};
    m_feed.title = first.showTitle.isEmpty() ? pageUrl.host() : first.showTitle;
    m_feed.imageUrl = first.showImageUrl;
    m_feed.link = pageUrl.toString();
    m_visited.clear();
    m_pages = 0;
    take(pageUrl, first);
}

void WebShowWalker::take(const QUrl& pageUrl, const PageImport& page)
{
    ++m_pages;
    m_visited.insert(pageUrl.adjusted(QUrl::RemoveFragment).toString());
    if (page.episode) {
        m_feed.episodes << *page.episode;
        // The address it was read at, which a refresh reads again (a canonical link may name
        // another host).
        m_feed.episodes.last().link = pageUrl.toString();
        Q_EMIT pageRead(m_pages, page.episode->title);
    }
    const QString next = m_options.direction == Direction::Older ? page.previousUrl : page.nextUrl;
    if (!page.episode || next.isEmpty() || m_pages >= m_options.maxPages) {
        finish();
        return;
    }
    m_next = QUrl(next);
    if (m_visited.contains(m_next.adjusted(QUrl::RemoveFragment).toString())) {
        finish();
        return;
    }
    m_delay.start(m_options.delayMs);
}

void WebShowWalker::fetchNext()
{
    HttpRequestOptions options;
    options.maxBytes = 8LL * 1024 * 1024;
    options.accept = "text/html,application/xhtml+xml";
    HttpReply* reply = m_http.get(m_next, options);
    connect(reply, &HttpReply::finished, this, &WebShowWalker::onFetched);
}

void WebShowWalker::onFetched(const HttpResult& result)
{
    if (!result.ok()) {
        finish(tr("stopped at %1: %2").arg(m_next.toString(), result.error));
        return;
    }
    const QUrl pageUrl = result.finalUrl.isValid() ? result.finalUrl : m_next;
    auto* watcher = new QFutureWatcher<PageImport>(this);
    connect(watcher, &QFutureWatcher<PageImport>::finished, this, [this, watcher, pageUrl] {
        watcher->deleteLater();
        take(pageUrl, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        &m_workers, [body = result.body, pageUrl] { return PageImporter::parse(body, pageUrl); }));
}

void WebShowWalker::finish(const QString& warning)
{
    // Newest first, as a feed lists them, whichever way the walk went.
    std::stable_sort(
        m_feed.episodes.begin(), m_feed.episodes.end(),
        [](const ParsedEpisode& a, const ParsedEpisode& b) { return a.published > b.published; });
    Q_EMIT finished(m_feed, warning);
}

} // namespace ondes

#include "discovery/feedpreview.h"

#include "feed/feedparser.h"
#include "feed/showhosts.h"
#include "net/httpclient.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace ondes {

namespace {
constexpr qint64 kMaxFeedBytes = 64LL * 1024 * 1024;
}

FeedPreview::FeedPreview(HttpClient& http, QObject* parent) : QObject(parent), m_http(http) {}

FeedPreview::~FeedPreview()
{
    cancel();
}

void FeedPreview::start(const QUrl& feedUrl)
{
    cancel();
    const quint64 generation = m_generation;
    HttpRequestOptions options;
    options.accept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                     "text/xml;q=0.9, */*;q=0.5";
    options.maxBytes = kMaxFeedBytes;
    options.timeoutMs = m_timeoutMs;
    HttpReply* reply = m_http.get(feedUrl, options);
    m_reply = reply;
    connect(reply, &HttpReply::finished, this,
            [this, feedUrl, generation](const HttpResult& result) {
                if (generation != m_generation)
                    return;
                m_reply = nullptr;
                if (!result.ok()) {
                    FeedPreviewResult failed;
                    failed.url = feedUrl;
                    failed.error = result.error;
                    finish(std::move(failed), generation);
                    return;
                }
                parse(feedUrl, result.finalUrl, result.body, generation);
            });
}

void FeedPreview::cancel()
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
}

void FeedPreview::parse(const QUrl& url, const QUrl& baseUrl, QByteArray body, quint64 generation)
{
    const int maxEpisodes = m_maxEpisodes;
    auto* watcher = new QFutureWatcher<FeedPreviewResult>(this);
    connect(watcher, &QFutureWatcher<FeedPreviewResult>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                finish(watcher->result(), generation);
            });
    watcher->setFuture(QtConcurrent::run([url, baseUrl, body = std::move(body), maxEpisodes] {
        FeedParseOptions options;
        options.baseUrl = baseUrl;
        options.maxEpisodes = maxEpisodes;
        options.maxBytes = kMaxFeedBytes;
        FeedParseResult parsed = FeedParser::parse(body, options);
        FeedPreviewResult result;
        result.url = url;
        if (!parsed.ok()) {
            result.error = parsed.error;
            return result;
        }
        result.feed = std::move(*parsed.feed);
        // As the library would store them: with the show's hosts (its author, its title,
        // the names that recur from episode to episode).
        const QList<EpisodePeople> people = showPeople(result.feed);
        result.speakers.reserve(people.size());
        for (const EpisodePeople& episode : people)
            result.speakers.append(episode.speakers);
        return result;
    }));
}

void FeedPreview::finish(FeedPreviewResult result, quint64 generation)
{
    if (generation != m_generation)
        return;
    Q_EMIT finished(result);
}

} // namespace ondes

#pragma once

// FeedPreview fetches and parses a show's feed to show it before subscribing, and stores
// nothing: no library row, no file, no artwork. The episodes come with who speaks in them (the
// feed's podcast:person entries, the people the descriptions name and the show's hosts, as the
// library would store them). Parsing runs on a worker thread; a new preview, or cancel(), drops the
// old one.

#include "feed/episodespeakers.h"
#include "feed/feedtypes.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace ondes {

class HttpClient;
class HttpReply;

struct FeedPreviewResult
{
    QUrl url;        // the address asked
    ParsedFeed feed; // set when ok(); episodes in the feed's order, at most maxEpisodes
    QList<QList<EpisodeSpeaker>> speakers; // per episode of feed.episodes
    QString error;                         // one line a user can read; empty on success

    bool ok() const { return error.isEmpty(); }
};

class FeedPreview : public QObject
{
    Q_OBJECT

public:
    explicit FeedPreview(HttpClient& http, QObject* parent = nullptr);
    ~FeedPreview() override;

    void setMaxEpisodes(int episodes) { m_maxEpisodes = episodes; } // 500
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }                 // 30 s of silence

    // finished() comes once, never from inside this call.
    void start(const QUrl& feedUrl);
    void cancel();

Q_SIGNALS:
    void finished(const ondes::FeedPreviewResult& result);

private:
    void parse(const QUrl& url, const QUrl& baseUrl, QByteArray body, quint64 generation);
    void finish(FeedPreviewResult result, quint64 generation);

    HttpClient& m_http;
    QPointer<HttpReply> m_reply;
    int m_maxEpisodes = 500;
    int m_timeoutMs = 30000;
    quint64 m_generation = 0;
};

} // namespace ondes

Q_DECLARE_METATYPE(ondes::FeedPreviewResult)

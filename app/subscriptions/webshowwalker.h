#pragma once

// WebShowWalker reads a show that has only web pages: from one episode page it follows the
// "previous" (or "next") links one page at a time, politely, and gathers the episodes as a feed.

#include "feed/feedtypes.h"
#include "feed/pageimporter.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QThreadPool;

namespace ondes {

class HttpClient;
struct HttpResult;

class WebShowWalker : public QObject
{
    Q_OBJECT
public:
    enum class Direction { Older, Newer };
    struct Options
    {
        Direction direction = Direction::Older;
        int maxPages = 50; // pages read in all, the first one included
        int delayMs = 500; // pause between two pages of the same site
    };

    WebShowWalker(HttpClient& http, QThreadPool& workers, QObject* parent = nullptr);

    // Starts from a page already read (pageUrl, first); finished() follows.
    void start(const QUrl& pageUrl, const PageImport& first, const Options& options);

Q_SIGNALS:
    void pageRead(int pages, const QString& title);
    // The episodes found, newest first; warning says why the walk stopped early, if it did.
    void finished(const ondes::ParsedFeed& feed, const QString& warning);

private:
    void take(const QUrl& pageUrl, const PageImport& page);
    void fetchNext();
    void onFetched(const HttpResult& result);
    void finish(const QString& warning = {});

    HttpClient& m_http;
    QThreadPool& m_workers;
    Options m_options;
    ParsedFeed m_feed;
    QSet<QString> m_visited;
    QUrl m_next;
    int m_pages = 0;
    QTimer m_delay;
};

} // namespace ondes

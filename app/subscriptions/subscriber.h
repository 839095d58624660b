#pragma once

// Subscriber adds a show to the library from an address: a feed, a web page that links to
// feeds (the listener picks one when there are several), or an episode page of a show with no
// feed, whose archive is walked through its "previous" links.

#include "feed/pageimporter.h"
#include "subscriptions/documentimporter.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QThreadPool;

namespace ondes {

class DocumentStream;
class HttpClient;
class Library;
struct HttpResult;

class Subscriber : public QObject
{
    Q_OBJECT
public:
    // Why a subscription failed, for a message in the listener's words (the error text keeps
    // the technical detail).
    enum class Failure {
        BadAddress,        // not an address Ondes can fetch
        Unreachable,       // the server did not answer, or answered with an error
        NotAFeed,          // the document is neither a feed nor a page of a show
        NothingToListenTo, // a page with no feed and no episode
        NotSaved,          // read, but the library could not store it
    };
    Q_ENUM(Failure)

    Subscriber(HttpClient& http, Library& library, QThreadPool& workers, QObject* parent = nullptr);

    // Starts subscribing; the outcome comes through the signals tagged with the returned id.
    int subscribe(const QString& address);
    // A feed file from disk becomes a show that is not refreshed (its episodes stream from
    // their http(s) addresses as usual).
    int importFile(const QString& path);
    // Answers feedChoiceNeeded.
    void chooseFeed(int request, const QString& feedUrl);
    void cancel(int request);

    // How far a web show's archive is read (pages), and the pause between two pages.
    void setWebShowLimits(int maxPages, int delayMs);

    // The library is being opened elsewhere meanwhile (the command line opens it while the
    // feed downloads): nothing is stored before opening has finished, and a subscription
    // fails with NotSaved and its text when that is not empty (the library did not open).
    void setLibraryOpening(QFuture<QString> opening);

Q_SIGNALS:
    void progress(int request, const QString& message);
    void feedChoiceNeeded(int request, const QList<ondes::FeedLink>& feeds);
    void subscribed(int request, qint64 showId, int episodes);
    void failed(int request, const QString& error, ondes::Subscriber::Failure why);

private:
    void fetch(int request, const QUrl& url, bool acceptPage);
    void onFetched(int request, const QUrl& requested, std::shared_ptr<DocumentStream> stream,
                   const HttpResult& result);
    // Runs store once the library is open (at once when it is), or fails the request.
    void whenLibraryOpen(int request, std::function<void()> store);
    void onImported(int request, const QUrl& documentUrl, const DocumentImport& import);
    void walkWebShow(int request, const QUrl& pageUrl, const PageImport& page);
    void storeWebShow(int request, const QUrl& pageUrl, const ParsedFeed& feed);
    void storeWebShowNow(int request, const QUrl& pageUrl, const ParsedFeed& feed);
    void fail(int request, const QString& error, Failure why);

    HttpClient& m_http;
    Library& m_library;
    QThreadPool& m_workers;
    int m_nextRequest = 1;
    QHash<int, bool> m_active; // request -> still wanted
    int m_webMaxPages = 50;
    int m_webDelayMs = 500;
    std::optional<QFuture<QString>> m_libraryOpening;
};

} // namespace ondes

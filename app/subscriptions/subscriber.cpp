#include "subscriptions/subscriber.h"

#include "library/library.h"
#include "net/httpclient.h"
#include "subscriptions/documentstream.h"
#include "subscriptions/feedaddress.h"
#include "subscriptions/webshowwalker.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

namespace ondes {

// The stages of a subscription as they happen, for timing one (off by default):
//   QT_LOGGING_RULES=ondes.subscribe.debug=true QT_MESSAGE_PATTERN='%{time process} %{message}'
Q_LOGGING_CATEGORY(lcSubscribe, "ondes.subscribe", QtInfoMsg)

Subscriber::Subscriber(HttpClient& http, Library& library, QThreadPool& workers, QObject* parent)
    : QObject(parent), m_http(http), m_library(library), m_workers(workers)
{}

void Subscriber::setWebShowLimits(int maxPages, int delayMs)
{
    m_webMaxPages = qMax(1, maxPages);
    m_webDelayMs = qMax(0, delayMs);
}

int Subscriber::subscribe(const QString& address)
{
    const int request = m_nextRequest++;
    m_active.insert(request, true);
    QString error;
    const QUrl url = feedAddress(address, &error);
    if (!url.isValid()) {
        // Signals never come from inside the call, so callers can connect after it.
        QTimer::singleShot(0, this,
                           [this, request, error] { fail(request, error, Failure::BadAddress); });
        return request;
    }
    fetch(request, url, true);
    return request;
}

int Subscriber::importFile(const QString& path)
{
    const int request = m_nextRequest++;
    m_active.insert(request, true);
    if (QFile file(path); !file.open(QIODevice::ReadOnly)) {
        const QString error = tr("Cannot read %1: %2").arg(path, file.errorString());
        QTimer::singleShot(0, this,
                           [this, request, error] { fail(request, error, Failure::Unreachable); });
        return request;
    }
    DocumentImporter::Request importRequest;
    importRequest.documentUrl = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    importRequest.showUrl = importRequest.documentUrl.toString();
    importRequest.acceptPage = false;
    importRequest.kind = ShowKind::File;
    whenLibraryOpen(request, [this, request, importRequest, path] {
        Library& library = m_library;
        DocumentImporter::runAsync(
            m_workers,
            [&library, importRequest, path] {
                return DocumentImporter::runFile(library, importRequest, path);
            },
            this,
            [this, request, url = importRequest.documentUrl](const DocumentImport& import) {
                onImported(request, url, import);
            });
    });
    return request;
}

void Subscriber::chooseFeed(int request, const QString& feedUrl)
{
    if (!m_active.contains(request))
        return;
    QString error;
    const QUrl url = feedAddress(feedUrl, &error);
    if (!url.isValid()) {
        fail(request, error, Failure::BadAddress);
        return;
    }
    fetch(request, url, false);
}

void Subscriber::cancel(int request)
{
    m_active.remove(request);
}

void Subscriber::fetch(int request, const QUrl& url, bool acceptPage)
{
    Q_EMIT progress(request, tr("Fetching %1…").arg(url.toDisplayString()));
    HttpRequestOptions options;
    options.streamBody = true;
    options.maxBytes = DocumentImporter::kMaxFeedBytes;
    qCDebug(lcSubscribe) << "request sent:" << url.toString();
    HttpReply* reply = m_http.get(url, options);
    // The document is parsed on a worker while it downloads.
    DocumentImporter::Request importRequest;
    importRequest.documentUrl = url;
    importRequest.showUrl = url.toString();
    importRequest.acceptPage = acceptPage;
    auto stream = std::make_shared<DocumentStream>(m_workers, m_library, importRequest);
    stream->follow(reply);
    connect(reply, &HttpReply::bodyStarted, this, [this, request](const QUrl& from) {
        qCDebug(lcSubscribe) << "first bytes";
        if (m_active.contains(request))
            Q_EMIT progress(request, tr("Reading %1…").arg(from.toDisplayString()));
    });
    connect(reply, &HttpReply::finished, this,
            [this, request, url, stream](const HttpResult& result) {
                onFetched(request, url, stream, result);
            });
}

void Subscriber::onFetched(int request, const QUrl& requested,
                           std::shared_ptr<DocumentStream> stream, const HttpResult& result)
{
    qCDebug(lcSubscribe) << "download ended";
    if (!m_active.contains(request))
        return;
    if (!result.ok() && !stream->refused()) {
        fail(request, tr("Cannot fetch %1: %2").arg(requested.toDisplayString(), result.error),
             Failure::Unreachable);
        return;
    }
    // A show that moved for good is stored under its new address.
    const QUrl documentUrl = result.finalUrl.isValid() ? result.finalUrl : requested;
    const QString showUrl =
        (result.permanentUrl.isValid() ? result.permanentUrl : requested).toString();
    // The parser goes on with what is queued meanwhile; only the storing waits.
    whenLibraryOpen(request, [this, request, stream, documentUrl, showUrl, etag = result.etag,
                              lastModified = result.lastModified] {
        stream->finish(
            showUrl, this,
            [this, request, documentUrl, etag, lastModified](const DocumentImport& import) {
                // The validators let the first refresh be a cheap conditional GET.
                if (import.kind == DocumentImport::Kind::Feed)
                    m_library.recordFetch(import.merged->showId, QString::fromUtf8(etag),
                                          lastModified);
                onImported(request, documentUrl, import);
            });
    });
}

void Subscriber::setLibraryOpening(QFuture<QString> opening)
{
    m_libraryOpening = std::move(opening);
    if (lcSubscribe().isDebugEnabled())
        m_libraryOpening->then([](const QString&) { qCDebug(lcSubscribe) << "library open"; });
}

void Subscriber::whenLibraryOpen(int request, std::function<void()> store)
{
    if (!m_libraryOpening || m_libraryOpening->isFinished()) {
        const QString error = m_libraryOpening ? m_libraryOpening->result() : QString();
        if (!m_active.contains(request))
            return;
        if (!error.isEmpty()) {
            fail(request, error, Failure::NotSaved);
            return;
        }
        store();
        return;
    }
    qCDebug(lcSubscribe) << "waiting for the library to open";
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this,
            [this, watcher, request, store = std::move(store)] {
                watcher->deleteLater();
                whenLibraryOpen(request, store);
            });
    watcher->setFuture(*m_libraryOpening);
}

void Subscriber::onImported(int request, const QUrl& documentUrl, const DocumentImport& import)
{
    if (!m_active.contains(request))
        return;
    switch (import.kind) {
    case DocumentImport::Kind::Invalid:
        fail(request, import.error, import.notStored ? Failure::NotSaved : Failure::NotAFeed);
        return;
    case DocumentImport::Kind::Feed:
        m_active.remove(request);
        qCDebug(lcSubscribe) << "subscribed";
        Q_EMIT subscribed(request, import.merged->showId,
                          import.merged->added + import.merged->updated + import.merged->unchanged);
        return;
    case DocumentImport::Kind::Page:
        break;
    }
    const PageImport& page = import.page;
    if (page.feedLinks.size() == 1) {
        fetch(request, QUrl(page.feedLinks.first().url), false);
    } else if (page.feedLinks.size() > 1) {
        Q_EMIT feedChoiceNeeded(request, page.feedLinks);
    } else if (page.episode) {
        walkWebShow(request, documentUrl, page);
    } else {
        fail(request,
             tr("%1 links to no podcast feed and has no episode to listen to.")
                 .arg(documentUrl.toDisplayString()),
             Failure::NothingToListenTo);
    }
}

void Subscriber::walkWebShow(int request, const QUrl& pageUrl, const PageImport& page)
{
    auto* walker = new WebShowWalker(m_http, m_workers, this);
    connect(walker, &WebShowWalker::pageRead, this,
            [this, request](int pages, const QString& title) {
                Q_EMIT progress(request,
                                tr("Read %n page(s) of the show: %1", nullptr, pages).arg(title));
            });
    connect(walker, &WebShowWalker::finished, this,
            [this, walker, request, pageUrl](const ParsedFeed& feed, const QString&) {
                walker->deleteLater();
                storeWebShow(request, pageUrl, feed);
            });
    WebShowWalker::Options options;
    options.maxPages = m_webMaxPages;
    options.delayMs = m_webDelayMs;
    walker->start(pageUrl, page, options);
}

void Subscriber::storeWebShow(int request, const QUrl& pageUrl, const ParsedFeed& feed)
{
    if (!m_active.contains(request))
        return;
    whenLibraryOpen(request,
                    [this, request, pageUrl, feed] { storeWebShowNow(request, pageUrl, feed); });
}

void Subscriber::storeWebShowNow(int request, const QUrl& pageUrl, const ParsedFeed& feed)
{
    auto* watcher = new QFutureWatcher<std::optional<MergeResult>>(this);
    auto error = std::make_shared<QString>();
    connect(watcher, &QFutureWatcher<std::optional<MergeResult>>::finished, this,
            [this, watcher, request, error] {
                watcher->deleteLater();
                const auto result = watcher->result();
                if (!result) {
                    fail(request, *error, Failure::NotSaved);
                    return;
                }
                m_active.remove(request);
                Q_EMIT subscribed(request, result->showId, result->added + result->updated);
            });
    Library& library = m_library;
    watcher->setFuture(QtConcurrent::run(&m_workers, [&library, pageUrl, feed, error] {
        // A web show's archive is read only so far: what was not reached is not gone.
        return library.storeFeed(pageUrl.toString(), ShowKind::Web, feed, error.get(),
                                 FeedMerger::Coverage::Partial);
    }));
}

void Subscriber::fail(int request, const QString& error, Failure why)
{
    m_active.remove(request);
    Q_EMIT failed(request, error, why);
}

} // namespace ondes

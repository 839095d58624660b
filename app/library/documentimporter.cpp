#include "library/documentimporter.h"

#include "feed/feedparser.h"
#include "library/library.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace ondes {

bool DocumentImporter::looksLikeHtml(const QByteArray& body, const QByteArray& contentType)
{
    // The markup decides; the Content-Type only breaks a tie (servers send feeds as text/html).
    const QByteArray head = body.left(4096).toLower();
    qsizetype firstFeed = -1;
    for (const char* root : {"<rss", "<feed", "<rdf:rdf"}) {
        const qsizetype at = head.indexOf(root);
        if (at >= 0 && (firstFeed < 0 || at < firstFeed))
            firstFeed = at;
    }
    const qsizetype html = head.indexOf("<html");
    if (html >= 0 && (firstFeed < 0 || html < firstFeed))
        return true;
    if (firstFeed >= 0)
        return false;
    return head.contains("<!doctype html") || contentType.toLower().contains("html");
}

DocumentImport DocumentImporter::run(Library& library, const Request& request)
{
    DocumentImport result;
    if (looksLikeHtml(request.body, request.contentType)) {
        if (!request.acceptPage) {
            result.error = QStringLiteral("%1 is a web page, not a podcast feed")
                               .arg(request.documentUrl.toString());
            return result;
        }
        result.kind = DocumentImport::Kind::Page;
        result.page = PageImporter::parse(request.body, request.documentUrl);
        return result;
    }

    FeedParseOptions options;
    options.baseUrl = request.documentUrl;
    const FeedParseResult parsed = FeedParser::parse(request.body, options);
    if (!parsed.ok()) {
        result.error = QStringLiteral("%1 is not a podcast feed: %2")
                           .arg(request.documentUrl.toString(), parsed.error);
        return result;
    }
    result.kind = DocumentImport::Kind::Feed;
    result.newFeedUrl = parsed.feed->newFeedUrl;
    result.merged = library.storeFeed(request.showUrl, request.kind, *parsed.feed, &result.error);
    if (!result.merged)
        result.kind = DocumentImport::Kind::Invalid;
    return result;
}

void DocumentImporter::runAsync(QThreadPool& workers, Library& library, const Request& request,
                                QObject* receiver, std::function<void(const DocumentImport&)> done)
{
    auto* watcher = new QFutureWatcher<DocumentImport>(receiver);
    QObject::connect(watcher, &QFutureWatcher<DocumentImport>::finished, receiver,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(
        &workers, [&library, request] { return DocumentImporter::run(library, request); }));
}

} // namespace ondes

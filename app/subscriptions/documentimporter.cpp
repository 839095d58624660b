#include "subscriptions/documentimporter.h"

#include "feed/feedparser.h"
#include "library/library.h"

#include <QFile>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

#include <memory>

namespace ondes {

Q_DECLARE_LOGGING_CATEGORY(lcSubscribe)

namespace {

constexpr qsizetype kSniffBytes = 4096;    // what looksLikeHtml() reads
constexpr qint64 kFileChunk = 1024 * 1024; // a file is read this much at a time

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

// Freeing a big feed's episodes is slow (10,000 of them: ~30 ms, and as much again for the
// allocator to tidy up when the thread ends): another thread does it, while the result goes to
// whoever waits for it.
void freeElsewhere(ParsedFeed&& feed)
{
    auto doomed = std::make_shared<ParsedFeed>(std::move(feed));
    QThreadPool::globalInstance()->start([doomed]() mutable { doomed.reset(); });
}

} // namespace

bool DocumentImporter::looksLikeHtml(QByteArrayView head, const QByteArray& contentType)
{
    // The markup decides; the Content-Type only breaks a tie (servers send feeds as text/html).
    const QByteArray lower = head.first(qMin(head.size(), kSniffBytes)).toByteArray().toLower();
    qsizetype firstFeed = -1;
    for (const char* root : {"<rss", "<feed", "<rdf:rdf"}) {
        const qsizetype at = lower.indexOf(root);
        if (at >= 0 && (firstFeed < 0 || at < firstFeed))
            firstFeed = at;
    }
    const qsizetype html = lower.indexOf("<html");
    if (html >= 0 && (firstFeed < 0 || html < firstFeed))
        return true;
    if (firstFeed >= 0)
        return false;
    return lower.contains("<!doctype html") || contentType.toLower().contains("html");
}

DocumentImporter::DocumentImporter(Library& library, Request request)
    : m_library(library), m_request(std::move(request))
{}

DocumentImporter::~DocumentImporter() = default;

void DocumentImporter::refuse(const QString& error)
{
    m_mode = Mode::Refused;
    m_error = error;
    m_parser.reset();
    m_buffer = QByteArray();
}

void DocumentImporter::refuseFeed(const QString& parseError)
{
    refuse(tr("%1 is not a podcast feed: %2").arg(m_request.documentUrl.toString(), parseError));
}

void DocumentImporter::decide()
{
    if (looksLikeHtml(m_buffer, m_request.contentType)) {
        if (!m_request.acceptPage) {
            refuse(
                tr("%1 is a web page, not a podcast feed").arg(m_request.documentUrl.toString()));
            return;
        }
        m_mode = Mode::Page;
        return;
    }
    m_mode = Mode::Feed;
    FeedParseOptions options;
    options.baseUrl = m_request.documentUrl;
    options.maxBytes = kMaxFeedBytes;
    m_parser = std::make_unique<FeedParser>(options);
    const QByteArray head = std::exchange(m_buffer, {});
    if (!m_parser->addData(head))
        refuseFeed(m_parser->finish().error);
}

bool DocumentImporter::addData(QByteArrayView chunk)
{
    switch (m_mode) {
    case Mode::Refused:
        return false;
    case Mode::Sniffing:
        m_buffer.append(chunk.data(), chunk.size());
        if (m_buffer.size() >= kSniffBytes)
            decide();
        break;
    case Mode::Page:
        m_buffer.append(chunk.data(), chunk.size());
        break;
    case Mode::Feed:
        if (!m_parser->addData(chunk))
            refuseFeed(m_parser->finish().error);
        break;
    }
    if (m_mode == Mode::Page && m_buffer.size() > kMaxPageBytes)
        refuse(tr("%1 is a web page larger than %2 MB")
                   .arg(m_request.documentUrl.toString(), megabytes(kMaxPageBytes)));
    return m_mode != Mode::Refused;
}

DocumentImport DocumentImporter::finish(const QString& storeAs)
{
    if (m_mode == Mode::Sniffing)
        decide();
    DocumentImport result;
    switch (m_mode) {
    case Mode::Sniffing:
    case Mode::Refused:
        break;
    case Mode::Page:
        result.kind = DocumentImport::Kind::Page;
        result.page = PageImporter::parse(m_buffer, m_request.documentUrl);
        m_buffer = QByteArray();
        return result;
    case Mode::Feed: {
        FeedParseResult parsed = m_parser->finish();
        m_parser.reset();
        qCDebug(lcSubscribe) << "parsed";
        if (!parsed.ok()) {
            refuseFeed(parsed.error);
            break;
        }
        result.kind = DocumentImport::Kind::Feed;
        result.newFeedUrl = parsed.feed->newFeedUrl;
        result.merged = m_library.storeFeed(storeAs.isEmpty() ? m_request.showUrl : storeAs,
                                            m_request.kind, *parsed.feed, &result.error);
        if (!result.merged) {
            result.kind = DocumentImport::Kind::Invalid;
            result.notStored = true;
        }
        qCDebug(lcSubscribe) << "stored";
        freeElsewhere(std::move(*parsed.feed));
        return result;
    }
    }
    result.error = m_error;
    return result;
}

DocumentImport DocumentImporter::runFile(Library& library, const Request& request,
                                         const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DocumentImport result;
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    DocumentImporter importer(library, request);
    QByteArray buffer(kFileChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), kFileChunk);
        if (n < 0) {
            DocumentImport result;
            result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
            return result;
        }
        if (n == 0 || !importer.addData(QByteArrayView(buffer.constData(), n)))
            break;
    }
    return importer.finish();
}

void DocumentImporter::runAsync(QThreadPool& workers, std::function<DocumentImport()> import,
                                QObject* receiver, std::function<void(const DocumentImport&)> done)
{
    auto* watcher = new QFutureWatcher<DocumentImport>(receiver);
    QObject::connect(watcher, &QFutureWatcher<DocumentImport>::finished, receiver,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(&workers, std::move(import)));
}

} // namespace ondes

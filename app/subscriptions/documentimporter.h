#pragma once

// DocumentImporter decides what a fetched document is and takes it in: a feed is parsed and
// merged into the library; a web page is read for its feed links or its episode. It takes the
// bytes piece by piece as they arrive (a feed goes into the push parser at once, so a 100 MB
// feed is never held whole) and does the slow part of subscribing and refreshing, so it runs on
// a worker thread (DocumentStream feeds it there from a download).

#include "feed/pageimporter.h"
#include "library/feedmerger.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QObject;
class QThreadPool;

namespace ondes {

class FeedParser;
class Library;

struct DocumentImport
{
    enum class Kind { Feed, Page, Invalid };
    Kind kind = Kind::Invalid;
    std::optional<MergeResult> merged; // Feed: what changed in the library
    QString newFeedUrl;                // Feed: itunes:new-feed-url, when the show moved
    PageImport page;                   // Page
    QString error;                     // Invalid, or a feed that could not be stored
    bool notStored = false;            // Invalid: a feed was read but the library refused it
};

class DocumentImporter
{
    Q_DECLARE_TR_FUNCTIONS(ondes::DocumentImporter)

public:
    struct Request
    {
        QByteArray contentType;
        QUrl documentUrl;       // where the bytes came from: relative links resolve against it
        QString showUrl;        // the address the show is stored under
        bool acceptPage = true; // false: the address was given as a feed, a page is an error
        ShowKind kind = ShowKind::Feed; // File for a feed opened from disk (never refreshed)
    };

    // The largest feed taken in, and the largest web page (a page is read whole).
    static constexpr qint64 kMaxFeedBytes = 512LL * 1024 * 1024;
    static constexpr qint64 kMaxPageBytes = 16LL * 1024 * 1024;

    DocumentImporter(Library& library, Request request);
    ~DocumentImporter();
    DocumentImporter(const DocumentImporter&) = delete;
    DocumentImporter& operator=(const DocumentImporter&) = delete;

    // The next bytes of the document. Returns false once it is refused (finish() says why);
    // later bytes are ignored.
    bool addData(QByteArrayView chunk);
    // The document is complete: a feed is stored, a page read. Call once. storeAs replaces the
    // request's showUrl when it is not empty (a permanent redirect is known only at the end).
    DocumentImport finish(const QString& storeAs = {});

    // A feed file, read piece by piece.
    static DocumentImport runFile(Library& library, const Request& request, const QString& path);
    // Runs import on workers, then calls done with the result in receiver's thread (not at all
    // when receiver is gone by then).
    static void runAsync(QThreadPool& workers, std::function<DocumentImport()> import,
                         QObject* receiver, std::function<void(const DocumentImport&)> done);
    static bool looksLikeHtml(QByteArrayView head, const QByteArray& contentType);

private:
    enum class Mode { Sniffing, Feed, Page, Refused };
    void decide();
    void refuse(const QString& error); // error: the whole line the user reads
    void refuseFeed(const QString& parseError);

    Library& m_library;
    Request m_request;
    Mode m_mode = Mode::Sniffing;
    QByteArray m_buffer; // the first bytes while sniffing; a whole page
    std::unique_ptr<FeedParser> m_parser;
    QString m_error;
};

} // namespace ondes

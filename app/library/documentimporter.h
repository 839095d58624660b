#pragma once

// DocumentImporter decides what a fetched document is and takes it in: a feed is parsed and
// merged into the library at once; a web page is read for its feed links or its episode.
// It does the slow part of subscribing and refreshing, so it runs on a worker thread.

#include "feed/pageimporter.h"
#include "library/feedmerger.h"

#include <QByteArray>
#include <QUrl>

#include <functional>
#include <optional>

class QObject;
class QThreadPool;

namespace ondes {

class Library;

struct DocumentImport
{
    enum class Kind { Feed, Page, Invalid };
    Kind kind = Kind::Invalid;
    std::optional<MergeResult> merged; // Feed: what changed in the library
    QString newFeedUrl;                // Feed: itunes:new-feed-url, when the show moved
    PageImport page;                   // Page
    QString error;                     // Invalid, or a feed that could not be stored
};

class DocumentImporter
{
public:
    struct Request
    {
        QByteArray body;
        QByteArray contentType;
        QUrl documentUrl;       // where the bytes came from: relative links resolve against it
        QString showUrl;        // the address the show is stored under
        bool acceptPage = true; // false: the address was given as a feed, a page is an error
        QString kind = QStringLiteral("feed"); // how the show is stored: "feed", or "file" for
                                               // a feed opened from disk (never refreshed)
    };

    static DocumentImport run(Library& library, const Request& request);
    // Runs the import on workers, then calls done with the result in receiver's thread (not
    // at all when receiver is gone by then).
    static void runAsync(QThreadPool& workers, Library& library, const Request& request,
                         QObject* receiver, std::function<void(const DocumentImport&)> done);
    static bool looksLikeHtml(const QByteArray& body, const QByteArray& contentType);
};

} // namespace ondes

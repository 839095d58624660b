#pragma once

// FeedParser turns the bytes of an RSS or Atom document into a ParsedFeed. It is a push parser:
// feed it chunks as they arrive; it never builds a tree of the whole document.

#include "feed/feedtypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace ondes {

struct FeedParseOptions
{
    QUrl baseUrl;                          // relative URLs resolve against it (and xml:base)
    int maxEpisodes = -1;                  // keep at most this many episodes; -1 keeps all
    qint64 maxBytes = 512LL * 1024 * 1024; // a larger document is refused
    // Runs the byte filters ahead of libxml2 (bare ampersands, CDATA and text bypass) on a
    // thread of their own (InputFilterThread): the same result, sooner on a machine with a core
    // to spare for a large document (dump-feed).
    bool filterOnThread = false;
};

struct FeedParseResult
{
    std::optional<ParsedFeed> feed; // set on success
    QString error;                  // one line a user can read, set on failure

    bool ok() const { return feed.has_value(); }
};

class FeedParser
{
    Q_DECLARE_TR_FUNCTIONS(ondes::FeedParser)

public:
    explicit FeedParser(FeedParseOptions options = {});
    ~FeedParser();
    FeedParser(const FeedParser&) = delete;
    FeedParser& operator=(const FeedParser&) = delete;

    // Streams episodes instead of collecting them: each finished episode goes to the handler as
    // soon as its </item> is parsed, and the result's episodes stay empty. Ordering and
    // maxEpisodes are then the caller's business. Set it before the first addData().
    using EpisodeHandler = std::function<void(ParsedEpisode&&)>;
    void setEpisodeHandler(EpisodeHandler handler);

    // Feed the next chunk. Returns false once the document is known to be bad (see finish()).
    bool addData(QByteArrayView chunk);
    // The same; with filterOnThread, a chunk no larger than the pieces the parser pushes is not
    // copied: the filter thread keeps a reference to its bytes until they are parsed, so write
    // to them only once chunk.isDetached() again (or in a new QByteArray).
    bool addData(const QByteArray& chunk);
    // Ends the document and returns the feed or the reason it is not one.
    FeedParseResult finish();

    // Convenience for a whole document in memory.
    static FeedParseResult parse(QByteArrayView document, const FeedParseOptions& options = {});

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ondes

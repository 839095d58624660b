#pragma once

// FeedHandler receives libxml2's SAX2 events and builds the ParsedFeed: it keeps the element
// stack, looks each element up in the FeedElementTable, gathers text only for the elements it
// keeps, and hands items to an EpisodeBuilder.

#include "feed/channelbuilder.h"
#include "feed/episodebuilder.h"
#include "feed/feedelements.h"
#include "feed/feedparser.h"
#include "feed/feedtypes.h"

#include <QUrl>

#include <libxml/xmlstring.h>

#include <functional>
#include <string>
#include <vector>

namespace ondes {

class FeedAttributes;
class FeedEntities;

class FeedHandler
{
public:
    using EpisodeHandler = std::function<void(ParsedEpisode&&)>;

    FeedHandler(const FeedParseOptions& options, FeedEntities& entities);

    void setEpisodeHandler(EpisodeHandler handler) { m_episodeHandler = std::move(handler); }

    void startElement(const xmlChar* localName, const xmlChar* prefix, const xmlChar* uri,
                      int attributeCount, const xmlChar** attributes);
    void endElement(const xmlChar* localName, const xmlChar* prefix);
    void characters(const xmlChar* text, int length);

    // libxml2 found bytes that are not UTF-8 in a document said to be: read them as
    // Windows-1252 from now on.
    void setRepairEncoding() { m_repairEncoding = true; }

    bool rootSeen() const { return m_rootSeen; }
    // How many elements are open: more than 0 at the end means the document was cut short.
    std::size_t depth() const { return m_stack.size(); }
    // Deeper nesting is refused: no feed needs it, and every level costs memory.
    static constexpr std::size_t kMaxDepth = 512;

    // Set when the root element shows the document is not a feed, or it nests too deep.
    const QString& error() const { return m_error; }

    // The feed, episodes sorted as podcastparser sorts them and cut to maxEpisodes.
    ParsedFeed takeFeed();

private:
    struct Frame
    {
        FeedContext childContext;
        FeedElement element;
        bool pushedBase;
    };

    FeedNamespace namespaceOf(const xmlChar* prefix, const xmlChar* uri);
    const QUrl& base() const { return m_bases.empty() ? m_options.baseUrl : m_bases.back(); }
    void startCapturedChild(const xmlChar* localName, const xmlChar* prefix, int attributeCount,
                            const xmlChar** attributes);
    void finishItem();
    void trimEpisodes(bool final);

    FeedParseOptions m_options;
    FeedEntities& m_entities;
    FeedElementTable m_table;
    ChannelBuilder m_channel;
    EpisodeBuilder m_builder;
    EpisodeHandler m_episodeHandler;
    ParsedFeed& m_feed; // m_channel's
    std::vector<Frame> m_stack;
    std::vector<QUrl> m_bases;
    std::string m_text;
    std::string m_repaired;
    int m_captureIndex = -1; // stack index of the element whose text is being gathered
    bool m_captureMarkup = false;
    bool m_captureHasChildren = false; // the element being gathered has child elements
    std::size_t m_lastStartTagEnd = std::string::npos;
    bool m_inItem = false;
    bool m_rootSeen = false;
    bool m_repairEncoding = false;
    QString m_error;
    // Namespace URIs come from libxml2's dictionary: remember the last few by address.
    struct UriCacheEntry
    {
        const xmlChar* uri = nullptr;
        FeedNamespace ns = FeedNamespace::Unknown;
    };
    UriCacheEntry m_uriCache[8];
    unsigned m_uriCacheNext = 0;
};

} // namespace ondes

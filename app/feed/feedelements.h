#pragma once

// The element table of the feed parser, in the spirit of gPodder's podcastparser: which element,
// in which context, does what. FeedHandler looks elements up here and acts on the result.

#include "feed/feednamespaces.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace ondes {

// Where an element is: what its parent was.
enum class FeedContext : std::uint8_t {
    Root,
    Rss,     // <rss>
    RdfRoot, // <rdf:RDF> (RSS 0.90 / 1.0): channel and items are siblings
    Channel, // rss/channel or atom:feed
    Image,   // rss/channel/image
    Owner,   // itunes:owner
    Category,
    Redirect, // rss/redirect
    AtomAuthor,
    Item, // rss item or atom:entry
    MediaGroup,
    PscChapters,
    AlternateEnclosure,
    Skip, // an element nobody wants: its whole subtree is ignored
};

enum class FeedElement : std::uint8_t {
    None,
    RssRoot,
    RdfRoot,
    AtomRoot,
    Channel,
    ChannelTitle,
    ChannelLink,
    ChannelDescription,
    ChannelSummary,
    ChannelSubtitle,
    AtomSubtitle,
    Language,
    Generator,
    ImageUrl,
    ItunesImage,
    AtomIcon,
    AtomLogo,
    ChannelAtomLink,
    ItunesAuthor,
    Owner,
    OwnerName,
    OwnerEmail,
    Category,
    Subcategory,
    Explicit,
    NewFeedUrl,
    NewLocation,
    Keywords,
    FeedType,
    Block,
    Locked,
    Funding,
    Person,
    PodcastGuid,
    Medium,
    Location,
    Item,
    ItemTitle,
    ItemLink,
    ItemDescription,
    ItemSummary, // itunes:summary, media:description
    ItemSubtitle,
    ContentEncoded,
    Guid,
    AtomId,
    PubDate,
    AtomPublished,
    AtomUpdated,
    DcDate,
    DcCreator,
    AtomAuthorName,
    Enclosure,
    MediaContent,
    MediaThumbnail,
    MediaGroup,
    ItemAtomLink,
    AtomContent,
    AtomSummary,
    Duration,
    EpisodeNumber,
    Season,
    EpisodeType,
    PscChapters,
    PscChapter,
    PodcastChapters,
    Transcript,
    PodcastSeason,
    PodcastEpisode,
    Soundbite,
    AlternateEnclosure,
    AlternateSource,
};

// What the handler keeps of an element's content.
enum class FeedText : std::uint8_t {
    None,   // attributes only
    Plain,  // the text of the element and its descendants
    Markup, // like Plain, but child elements are kept as tags (HTML written as XHTML)
};

struct FeedElementRule
{
    FeedContext context;
    FeedNamespace ns;
    std::string_view localName;
    FeedElement element;
    FeedText text;
    FeedContext childContext;
};

// Finds the rule of an element. Element names come from libxml2's dictionary, so the same name
// is always the same pointer: a small pointer-keyed cache makes the common case a few compares.
class FeedElementTable
{
public:
    FeedElementTable();

    // nullptr when the element has no rule in this context.
    const FeedElementRule* find(FeedContext context, FeedNamespace ns, const char* localName);

private:
    struct CacheEntry
    {
        const char* name = nullptr;
        FeedContext context = FeedContext::Skip;
        FeedNamespace ns = FeedNamespace::Unknown;
        const FeedElementRule* rule = nullptr;
    };
    static constexpr std::size_t kCacheSize = 512;
    std::vector<CacheEntry> m_cache;
};

} // namespace ondes

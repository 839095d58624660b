#include "feed/feedelements.h"

#include <array>
#include <cstring>
#include <functional>

namespace ondes {

namespace {

using C = FeedContext;
using E = FeedElement;
using N = FeedNamespace;
using T = FeedText;

// The table. A context's rules are together; order does not matter otherwise.
constexpr std::array kRules{
    FeedElementRule{C::Root, N::Rss, "rss", E::RssRoot, T::None, C::Rss},
    FeedElementRule{C::Root, N::Rdf, "RDF", E::RdfRoot, T::None, C::RdfRoot},
    FeedElementRule{C::Root, N::Atom, "feed", E::AtomRoot, T::None, C::Channel},

    FeedElementRule{C::Rss, N::Rss, "channel", E::Channel, T::None, C::Channel},
    FeedElementRule{C::Rss, N::Rss, "redirect", E::None, T::None, C::Redirect},
    FeedElementRule{C::Redirect, N::Rss, "newLocation", E::NewLocation, T::Plain, C::Skip},
    FeedElementRule{C::RdfRoot, N::Rss, "channel", E::Channel, T::None, C::Channel},
    FeedElementRule{C::RdfRoot, N::Rss, "item", E::Item, T::None, C::Item},
    FeedElementRule{C::RdfRoot, N::Rss, "image", E::None, T::None, C::Image},

    FeedElementRule{C::Channel, N::Rss, "title", E::ChannelTitle, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Rss, "link", E::ChannelLink, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Rss, "description", E::ChannelDescription, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Rss, "language", E::Language, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Rss, "generator", E::Generator, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Rss, "image", E::None, T::None, C::Image},
    FeedElementRule{C::Channel, N::Rss, "item", E::Item, T::None, C::Item},
    FeedElementRule{C::Channel, N::Atom, "title", E::ChannelTitle, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Atom, "subtitle", E::AtomSubtitle, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Atom, "icon", E::AtomIcon, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Atom, "logo", E::AtomLogo, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Atom, "link", E::ChannelAtomLink, T::None, C::Skip},
    FeedElementRule{C::Channel, N::Atom, "generator", E::Generator, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Atom, "entry", E::Item, T::None, C::Item},
    FeedElementRule{C::Channel, N::Itunes, "summary", E::ChannelSummary, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Itunes, "subtitle", E::ChannelSubtitle, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Itunes, "author", E::ItunesAuthor, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Itunes, "owner", E::Owner, T::None, C::Owner},
    FeedElementRule{C::Channel, N::Itunes, "image", E::ItunesImage, T::None, C::Skip},
    FeedElementRule{C::Channel, N::Itunes, "category", E::Category, T::None, C::Category},
    FeedElementRule{C::Channel, N::Itunes, "explicit", E::Explicit, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Itunes, "new-feed-url", E::NewFeedUrl, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Itunes, "keywords", E::Keywords, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Itunes, "type", E::FeedType, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Itunes, "block", E::Block, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Podcast, "locked", E::Locked, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Podcast, "funding", E::Funding, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Podcast, "person", E::Person, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Podcast, "guid", E::PodcastGuid, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Podcast, "medium", E::Medium, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Podcast, "block", E::Block, T::Plain, C::Skip},
    FeedElementRule{C::Channel, N::Podcast, "location", E::Location, T::Plain, C::Skip},

    FeedElementRule{C::Image, N::Rss, "url", E::ImageUrl, T::Plain, C::Skip},
    FeedElementRule{C::Owner, N::Itunes, "name", E::OwnerName, T::Plain, C::Skip},
    FeedElementRule{C::Owner, N::Itunes, "email", E::OwnerEmail, T::Plain, C::Skip},
    FeedElementRule{C::Category, N::Itunes, "category", E::Subcategory, T::None, C::Category},
    FeedElementRule{C::AtomAuthor, N::Atom, "name", E::AtomAuthorName, T::Plain, C::Skip},

    FeedElementRule{C::Item, N::Rss, "title", E::ItemTitle, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Rss, "link", E::ItemLink, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Rss, "description", E::ItemDescription, T::Markup, C::Skip},
    FeedElementRule{C::Item, N::Rss, "guid", E::Guid, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Rss, "pubDate", E::PubDate, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Rss, "enclosure", E::Enclosure, T::None, C::Skip},
    FeedElementRule{C::Item, N::Atom, "id", E::AtomId, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Atom, "title", E::ItemTitle, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Atom, "link", E::ItemAtomLink, T::None, C::Skip},
    FeedElementRule{C::Item, N::Atom, "content", E::AtomContent, T::Markup, C::Skip},
    FeedElementRule{C::Item, N::Atom, "summary", E::AtomSummary, T::Markup, C::Skip},
    FeedElementRule{C::Item, N::Atom, "published", E::AtomPublished, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Atom, "updated", E::AtomUpdated, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Atom, "author", E::None, T::None, C::AtomAuthor},
    FeedElementRule{C::Item, N::Content, "encoded", E::ContentEncoded, T::Markup, C::Skip},
    FeedElementRule{C::Item, N::Itunes, "duration", E::Duration, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Itunes, "author", E::ItunesAuthor, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Itunes, "subtitle", E::ItemSubtitle, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Itunes, "summary", E::ItemSummary, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Itunes, "image", E::ItunesImage, T::None, C::Skip},
    FeedElementRule{C::Item, N::Itunes, "explicit", E::Explicit, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Itunes, "episode", E::EpisodeNumber, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Itunes, "season", E::Season, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Itunes, "episodeType", E::EpisodeType, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Itunes, "block", E::Block, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Media, "content", E::MediaContent, T::None, C::Skip},
    FeedElementRule{C::Item, N::Media, "thumbnail", E::MediaThumbnail, T::None, C::Skip},
    FeedElementRule{C::Item, N::Media, "description", E::ItemSummary, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Media, "group", E::MediaGroup, T::None, C::MediaGroup},
    FeedElementRule{C::Item, N::Psc, "chapters", E::PscChapters, T::None, C::PscChapters},
    FeedElementRule{C::Item, N::Podcast, "person", E::Person, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Podcast, "chapters", E::PodcastChapters, T::None, C::Skip},
    FeedElementRule{C::Item, N::Podcast, "transcript", E::Transcript, T::None, C::Skip},
    FeedElementRule{C::Item, N::Podcast, "season", E::PodcastSeason, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Podcast, "episode", E::PodcastEpisode, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Podcast, "soundbite", E::Soundbite, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Podcast, "location", E::Location, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Podcast, "alternateEnclosure", E::AlternateEnclosure, T::None,
                    C::AlternateEnclosure},
    FeedElementRule{C::Item, N::Dc, "date", E::DcDate, T::Plain, C::Skip},
    FeedElementRule{C::Item, N::Dc, "creator", E::DcCreator, T::Plain, C::Skip},

    FeedElementRule{C::MediaGroup, N::Media, "content", E::MediaContent, T::None, C::Skip},
    FeedElementRule{C::MediaGroup, N::Media, "thumbnail", E::MediaThumbnail, T::None, C::Skip},
    FeedElementRule{C::MediaGroup, N::Media, "description", E::ItemSummary, T::Plain, C::Skip},
    FeedElementRule{C::PscChapters, N::Psc, "chapter", E::PscChapter, T::None, C::Skip},
    FeedElementRule{C::AlternateEnclosure, N::Podcast, "source", E::AlternateSource, T::None,
                    C::Skip},
};

const FeedElementRule* searchRules(FeedContext context, FeedNamespace ns, const char* localName)
{
    for (const FeedElementRule& rule : kRules) {
        if (rule.context == context && rule.ns == ns && rule.localName == localName)
            return &rule;
    }
    return nullptr;
}

std::size_t cacheSlot(const char* name, FeedContext context, FeedNamespace ns, std::size_t size)
{
    auto key = reinterpret_cast<std::uintptr_t>(name);
    key ^= (static_cast<std::uintptr_t>(context) << 8 | static_cast<std::uintptr_t>(ns)) *
           0x9E3779B97F4A7C15ULL;
    key ^= key >> 17;
    key *= 0xED5AD4BBU;
    key ^= key >> 11;
    return key & (size - 1);
}

} // namespace

FeedElementTable::FeedElementTable() : m_cache(kCacheSize) {}

const FeedElementRule* FeedElementTable::find(FeedContext context, FeedNamespace ns,
                                              const char* localName)
{
    // Two slots a name may sit in: the addresses are libxml2's, different every run, and two
    // names every item has met in one slot often enough to cost a search on every element.
    const std::size_t slot = cacheSlot(localName, context, ns, kCacheSize);
    CacheEntry* const ways[2] = {&m_cache[slot], &m_cache[slot ^ 1]};
    for (CacheEntry* entry : ways) {
        if (entry->name != localName || entry->context != context || entry->ns != ns)
            continue;
        if (entry->rule == nullptr)
            return nullptr;
        // A hit is only trusted after comparing the text too: a pointer alone could be a reused
        // address if libxml2 ever handed out a name that is not in its dictionary.
        const std::string_view expected = entry->rule->localName;
        if (std::strncmp(localName, expected.data(), expected.size()) == 0 &&
            localName[expected.size()] == '\0')
            return entry->rule;
        *entry = CacheEntry{}; // that address holds another name now
    }
    const FeedElementRule* rule = searchRules(context, ns, localName);
    // An empty slot if there is one (the other may be another name's first one), else the first.
    CacheEntry* const target =
        ways[0]->name == nullptr || ways[1]->name != nullptr ? ways[0] : ways[1];
    *target = CacheEntry{localName, context, ns, rule};
    return rule;
}

} // namespace ondes

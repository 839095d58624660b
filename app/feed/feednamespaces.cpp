#include "feed/feednamespaces.h"

#include <array>
#include <cctype>

namespace ondes {

namespace {

struct UriEntry
{
    std::string_view uri;
    FeedNamespace ns;
};

// Compared without case and without a trailing slash: feeds get both wrong.
constexpr std::array kUris{
    UriEntry{"http://www.itunes.com/dtds/podcast-1.0.dtd", FeedNamespace::Itunes},
    UriEntry{"https://www.itunes.com/dtds/podcast-1.0.dtd", FeedNamespace::Itunes},
    UriEntry{"http://www.w3.org/2005/Atom", FeedNamespace::Atom},
    UriEntry{"http://purl.org/atom/ns#", FeedNamespace::Atom},
    UriEntry{"https://podcastindex.org/namespace/1.0", FeedNamespace::Podcast},
    UriEntry{"http://podcastindex.org/namespace/1.0", FeedNamespace::Podcast},
    UriEntry{"https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md",
             FeedNamespace::Podcast},
    UriEntry{"http://purl.org/rss/1.0/modules/content", FeedNamespace::Content},
    UriEntry{"http://search.yahoo.com/mrss", FeedNamespace::Media},
    UriEntry{"https://search.yahoo.com/mrss", FeedNamespace::Media},
    UriEntry{"http://podlove.org/simple-chapters", FeedNamespace::Psc},
    UriEntry{"http://purl.org/dc/elements/1.1", FeedNamespace::Dc},
    UriEntry{"http://www.w3.org/1999/02/22-rdf-syntax-ns#", FeedNamespace::Rdf},
    UriEntry{"http://www.w3.org/XML/1998/namespace", FeedNamespace::Xml},
    UriEntry{"http://purl.org/rss/1.0", FeedNamespace::Rss},
    UriEntry{"http://my.netscape.com/rdf/simple/0.9", FeedNamespace::Rss},
    UriEntry{"http://backend.userland.com/rss2", FeedNamespace::Rss},
    UriEntry{"http://backend.userland.com/rss", FeedNamespace::Rss},
};

struct PrefixEntry
{
    std::string_view prefix;
    FeedNamespace ns;
};

constexpr std::array kPrefixes{
    PrefixEntry{"itunes", FeedNamespace::Itunes},   PrefixEntry{"podcast", FeedNamespace::Podcast},
    PrefixEntry{"content", FeedNamespace::Content}, PrefixEntry{"media", FeedNamespace::Media},
    PrefixEntry{"psc", FeedNamespace::Psc},         PrefixEntry{"atom", FeedNamespace::Atom},
    PrefixEntry{"dc", FeedNamespace::Dc},           PrefixEntry{"rdf", FeedNamespace::Rdf},
    PrefixEntry{"xml", FeedNamespace::Xml},
};

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

} // namespace

FeedNamespace feedNamespaceForUri(std::string_view uri)
{
    while (!uri.empty() && (uri.back() == '/' || uri.back() == ' '))
        uri.remove_suffix(1);
    while (!uri.empty() && uri.front() == ' ')
        uri.remove_prefix(1);
    for (const UriEntry& entry : kUris) {
        if (equalsIgnoringCase(uri, entry.uri))
            return entry.ns;
    }
    return FeedNamespace::Unknown;
}

FeedNamespace feedNamespaceForPrefix(std::string_view prefix)
{
    for (const PrefixEntry& entry : kPrefixes) {
        if (equalsIgnoringCase(prefix, entry.prefix))
            return entry.ns;
    }
    return FeedNamespace::Unknown;
}

} // namespace ondes

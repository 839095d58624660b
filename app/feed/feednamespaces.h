#pragma once

// The XML namespaces the feed parser knows, and how a namespace URI or a bare prefix maps to
// one. Real feeds misspell URIs and use prefixes they never declare, so both are forgiving.

#include <cstdint>
#include <string_view>

namespace ondes {

enum class FeedNamespace : std::uint8_t {
    Rss, // no namespace, or one of the RSS 0.90 / 1.0 / 2.0 namespaces
    Atom,
    Itunes,
    Podcast, // Podcasting 2.0
    Content,
    Media,
    Psc, // Podlove Simple Chapters
    Dc,
    Rdf,
    Xml,
    Unknown,
};

// The namespace of a URI; Unknown for a URI Ondes has no use for.
FeedNamespace feedNamespaceForUri(std::string_view uri);
// The namespace a well-known prefix stands for when the document forgot to declare it.
FeedNamespace feedNamespaceForPrefix(std::string_view prefix);

} // namespace ondes

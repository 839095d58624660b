#pragma once

// Read access to the attributes libxml2 hands to startElementNs, with the entity references it
// leaves in attribute values decoded (see FeedEntities).

#include <libxml/xmlstring.h>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ondes {

class FeedEntities;

// libxml2's text as a view (empty for null).
std::string_view xmlView(const xmlChar* text);

class FeedAttributes
{
public:
    // repairEncoding: see FeedHandler::setRepairEncoding().
    FeedAttributes(const xmlChar** attributes, int count, FeedEntities& entities,
                   bool repairEncoding = false);

    // The value of the attribute with this local name, whatever its namespace.
    std::optional<std::string_view> find(std::string_view localName) const;
    std::string_view value(std::string_view localName) const
    {
        return find(localName).value_or(std::string_view());
    }
    // xml:base, when the element has one.
    std::optional<std::string_view> xmlBase() const;

    int count() const { return m_count; }
    std::string_view localNameAt(int index) const;
    std::string_view prefixAt(int index) const;
    std::string_view valueAt(int index) const;

private:
    const xmlChar** m_attributes;
    int m_count;
    FeedEntities& m_entities;
    bool m_repairEncoding;
    // Decoded values live here; views into them stay valid while this object lives. Made on
    // the first value that needs decoding: most elements have none, and every element with
    // attributes builds a FeedAttributes.
    static constexpr std::size_t kDecodedSlots = 6;
    mutable std::unique_ptr<std::array<std::string, kDecodedSlots>> m_decoded;
    mutable std::size_t m_decodedUsed = 0;
};

} // namespace ondes

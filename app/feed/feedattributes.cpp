#include "feed/feedattributes.h"

#include "feed/feedentities.h"
#include "feed/feedtext.h"

#include <cstring>

namespace ondes {

std::string_view xmlView(const xmlChar* text)
{
    return text == nullptr ? std::string_view()
                           : std::string_view(reinterpret_cast<const char*>(text));
}

FeedAttributes::FeedAttributes(const xmlChar** attributes, int count, FeedEntities& entities,
                               bool repairEncoding)
    : m_attributes(attributes), m_count(attributes == nullptr ? 0 : count), m_entities(entities),
      m_repairEncoding(repairEncoding)
{}

std::string_view FeedAttributes::localNameAt(int index) const
{
    return xmlView(m_attributes[index * 5]);
}

std::string_view FeedAttributes::prefixAt(int index) const
{
    return xmlView(m_attributes[index * 5 + 1]);
}

std::string_view FeedAttributes::valueAt(int index) const
{
    const auto* begin = reinterpret_cast<const char*>(m_attributes[index * 5 + 3]);
    const auto* end = reinterpret_cast<const char*>(m_attributes[index * 5 + 4]);
    if (begin == nullptr || end < begin)
        return {};
    const std::string_view raw(begin, static_cast<std::size_t>(end - begin));
    // libxml2 leaves '&' only where it kept a reference for us to decode ("&#38;" for a literal
    // ampersand, "&eacute;" for an HTML entity).
    const bool hasReference = std::memchr(raw.data(), '&', raw.size()) != nullptr;
    if ((!hasReference && !m_repairEncoding) || m_decodedUsed >= kDecodedSlots)
        return raw;
    if (m_decoded == nullptr)
        m_decoded = std::make_unique<std::array<std::string, kDecodedSlots>>();
    std::string& decoded = (*m_decoded)[m_decodedUsed++];
    decoded.clear();
    if (m_repairEncoding) {
        std::string repaired;
        appendRepairedUtf8(raw, repaired);
        m_entities.decode(repaired, decoded);
    } else {
        m_entities.decode(raw, decoded);
    }
    return decoded;
}

std::optional<std::string_view> FeedAttributes::find(std::string_view localName) const
{
    for (int i = 0; i < m_count; ++i) {
        const auto* name = reinterpret_cast<const char*>(m_attributes[i * 5]);
        if (name == nullptr || name[0] != localName[0] ||
            std::strncmp(name, localName.data(), localName.size()) != 0 ||
            name[localName.size()] != '\0')
            continue;
        if (m_attributes[i * 5 + 1] == nullptr || prefixAt(i) != "xml")
            return valueAt(i);
    }
    return std::nullopt;
}

std::optional<std::string_view> FeedAttributes::xmlBase() const
{
    for (int i = 0; i < m_count; ++i) {
        // Most attributes have no prefix: that is checked first, without measuring names.
        if (m_attributes[i * 5 + 1] != nullptr && prefixAt(i) == "xml" && localNameAt(i) == "base")
            return valueAt(i);
    }
    return std::nullopt;
}

} // namespace ondes

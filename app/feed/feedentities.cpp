#include "feed/feedentities.h"

#include "feed/feedhtml.h"
#include "feed/feedtext.h"
#include "feed/htmlentities.h"

#include <cstring>
#include <vector>

namespace ondes {

namespace {

xmlEntity makeEntity(const char* name, const char* value, std::size_t length, bool inContent)
{
    xmlEntity entity;
    std::memset(&entity, 0, sizeof entity);
    entity.type = XML_ENTITY_DECL;
    entity.name = reinterpret_cast<const xmlChar*>(name);
    entity.content = reinterpret_cast<xmlChar*>(const_cast<char*>(value));
    entity.length = static_cast<int>(length);
    // In content, a "predefined" entity is passed on as text, whatever its length. In an
    // attribute libxml2 would copy only its first byte; as a general entity marked as already
    // checked it writes "&name;" unchanged instead, and we decode it ourselves.
    entity.etype = inContent ? XML_INTERNAL_PREDEFINED_ENTITY : XML_INTERNAL_GENERAL_ENTITY;
    entity.checked = 2;
    return entity;
}

struct HtmlEntityTables
{
    std::vector<xmlEntity> content;
    std::vector<xmlEntity> attribute;

    HtmlEntityTables()
    {
        for (const HtmlEntity& e : htmlEntities()) {
            content.push_back(makeEntity(e.name, e.value, std::strlen(e.value), true));
            attribute.push_back(makeEntity(e.name, e.value, std::strlen(e.value), false));
        }
    }
};

const HtmlEntityTables& htmlTables()
{
    static const HtmlEntityTables tables;
    return tables;
}

} // namespace

struct FeedEntities::Declared
{
    std::string name;
    std::string raw;
    std::string value; // expanded, once expandedOk
    bool expanded = false;
    bool expanding = false; // guards against an entity that refers to itself
    xmlEntity content{};
    xmlEntity attribute{};
};

FeedEntities::FeedEntities() = default;

std::size_t FeedEntities::expansionBudget(std::size_t documentSize)
{
    if (documentSize >= (kMaxTotalExpansion - kBaseExpansion) / kMaxAmplification)
        return kMaxTotalExpansion;
    return kBaseExpansion + kMaxAmplification * documentSize;
}
FeedEntities::~FeedEntities() = default;

bool FeedEntities::declare(std::string_view name, std::string_view content)
{
    if (m_declared.size() >= kMaxDeclarations || content.size() > kMaxEntitySize)
        return false;
    std::string key(name);
    if (m_declared.contains(key))
        return true; // the first declaration wins, as XML says
    auto declared = std::make_unique<Declared>();
    declared->name = key;
    declared->raw = std::string(content);
    m_declared.emplace(std::move(key), std::move(declared));
    return true;
}

bool FeedEntities::expand(std::string_view content, int depth, std::string& out)
{
    if (depth > 8)
        return false;
    std::size_t i = 0;
    while (i < content.size()) {
        const std::size_t amp = content.find('&', i);
        out.append(content.substr(i, amp == std::string_view::npos ? amp : amp - i));
        if (amp == std::string_view::npos)
            break;
        const std::size_t semicolon = content.find(';', amp);
        if (semicolon == std::string_view::npos) {
            out.append(content.substr(amp));
            break;
        }
        const std::string_view name = content.substr(amp + 1, semicolon - amp - 1);
        i = semicolon + 1;
        auto found =
            name.empty() || name[0] == '#' ? m_declared.end() : m_declared.find(std::string(name));
        if (found != m_declared.end()) {
            Declared& inner = *found->second;
            if (inner.expanding)
                return false;
            inner.expanding = true;
            const bool ok = expand(inner.raw, depth + 1, out);
            inner.expanding = false;
            if (!ok)
                return false;
        } else {
            appendDecodedEntities(content.substr(amp, semicolon + 1 - amp), out);
        }
        if (out.size() > kMaxEntitySize)
            return false;
    }
    return out.size() <= kMaxEntitySize;
}

xmlEntityPtr FeedEntities::lookup(std::string_view name, bool inContent)
{
    if (m_exhausted)
        return nullptr;
    if (!m_declared.empty()) {
        auto found = m_declared.find(std::string(name));
        if (found != m_declared.end()) {
            Declared& d = *found->second;
            if (!d.expanded) {
                d.expanding = true;
                const bool ok = expand(d.raw, 0, d.value);
                d.expanding = false;
                if (!ok) {
                    m_exhausted = true;
                    return nullptr;
                }
                d.expanded = true;
                d.content = makeEntity(d.name.c_str(), d.value.c_str(), d.value.size(), true);
                d.attribute = makeEntity(d.name.c_str(), d.value.c_str(), d.value.size(), false);
            }
            m_totalExpansion += d.value.size();
            if (m_totalExpansion > expansionBudget(m_documentSize)) {
                m_exhausted = true;
                return nullptr;
            }
            return inContent ? &d.content : &d.attribute;
        }
    }
    const int index = htmlEntityIndex(name);
    if (index < 0)
        return nullptr;
    const HtmlEntityTables& tables = htmlTables();
    return const_cast<xmlEntityPtr>(inContent ? &tables.content[index] : &tables.attribute[index]);
}

void FeedEntities::decode(std::string_view in, std::string& out)
{
    std::size_t i = 0;
    while (i < in.size()) {
        const std::size_t amp = in.find('&', i);
        out.append(in.substr(i, amp == std::string_view::npos ? amp : amp - i));
        if (amp == std::string_view::npos)
            break;
        const std::size_t semicolon = in.find(';', amp);
        if (semicolon == std::string_view::npos) {
            out.append(in.substr(amp));
            break;
        }
        const std::string_view name = in.substr(amp + 1, semicolon - amp - 1);
        i = semicolon + 1;
        auto found = m_declared.empty() || name.empty() || name[0] == '#'
                         ? m_declared.end()
                         : m_declared.find(std::string(name));
        if (found != m_declared.end() && found->second->expanded)
            out.append(found->second->value);
        else
            appendDecodedEntities(in.substr(amp, semicolon + 1 - amp), out);
    }
}

} // namespace ondes

#pragma once

// Entities for the libxml2 parser: the HTML named entities real feeds use without declaring
// them, and the internal entities a document declares, expanded by us with hard limits so that
// "billion laughs" cannot blow up. External entities are never read.

#include <libxml/entities.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ondes {

class FeedEntities
{
public:
    FeedEntities();
    ~FeedEntities();
    FeedEntities(const FeedEntities&) = delete;
    FeedEntities& operator=(const FeedEntities&) = delete;

    // Records <!ENTITY name "content"> from the internal subset. Returns false when the document
    // declares more entities than Ondes accepts.
    bool declare(std::string_view name, std::string_view content);

    // The entity libxml2 should use for a reference. In element content it is handed over as
    // text; in an attribute value libxml2 keeps "&name;", which decode() then replaces.
    // nullptr for an unknown name, or once the expansion budget is spent (see exhausted()).
    xmlEntityPtr lookup(std::string_view name, bool inContent);

    // Replaces character and entity references in an attribute value libxml2 left undecoded.
    void decode(std::string_view in, std::string& out);

    bool exhausted() const { return m_exhausted; }

    // The bytes of the document read so far: the expansion budget grows with them.
    void setDocumentSize(std::size_t bytes) { m_documentSize = bytes; }
    // What the declared entities of a document of that size may expand to, in total.
    static std::size_t expansionBudget(std::size_t documentSize);

    static constexpr std::size_t kMaxDeclarations = 1000;
    static constexpr std::size_t kMaxEntitySize = 64 * 1024; // one entity, expanded
    // In total, the expansions may add 1 MB plus 8 times the document's size, and never more
    // than 16 MB: a few kilobytes of references cannot make megabytes of text.
    static constexpr std::size_t kBaseExpansion = 1024 * 1024;
    static constexpr std::size_t kMaxAmplification = 8;
    static constexpr std::size_t kMaxTotalExpansion = 16 * 1024 * 1024;

private:
    struct Declared;
    bool expand(std::string_view content, int depth, std::string& out);

    std::unordered_map<std::string, std::unique_ptr<Declared>> m_declared;
    std::size_t m_totalExpansion = 0;
    std::size_t m_documentSize = 0;
    bool m_exhausted = false;
};

} // namespace ondes

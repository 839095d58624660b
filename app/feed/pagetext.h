#pragma once

// The main text of an episode page: the blocks of text around the player (paragraphs, list
// items, loose text), without navigation, headers, footers and link-only lines; and the
// broadcast date written in words in it ("Diffusée le lundi 2 décembre 2022").

#include <QString>
#include <QStringList>

#include <libxml/tree.h>

namespace ondes {

class PageText
{
public:
    // Text beyond this many characters is not looked at.
    static constexpr qsizetype maxTextChars = 256 * 1024;
    // More text than any description needs.
    static constexpr qsizetype maxKeptChars = 32 * 1024;

    // anchor is the player or the audio link, or nullptr; the text is looked for around it,
    // else in <main>, <article> or the body.
    PageText(const xmlNode* body, const xmlNode* anchor);

    const xmlNode* container() const { return m_container; }
    QStringList blocks() const { return m_blocks; }
    // The blocks as paragraphs separated by blank lines, at most about maxChars long.
    QString description(qsizetype maxChars) const;
    // The broadcast date written in words: a date after "diffusé", "publié", "broadcast"…
    // anywhere, else the first date near the player, else the first in the page. 0 when none.
    qint64 writtenDate() const;

    // Whether node is ancestor or inside it (looking at most maxDepth levels up).
    static bool isInside(const xmlNode* node, const xmlNode* ancestor, int maxDepth = 300);

private:
    const xmlNode* findContainer(const xmlNode* anchor) const;
    void collectBlocks();

    const xmlNode* m_body = nullptr;
    const xmlNode* m_anchor = nullptr;
    const xmlNode* m_container = nullptr;
    QStringList m_blocks;
};

} // namespace ondes

#include "feed/pagetext.h"

#include "feed/htmldocument.h"
#include "feed/pagedates.h"
#include "feed/pagenavigation.h"
#include "feed/textfold.h"

#include <QList>
#include <QSet>

namespace ondes {

namespace {

constexpr qsizetype enoughTextForAContainer = 200;

bool isInline(const xmlNode* node)
{
    return HtmlDocument::isElementIn(
        node, {"a",    "b",   "strong", "em",   "i",    "span", "time",  "small", "abbr", "u",
               "mark", "sup", "sub",    "font", "cite", "q",    "label", "bdi",   "s",    "big"});
}

// Parts of a page that are not about the episode.
bool isChrome(const xmlNode* node)
{
    return HtmlDocument::isElementIn(node, {"nav", "footer", "aside", "form", "dialog", "menu"});
}

bool isTextBlock(const xmlNode* node)
{
    return HtmlDocument::isElementIn(node, {"p", "li", "blockquote", "dd", "dt", "pre", "h2", "h3",
                                            "h4", "h5", "h6", "figcaption", "td", "th"});
}

bool isSectionBoundary(const xmlNode* node)
{
    return HtmlDocument::isElementIn(node, {"div", "section", "article", "main", "ul", "ol", "dl",
                                            "table", "tr", "header", "figure", "hr", "h1"});
}

qsizetype letterCount(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            ++count;
    }
    return count;
}

bool isInsideLink(const xmlNode* node, const xmlNode* scope)
{
    int level = 0;
    for (const xmlNode* n = node->parent; n && n != scope && level < 12; n = n->parent, ++level) {
        if (HtmlDocument::isElement(n, "a"))
            return true;
    }
    return false;
}

// Letters inside links of node's subtree.
qsizetype linkLetterCount(const xmlNode* node)
{
    qsizetype count = 0;
    for (const xmlNode* n = HtmlDocument::next(node, node); n;) {
        if (HtmlDocument::isElement(n, "a")) {
            count += letterCount(HtmlDocument::text(n, 1000));
            n = HtmlDocument::next(n, node, true);
            continue;
        }
        n = HtmlDocument::next(n, node);
    }
    return count;
}

bool mentionsBroadcast(const QString& folded)
{
    for (const QStringView keyword :
         {u"diffus", u"publi", u"enregistr", u"emission du", u"en direct le", u"broadcast",
          u"aired", u"recorded", u"posted", u"released"}) {
        if (folded.contains(keyword))
            return true;
    }
    return false;
}

} // namespace

PageText::PageText(const xmlNode* body, const xmlNode* anchor) : m_body(body), m_anchor(anchor)
{
    if (!m_body)
        return;
    m_container = findContainer(anchor);
    collectBlocks();
}

bool PageText::isInside(const xmlNode* node, const xmlNode* ancestor, int maxDepth)
{
    for (int level = 0; node && level <= maxDepth; node = node->parent, ++level) {
        if (node == ancestor)
            return true;
    }
    return false;
}

const xmlNode* PageText::findContainer(const xmlNode* anchor) const
{
    if (anchor && isInside(anchor, m_body)) {
        const xmlNode* candidate = nullptr;
        int level = 0;
        for (const xmlNode* n = anchor->parent; n && n != m_body && level < 20;
             n = n->parent, ++level) {
            if (HtmlDocument::isElementIn(n, {"article", "main"}))
                return n;
            if (!candidate && !isChrome(n) &&
                HtmlDocument::text(n, enoughTextForAContainer).size() >= enoughTextForAContainer)
                candidate = n;
        }
        if (candidate)
            return candidate;
    }
    const xmlNode* article = nullptr;
    for (const xmlNode* n = HtmlDocument::next(m_body, m_body); n;) {
        if (HtmlDocument::isElement(n, "main"))
            return n;
        if (!article && HtmlDocument::isElement(n, "article"))
            article = n;
        n = HtmlDocument::next(n, m_body, HtmlDocument::isHidden(n));
    }
    return article ? article : m_body;
}

void PageText::collectBlocks()
{
    qsizetype total = 0;    // characters kept
    qsizetype examined = 0; // characters looked at
    QSet<QString> seen;
    const auto addBlock = [&](const QString& text, qsizetype linkLetters) {
        examined += text.size();
        const qsizetype letters = letterCount(text);
        if (letters - linkLetters < 3)
            return; // a line of links: navigation, "Télécharger", tags
        if (text.size() < 80 && PageNavigation::fromLabel(text) != PageNavigation::Direction::None)
            return;
        // "Diffusée le 2 décembre 2022", "Posted on December 2, 2022 by…": about the text.
        if (text.size() < 160 && mentionsBroadcast(foldText(text)) && PageDates::fromText(text))
            return;
        if (seen.contains(text))
            return;
        seen.insert(text);
        m_blocks.append(text);
        total += text.size();
    };

    QString loose;
    qsizetype looseLinkLetters = 0;
    const auto flushLoose = [&] {
        QStringList lines;
        for (const QStringView line : QStringView(loose).split(u'\n', Qt::SkipEmptyParts)) {
            const QString simple = line.toString().simplified();
            if (!simple.isEmpty())
                lines.append(simple);
        }
        if (!lines.isEmpty())
            addBlock(lines.join(u'\n'), looseLinkLetters);
        loose.clear();
        looseLinkLetters = 0;
    };

    const xmlNode* scope = m_container;
    for (const xmlNode* n = HtmlDocument::next(scope, scope);
         n && total < maxKeptChars && examined < maxTextChars;) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            QString text = QString::fromUtf8(reinterpret_cast<const char*>(n->content));
            text.replace(u'\n', u' ');
            if (isInsideLink(n, scope))
                looseLinkLetters += letterCount(text);
            loose += text;
            if (loose.size() > maxTextChars)
                break;
            n = HtmlDocument::next(n, scope);
            continue;
        }
        if (n->type != XML_ELEMENT_NODE) {
            n = HtmlDocument::next(n, scope, true);
            continue;
        }
        if (HtmlDocument::isHidden(n) || isChrome(n) || HtmlDocument::isElement(n, "h1") ||
            HtmlDocument::isElement(n, "header")) {
            flushLoose();
            n = HtmlDocument::next(n, scope, true);
            continue;
        }
        if (isTextBlock(n)) {
            flushLoose();
            const QString text = HtmlDocument::text(n, 4000, true);
            // "Download (MP3, 38 MB)": the line of the audio link is not description.
            const bool audioLine = m_anchor && text.size() < 120 && isInside(m_anchor, n, 20);
            if (!audioLine)
                addBlock(text, linkLetterCount(n));
            n = HtmlDocument::next(n, scope, true);
            continue;
        }
        if (HtmlDocument::isElement(n, "br"))
            loose += u'\n';
        else if (isSectionBoundary(n))
            flushLoose();
        n = HtmlDocument::next(n, scope);
    }
    flushLoose();
}

QString PageText::description(qsizetype maxChars) const
{
    QString result;
    for (const QString& block : m_blocks) {
        if (!result.isEmpty() && result.size() + block.size() + 2 > maxChars)
            break;
        if (!result.isEmpty())
            result += QStringLiteral("\n\n");
        result += block;
    }
    if (result.size() > maxChars)
        result.truncate(maxChars);
    return result;
}

qint64 PageText::writtenDate() const
{
    if (!m_body)
        return 0;
    qint64 nearPlayer = 0;
    qint64 first = 0;
    qsizetype budget = maxTextChars;
    QSet<const xmlNode*> seen;
    for (const xmlNode* n = HtmlDocument::next(m_body, m_body); n && budget > 0;) {
        if (n->type == XML_ELEMENT_NODE && (HtmlDocument::isHidden(n) || isChrome(n))) {
            n = HtmlDocument::next(n, m_body, true);
            continue;
        }
        if (n->type != XML_TEXT_NODE || !n->content || !n->parent) {
            n = HtmlDocument::next(n, m_body);
            continue;
        }
        const QString content = QString::fromUtf8(reinterpret_cast<const char*>(n->content));
        budget -= content.size();
        bool hasDigit = false;
        for (const QChar c : content)
            hasDigit = hasDigit || c.isDigit();
        const xmlNode* block = n->parent;
        for (int level = 0; level < 4 && isInline(block) && block->parent; ++level)
            block = block->parent;
        n = HtmlDocument::next(n, m_body);
        if (!hasDigit || seen.contains(block))
            continue;
        seen.insert(block);
        const QString text = HtmlDocument::text(block, 400);
        const qint64 date = PageDates::fromText(text);
        if (date == 0)
            continue;
        if (mentionsBroadcast(foldText(text)))
            return date;
        if (nearPlayer == 0 && m_container && isInside(block, m_container))
            nearPlayer = date;
        if (first == 0)
            first = date;
    }
    return nearPlayer != 0 ? nearPlayer : first;
}

} // namespace ondes

#pragma once

// A web page parsed by libxml2's forgiving HTML parser, and the few read-only helpers the page
// importer walks it with. Every walk is iterative and bounded, so hostile markup cannot recurse
// or loop; libxml2 itself stops nesting at 256 levels.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <libxml/tree.h>

#include <initializer_list>

namespace ondes {

class HtmlDocument
{
public:
    // Larger pages are cut: the head and the episode come first, the rest is comments and
    // footers.
    static constexpr qsizetype maxBytes = 8 * 1024 * 1024;

    explicit HtmlDocument(QByteArrayView html);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument&) = delete;
    HtmlDocument& operator=(const HtmlDocument&) = delete;

    // The root element (<html>), or nullptr when nothing could be parsed.
    const xmlNode* root() const;

    // The next node of a pre-order walk of scope's subtree; nullptr at the end. With
    // skipChildren the walk steps over node's descendants.
    static const xmlNode* next(const xmlNode* node, const xmlNode* scope,
                               bool skipChildren = false);

    // Element names and attribute names are lower case in libxml2's HTML tree.
    static bool isElement(const xmlNode* node, const char* name);
    static bool isElementIn(const xmlNode* node, std::initializer_list<const char*> names);
    static bool hasAttribute(const xmlNode* node, const char* name);
    static QString attribute(const xmlNode* node, const char* name); // trimmed
    // Whether any space-separated token of the attribute equals one of tokens, ignoring case.
    static bool attributeHasToken(const xmlNode* node, const char* name, QStringView token);

    // Elements whose content is never shown: script, style, template, noscript…
    static bool isHidden(const xmlNode* node);

    // The visible text of node, whitespace collapsed, at most maxChars characters. With
    // keepLines, blocks and <br> end lines ('\n'); without, everything is one line.
    static QString text(const xmlNode* node, qsizetype maxChars = 4096, bool keepLines = false);
    // The raw text content (for <script> and <style> bodies), at most maxBytes bytes; empty
    // when it is longer.
    static QByteArray rawText(const xmlNode* node, qsizetype maxBytes);

    // The encoding to hand to libxml2: the declared one, else UTF-8 when the bytes are valid
    // UTF-8, else windows-1252 (what browsers assume for undeclared legacy pages).
    static QByteArray sniffEncoding(QByteArrayView html);

private:
    xmlDoc* m_doc = nullptr;
};

} // namespace ondes

#include "feed/htmldocument.h"

#include "feed/libxmlscope.h"

#include <QList>
#include <QStringDecoder>

#include <libxml/encoding.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <cstring>

namespace ondes {

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// The charset a page declares in its first bytes (<meta charset> or http-equiv content), found
// the way the HTML prescan does: look for "charset", then "=", then the name.
QByteArray declaredCharset(QByteArrayView html)
{
    const QByteArrayView head = html.first(qMin<qsizetype>(html.size(), 4096));
    static constexpr char needle[] = "charset";
    const qsizetype needleSize = sizeof(needle) - 1;
    for (qsizetype i = 0; i + needleSize < head.size(); ++i) {
        qsizetype k = 0;
        while (k < needleSize && asciiLower(head[i + k]) == needle[k])
            ++k;
        if (k < needleSize)
            continue;
        qsizetype j = i + needleSize;
        while (j < head.size() && isAsciiSpace(head[j]))
            ++j;
        if (j >= head.size() || head[j] != '=')
            continue;
        ++j;
        while (j < head.size() && (isAsciiSpace(head[j]) || head[j] == '"' || head[j] == '\''))
            ++j;
        QByteArray name;
        while (j < head.size() && name.size() < 40) {
            const char c = head[j];
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
            if (!ok)
                break;
            name += asciiLower(c);
            ++j;
        }
        if (!name.isEmpty())
            return name;
    }
    return {};
}

bool isBlockBoundary(const xmlNode* node)
{
    return HtmlDocument::isElementIn(
        node,
        {"p",          "div",   "br",      "li",      "ul",     "ol",     "h1",         "h2",
         "h3",         "h4",    "h5",      "h6",      "tr",     "td",     "th",         "dd",
         "dt",         "dl",    "section", "article", "header", "footer", "blockquote", "figure",
         "figcaption", "table", "pre",     "main",    "aside",  "nav",    "hr"});
}

} // namespace

HtmlDocument::HtmlDocument(QByteArrayView html)
{
    const LibxmlScope libxml;
    if (html.size() > maxBytes)
        html = html.first(maxBytes);
    if (html.isEmpty())
        return;
    const QByteArray encoding = sniffEncoding(html);
    htmlParserCtxtPtr context = htmlNewParserCtxt();
    if (!context)
        return;
    const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_RECOVER | HTML_PARSE_COMPACT;
    m_doc = htmlCtxtReadMemory(context, html.data(), int(html.size()), nullptr,
                               encoding.isEmpty() ? nullptr : encoding.constData(), options);
    htmlFreeParserCtxt(context);
}

HtmlDocument::~HtmlDocument()
{
    if (m_doc)
        xmlFreeDoc(m_doc);
}

const xmlNode* HtmlDocument::root() const
{
    return m_doc ? xmlDocGetRootElement(m_doc) : nullptr;
}

const xmlNode* HtmlDocument::next(const xmlNode* node, const xmlNode* scope, bool skipChildren)
{
    if (!node)
        return nullptr;
    if (!skipChildren && node->children && node->type == XML_ELEMENT_NODE)
        return node->children;
    while (node && node != scope) {
        if (node->next)
            return node->next;
        node = node->parent;
    }
    return nullptr;
}

bool HtmlDocument::isElement(const xmlNode* node, const char* name)
{
    return node && node->type == XML_ELEMENT_NODE && node->name &&
           std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

bool HtmlDocument::isElementIn(const xmlNode* node, std::initializer_list<const char*> names)
{
    if (!node || node->type != XML_ELEMENT_NODE || !node->name)
        return false;
    for (const char* name : names) {
        if (std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0)
            return true;
    }
    return false;
}

bool HtmlDocument::hasAttribute(const xmlNode* node, const char* name)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return false;
    return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

QString HtmlDocument::attribute(const xmlNode* node, const char* name)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return {};
    for (const xmlAttr* attr = node->properties; attr; attr = attr->next) {
        if (!attr->name || std::strcmp(reinterpret_cast<const char*>(attr->name), name) != 0)
            continue;
        // HTML attribute values are plain text nodes; entities are already decoded.
        QString value;
        for (const xmlNode* child = attr->children; child; child = child->next) {
            if (child->type == XML_TEXT_NODE && child->content)
                value += QString::fromUtf8(reinterpret_cast<const char*>(child->content));
        }
        return value.trimmed();
    }
    return {};
}

bool HtmlDocument::attributeHasToken(const xmlNode* node, const char* name, QStringView token)
{
    const QString value = attribute(node, name);
    if (value.isEmpty())
        return false;
    for (const QStringView part : QStringView(value).split(u' ', Qt::SkipEmptyParts)) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool HtmlDocument::isHidden(const xmlNode* node)
{
    return isElementIn(node, {"script", "style", "template", "noscript", "svg", "math", "object",
                              "iframe", "select", "textarea", "head", "audio", "video", "button",
                              "canvas"});
}

QString HtmlDocument::text(const xmlNode* node, qsizetype maxChars, bool keepLines)
{
    if (!node)
        return {};
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        return QString::fromUtf8(reinterpret_cast<const char*>(node->content)).simplified();
    QString raw;
    // Collect a little more than asked: collapsing whitespace shortens it.
    const qsizetype rawLimit = maxChars * 2 + 256;
    for (const xmlNode* n = node->children ? next(node, node) : nullptr; n;) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            // Line breaks in the source are spaces; only blocks and <br> end lines.
            if (n->content)
                raw += QString::fromUtf8(reinterpret_cast<const char*>(n->content))
                           .replace(u'\n', u' ');
            if (raw.size() > rawLimit)
                break;
            n = next(n, node);
            continue;
        }
        const bool hidden = n->type != XML_ELEMENT_NODE || isHidden(n);
        if (!hidden && isBlockBoundary(n))
            raw += u'\n';
        n = next(n, node, hidden);
    }
    QString result;
    for (const QStringView line : QStringView(raw).split(u'\n', Qt::SkipEmptyParts)) {
        const QString simple = line.toString().simplified();
        if (simple.isEmpty())
            continue;
        if (!result.isEmpty())
            result += keepLines ? u'\n' : u' ';
        result += simple;
        if (result.size() >= maxChars)
            break;
    }
    if (result.size() > maxChars)
        result.truncate(maxChars);
    return result;
}

QByteArray HtmlDocument::rawText(const xmlNode* node, qsizetype maxBytes)
{
    QByteArray result;
    if (!node)
        return result;
    for (const xmlNode* child = node->children; child; child = child->next) {
        if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
            child->content) {
            result += reinterpret_cast<const char*>(child->content);
            if (result.size() > maxBytes)
                return {};
        }
    }
    return result;
}

QByteArray HtmlDocument::sniffEncoding(QByteArrayView html)
{
    if (html.startsWith("\xEF\xBB\xBF"))
        return QByteArrayLiteral("UTF-8");
    if (html.startsWith("\xFF\xFE") || html.startsWith("\xFE\xFF"))
        return {}; // libxml2 reads UTF-16 byte order marks itself
    QByteArray declared = declaredCharset(html);
    // As in browsers, Latin-1 and ASCII labels mean windows-1252.
    if (declared == "iso-8859-1" || declared == "latin1" || declared == "us-ascii" ||
        declared == "ascii" || declared == "l1")
        declared = QByteArrayLiteral("windows-1252");
    if (declared == "utf8")
        declared = QByteArrayLiteral("UTF-8");
    if (!declared.isEmpty()) {
        if (xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(declared.constData())) {
            xmlCharEncCloseFunc(handler);
            return declared;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(html);
    Q_UNUSED(decoded);
    return utf8.hasError() ? QByteArrayLiteral("windows-1252") : QByteArrayLiteral("UTF-8");
}

} // namespace ondes

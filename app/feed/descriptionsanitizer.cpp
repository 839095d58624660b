#include "feed/descriptionsanitizer.h"

#include "feed/timestamplinks.h"

#include <QList>
#include <QRegularExpression>
#include <QUrl>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstring>

namespace ondes {

namespace {

// How the walker treats an element.
enum class Kind {
    Keep,   // copied without attributes
    Void,   // copied, no content or end tag (br, hr)
    Drop,   // removed with everything inside
    Break,  // unwrapped, ends a line (div, tr, section…)
    Unwrap, // unwrapped (span, font, html, body, unknown elements)
    // Void in HTML5 but not to libxml2 2.9, which nests the following siblings inside: the
    // element goes, what libxml2 put in it stays (and is sanitised like the rest).
    Empty,
    Link,
    Image,
};

struct ElementRule
{
    const char* name;
    Kind kind;
};

constexpr ElementRule elementRules[] = {
    {"a", Kind::Link},          {"abbr", Kind::Unwrap},   {"address", Kind::Break},
    {"applet", Kind::Drop},     {"article", Kind::Break}, {"aside", Kind::Break},
    {"audio", Kind::Drop},      {"b", Kind::Keep},        {"base", Kind::Drop},
    {"blockquote", Kind::Keep}, {"br", Kind::Void},       {"button", Kind::Drop},
    {"canvas", Kind::Drop},     {"center", Kind::Break},  {"code", Kind::Keep},
    {"dd", Kind::Keep},         {"del", Kind::Keep},      {"details", Kind::Break},
    {"div", Kind::Break},       {"dl", Kind::Keep},       {"dt", Kind::Keep},
    {"em", Kind::Keep},         {"embed", Kind::Empty},   {"figcaption", Kind::Break},
    {"figure", Kind::Break},    {"footer", Kind::Break},  {"form", Kind::Drop},
    {"frame", Kind::Drop},      {"frameset", Kind::Drop}, {"h1", Kind::Keep},
    {"h2", Kind::Keep},         {"h3", Kind::Keep},       {"h4", Kind::Keep},
    {"h5", Kind::Keep},         {"h6", Kind::Keep},       {"head", Kind::Drop},
    {"header", Kind::Break},    {"hr", Kind::Void},       {"i", Kind::Keep},
    {"iframe", Kind::Drop},     {"img", Kind::Image},     {"input", Kind::Empty},
    {"li", Kind::Keep},         {"link", Kind::Drop},     {"main", Kind::Break},
    {"map", Kind::Drop},        {"math", Kind::Drop},     {"meta", Kind::Drop},
    {"nav", Kind::Break},       {"noframes", Kind::Drop}, {"noscript", Kind::Drop},
    {"object", Kind::Drop},     {"ol", Kind::Keep},       {"option", Kind::Drop},
    {"p", Kind::Keep},          {"param", Kind::Empty},   {"picture", Kind::Drop},
    {"pre", Kind::Keep},        {"s", Kind::Keep},        {"script", Kind::Drop},
    {"section", Kind::Break},   {"select", Kind::Drop},   {"source", Kind::Empty},
    {"strike", Kind::Keep},     {"strong", Kind::Keep},   {"style", Kind::Drop},
    {"sub", Kind::Keep},        {"summary", Kind::Break}, {"sup", Kind::Keep},
    {"svg", Kind::Drop},        {"table", Kind::Break},   {"template", Kind::Drop},
    {"textarea", Kind::Drop},   {"title", Kind::Drop},    {"tr", Kind::Break},
    {"track", Kind::Empty},     {"u", Kind::Keep},        {"ul", Kind::Keep},
    {"video", Kind::Drop},      {"xml", Kind::Drop},
};

Kind kindOf(const char* name)
{
    const auto* end = std::end(elementRules);
    const auto* it = std::lower_bound(
        std::begin(elementRules), end, name,
        [](const ElementRule& rule, const char* n) { return std::strcmp(rule.name, n) < 0; });
    return it != end && std::strcmp(it->name, name) == 0 ? it->kind : Kind::Unwrap;
}

// Kept elements that start and end lines themselves, so no <br> is needed after them.
bool isBlock(const char* name)
{
    static constexpr const char* blocks[] = {"blockquote", "dd", "dl", "dt",  "h1",
                                             "h2",         "h3", "h4", "h5",  "h6",
                                             "li",         "ol", "p",  "pre", "ul"};
    return std::any_of(std::begin(blocks), std::end(blocks),
                       [name](const char* block) { return std::strcmp(block, name) == 0; });
}

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

QString attribute(const xmlNode* node, const char* name)
{
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text.trimmed();
}

// The URL to write, encoded (so it cannot close the attribute), or empty when it is not safe.
QString safeUrl(const QString& raw, const QString& baseUrl, bool allowMailto)
{
    if (raw.isEmpty() || raw.size() > 4096)
        return {};
    QUrl url(raw);
    if (url.isRelative() && !baseUrl.isEmpty())
        url = QUrl(baseUrl).resolved(url);
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https");
    // "http:path" has a web scheme but no host: browsers guess one from the path. Only
    // absolute web addresses are links.
    if (!url.isValid() || (web && url.host().isEmpty()) ||
        !(web || (allowMailto && scheme == QLatin1StringView("mailto"))))
        return {};
    return QString::fromLatin1(url.toEncoded()).toHtmlEscaped();
}

struct TextLink
{
    qsizetype position;
    qsizetype length;
    QString href;
};

QList<TextLink> bareUrls(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("\\bhttps?://[^\\s<>\"'\\x{00A0}]+"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::UseUnicodePropertiesOption);
    QList<TextLink> links;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QStringView url = match.capturedView();
        // Punctuation that ends the sentence, not the URL.
        while (!url.isEmpty() &&
               (QStringView(u".,;:!?]}»'").contains(url.back()) ||
                (url.back() == QLatin1Char(')') && !url.contains(QLatin1Char('(')))))
            url.chop(1);
        const QString href = safeUrl(url.toString(), {}, false);
        if (!href.isEmpty())
            links.append({match.capturedStart(), url.size(), href});
    }
    return links;
}

// Escaped text with its timestamps and bare URLs as links.
void appendText(QString& out, QStringView text, const SanitizeOptions& options, bool insideLink)
{
    if (insideLink || (!options.linkTimestamps && !options.linkUrls)) {
        out += escaped(text);
        return;
    }
    QList<TextLink> links = options.linkUrls ? bareUrls(text) : QList<TextLink>();
    if (options.linkTimestamps) {
        const QList<TextLink> urls = links;
        for (const TimestampMatch& match : TimestampLinks::find(text)) {
            const bool inUrl = std::any_of(urls.begin(), urls.end(), [&](const TextLink& url) {
                return match.position < url.position + url.length &&
                       url.position < match.position + match.length;
            });
            if (!inUrl)
                links.append(
                    {match.position, match.length, TimestampLinks::seekUrl(match.seconds)});
        }
        std::sort(links.begin(), links.end(),
                  [](const TextLink& a, const TextLink& b) { return a.position < b.position; });
    }
    qsizetype done = 0;
    for (const TextLink& link : links) {
        out += escaped(text.sliced(done, link.position - done));
        out += QLatin1StringView("<a href=\"") + link.href + QLatin1StringView("\">") +
               escaped(text.sliced(link.position, link.length)) + QLatin1StringView("</a>");
        done = link.position + link.length;
    }
    out += escaped(text.sliced(done));
}

QString plainTextToHtml(QStringView text, const SanitizeOptions& options)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    static const QRegularExpression paragraphBreak(QStringLiteral("\\n\\s*\\n"));
    QString normalized = text.toString();
    normalized.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    const QStringList paragraphs = normalized.split(paragraphBreak, Qt::SkipEmptyParts);
    for (const QString& paragraph : paragraphs) {
        const QString trimmed = paragraph.trimmed();
        if (trimmed.isEmpty())
            continue;
        out += QLatin1StringView("<p>");
        const QList<QStringView> lines = QStringView(trimmed).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                out += QLatin1StringView("<br>");
            appendText(out, lines[i], options, false);
        }
        out += QLatin1StringView("</p>");
    }
    return out;
}

class HtmlWriter
{
public:
    explicit HtmlWriter(const SanitizeOptions& options) : m_options(options) {}

    QString write(const xmlNode* first)
    {
        const xmlNode* node = first;
        const xmlNode* top = first ? first->parent : nullptr;
        while (node) {
            if (enter(node) && node->children) {
                node = node->children;
                continue;
            }
            while (node && !node->next) {
                node = node->parent;
                if (node == top) {
                    node = nullptr;
                    break;
                }
                leave();
            }
            if (node)
                node = node->next;
        }
        return m_out;
    }

private:
    struct Open
    {
        QLatin1StringView close; // "" when the element was unwrapped
        bool link = false;
        bool breakAfter = false;
        bool block = false;
    };

    // Writes what comes before the node's children; true when they are to be walked (then
    // leave() is called after them).
    bool enter(const xmlNode* node)
    {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            const QString text = QString::fromUtf8(reinterpret_cast<const char*>(node->content));
            appendText(m_out, text, m_options, m_linkDepth > 0);
            if (!text.trimmed().isEmpty())
                m_lineHasText = true;
            return false;
        }
        if (node->type != XML_ELEMENT_NODE)
            return false; // comments, processing instructions, DTDs
        const char* name = reinterpret_cast<const char*>(node->name);
        const Kind kind = kindOf(name);
        const bool tooDeep = m_depth >= DescriptionSanitizer::maxDepth;
        Open open;
        switch (kind) {
        case Kind::Drop:
            return false;
        case Kind::Void:
            if (!tooDeep)
                m_out += QLatin1StringView("<") + QLatin1StringView(name) + QLatin1StringView(">");
            m_lineHasText = false;
            return false;
        case Kind::Image:
            writeImage(node);
            return false;
        case Kind::Keep:
            if (!tooDeep) {
                open.close = QLatin1StringView(name);
                m_out += QLatin1StringView("<") + open.close + QLatin1StringView(">");
            }
            open.breakAfter = tooDeep && isBlock(name);
            open.block = isBlock(name);
            if (open.block)
                m_lineHasText = false;
            break;
        case Kind::Link: {
            const QString href = safeUrl(attribute(node, "href"), m_options.baseUrl, true);
            if (!href.isEmpty() && !tooDeep && m_linkDepth == 0) {
                open.close = QLatin1StringView("a");
                open.link = true;
                m_out += QLatin1StringView("<a href=\"") + href + QLatin1StringView("\">");
            }
            break;
        }
        case Kind::Break:
            open.breakAfter = true;
            break;
        case Kind::Unwrap:
        case Kind::Empty:
            break;
        }
        if (!node->children) {
            close(open);
            return false;
        }
        if (open.link)
            ++m_linkDepth;
        if (!open.close.isEmpty())
            ++m_depth;
        m_open.append(open);
        return true;
    }

    void leave()
    {
        const Open open = m_open.takeLast();
        if (open.link)
            --m_linkDepth;
        if (!open.close.isEmpty())
            --m_depth;
        close(open);
    }

    void close(const Open& open)
    {
        if (!open.close.isEmpty()) {
            m_out += QLatin1StringView("</") + open.close + QLatin1StringView(">");
            if (open.block)
                m_lineHasText = false;
        }
        if (open.breakAfter && m_lineHasText) {
            m_out += QLatin1StringView("<br>");
            m_lineHasText = false;
        }
    }

    void writeImage(const xmlNode* node)
    {
        if (!m_options.allowRemoteImages)
            return;
        const QString src = safeUrl(attribute(node, "src"), m_options.baseUrl, false);
        if (src.isEmpty())
            return;
        m_out += QLatin1StringView("<img src=\"") + src + QLatin1StringView("\" alt=\"") +
                 attribute(node, "alt").toHtmlEscaped() + QLatin1StringView("\">");
        m_lineHasText = true;
    }

    const SanitizeOptions& m_options;
    QString m_out;
    QList<Open> m_open;
    int m_depth = 0;
    int m_linkDepth = 0;
    bool m_lineHasText = false;
};

QString htmlToSafeHtml(const QString& html, const SanitizeOptions& options)
{
    const QByteArray utf8 = html.toUtf8();
    // XML_PARSE_HUGE lifts libxml2's limit of 256 nested elements, past which it stops reading and
    // the rest of the text would be lost; the input is bounded (maxInputChars) and neither
    // libxml2's parser nor the writer below recurses, so depth costs neither stack nor much time.
    htmlDocPtr doc =
        htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
                       HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_RECOVER | HTML_PARSE_NODEFDTD | int(XML_PARSE_HUGE));
    if (!doc)
        return plainTextToHtml(html, options);
    HtmlWriter writer(options);
    QString out = writer.write(doc->children);
    xmlFreeDoc(doc);
    out = out.trimmed();
    while (out.endsWith(QLatin1StringView("<br>")))
        out.chop(4);
    return out;
}

} // namespace

bool DescriptionSanitizer::looksLikeHtml(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("</?(?:p|br|a|b|i|u|s|em|strong|div|span|ul|ol|li|img|h[1-6]|"
                       "blockquote|script|style|iframe|object|embed|table|tr|td|font|center|code|"
                       "pre|hr|sub|sup|section|article|html|body|svg)\\b[^<>]*>"
                       "|&(?:#\\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,30});"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

QString DescriptionSanitizer::toSafeHtml(const QString& htmlOrText, const SanitizeOptions& options)
{
    const QString input = htmlOrText.left(maxInputChars);
    bool isHtml = options.format == SanitizeOptions::Format::Html;
    if (options.format == SanitizeOptions::Format::Auto)
        isHtml = looksLikeHtml(input);
    return isHtml ? htmlToSafeHtml(input, options) : plainTextToHtml(input, options);
}

} // namespace ondes

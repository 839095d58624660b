#include "feed/opml.h"

#include "feed/libxmlscope.h"

#include <QBuffer>
#include <QHash>
#include <QSet>
#include <QUrl>
#include <QXmlStreamWriter>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cctype>
#include <memory>

namespace ondes {

namespace {

struct DocDeleter
{
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPointer = std::unique_ptr<xmlDoc, DocDeleter>;

struct ContextDeleter
{
    void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};

bool hasName(const xmlNode* node, const char* name)
{
    return node && node->type == XML_ELEMENT_NODE && node->name &&
           QByteArrayView(reinterpret_cast<const char*>(node->name))
                   .compare(QByteArrayView(name), Qt::CaseInsensitive) == 0;
}

// The text of a node's own text children. Entity references are left out, never expanded.
QString ownText(const xmlNode* first)
{
    QString text;
    for (const xmlNode* child = first; child; child = child->next) {
        if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
            child->content) {
            text += QString::fromUtf8(reinterpret_cast<const char*>(child->content));
            if (text.size() > 64 * 1024)
                break;
        }
    }
    return text;
}

// Attributes by lower-case name: xmlUrl, xmlurl and XMLURL are one.
QHash<QByteArray, QString> attributes(const xmlNode* node)
{
    QHash<QByteArray, QString> result;
    for (const xmlAttr* attr = node->properties; attr; attr = attr->next) {
        const QByteArray name = QByteArray(reinterpret_cast<const char*>(attr->name)).toLower();
        if (!result.contains(name))
            result.insert(name, ownText(attr->children));
    }
    return result;
}

// "HTTPS://…" as "https://…": schemes are case-insensitive, and the rest of Ondes compares
// URLs as text.
QString lowerCaseScheme(QString url)
{
    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    for (qsizetype i = 0; i < colon; ++i)
        url[i] = url[i].toLower();
    return url;
}

// Feed URLs as people paste them: "feed://", "itpc://", "pcast://" mean http.
QString feedUrl(const QString& written)
{
    QString url = written.trimmed();
    for (const QLatin1String prefix : {QLatin1String("feed:"), QLatin1String("itpc:"),
                                       QLatin1String("pcast:"), QLatin1String("podcast:")}) {
        if (!url.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        url = url.mid(prefix.size());
        if (!url.startsWith(QLatin1String("http:"), Qt::CaseInsensitive) &&
            !url.startsWith(QLatin1String("https:"), Qt::CaseInsensitive))
            url = QLatin1String("http:") + url;
        break;
    }
    return lowerCaseScheme(url);
}

bool isWebUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QString dedupKey(const QString& url)
{
    return QUrl(url).adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash).toString();
}

// Many exporters write "a=1&b=2" in URLs. Escape the ampersands that start no reference.
QByteArray escapeBareAmpersands(QByteArrayView bytes)
{
    QByteArray result;
    result.reserve(bytes.size() + 64);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c != '&') {
            result += c;
            continue;
        }
        qsizetype j = i + 1;
        if (j < bytes.size() && bytes[j] == '#') {
            ++j;
            const bool hex = j < bytes.size() && (bytes[j] == 'x' || bytes[j] == 'X');
            if (hex)
                ++j;
            const qsizetype digitsStart = j;
            while (j < bytes.size() && j - digitsStart < 8 &&
                   (std::isdigit(static_cast<unsigned char>(bytes[j])) ||
                    (hex && std::isxdigit(static_cast<unsigned char>(bytes[j])))))
                ++j;
            if (j == digitsStart)
                j = -1;
        } else {
            const qsizetype nameStart = j;
            while (j < bytes.size() && j - nameStart < 32 &&
                   (std::isalnum(static_cast<unsigned char>(bytes[j])) || bytes[j] == '_' ||
                    bytes[j] == '-' || bytes[j] == '.'))
                ++j;
            if (j == nameStart)
                j = -1;
        }
        const bool reference = j > 0 && j < bytes.size() && bytes[j] == ';';
        result += reference ? QByteArrayView("&") : QByteArrayView("&amp;");
    }
    return result;
}

struct ParsedXml
{
    DocPointer doc;
    QString error;
    bool entityLoop = false; // a billion laughs: refused, not retried
};

ParsedXml readXml(QByteArrayView bytes, bool recover)
{
    // No XML_PARSE_NOENT (entities stay references), no DTDLOAD/DTDATTR/DTDVALID (no
    // external subset), NONET: nothing outside the bytes is ever read.
    int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    if (recover)
        options |= XML_PARSE_RECOVER;
    std::unique_ptr<xmlParserCtxt, ContextDeleter> context(xmlNewParserCtxt());
    if (!context)
        return {nullptr, Opml::tr("out of memory"), false};
    ParsedXml result;
    result.doc.reset(xmlCtxtReadMemory(context.get(), bytes.data(), int(bytes.size()), nullptr,
                                       nullptr, options));
    const xmlError* error = &context->lastError;
    result.entityLoop = error->code == XML_ERR_ENTITY_LOOP;
    if (result.entityLoop || (!recover && !context->wellFormed) || !result.doc) {
        result.doc.reset();
        QString message = error->message ? QString::fromUtf8(error->message).trimmed()
                                         : Opml::tr("unreadable document");
        if (error->line > 0)
            message += Opml::tr(" (line %1)").arg(error->line);
        result.error = message;
    }
    return result;
}

bool endsWithOpmlEndTag(QByteArrayView bytes)
{
    const QByteArrayView tail = bytes.last(qMin<qsizetype>(bytes.size(), 256));
    for (qsizetype i = 0; i + 6 <= tail.size(); ++i) {
        if (tail.sliced(i, 6).compare(QByteArrayView("</opml"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString categoryOf(const xmlNode* outline)
{
    QStringList folders;
    for (const xmlNode* n = outline->parent; n && hasName(n, "outline"); n = n->parent) {
        const QHash<QByteArray, QString> attrs = attributes(n);
        if (!attrs.value("xmlurl").trimmed().isEmpty())
            continue; // a feed with children is no folder
        QString name = attrs.value("title").simplified();
        if (name.isEmpty())
            name = attrs.value("text").simplified();
        if (!name.isEmpty())
            folders.prepend(name);
    }
    return folders.join(u'/');
}

QString sanitised(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        // Characters XML 1.0 cannot carry.
        if ((c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') ||
            c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            continue;
        result += c;
    }
    return result;
}

} // namespace

OpmlParseResult Opml::parse(QByteArrayView bytes)
{
    OpmlParseResult result;
    if (bytes.trimmed().isEmpty()) {
        result.error = Opml::tr("The file is empty.");
        return result;
    }
    if (bytes.size() > maxBytes) {
        result.error = Opml::tr("The file is too large for a subscription list.");
        return result;
    }
    const LibxmlScope libxml;
    ParsedXml xml = readXml(bytes, false);
    if (!xml.doc && !xml.entityLoop) {
        // Hand-made and sloppy exports: bare ampersands, HTML entities. Repair what is safe;
        // recover from the rest only when the file is complete, never from a cut one.
        const QByteArray repaired = escapeBareAmpersands(bytes);
        ParsedXml second = readXml(repaired, false);
        if (!second.doc && endsWithOpmlEndTag(bytes))
            second = readXml(repaired, true);
        if (second.doc)
            xml = std::move(second);
    }
    if (!xml.doc) {
        result.error = Opml::tr("Not a readable OPML file: %1").arg(xml.error);
        return result;
    }
    const xmlNode* root = xmlDocGetRootElement(xml.doc.get());
    if (!hasName(root, "opml")) {
        result.error = Opml::tr("Not an OPML file: the document is <%1>.")
                           .arg(root ? QString::fromUtf8(reinterpret_cast<const char*>(root->name))
                                     : QString());
        return result;
    }

    OpmlDocument document;
    QSet<QString> seen;
    for (const xmlNode* n = root->children; n;) {
        if (hasName(n, "head")) {
            for (const xmlNode* child = n->children; child; child = child->next) {
                if (hasName(child, "title") && document.title.isEmpty())
                    document.title = ownText(child->children).simplified();
            }
        } else if (hasName(n, "outline") && document.outlines.size() < maxOutlines) {
            const QHash<QByteArray, QString> attrs = attributes(n);
            QString type = attrs.value("type").trimmed().toLower();
            QString url = feedUrl(attrs.value("xmlurl"));
            if (url.isEmpty() && type != QLatin1String("include"))
                url = feedUrl(attrs.value("url"));
            if (!url.isEmpty() && isWebUrl(url) && !seen.contains(dedupKey(url))) {
                seen.insert(dedupKey(url));
                OpmlOutline outline;
                outline.xmlUrl = url;
                outline.title = attrs.value("title").simplified();
                if (outline.title.isEmpty())
                    outline.title = attrs.value("text").simplified();
                const QString htmlUrl = lowerCaseScheme(attrs.value("htmlurl").trimmed());
                if (isWebUrl(htmlUrl))
                    outline.htmlUrl = htmlUrl;
                outline.type = type.isEmpty() ? QStringLiteral("rss") : type;
                outline.category = categoryOf(n);
                if (outline.category.isEmpty()) {
                    // OPML 2.0's own attribute: "/Radio/Jazz,/Favourites" -> "Radio/Jazz".
                    // Spaces collapsed like folder names, or a written list would read back
                    // differently.
                    QString category = attrs.value("category").section(u',', 0, 0).trimmed();
                    if (category.startsWith(u'/'))
                        category.remove(0, 1);
                    outline.category = category.simplified();
                }
                document.outlines.append(outline);
            }
        }
        // Depth first through everything but the head.
        if (n->children && n->type == XML_ELEMENT_NODE && !hasName(n, "head")) {
            n = n->children;
            continue;
        }
        while (n && n != root && !n->next)
            n = n->parent;
        n = (n && n != root) ? n->next : nullptr;
    }
    result.document = std::move(document);
    return result;
}

QByteArray Opml::write(const OpmlDocument& document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), sanitised(document.title));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    QString openFolder;
    bool folderOpen = false;
    for (const OpmlOutline& outline : document.outlines) {
        if (folderOpen && outline.category != openFolder) {
            xml.writeEndElement();
            folderOpen = false;
        }
        if (!folderOpen && !outline.category.isEmpty()) {
            xml.writeStartElement(QStringLiteral("outline"));
            xml.writeAttribute(QStringLiteral("text"), sanitised(outline.category));
            xml.writeAttribute(QStringLiteral("title"), sanitised(outline.category));
            openFolder = outline.category;
            folderOpen = true;
        }
        const QString type = outline.type.isEmpty() ? QStringLiteral("rss") : outline.type;
        xml.writeEmptyElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("text"), sanitised(outline.title));
        xml.writeAttribute(QStringLiteral("title"), sanitised(outline.title));
        xml.writeAttribute(QStringLiteral("type"), sanitised(type));
        xml.writeAttribute(QStringLiteral("xmlUrl"), sanitised(outline.xmlUrl));
        if (!outline.htmlUrl.isEmpty())
            xml.writeAttribute(QStringLiteral("htmlUrl"), sanitised(outline.htmlUrl));
    }
    if (folderOpen)
        xml.writeEndElement();
    xml.writeEndElement(); // body
    xml.writeEndElement(); // opml
    xml.writeEndDocument();
    return bytes;
}

} // namespace ondes

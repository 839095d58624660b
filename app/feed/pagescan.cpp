#include "feed/pagescan.h"

#include "feed/htmldocument.h"
#include "feed/jsonldreader.h"

namespace ondes {

namespace {

constexpr qsizetype maxUrlLength = 8192;
constexpr qsizetype maxCollected = 5000; // links, anchors, metas… of one page

} // namespace

PageScan scanPage(const xmlNode* root)
{
    PageScan page;
    for (const xmlNode* n = root; n;) {
        // Inert markup: a <template> is not part of the page until a script uses it.
        const bool inert = HtmlDocument::isElement(n, "template");
        const xmlNode* current = n;
        n = HtmlDocument::next(n, root, inert);
        if (current->type != XML_ELEMENT_NODE || inert)
            continue;
        if (HtmlDocument::isElement(current, "link")) {
            if (page.links.size() < maxCollected)
                page.links.append(current);
        } else if (HtmlDocument::isElement(current, "a")) {
            if (page.anchors.size() < maxCollected && HtmlDocument::hasAttribute(current, "href"))
                page.anchors.append(current);
        } else if (HtmlDocument::isElement(current, "meta")) {
            QString key = HtmlDocument::attribute(current, "property");
            if (key.isEmpty())
                key = HtmlDocument::attribute(current, "name");
            if (key.isEmpty())
                key = HtmlDocument::attribute(current, "itemprop");
            const QString content = HtmlDocument::hasAttribute(current, "content")
                                        ? HtmlDocument::attribute(current, "content")
                                        : HtmlDocument::attribute(current, "datetime");
            if (!key.isEmpty() && !content.isEmpty() && page.meta.size() < maxCollected) {
                QStringList& values = page.meta[key.toLower()];
                if (values.size() < 20)
                    values.append(content);
            }
        } else if (HtmlDocument::isElement(current, "audio")) {
            if (page.audios.size() < 50)
                page.audios.append(current);
        } else if (HtmlDocument::isElement(current, "time")) {
            if (page.times.size() < 200)
                page.times.append(current);
        } else if (HtmlDocument::isElement(current, "script")) {
            const QString type = HtmlDocument::attribute(current, "type").toLower();
            if (type.startsWith(QLatin1String("application/ld+json")) && page.jsonLd.size() < 20)
                page.jsonLd.append(HtmlDocument::rawText(current, JsonLdReader::maxScriptBytes));
        } else if (HtmlDocument::isElement(current, "base")) {
            if (page.baseHref.isEmpty())
                page.baseHref = HtmlDocument::attribute(current, "href");
        } else if (HtmlDocument::isElement(current, "title")) {
            if (!page.title)
                page.title = current;
        } else if (HtmlDocument::isElementIn(current, {"h1", "h2", "h3"})) {
            if (!page.h1 && HtmlDocument::isElement(current, "h1"))
                page.h1 = current;
            if (page.headings.size() < 20)
                page.headings.append(HtmlDocument::text(current, 500));
        } else if (HtmlDocument::isElement(current, "body")) {
            if (!page.body)
                page.body = current;
        }
    }
    return page;
}

QString metaValue(const PageScan& page, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QStringList values = page.meta.value(QLatin1String(key));
        for (const QString& value : values) {
            if (!value.trimmed().isEmpty())
                return value.trimmed();
        }
    }
    return {};
}

bool PageUrlResolver::isWebUrl(const QUrl& url)
{
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

PageUrlResolver::PageUrlResolver(const QUrl& pageUrl, const QString& baseHref) : m_base(pageUrl)
{
    if (!baseHref.isEmpty() && baseHref.size() <= maxUrlLength) {
        const QUrl base = pageUrl.resolved(QUrl(baseHref, QUrl::TolerantMode));
        if (isWebUrl(base))
            m_base = base;
    }
}

QUrl PageUrlResolver::url(const QString& reference) const
{
    const QString trimmed = reference.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > maxUrlLength)
        return {};
    const QUrl url = m_base.resolved(QUrl(trimmed, QUrl::TolerantMode));
    return isWebUrl(url) ? url : QUrl();
}

QString PageUrlResolver::operator()(const QString& reference) const
{
    return url(reference).toString(QUrl::FullyEncoded);
}

QString PageUrlResolver::page(const QString& reference) const
{
    return url(reference).adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

} // namespace ondes

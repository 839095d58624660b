#pragma once

// What the page importer reads from a parsed page, gathered in one walk of its tree, and the
// resolver that turns the page's references into absolute web URLs.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <libxml/tree.h>

#include <initializer_list>

namespace ondes {

// The nodes belong to the HtmlDocument that was scanned and live as long as it.
struct PageScan
{
    const xmlNode* body = nullptr;
    const xmlNode* title = nullptr;
    const xmlNode* h1 = nullptr;
    QStringList headings; // the first few h1, h2 and h3
    QString baseHref;
    QList<const xmlNode*> links; // <link>
    QList<const xmlNode*> anchors;
    QList<const xmlNode*> audios;
    QList<const xmlNode*> times;
    QHash<QString, QStringList> meta; // lower-case property, name or itemprop -> contents
    QList<QByteArray> jsonLd;
};

// Walks the whole page once; every list is capped, <template> content is skipped.
PageScan scanPage(const xmlNode* root);

// The first non-empty content of the first of keys a <meta> has.
QString metaValue(const PageScan& page, std::initializer_list<const char*> keys);

// Resolves references against the page URL and its <base href>.
class PageUrlResolver
{
public:
    PageUrlResolver(const QUrl& pageUrl, const QString& baseHref);

    // An absolute http(s) URL, or empty: javascript:, data:, file: and friends are refused.
    QUrl url(const QString& reference) const;
    QString operator()(const QString& reference) const;
    // For pages: without the #fragment.
    QString page(const QString& reference) const;

    static bool isWebUrl(const QUrl& url);

private:
    QUrl m_base;
};

} // namespace ondes

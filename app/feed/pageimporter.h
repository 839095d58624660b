#pragma once

// PageImporter reads a web page of a show that may publish no feed: the feeds it advertises
// (autodiscovery), and, when the page itself has audio, the episode it is (title, date,
// description, audio, previous and next pages). Pure: HTML bytes and the page URL in, plain
// structs out; it never fetches anything. Every URL it returns is absolute http or https.

#include "feed/feedtypes.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace ondes {

struct FeedLink
{
    QString url;
    QString title;
    QString type; // "application/rss+xml" or "application/atom+xml"
};

struct PageImport
{
    QList<FeedLink> feedLinks;            // in page order, comment feeds last
    std::optional<ParsedEpisode> episode; // set when the page itself is an episode (has audio)
    QString showTitle;    // JSON-LD series name, og:site_name, or the <title> after " | "
    QString showImageUrl; // JSON-LD series image, og:image, apple-touch-icon
    QString previousUrl;  // the older episode's page
    QString nextUrl;      // the newer episode's page
};

class PageImporter
{
public:
    static PageImport parse(QByteArrayView html, const QUrl& pageUrl);
};

} // namespace ondes

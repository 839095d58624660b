#pragma once

// URLs in feeds: resolved against the feed's URL (and xml:base) like urljoin() does, and, for
// media and links, normalised like podcastparser's normalize_feed_url().

#include <QString>
#include <QUrl>

#include <string_view>

namespace ondes {

// The text as an absolute URL when it is relative; unchanged when it already has a scheme.
// Leading and trailing white space is removed; empty text gives an empty string.
QString resolveFeedUrl(const QUrl& base, std::string_view text);

// A resolved URL with its scheme and host in lower case, "/" for an empty path, and
// feed:, itpc: and itms: read as http:. Empty for a scheme other than http, https, ftp and
// file, or for something too short to be a URL.
QString normalizedFeedUrl(const QUrl& base, std::string_view text);

// "episode" for "http://example.com/files/episode.mp3?x=1", as podcastparser names an item
// that has no title.
QString fileBaseName(const QString& url);

} // namespace ondes

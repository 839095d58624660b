#include "feed/pageimporter.h"

#include "feed/htmldocument.h"
#include "feed/jsonldreader.h"
#include "feed/pageaudio.h"
#include "feed/pagedates.h"
#include "feed/pagenavigation.h"
#include "feed/pagescan.h"
#include "feed/pagetext.h"
#include "feed/textfold.h"

#include <QSet>

namespace ondes {

namespace {

constexpr qsizetype maxDescriptionChars = 4000;

struct TitleParts
{
    QString episode;
    QString show;
};

// "Episode 12 | My Show" or "My Show - Episode 12": the part a heading of the page repeats is
// the episode's; without one, the episode comes first.
TitleParts splitTitle(const QString& title, const QStringList& headings)
{
    for (const QStringView separator : {u" | ", u" – ", u" — ", u" - ", u" · ", u" :: ", u" » "}) {
        const qsizetype at = title.lastIndexOf(separator);
        if (at <= 0)
            continue;
        TitleParts parts{title.left(at).trimmed(), title.mid(at + separator.size()).trimmed()};
        const QString foldedShow = foldText(parts.show);
        const QString foldedEpisode = foldText(parts.episode);
        for (const QString& heading : headings) {
            const QString folded = foldText(heading);
            if (folded == foldedEpisode)
                break;
            if (folded == foldedShow) {
                std::swap(parts.episode, parts.show);
                break;
            }
        }
        return parts;
    }
    return TitleParts{title, {}};
}

QList<FeedLink> findFeeds(const PageScan& page, const PageUrlResolver& resolve)
{
    QList<FeedLink> feeds;
    QList<FeedLink> commentFeeds;
    QSet<QString> seen;
    for (const xmlNode* link : page.links) {
        if (!HtmlDocument::attributeHasToken(link, "rel", u"alternate"))
            continue;
        const QString type =
            HtmlDocument::attribute(link, "type").section(u';', 0, 0).trimmed().toLower();
        if (type != QLatin1String("application/rss+xml") &&
            type != QLatin1String("application/atom+xml"))
            continue;
        const QString url = resolve(HtmlDocument::attribute(link, "href"));
        if (url.isEmpty() || seen.contains(url))
            continue;
        seen.insert(url);
        const FeedLink feed{url, HtmlDocument::attribute(link, "title").simplified(), type};
        const QString folded = foldText(feed.title);
        if (folded.contains(QLatin1String("comment")) || url.contains(QLatin1String("/comments/")))
            commentFeeds.append(feed);
        else
            feeds.append(feed);
    }
    return feeds + commentFeeds;
}

void findNavigation(const PageScan& page, const PageUrlResolver& resolve, const QString& self,
                    PageImport& result)
{
    const auto take = [&](PageNavigation::Direction direction, const QString& href) {
        if (direction == PageNavigation::Direction::None)
            return;
        QString& target =
            direction == PageNavigation::Direction::Previous ? result.previousUrl : result.nextUrl;
        if (!target.isEmpty())
            return;
        const QString url = resolve.page(href);
        if (!url.isEmpty() && url != self)
            target = url;
    };
    const auto done = [&] { return !result.previousUrl.isEmpty() && !result.nextUrl.isEmpty(); };
    for (const xmlNode* link : page.links)
        take(PageNavigation::fromRel(HtmlDocument::attribute(link, "rel")),
             HtmlDocument::attribute(link, "href"));
    for (const xmlNode* anchor : page.anchors)
        take(PageNavigation::fromRel(HtmlDocument::attribute(anchor, "rel")),
             HtmlDocument::attribute(anchor, "href"));
    for (const xmlNode* anchor : page.anchors) {
        if (done())
            return;
        PageNavigation::Direction direction =
            PageNavigation::fromLabel(HtmlDocument::text(anchor, 200));
        // Icon links say it in their title or aria-label.
        for (const char* attribute : {"title", "aria-label"}) {
            if (direction == PageNavigation::Direction::None)
                direction = PageNavigation::fromLabel(HtmlDocument::attribute(anchor, attribute));
        }
        take(direction, HtmlDocument::attribute(anchor, "href"));
    }
}

// Machine-readable dates first; then a <time> near the player, the date written in words, and
// any other <time>.
qint64 findDate(const PageScan& page, const JsonLdInfo& jsonLd, const PageText& text)
{
    if (jsonLd.published > 0)
        return jsonLd.published;
    const qint64 meta = PageDates::fromIso(
        metaValue(page, {"article:published_time", "og:published_time", "datepublished", "date",
                         "dc.date", "dcterms.date", "dc.date.issued"}));
    if (meta > 0)
        return meta;
    qint64 anyTime = 0;
    for (const xmlNode* time : page.times) {
        qint64 seconds = PageDates::fromIso(HtmlDocument::attribute(time, "datetime"));
        if (seconds == 0)
            seconds = PageDates::fromText(HtmlDocument::text(time, 200));
        if (seconds == 0)
            continue;
        if (text.container() && PageText::isInside(time, text.container()))
            return seconds;
        if (anyTime == 0)
            anyTime = seconds;
    }
    const qint64 written = text.writtenDate();
    return written > 0 ? written : anyTime;
}

ParsedEpisode makeEpisode(const PageScan& page, const JsonLdInfo& jsonLd, const PageAudio& audio,
                          const PageUrlResolver& resolve, const QString& self,
                          const QString& showTitle)
{
    ParsedEpisode episode;
    episode.guid = self;
    episode.link = self;
    episode.enclosures = audio.enclosures;

    const TitleParts titleParts = splitTitle(HtmlDocument::text(page.title, 500), page.headings);
    episode.title = metaValue(page, {"og:title", "twitter:title"});
    if (episode.title.isEmpty())
        episode.title = jsonLd.name.simplified();
    if (episode.title.isEmpty())
        episode.title = HtmlDocument::text(page.h1, 500);
    if (episode.title.isEmpty())
        episode.title = titleParts.episode;
    // "Episode 12 | My Show" in og:title: the show's name is not part of the episode's.
    const TitleParts ownParts = splitTitle(episode.title, {});
    if (!showTitle.isEmpty() && (ownParts.show == showTitle || ownParts.episode == showTitle))
        episode.title = ownParts.show == showTitle ? ownParts.episode : ownParts.show;

    const PageText text(page.body, audio.firstNode ? audio.firstNode : page.h1);
    QString summary = jsonLd.description.trimmed();
    if (summary.isEmpty())
        summary = metaValue(page, {"og:description", "description", "twitter:description"});
    const QString mainText = text.description(maxDescriptionChars);
    episode.description =
        Utf8Text::fromString(mainText.size() >= summary.size() ? mainText : summary);

    episode.published = findDate(page, jsonLd, text);
    episode.durationSeconds = jsonLd.durationSeconds;
    if (episode.durationSeconds <= 0)
        episode.durationSeconds = PageDates::durationSeconds(
            metaValue(page, {"og:audio:duration", "music:duration", "duration"}));
    episode.imageUrl = resolve(jsonLd.imageUrl);
    if (episode.imageUrl.isEmpty())
        episode.imageUrl = resolve(metaValue(page, {"og:image:secure_url", "og:image"}));
    episode.author = jsonLd.author;
    if (episode.author.isEmpty())
        episode.author = metaValue(page, {"author", "article:author"}).simplified();
    return episode;
}

} // namespace

PageImport PageImporter::parse(QByteArrayView html, const QUrl& pageUrl)
{
    PageImport result;
    const HtmlDocument document(html);
    const xmlNode* root = document.root();
    if (!root)
        return result;
    const PageScan page = scanPage(root);
    const PageUrlResolver resolve(pageUrl, page.baseHref);
    const JsonLdInfo jsonLd = JsonLdReader::read(page.jsonLd);

    result.feedLinks = findFeeds(page, resolve);

    QString self;
    for (const xmlNode* link : page.links) {
        if (HtmlDocument::attributeHasToken(link, "rel", u"canonical")) {
            self = resolve.page(HtmlDocument::attribute(link, "href"));
            break;
        }
    }
    if (self.isEmpty() && PageUrlResolver::isWebUrl(pageUrl))
        self = pageUrl.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);

    result.showTitle = jsonLd.seriesName.simplified();
    if (result.showTitle.isEmpty())
        result.showTitle = metaValue(page, {"og:site_name", "application-name"}).simplified();
    if (result.showTitle.isEmpty())
        result.showTitle = splitTitle(HtmlDocument::text(page.title, 500), page.headings).show;
    result.showImageUrl = resolve(jsonLd.seriesImageUrl);
    if (result.showImageUrl.isEmpty())
        result.showImageUrl = resolve(metaValue(page, {"og:image:secure_url", "og:image"}));
    if (result.showImageUrl.isEmpty()) {
        for (const xmlNode* link : page.links) {
            if (HtmlDocument::attributeHasToken(link, "rel", u"apple-touch-icon")) {
                result.showImageUrl = resolve(HtmlDocument::attribute(link, "href"));
                break;
            }
        }
    }

    findNavigation(page, resolve, self, result);

    const PageAudio audio = PageAudio::find(page, jsonLd, resolve);
    if (!audio.enclosures.isEmpty())
        result.episode = makeEpisode(page, jsonLd, audio, resolve, self, result.showTitle);
    return result;
}

} // namespace ondes

#include "feed/episodebuilder.h"

#include "feed/feedattributes.h"
#include "feed/feeddates.h"
#include "feed/feedduration.h"
#include "feed/feedhtml.h"
#include "feed/feedtext.h"
#include "feed/feedurl.h"
#include "feed/feedvalues.h"

#include <QSet>

#include <cmath>

namespace ondes {

void EpisodeBuilder::begin()
{
    m_episode = ParsedEpisode();
    m_title.clear();
    m_description.clear();
    m_descriptionHtml.clear();
    m_summary.clear();
    m_hasTitle = m_hasGuid = m_guidIsPermalink = m_pendingPermalink = false;
    m_hasItunesEpisode = m_hasItunesSeason = false;
}

QString EpisodeBuilder::intern(std::string_view text)
{
    for (const auto& [key, value] : m_interned) {
        if (key == text)
            return value;
    }
    QString value = toQString(text);
    if (m_interned.size() < 48)
        m_interned.emplace_back(std::string(text), value);
    return value;
}

void EpisodeBuilder::addEnclosure(const FeedAttributes& attributes, const QUrl& base,
                                  std::string_view sizeAttribute)
{
    const std::optional<std::string_view> url = attributes.find("url");
    if (!url)
        return;
    Enclosure enclosure;
    enclosure.url = normalizedFeedUrl(base, *url);
    if (enclosure.url.isEmpty())
        return;
    enclosure.fileSize = parseLength(attributes.find(sizeAttribute));
    enclosure.mimeType = intern(parseMimeType(attributes.value("type")));
    m_episode.enclosures.append(std::move(enclosure));
}

void EpisodeBuilder::addAtomLink(const FeedAttributes& attributes, const QUrl& base)
{
    const std::optional<std::string_view> href = attributes.find("href");
    if (!href)
        return;
    const std::string_view rel = attributes.find("rel").value_or("alternate");
    const std::string_view type = parseMimeType(attributes.find("type").value_or("text/html"));
    const QString url = normalizedFeedUrl(base, *href);
    if (url.isEmpty())
        return;
    if (rel == "enclosure") {
        Enclosure enclosure;
        enclosure.url = url;
        enclosure.mimeType = intern(type);
        enclosure.fileSize = parseLength(attributes.find("length").value_or("0"));
        m_episode.enclosures.append(std::move(enclosure));
    } else if (rel == "payment") {
        m_episode.paymentUrl = url;
    } else if (type == "text/html" && (rel == "self" || rel == "alternate")) {
        if (m_episode.link.isEmpty())
            m_episode.link = url;
    }
}

void EpisodeBuilder::start(FeedElement element, const FeedAttributes& attributes, const QUrl& base)
{
    switch (element) {
    case FeedElement::Guid: {
        m_scratch.clear();
        appendSquashed(attributes.find("isPermaLink").value_or("true"), m_scratch);
        m_pendingPermalink = m_scratch.size() == 4 && (m_scratch[0] | 0x20) == 't' &&
                             (m_scratch[1] | 0x20) == 'r' && (m_scratch[2] | 0x20) == 'u' &&
                             (m_scratch[3] | 0x20) == 'e';
        break;
    }
    case FeedElement::Enclosure:
        addEnclosure(attributes, base, "length");
        break;
    case FeedElement::MediaContent:
        if (isPlayableMediaContent(attributes.value("type"), attributes.value("medium")))
            addEnclosure(attributes, base, "fileSize");
        break;
    case FeedElement::MediaThumbnail:
    case FeedElement::ItunesImage: {
        const std::string_view url =
            attributes.value(element == FeedElement::ItunesImage ? "href" : "url");
        if (!trimmedText(url).empty())
            m_episode.imageUrl = resolveFeedUrl(base, url);
        break;
    }
    case FeedElement::ItemAtomLink:
        addAtomLink(attributes, base);
        break;
    case FeedElement::AtomContent:
        m_atomContentType = lowerSquashed(attributes.find("type").value_or("text"));
        break;
    case FeedElement::AtomSummary:
        m_atomSummaryType = lowerSquashed(attributes.find("type").value_or("text"));
        break;
    case FeedElement::PscChapter: {
        const std::optional<std::string_view> startText = attributes.find("start");
        const std::optional<std::string_view> title = attributes.find("title");
        if (!startText || !title)
            break;
        Chapter chapter;
        chapter.start = parseFeedTime(*startText).value_or(0);
        chapter.title = toQString(*title);
        chapter.href = toQString(trimmedText(attributes.value("href")));
        chapter.image = toQString(trimmedText(attributes.value("image")));
        m_episode.chapters.append(std::move(chapter));
        break;
    }
    case FeedElement::PodcastChapters:
        m_episode.chaptersUrl = resolveFeedUrl(base, attributes.value("url"));
        m_episode.chaptersType = intern(trimmedText(attributes.value("type")));
        break;
    case FeedElement::Transcript: {
        Transcript transcript;
        transcript.url = resolveFeedUrl(base, attributes.value("url"));
        if (transcript.url.isEmpty())
            break;
        transcript.type = intern(trimmedText(attributes.value("type")));
        transcript.language = intern(trimmedText(attributes.value("language")));
        transcript.rel = intern(trimmedText(attributes.value("rel")));
        m_episode.transcripts.append(std::move(transcript));
        break;
    }
    case FeedElement::Person: {
        Person person;
        const std::string_view role = trimmedText(attributes.value("role"));
        const std::string_view group = trimmedText(attributes.value("group"));
        person.role =
            intern(role.empty() ? std::string_view("host") : std::string_view(lowerSquashed(role)));
        person.group = intern(group.empty() ? std::string_view("cast")
                                            : std::string_view(lowerSquashed(group)));
        person.img = toQString(trimmedText(attributes.value("img")));
        person.href = toQString(trimmedText(attributes.value("href")));
        m_episode.persons.append(std::move(person));
        break;
    }
    case FeedElement::PodcastSeason:
        m_episode.seasonName = toQString(trimmedText(attributes.value("name")));
        break;
    case FeedElement::PodcastEpisode:
        m_episode.episodeDisplay = toQString(trimmedText(attributes.value("display")));
        break;
    case FeedElement::Soundbite: {
        Soundbite soundbite;
        soundbite.start = parseDecimal(attributes.value("startTime")).value_or(0);
        soundbite.duration = parseDecimal(attributes.value("duration")).value_or(0);
        m_episode.soundbites.append(std::move(soundbite));
        break;
    }
    case FeedElement::Location:
        m_episode.location.geo = toQString(trimmedText(attributes.value("geo")));
        m_episode.location.osm = toQString(trimmedText(attributes.value("osm")));
        break;
    case FeedElement::AlternateEnclosure: {
        AlternateEnclosure alternate;
        alternate.mimeType = intern(trimmedText(attributes.value("type")));
        alternate.length = parseLength(attributes.find("length"));
        alternate.bitrate = parseDecimal(attributes.value("bitrate")).value_or(0);
        alternate.height = static_cast<int>(parseInteger(attributes.value("height")).value_or(0));
        alternate.language = intern(trimmedText(attributes.value("lang")));
        alternate.title = toQString(trimmedText(attributes.value("title")));
        alternate.rel = toQString(trimmedText(attributes.value("rel")));
        alternate.codecs = toQString(trimmedText(attributes.value("codecs")));
        alternate.isDefault = parseYesNo(attributes.value("default")) == 1;
        m_episode.alternateEnclosures.append(std::move(alternate));
        break;
    }
    case FeedElement::AlternateSource:
        if (!m_episode.alternateEnclosures.isEmpty()) {
            const QString uri = resolveFeedUrl(base, attributes.value("uri"));
            if (!uri.isEmpty())
                m_episode.alternateEnclosures.last().sources.append(uri);
        }
        break;
    default:
        break;
    }
}

void EpisodeBuilder::end(FeedElement element, std::string& buffer, const QUrl& base,
                         bool hasChildElements)
{
    const std::string_view text = buffer;
    // Takes the whole buffer when there is nothing to trim: descriptions are most of a feed.
    auto takeTrimmed = [&buffer](std::string_view trimmed, std::string& into) {
        if (trimmed.size() == buffer.size())
            into.swap(buffer);
        else
            into.assign(trimmed);
    };
    switch (element) {
    case FeedElement::ItemTitle:
        m_scratch.clear();
        appendSquashed(text, m_scratch);
        if (!m_scratch.empty() || !m_hasTitle)
            m_title.swap(m_scratch);
        m_hasTitle = true;
        break;
    case FeedElement::ItemLink:
        if (QString link = resolveFeedUrl(base, text); !link.isEmpty())
            m_episode.link = std::move(link);
        break;
    case FeedElement::ItemDescription:
        // RSS descriptions are HTML or text: HTML goes to descriptionHtml unless
        // content:encoded already filled it, text to description unless a summary did.
        if (hasChildElements) {
            // XHTML written into the element unescaped: an author's own markup, not an excerpt
            // of content:encoded, so its text is the description even when content:encoded
            // gives the HTML one (podcastparser loses such a description altogether).
            if (m_description.empty())
                appendHtmlAsText(text, m_description);
            if (m_descriptionHtml.empty())
                takeTrimmed(trimmedText(text), m_descriptionHtml);
        } else if (looksLikeHtml(text)) {
            if (m_descriptionHtml.empty())
                takeTrimmed(trimmedText(text), m_descriptionHtml);
        } else if (m_description.empty()) {
            appendSquashedKeepingLines(text, m_description);
        }
        break;
    case FeedElement::ItemSummary:
        m_scratch.clear();
        appendSquashedKeepingLines(text, m_scratch);
        if (!m_scratch.empty())
            m_description.swap(m_scratch);
        break;
    case FeedElement::ItemSubtitle:
        m_scratch.clear();
        appendSquashed(text, m_scratch);
        if (!m_scratch.empty())
            m_episode.subtitle = toQString(m_scratch);
        break;
    case FeedElement::ContentEncoded:
        if (const std::string_view html = trimmedText(text); !html.empty())
            takeTrimmed(html, m_descriptionHtml);
        break;
    case FeedElement::AtomContent:
        if (m_atomContentType == "html" || m_atomContentType == "xhtml") {
            if (const std::string_view html = trimmedText(text); !html.empty())
                takeTrimmed(html, m_descriptionHtml);
        } else if (m_atomContentType == "text") {
            m_description.clear();
            appendSquashedKeepingLines(text, m_description);
        }
        break;
    case FeedElement::AtomSummary:
        m_summary.clear();
        if (m_atomSummaryType == "html" || m_atomSummaryType == "xhtml")
            appendHtmlAsText(text, m_summary);
        else
            appendSquashedKeepingLines(text, m_summary);
        break;
    case FeedElement::Guid:
    case FeedElement::AtomId: {
        const bool permalink = element == FeedElement::Guid && m_pendingPermalink;
        const std::string_view guid = trimmedText(text);
        if (!guid.empty() || !m_hasGuid)
            m_episode.guid = permalink ? resolveFeedUrl(base, guid) : toQString(guid);
        m_hasGuid = true;
        if (element == FeedElement::Guid)
            m_guidIsPermalink = permalink;
        break;
    }
    case FeedElement::PubDate:
    case FeedElement::AtomPublished:
        m_episode.published = parseFeedDate(text).value_or(0);
        break;
    case FeedElement::AtomUpdated:
    case FeedElement::DcDate:
        if (m_episode.published == 0)
            m_episode.published = parseFeedDate(text).value_or(0);
        break;
    case FeedElement::ItunesAuthor:
    case FeedElement::DcCreator:
    case FeedElement::AtomAuthorName:
        if (element == FeedElement::ItunesAuthor || m_episode.author.isEmpty()) {
            m_scratch.clear();
            appendSquashed(text, m_scratch);
            if (!m_scratch.empty())
                m_episode.author = toQString(m_scratch);
        }
        break;
    case FeedElement::Duration:
        m_episode.durationSeconds = parseFeedDuration(text);
        break;
    case FeedElement::EpisodeNumber:
        if (const std::optional<qint64> number = parseInteger(text);
            number && *number > 0 && *number <= std::numeric_limits<int>::max()) {
            m_episode.number = static_cast<int>(*number);
            m_hasItunesEpisode = true;
        }
        break;
    case FeedElement::Season:
        if (const std::optional<qint64> season = parseInteger(text);
            season && *season >= 0 && *season <= std::numeric_limits<int>::max()) {
            m_episode.season = static_cast<int>(*season);
            m_hasItunesSeason = true;
        }
        break;
    case FeedElement::EpisodeType:
        if (const std::string type = lowerSquashed(text);
            type == "full" || type == "trailer" || type == "bonus")
            m_episode.episodeType = intern(type);
        break;
    case FeedElement::Explicit:
        if (const int flag = parseYesNo(text); flag >= 0)
            m_episode.explicitFlag = flag;
        break;
    case FeedElement::Block:
        m_episode.blocked = parseYesNo(text) == 1;
        break;
    case FeedElement::Person:
        if (!m_episode.persons.isEmpty()) {
            m_scratch.clear();
            appendSquashed(text, m_scratch);
            m_episode.persons.last().name = toQString(m_scratch);
        }
        break;
    case FeedElement::PodcastSeason:
        if (const std::optional<qint64> season = parseInteger(text);
            season && !m_hasItunesSeason && *season >= 0 && *season <= 1000000)
            m_episode.season = static_cast<int>(*season);
        break;
    case FeedElement::PodcastEpisode:
        if (const std::optional<double> number = parseDecimal(text); number && *number >= 0) {
            m_episode.podcastEpisode = *number;
            if (!m_hasItunesEpisode && *number >= 1 && *number <= 1e9 &&
                std::floor(*number) == *number)
                m_episode.number = static_cast<int>(*number);
        }
        break;
    case FeedElement::Soundbite:
        if (!m_episode.soundbites.isEmpty()) {
            m_scratch.clear();
            appendSquashed(text, m_scratch);
            m_episode.soundbites.last().title = toQString(m_scratch);
        }
        break;
    case FeedElement::Location:
        m_scratch.clear();
        appendSquashed(text, m_scratch);
        m_episode.location.name = toQString(m_scratch);
        break;
    default:
        break;
    }
}

bool EpisodeBuilder::finish(ParsedEpisode& out)
{
    // A description that turns out to be HTML is the HTML description, unless there is one.
    if (looksLikeHtml(m_description)) {
        if (m_descriptionHtml.empty())
            m_descriptionHtml.swap(m_description);
        m_description.clear();
    }
    if (!m_descriptionHtml.empty() && m_description.empty())
        appendHtmlAsText(m_descriptionHtml, m_description);

    if (!m_hasGuid) {
        if (!m_episode.link.isEmpty()) {
            m_episode.guid = m_episode.link;
        } else {
            // Without a guid, the enclosure URL identifies the item: it must be the only one.
            QSet<QString> urls;
            for (const Enclosure& enclosure : std::as_const(m_episode.enclosures))
                urls.insert(enclosure.url);
            if (urls.size() != 1)
                return false;
            m_episode.guid = m_episode.enclosures.first().url;
        }
    }
    if (!m_hasTitle) {
        if (m_episode.enclosures.size() != 1)
            return false;
        m_episode.title = fileBaseName(m_episode.enclosures.first().url);
    } else {
        m_episode.title = toQString(m_title);
    }
    if (m_episode.link.isEmpty() && m_guidIsPermalink)
        m_episode.link = m_episode.guid;
    m_episode.description = toUtf8Text(m_description);
    m_episode.descriptionHtml = toUtf8Text(m_descriptionHtml);
    m_episode.summary = toUtf8Text(m_summary);
    out = std::move(m_episode);
    m_episode = ParsedEpisode();
    return true;
}

} // namespace ondes

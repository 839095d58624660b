#include "feed/channelbuilder.h"

#include "feed/feedattributes.h"
#include "feed/feedtext.h"
#include "feed/feedurl.h"
#include "feed/feedvalues.h"

namespace ondes {

QString ChannelBuilder::squashed(std::string_view text)
{
    m_scratch.clear();
    appendSquashed(text, m_scratch);
    return toQString(m_scratch);
}

void ChannelBuilder::start(FeedElement element, const FeedAttributes& attributes, const QUrl& base)
{
    switch (element) {
    case FeedElement::ChannelAtomLink: {
        const std::optional<std::string_view> href = attributes.find("href");
        if (!href)
            break;
        const std::string_view rel = trimmedText(attributes.find("rel").value_or("alternate"));
        const QString url = normalizedFeedUrl(base, *href);
        if (url.isEmpty())
            break;
        // RFC 5005 paged feeds, and podcastparser's use of the other relations.
        if (rel == "first")
            m_feed.pagedFeedFirst = url;
        else if (rel == "next")
            m_feed.pagedFeedNext = url;
        else if (rel == "payment")
            m_feed.paymentUrl = url;
        else if (trimmedText(attributes.value("type")) == "text/html" &&
                 (rel == "self" || rel == "alternate"))
            m_feed.link = url;
        break;
    }
    case FeedElement::ItunesImage:
        if (const QString url = resolveFeedUrl(base, attributes.value("href")); !url.isEmpty()) {
            m_feed.imageUrl = url;
            m_coverFromItunes = true;
        }
        break;
    case FeedElement::Owner:
        m_feed.ownerName.clear();
        m_feed.ownerEmail.clear();
        break;
    case FeedElement::Category:
    case FeedElement::Subcategory: {
        // A first-level category starts a path (with an empty name when only its subcategory
        // has one, as podcastparser does); a nested one extends the last path.
        const QString text = squashed(attributes.value("text"));
        if (element == FeedElement::Category)
            m_feed.categoryPaths.append(QStringList{text});
        else if (!text.isEmpty() && !m_feed.categoryPaths.isEmpty())
            m_feed.categoryPaths.last().append(text);
        if (!text.isEmpty() && !m_feed.categories.contains(text))
            m_feed.categories.append(text);
        break;
    }
    case FeedElement::Funding: {
        Funding funding;
        funding.url = resolveFeedUrl(base, attributes.value("url"));
        m_feed.funding.append(std::move(funding));
        break;
    }
    case FeedElement::Person: {
        Person person;
        const std::string_view role = trimmedText(attributes.value("role"));
        const std::string_view group = trimmedText(attributes.value("group"));
        person.role = role.empty() ? QStringLiteral("host") : toQString(lowerSquashed(role));
        person.group = group.empty() ? QStringLiteral("cast") : toQString(lowerSquashed(group));
        person.img = toQString(trimmedText(attributes.value("img")));
        person.href = toQString(trimmedText(attributes.value("href")));
        m_feed.persons.append(std::move(person));
        break;
    }
    case FeedElement::Location:
        m_feed.location.geo = toQString(trimmedText(attributes.value("geo")));
        m_feed.location.osm = toQString(trimmedText(attributes.value("osm")));
        break;
    default:
        break;
    }
}

void ChannelBuilder::end(FeedElement element, std::string_view text, const QUrl& base)
{
    switch (element) {
    case FeedElement::ChannelTitle:
        m_feed.title = squashed(text);
        m_titleSeen = true;
        break;
    case FeedElement::ChannelLink:
        if (QString link = resolveFeedUrl(base, text); !link.isEmpty())
            m_feed.link = std::move(link);
        break;
    case FeedElement::ChannelDescription:
    case FeedElement::AtomSubtitle:
    case FeedElement::ChannelSummary:
        // itunes:summary only stands in for a missing description.
        if (element != FeedElement::ChannelSummary || m_feed.description.isEmpty()) {
            m_scratch.clear();
            appendSquashedKeepingLines(text, m_scratch);
            m_feed.description = toQString(m_scratch);
        }
        break;
    case FeedElement::ChannelSubtitle:
        m_feed.subtitle = squashed(text);
        break;
    case FeedElement::Language:
        m_feed.language = squashed(text);
        break;
    case FeedElement::Generator:
        m_feed.generator = squashed(text);
        break;
    case FeedElement::ImageUrl:
    case FeedElement::AtomIcon:
    case FeedElement::AtomLogo:
        // Precedence for the cover: itunes:image, then atom:logo, then the rest.
        if (!m_coverFromItunes && (element == FeedElement::AtomLogo || !m_coverFromLogo)) {
            if (QString url = resolveFeedUrl(base, text); !url.isEmpty()) {
                m_feed.imageUrl = std::move(url);
                m_coverFromLogo = element == FeedElement::AtomLogo;
            }
        }
        break;
    case FeedElement::ItunesAuthor:
        m_feed.author = squashed(text);
        break;
    case FeedElement::OwnerName:
        m_feed.ownerName = squashed(text);
        break;
    case FeedElement::OwnerEmail:
        m_feed.ownerEmail = squashed(text);
        break;
    case FeedElement::Explicit:
        if (const int flag = parseYesNo(text); flag >= 0)
            m_feed.explicitFlag = flag;
        break;
    case FeedElement::NewFeedUrl:
    case FeedElement::NewLocation:
        m_feed.newFeedUrl = squashed(text);
        break;
    case FeedElement::Keywords: {
        m_feed.keywords.clear();
        const QString all = squashed(text);
        for (const QStringView keyword : QStringView(all).split(QLatin1Char(','))) {
            if (const QStringView trimmed = keyword.trimmed(); !trimmed.isEmpty())
                m_feed.keywords.append(trimmed.toString());
        }
        break;
    }
    case FeedElement::FeedType:
        if (const std::string type = lowerSquashed(text); type == "episodic" || type == "serial")
            m_feed.feedType = toQString(type);
        break;
    case FeedElement::Block:
        if (parseYesNo(text) == 1)
            m_feed.blocked = true;
        break;
    case FeedElement::Locked:
        if (const int flag = parseYesNo(text); flag >= 0)
            m_feed.lockedFlag = flag;
        break;
    case FeedElement::Funding:
        if (!m_feed.funding.isEmpty())
            m_feed.funding.last().text = squashed(text);
        break;
    case FeedElement::Person:
        if (!m_feed.persons.isEmpty())
            m_feed.persons.last().name = squashed(text);
        break;
    case FeedElement::PodcastGuid:
        m_feed.podcastGuid = squashed(text);
        break;
    case FeedElement::Medium:
        m_feed.medium = squashed(text);
        break;
    case FeedElement::Location:
        m_feed.location.name = squashed(text);
        break;
    default:
        break;
    }
}

} // namespace ondes

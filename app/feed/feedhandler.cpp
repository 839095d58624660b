#include "feed/feedhandler.h"

#include "feed/feedattributes.h"
#include "feed/feedhtml.h"
#include "feed/feedparserlog.h"
#include "feed/feedtext.h"
#include "feed/feedurl.h"

#include <algorithm>

namespace ondes {

namespace {

const char* chars(const xmlChar* text)
{
    return reinterpret_cast<const char*>(text);
}

} // namespace

FeedHandler::FeedHandler(const FeedParseOptions& options, FeedEntities& entities)
    : m_options(options), m_entities(entities), m_feed(m_channel.feed())
{
    m_stack.reserve(64);
    m_text.reserve(64 * 1024);
}

FeedNamespace FeedHandler::namespaceOf(const xmlChar* prefix, const xmlChar* uri)
{
    if (uri == nullptr) {
        // A prefix nobody declared: libxml2 complains and we guess from the usual prefixes.
        return prefix == nullptr ? FeedNamespace::Rss : feedNamespaceForPrefix(xmlView(prefix));
    }
    for (const UriCacheEntry& entry : m_uriCache) {
        if (entry.uri == uri)
            return entry.ns;
    }
    const FeedNamespace ns = feedNamespaceForUri(xmlView(uri));
    m_uriCache[m_uriCacheNext++ % std::size(m_uriCache)] = UriCacheEntry{uri, ns};
    return ns;
}

void FeedHandler::startCapturedChild(const xmlChar* localName, const xmlChar* prefix,
                                     int attributeCount, const xmlChar** attributes)
{
    m_stack.push_back(Frame{FeedContext::Skip, FeedElement::None, false});
    m_captureHasChildren = true;
    if (!m_captureMarkup)
        return;
    // XHTML inside a description: write the element back as a tag.
    m_text.push_back('<');
    if (prefix != nullptr) {
        m_text.append(chars(prefix));
        m_text.push_back(':');
    }
    m_text.append(chars(localName));
    const FeedAttributes attrs(attributes, attributeCount, m_entities, m_repairEncoding);
    for (int i = 0; i < attrs.count(); ++i) {
        m_text.push_back(' ');
        if (!attrs.prefixAt(i).empty()) {
            m_text.append(attrs.prefixAt(i));
            m_text.push_back(':');
        }
        m_text.append(attrs.localNameAt(i));
        m_text.append("=\"");
        appendEscaped(attrs.valueAt(i), m_text, true);
        m_text.push_back('"');
    }
    m_text.push_back('>');
    m_lastStartTagEnd = m_text.size();
}

void FeedHandler::startElement(const xmlChar* localName, const xmlChar* prefix, const xmlChar* uri,
                               int attributeCount, const xmlChar** attributes)
{
    if (m_stack.size() >= kMaxDepth) {
        if (m_error.isEmpty())
            m_error =
                FeedParser::tr("not a feed: elements nested more than %1 deep").arg(kMaxDepth);
        return;
    }
    if (m_captureIndex >= 0) {
        startCapturedChild(localName, prefix, attributeCount, attributes);
        return;
    }
    const FeedContext context = m_stack.empty() ? FeedContext::Root : m_stack.back().childContext;
    if (context == FeedContext::Skip) {
        m_stack.push_back(Frame{FeedContext::Skip, FeedElement::None, false});
        return;
    }
    const FeedNamespace ns = namespaceOf(prefix, uri);
    const FeedElementRule* rule = m_table.find(context, ns, chars(localName));
    if (rule == nullptr) {
        if (context == FeedContext::Root && m_error.isEmpty()) {
            QString name = QString::fromUtf8(chars(localName));
            if (prefix != nullptr)
                name = QString::fromUtf8(chars(prefix)) + QLatin1Char(':') + name;
            m_error = name.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0
                          ? FeedParser::tr("not a feed: this is an HTML page")
                          : FeedParser::tr("not a feed: unexpected root element <%1>").arg(name);
        }
        m_stack.push_back(Frame{FeedContext::Skip, FeedElement::None, false});
        return;
    }
    const FeedAttributes attrs(attributes, attributeCount, m_entities, m_repairEncoding);
    bool pushedBase = false;
    if (attributeCount > 0) {
        if (const std::optional<std::string_view> xmlBase = attrs.xmlBase()) {
            const QString resolved = resolveFeedUrl(base(), *xmlBase);
            m_bases.push_back(QUrl(resolved));
            pushedBase = true;
        }
    }
    switch (rule->element) {
    case FeedElement::RssRoot:
    case FeedElement::RdfRoot:
    case FeedElement::AtomRoot:
        m_rootSeen = true;
        break;
    case FeedElement::Item:
        m_inItem = true;
        m_builder.begin();
        break;
    default:
        if (rule->element != FeedElement::None) {
            if (m_inItem)
                m_builder.start(rule->element, attrs, base());
            else
                m_channel.start(rule->element, attrs, base());
        }
        break;
    }
    m_stack.push_back(Frame{rule->childContext, rule->element, pushedBase});
    if (rule->text != FeedText::None) {
        m_captureIndex = static_cast<int>(m_stack.size()) - 1;
        m_captureMarkup = rule->text == FeedText::Markup;
        m_captureHasChildren = false;
        m_text.clear();
        m_lastStartTagEnd = std::string::npos;
    }
}

void FeedHandler::endElement(const xmlChar* localName, const xmlChar* prefix)
{
    if (m_stack.empty())
        return;
    const Frame frame = m_stack.back();
    const int index = static_cast<int>(m_stack.size()) - 1;
    m_stack.pop_back();
    if (m_captureIndex >= 0 && index > m_captureIndex) {
        if (m_captureMarkup) {
            if (m_lastStartTagEnd == m_text.size()) {
                m_text.insert(m_text.size() - 1, 1, '/'); // <br/> rather than <br></br>
            } else {
                m_text.append("</");
                if (prefix != nullptr) {
                    m_text.append(chars(prefix));
                    m_text.push_back(':');
                }
                m_text.append(chars(localName));
                m_text.push_back('>');
            }
            m_lastStartTagEnd = std::string::npos;
        }
        return;
    }
    if (frame.element == FeedElement::Item) {
        finishItem();
    } else if (index == m_captureIndex) {
        // Only elements with text have something to do at their end.
        m_captureIndex = -1;
        if (m_inItem)
            m_builder.end(frame.element, m_text, base(), m_captureHasChildren);
        else
            m_channel.end(frame.element, m_text, base());
    }
    if (frame.pushedBase)
        m_bases.pop_back();
}

void FeedHandler::characters(const xmlChar* text, int length)
{
    if (m_captureIndex < 0)
        return;
    std::string_view piece(chars(text), static_cast<std::size_t>(length));
    if (m_repairEncoding) {
        m_repaired.clear();
        appendRepairedUtf8(piece, m_repaired);
        piece = m_repaired;
    }
    if (m_captureMarkup && static_cast<int>(m_stack.size()) - 1 > m_captureIndex)
        appendEscaped(piece, m_text, false);
    else
        m_text.append(piece);
    m_lastStartTagEnd = std::string::npos;
}

void FeedHandler::finishItem()
{
    m_inItem = false;
    ParsedEpisode episode;
    if (!m_builder.finish(episode))
        return;
    if (m_episodeHandler) {
        if (episode.persons.isEmpty())
            episode.persons = m_feed.persons;
        m_episodeHandler(std::move(episode));
        return;
    }
    m_feed.episodes.append(std::move(episode));
    if (m_options.maxEpisodes >= 0 && m_feed.episodes.size() > 2 * m_options.maxEpisodes + 64)
        trimEpisodes(false);
}

void FeedHandler::trimEpisodes(bool final)
{
    // podcastparser's order: newest first, or oldest first for a serial show. Stable, so
    // episodes without dates keep the document's order.
    const bool serial = m_feed.feedType == QLatin1String("serial");
    const qsizetype max = m_options.maxEpisodes;
    auto newerFirst = [](const ParsedEpisode& a, const ParsedEpisode& b) {
        return a.published > b.published;
    };
    auto olderFirst = [](const ParsedEpisode& a, const ParsedEpisode& b) {
        return a.published < b.published;
    };
    if (final) {
        QList<ParsedEpisode>& episodes = m_feed.episodes;
        const bool sorted = serial ? std::is_sorted(episodes.cbegin(), episodes.cend(), olderFirst)
                                   : std::is_sorted(episodes.cbegin(), episodes.cend(), newerFirst);
        if (!sorted) {
            // Episodes are big: sort their positions, then move each episode once.
            std::vector<qsizetype> order(static_cast<std::size_t>(episodes.size()));
            for (qsizetype i = 0; i < episodes.size(); ++i)
                order[static_cast<std::size_t>(i)] = i;
            std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
                return serial ? olderFirst(episodes[a], episodes[b])
                              : newerFirst(episodes[a], episodes[b]);
            });
            const qsizetype keep = max >= 0 ? std::min(max, episodes.size()) : episodes.size();
            QList<ParsedEpisode> reordered;
            reordered.reserve(keep);
            for (qsizetype i = 0; i < keep; ++i)
                reordered.append(std::move(episodes[order[static_cast<std::size_t>(i)]]));
            episodes = std::move(reordered);
        }
        if (max >= 0 && episodes.size() > max)
            episodes.resize(max);
        return;
    }
    // While parsing, the episodes stay in document order and only those that can still be among
    // the first maxEpisodes remain: by either order while itunes:type is not known yet.
    const qsizetype count = m_feed.episodes.size();
    std::vector<qsizetype> order(static_cast<std::size_t>(count));
    std::vector<char> keep(static_cast<std::size_t>(count), 0);
    auto mark = [&](bool ascending) {
        for (qsizetype i = 0; i < count; ++i)
            order[static_cast<std::size_t>(i)] = i;
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return ascending ? olderFirst(m_feed.episodes[a], m_feed.episodes[b])
                             : newerFirst(m_feed.episodes[a], m_feed.episodes[b]);
        });
        for (qsizetype i = 0; i < std::min(max, count); ++i)
            keep[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])] = 1;
    };
    if (serial || m_feed.feedType.isEmpty())
        mark(true);
    if (!serial)
        mark(false);
    qsizetype write = 0;
    for (qsizetype read = 0; read < count; ++read) {
        if (keep[static_cast<std::size_t>(read)]) {
            if (write != read)
                m_feed.episodes[write] = std::move(m_feed.episodes[read]);
            ++write;
        }
    }
    m_feed.episodes.resize(write);
}

ParsedFeed FeedHandler::takeFeed()
{
    if (!m_channel.titleSeen())
        m_feed.title = fileBaseName(m_options.baseUrl.toString());
    trimEpisodes(true);
    if (!m_feed.persons.isEmpty()) {
        for (ParsedEpisode& episode : m_feed.episodes) {
            if (episode.persons.isEmpty())
                episode.persons = m_feed.persons;
        }
    }
    return std::move(m_feed);
}

} // namespace ondes

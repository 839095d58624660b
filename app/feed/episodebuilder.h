#pragma once

// EpisodeBuilder gathers one <item> (or Atom <entry>) while it is parsed and turns it into a
// ParsedEpisode with podcastparser's rules: which description wins, where a missing guid or
// title comes from, which items are dropped. Long text stays UTF-8 until the item is done, so
// fields that a later element overrides are never converted.

#include "feed/feedelements.h"
#include "feed/feedtypes.h"

#include <QString>
#include <QUrl>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ondes {

class FeedAttributes;

class EpisodeBuilder
{
public:
    void begin();
    void start(FeedElement element, const FeedAttributes& attributes, const QUrl& base);
    // The element's text; the builder may take the string's buffer (swap) rather than copy it.
    // hasChildElements: the element held elements, written back as tags in text (XHTML put
    // straight into a description rather than escaped).
    void end(FeedElement element, std::string& text, const QUrl& base, bool hasChildElements);
    // Completes the item into out; false when podcastparser would drop it (no guid, link or
    // single enclosure URL to identify it; no title and not exactly one enclosure to name it).
    bool finish(ParsedEpisode& out);

private:
    QString intern(std::string_view text);
    void addEnclosure(const FeedAttributes& attributes, const QUrl& base,
                      std::string_view sizeAttribute);
    void addAtomLink(const FeedAttributes& attributes, const QUrl& base);

    ParsedEpisode m_episode;
    std::string m_title;
    std::string m_description;
    std::string m_descriptionHtml;
    std::string m_summary;
    std::string m_scratch;
    std::string m_atomContentType;
    std::string m_atomSummaryType;
    bool m_hasTitle = false;
    bool m_hasGuid = false;
    bool m_guidIsPermalink = false;
    bool m_pendingPermalink = false;
    bool m_hasItunesEpisode = false;
    bool m_hasItunesSeason = false;
    // Repeated short values (MIME types, roles) share one QString.
    std::vector<std::pair<std::string, QString>> m_interned;
};

} // namespace ondes

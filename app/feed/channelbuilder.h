#pragma once

// ChannelBuilder fills the feed-level fields of a ParsedFeed from the channel's (or Atom
// feed's) own elements, with podcastparser's precedence rules.

#include "feed/feedelements.h"
#include "feed/feedtypes.h"

#include <QUrl>

#include <string>
#include <string_view>

namespace ondes {

class FeedAttributes;

class ChannelBuilder
{
public:
    void start(FeedElement element, const FeedAttributes& attributes, const QUrl& base);
    void end(FeedElement element, std::string_view text, const QUrl& base);

    ParsedFeed& feed() { return m_feed; }
    bool titleSeen() const { return m_titleSeen; }

private:
    QString squashed(std::string_view text);

    ParsedFeed m_feed;
    std::string m_scratch;
    bool m_titleSeen = false;
    bool m_coverFromItunes = false;
    bool m_coverFromLogo = false;
};

} // namespace ondes

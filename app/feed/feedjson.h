#pragma once

// The JSON of `ondes dump-feed`: gPodder podcastparser's field names ("title", "cover_url",
// "episodes", "total_time", …) so that its test cases can check the parser, and fields of
// Ondes's own prefixed with "ondes_". Written as compact UTF-8, one episode at a time, so that
// a large feed never has to be held as one document.

#include "feed/episodespeakers.h"
#include "feed/feedtypes.h"

#include <QByteArray>

#include <string_view>

namespace ondes {

class FeedJson
{
public:
    // The feed-level members, without braces and without "episodes": `"title":"…","link":…`.
    static void appendFeedMembers(const ParsedFeed& feed, QByteArray& out);
    // One episode as a JSON object, with the people its own tags and description name.
    static void appendEpisode(const ParsedEpisode& episode, QByteArray& out);
    // The same with its people already found (the show's hosts added: feed/showhosts.h).
    static void appendEpisode(const ParsedEpisode& episode, const EpisodePeople& people,
                              QByteArray& out);
    // In two steps, for a caller that knows the people only once the feed has been read: the
    // object without its people and without the closing brace, then the people and the brace.
    static void appendOpenEpisode(const ParsedEpisode& episode, QByteArray& out);
    static void closeEpisode(const EpisodePeople& people, QByteArray& out);
    // The whole feed as one JSON object, episodes included, the show's hosts in their people.
    static QByteArray toJson(const ParsedFeed& feed);

    // A JSON string literal, quotes included.
    static void appendString(const QString& text, QByteArray& out);
    static void appendUtf8String(std::string_view utf8, QByteArray& out);
};

} // namespace ondes

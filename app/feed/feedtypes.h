#pragma once

// Plain structs a parsed feed is made of. The parsers fill them; the library stores them.
// Strings are empty and numbers are the stated "unknown" value when the feed does not say.

#include "feed/utf8text.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ondes {

struct Person
{
    QString name;
    QString role;  // lower case, as podcast:person says ("host", "guest"); "host" by default
    QString group; // lower case ("cast", "writing"); "cast" by default
    QString img;
    QString href;
};

struct Enclosure
{
    QString url;
    QString mimeType;
    qint64 fileSize = -1; // bytes; -1 when unknown
};

struct Chapter
{
    double start = 0; // seconds
    QString title;
    QString href;
    QString image;
};

struct Transcript
{
    QString url;
    QString type;
    QString language;
    QString rel;
};

struct Funding
{
    QString url;
    QString text;
};

// podcast:soundbite: a short clip a player can offer as a preview.
struct Soundbite
{
    double start = 0;    // seconds
    double duration = 0; // seconds
    QString title;
};

// podcast:location
struct Location
{
    QString name;
    QString geo; // "geo:48.85,2.35"
    QString osm; // OpenStreetMap object, "R7444"
};

// podcast:alternateEnclosure: another rendition of the same episode (other codec, bitrate, video).
struct AlternateEnclosure
{
    QString mimeType;
    qint64 length = -1; // bytes; -1 when unknown
    double bitrate = 0; // bits per second; 0 when unknown
    int height = 0;     // pixels, for video; 0 when unknown
    QString language;
    QString title;
    QString rel;
    QString codecs;
    bool isDefault = false;
    QStringList sources; // podcast:source URIs, resolved
};

struct ParsedEpisode
{
    QString guid;
    QString title; // the enclosure's file name without extension when the item has no title
    QString subtitle;
    QString link;
    Utf8Text description;     // plain text, or the best description the feed has
    Utf8Text descriptionHtml; // HTML when the feed has HTML (content:encoded, HTML description)
    QString author;           // itunes:author / author
    QString imageUrl;         // itunes:image / podcast:image / media:thumbnail
    QString paymentUrl;
    QString episodeType;        // "full", "trailer", "bonus"; "" when unknown
    qint64 published = 0;       // Unix seconds; 0 when unknown
    qint64 durationSeconds = 0; // itunes:duration and friends; 0 when unknown
    int number = -1;            // itunes:episode / podcast:episode; -1 when unknown
    int season = -1;            // -1 when unknown
    int explicitFlag = -1;      // 1 explicit, 0 clean, -1 unknown
    QList<Enclosure> enclosures;
    QList<Person> persons;   // the item's persons, or the channel's when the item has none
    QList<Chapter> chapters; // inline chapters (Podlove Simple Chapters)
    QString chaptersUrl;     // podcast:chapters
    QString chaptersType;
    QList<Transcript> transcripts;

    // Ondes additions
    Utf8Text summary;       // atom:summary, which podcastparser ignores; a fallback for description
    QString seasonName;     // podcast:season name="…"
    QString episodeDisplay; // podcast:episode display="…"
    double podcastEpisode = -1; // podcast:episode (may be decimal); -1 when unknown
    bool blocked = false;       // itunes:block on the item
    QList<Soundbite> soundbites;
    QList<AlternateEnclosure> alternateEnclosures;
    Location location;
};

struct ParsedFeed
{
    QString title; // the feed URL's file name without extension when the feed has no title
    QString description;
    QString link;
    QString imageUrl;
    QString author;
    QString language;
    QString generator;
    QString newFeedUrl; // itunes:new-feed-url
    QString paymentUrl;
    QString feedType; // itunes:type: "episodic" or "serial"; "" when unknown
    QString pagedFeedNext;
    QString pagedFeedFirst;
    int explicitFlag = -1;
    bool blocked = false; // itunes:block / podcast:block
    int lockedFlag = -1;  // podcast:locked: 1 yes, 0 no, -1 unknown
    QString ownerName;
    QString ownerEmail;
    QStringList categories;
    QStringList keywords;
    QList<Funding> funding;
    QList<Person> persons; // channel-level persons
    QList<ParsedEpisode> episodes;

    // Ondes additions
    QString subtitle;                 // itunes:subtitle
    QString podcastGuid;              // podcast:guid
    QString medium;                   // podcast:medium ("podcast", "music", …)
    QList<QStringList> categoryPaths; // itunes:category trees: {"Society & Culture", "Documentary"}
    Location location;
};

} // namespace ondes

// Every member is relocatable (Qt containers, strings, numbers), so QList can grow by moving
// bytes rather than element by element: a 50,000-episode feed grows its list ~20 times.
Q_DECLARE_TYPEINFO(ondes::Person, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ondes::Enclosure, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ondes::Chapter, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ondes::Transcript, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ondes::Funding, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ondes::Soundbite, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ondes::Location, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ondes::AlternateEnclosure, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ondes::ParsedEpisode, Q_RELOCATABLE_TYPE);

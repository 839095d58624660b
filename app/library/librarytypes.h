#pragma once

// Rows the library hands out: plain values, read in one query each, never live objects.

#include <QList>
#include <QString>

namespace ondes {

struct ShowRow
{
    qint64 id = 0;
    QString feedUrl;
    QString kind;
    QString title;
    QString description;
    QString link;
    QString imageUrl;
    QString author;
    QString lastError;
    int episodeCount = 0;
    int unplayedCount = 0;
};

struct EpisodeRow
{
    qint64 id = 0;
    qint64 showId = 0;
    QString showTitle;
    QString guid;
    QString title;
    QString link;
    QString description;
    QString descriptionHtml;
    QString author;
    QString imageUrl;
    qint64 published = 0;       // Unix seconds
    qint64 durationSeconds = 0;
    QString enclosureUrl;
    QString enclosureType;
    QString localFile;
    bool played = false;
    qint64 positionMs = 0;

    // What the player should open: the downloaded file when there is one, else the stream.
    QString playableUrl() const;
};

struct SpeakerRow
{
    qint64 personId = 0;
    QString name;
    QString role;
    QString group;
    QString source; // "feed" or "description"
    QString img;
    QString href;
};

// What a refresh needs to know about a show.
struct ShowFetchState
{
    qint64 id = 0;
    QString feedUrl;
    QString kind;
    QString etag;
    QString lastModified;
    QString newestPageUrl; // web shows: the newest episode's page
};

struct PersonRow
{
    qint64 id = 0;
    QString name;
    QString img;
    QString href;
    int episodeCount = 0;
    int showCount = 0;
};

} // namespace ondes

#pragma once

// Rows the library hands out: plain values, read in one query each, never live objects.

#include "library/showkind.h"

#include <QList>
#include <QString>

namespace ondes {

struct ShowRow
{
    qint64 id = 0;
    QString feedUrl;
    ShowKind kind = ShowKind::Feed;
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
    qint64 published = 0; // Unix seconds
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
    QString source; // "feed" (a podcast:person tag), "description" (guessed), "show" (the
                    // show's host: feed/showhosts.h), "transcript" (a voice of the stored
                    // transcript) or "user"
    QString img;
    QString href;
    QString kind; // "host", "guest", "reporter"… (speakerKindName), "" when unknown
};

// A production credit of an episode (réalisation, montage, producer…): not a speaker.
struct CreditRow
{
    QString name;
    QString role;
    QString source; // "feed" or "description"
};

// What a refresh needs to know about a show.
struct ShowFetchState
{
    qint64 id = 0;
    QString feedUrl;
    ShowKind kind = ShowKind::Feed;
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

// One line of the episode list: only what the list shows, read a page at a time.
struct EpisodeListRow
{
    // What the state column shows; several can hold at once (in progress, downloaded, queued).
    enum State {
        New = 0x01,        // not yet seen by the listener, not started, not played
        InProgress = 0x02, // started, not played
        Played = 0x04,
        Downloaded = 0x08,
        Downloading = 0x10, // waiting for or receiving its download
        DownloadPaused = 0x20,
        DownloadFailed = 0x40,
        Queued = 0x80, // in the Up next queue
    };

    qint64 id = 0;
    qint64 showId = 0;
    QString showTitle;
    QString title;
    qint64 published = 0; // Unix seconds
    qint64 durationSeconds = 0;
    qint64 positionMs = 0;
    int states = 0;
};

// How many episodes each of the library-wide views lists.
struct EpisodeViewCounts
{
    int all = 0;
    int fresh = 0; // "New"
    int inProgress = 0;
    int downloaded = 0;
};

} // namespace ondes

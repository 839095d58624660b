#pragma once

// What the sync protocols exchange (gpodder.net API v2 and Nextcloud GPodder Sync alike):
// episode actions, subscription changes, and what a server answers to an upload.

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ondes {

struct EpisodeAction
{
    QString podcast;      // the feed's address
    QString episode;      // the enclosure's address
    QString guid;         // may be empty
    QString action;       // play, download, delete, new (lower case)
    qint64 timestamp = 0; // Unix seconds, UTC
    int started = -1;     // seconds, play only; -1 when absent
    int position = -1;
    int total = -1;
    QString device; // the device that did it, when the server says

    bool operator==(const EpisodeAction&) const = default;
};

struct SubscriptionChanges
{
    QStringList add;
    QStringList remove;
    qint64 timestamp = 0; // the `since` of the next read
};

struct RemoteEpisodeActions
{
    QList<EpisodeAction> actions;
    qint64 timestamp = 0; // the `since` of the next read
};

// A server's answer to an upload: its time, and the addresses it rewrote (old, new).
struct UploadResult
{
    qint64 timestamp = 0;
    QList<QPair<QString, QString>> updateUrls;
};

} // namespace ondes

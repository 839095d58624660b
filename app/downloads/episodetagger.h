#pragma once

// EpisodeTagger decides what a downloaded episode's file should say about itself (title, show as
// album, speakers or author as artist, year, description as comment, cover) and reads back what
// the file knows that the feed may not (exact duration, embedded chapters, cover art). Pure file
// I/O through AudioTags and Id3Room: call it off the GUI thread.

#include "feed/feedtypes.h"
#include "media/audiotags.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ondes {

struct DownloadSubject;

struct EpisodeFileFacts
{
    qint64 durationMs = 0;
    QList<Chapter> chapters;
    QByteArray coverData;
    QString coverMimeType;
};

class EpisodeTagger
{
    Q_DECLARE_TR_FUNCTIONS(ondes::EpisodeTagger)

public:
    // The tags for the episode; speakers are the names of the people who speak in it.
    static AudioTagUpdate tagsFor(const DownloadSubject& episode, const QStringList& speakers,
                                  const QByteArray& cover);
    // Writes the tags into a download's complete ".part", in place (it is not the user's file
    // yet): into the room kept at its start (Id3Room) when it has one and holds MP3, else through
    // TagLib on the file itself. Returns an error line, empty on success.
    static QString writePart(const QString& partPath, const AudioTagUpdate& update);
    // Without tags: a room kept at the start of the .part goes to the served file's own tag (MP3)
    // or out of the file. Returns an error line, empty on success.
    static QString releaseRoom(const QString& partPath);
    // What the file says; a file TagLib cannot read gives empty facts and *error.
    static EpisodeFileFacts read(const QString& path, QString* error = nullptr);
};

} // namespace ondes

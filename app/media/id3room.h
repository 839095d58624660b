#pragma once

// Id3Room keeps room for an ID3v2 tag at the start of a download's ".part" file. A placeholder
// tag is written before the body and the body streams in after it; once the body is complete,
// the room and the served file's own ID3v2 tag right after it are overwritten by one tag (the
// served tag's frames, changed by the episode's update) padded to the same length. So tagging an
// MP3 neither reads nor moves its audio. Should the tag not fit, the audio moves once, in place:
// the .part is not the user's file yet. Pure file I/O; call it off the GUI thread.

#include "media/audiotags.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace ondes {

class Id3Room
{
    Q_DECLARE_TR_FUNCTIONS(ondes::Id3Room)

public:
    static constexpr qint64 minSize = 64;
    // What sizeAtStart() needs of a file's start.
    static constexpr qsizetype headBytes = 64;

    // A placeholder of size bytes (at least minSize): an ID3v2.4 tag that holds one PRIV frame
    // naming it, then padding. A player takes it for an empty tag.
    static QByteArray placeholder(qint64 size);
    // The size of the placeholder the bytes (a file's first headBytes) start with; 0 when they
    // do not start with one.
    static qint64 sizeAtStart(QByteArrayView head);
    // The same for the file at path (0 when it cannot be read). A file cut inside its room says
    // the room's size all the same: it holds no body yet.
    static qint64 sizeIn(const QString& path);
    // Room enough for the tag update makes (its frames as ID3v2.4), with some slack for what the
    // served file's own tag becomes (its space joins the room).
    static qint64 sizeFor(const AudioTagUpdate& update);

    // Writes the tag into the room of the file at path, which must have one and MPEG audio after
    // it; an ID3v1 tag at the end gets the update's text too. False with *error on failure.
    static bool fill(const QString& path, const AudioTagUpdate& update, QString* error = nullptr);
    // Takes the room out of the file, moving the body to the start (for a body that turned out
    // not to be MP3). False with *error on failure.
    static bool remove(const QString& path, QString* error = nullptr);
};

} // namespace ondes

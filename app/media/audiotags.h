#pragma once

// Reads and writes the tags of an audio file (MP3/ID3v2, Ogg Vorbis, Opus, MP4, FLAC) through
// TagLib: exact duration, text fields, embedded chapters and cover. Pure file I/O, no Qt
// Multimedia; safe to call from a worker thread (one file per call).

#include "feed/feedtypes.h"
#include "media/audioformat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace TagLib {
class Tag;
}

namespace ondes {

struct AudioFileInfo
{
    AudioFormat format = AudioFormat::Unknown;
    qint64 durationMs = 0; // 0 when the file does not say
    int bitrateKbps = 0;
    int sampleRate = 0;
    int channels = 0;
    QString title;
    QString artist;
    QString album;
    QString comment;
    QString genre;
    int year = 0;            // 0 when unknown
    QDate date;              // the full date when the tag has one (TDRC, DATE, ©day), else invalid
    QList<Chapter> chapters; // by start; from ID3v2 CHAP or Vorbis CHAPTERxxx comments
    QByteArray coverData;    // the front cover (or the first picture); empty when none
    QString coverMimeType;
};

// What to change; fields left unset are kept as they are in the file.
struct AudioTagUpdate
{
    std::optional<QString> title;
    std::optional<QString> album;   // the show
    std::optional<QString> artist;  // the speakers, or the show's author
    std::optional<QString> comment; // plain text
    std::optional<int> year;        // 0 removes it
    // Replaces every picture with this front cover; an empty array removes the pictures.
    std::optional<QByteArray> coverData;
    QString coverMimeType; // "image/jpeg" or "image/png"; sniffed from the bytes when empty
};

class AudioTags
{
    Q_DECLARE_TR_FUNCTIONS(ondes::AudioTags)

public:
    // Larger pictures are not loaded (a cover is a few hundred KB at most).
    static constexpr qsizetype maxCoverBytes = 16 * 1024 * 1024;
    static constexpr int maxChapters = 10000;

    // format Unknown detects it from the content, then from the name. A format that the content
    // contradicts is an error.
    static std::optional<AudioFileInfo> read(const QString& path, QString* error = nullptr,
                                             AudioFormat format = AudioFormat::Unknown);

    // Writes through a copy beside the file that then replaces it, so a failure leaves the file
    // as it was. Refuses read-only files (by their permission bits, even for root) and files that
    // do not parse as `format` (Unknown: detected as for read()). Needs the space of one more
    // copy of the file; call it off the GUI thread for large files.
    static bool write(const QString& path, AudioFormat format, const AudioTagUpdate& update,
                      QString* error = nullptr);

    // As write(), but on the file itself, without a copy: for a download's ".part", which is not
    // the user's file yet (a failure halfway leaves a file that is downloaded again). TagLib
    // moves the audio when the tag outgrows the room the file has for it.
    static bool writeInPlace(const QString& path, AudioFormat format, const AudioTagUpdate& update,
                             QString* error = nullptr);

    // Replaces the embedded chapters: ID3v2 CHAP frames under one top-level CTOC for MP3,
    // CHAPTERxxx/CHAPTERxxxNAME/CHAPTERxxxURL comments for Ogg, Opus and FLAC. MP4 is refused.
    // durationMs ends the last CHAP frame (ID3v2 wants an end time); 0 reads it from the file.
    static bool writeChapters(const QString& path, AudioFormat format,
                              const QList<Chapter>& chapters, QString* error = nullptr,
                              qint64 durationMs = 0);

    // "image/png" or "image/jpeg" (or gif/webp/bmp) from the first bytes; empty when unknown.
    static QString sniffImageMimeType(QByteArrayView data);

    // Sets the text fields update has on a tag of any format (for the tag writers).
    static void applyText(TagLib::Tag& tag, const AudioTagUpdate& update);
};

} // namespace ondes

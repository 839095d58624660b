#pragma once

// The audio container formats Ondes reads and writes tags in, and how to tell which one a file
// is: from its MIME type, its name, or its first bytes (a download's ".part" file has no usable
// extension).

#include <QByteArrayView>
#include <QString>

namespace ondes {

enum class AudioFormat {
    Unknown,
    Mp3,       // MPEG audio with ID3v2
    OggVorbis, // Vorbis comments
    Opus,      // Ogg Opus, Vorbis comments
    Mp4,       // m4a / m4b / mp4 (AAC, ALAC)
    Flac,      // native FLAC, Vorbis comments
};

class AudioFormats
{
public:
    // "audio/mpeg" → Mp3, "audio/ogg; codecs=opus" → Opus; Unknown for anything else (including
    // a bare "audio/ogg", which may be Vorbis or Opus: sniff the content for those).
    static AudioFormat fromMimeType(QStringView mimeType);
    // By extension, ignoring a trailing ".part" ("show.mp3.part" → Mp3).
    static AudioFormat fromFileName(QStringView fileName);
    // By the first bytes of the file (64 are enough; an ID3v2 tag before MPEG frames is fine).
    static AudioFormat fromContent(QByteArrayView head);
    // By the file's content only, from byte offset on, looking past a leading ID3v2 tag (an
    // ID3v2 tag followed by something unknown is taken as MP3).
    static AudioFormat sniff(const QString& path, qint64 offset = 0);
    // sniff, else fromFileName: podcasts do serve AAC named ".mp3".
    static AudioFormat detect(const QString& path);

    static QString name(AudioFormat format); // "MP3", "Ogg Vorbis"… for messages
    static bool isAudioFileName(QStringView fileName);
};

} // namespace ondes

#pragma once

// The Vorbis-comment parts of AudioTags (Ogg Vorbis, Opus, FLAC): CHAPTERxxx chapters,
// METADATA_BLOCK_PICTURE covers and the DATE field.

#include "media/audiotags.h"

namespace TagLib::Ogg {
class XiphComment;
}

namespace ondes {

class XiphTags
{
public:
    // CHAPTER001=00:01:02.500, CHAPTER001NAME=…, CHAPTER001URL=… (any number of digits, from
    // 000 or 001), sorted by start. Entries with an unreadable time are skipped.
    static QList<Chapter> chapters(const TagLib::Ogg::XiphComment& comment);
    static void setChapters(TagLib::Ogg::XiphComment& comment, const QList<Chapter>& chapters);
    // Pictures of Ogg files live in the comment (FLAC files keep them in their own blocks).
    static void readCover(TagLib::Ogg::XiphComment& comment, QByteArray* data, QString* mimeType);
    static void setCover(TagLib::Ogg::XiphComment& comment, const QByteArray& data,
                         const QString& mimeType);
    static QDate date(const TagLib::Ogg::XiphComment& comment);

    // "01:02:03.500" → 3723.5; also "MM:SS.sss" and plain seconds. -1 when unreadable.
    static double parseTime(QStringView text);
    static QString formatTime(double seconds); // "HH:MM:SS.mmm"
};

} // namespace ondes

#pragma once

// The ID3v2 parts of AudioTags that the generic TagLib::Tag interface does not cover: CHAP/CTOC
// chapters, APIC cover, and the full recording date.

#include "media/audiotags.h"

namespace TagLib::ID3v2 {
class Tag;
}

namespace ondes {

class Id3Tags
{
public:
    static QList<Chapter> chapters(const TagLib::ID3v2::Tag& tag);
    // The front cover, else the first picture.
    static void readCover(const TagLib::ID3v2::Tag& tag, QByteArray* data, QString* mimeType);
    static QDate date(const TagLib::ID3v2::Tag& tag);

    // An empty data removes every picture.
    static void setCover(TagLib::ID3v2::Tag& tag, const QByteArray& data, const QString& mimeType);
    // Replaces every CHAP and CTOC frame. The last chapter ends at durationMs.
    static void setChapters(TagLib::ID3v2::Tag& tag, const QList<Chapter>& chapters,
                            qint64 durationMs);
};

} // namespace ondes

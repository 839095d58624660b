#pragma once

// The MP4 parts of AudioTags that the generic TagLib::Tag interface does not cover: the covr
// cover and the full ©day date. (TagLib 1.13 reads no MP4 chapters.)

#include "media/audiotags.h"

namespace TagLib::MP4 {
class Tag;
}

namespace ondes {

class Mp4Tags
{
public:
    static void read(const TagLib::MP4::Tag& tag, AudioFileInfo& info);
    // An empty data removes the cover.
    static void setCover(TagLib::MP4::Tag& tag, const QByteArray& data, const QString& mimeType);
};

} // namespace ondes

#pragma once

// Opening an audio file with the TagLib class of its format, and the content check TagLib does
// not make itself; shared by the tag readers and writers.

#include "media/audioformat.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace TagLib {
class File;
namespace Ogg {
class XiphComment;
}
} // namespace TagLib

namespace ondes {

class TagLibFiles
{
    Q_DECLARE_TR_FUNCTIONS(ondes::TagLibFiles)

public:
    // The file opened with its format's TagLib class (audio properties read); null for Unknown.
    static std::unique_ptr<TagLib::File> open(const QString& path, AudioFormat format);
    // TagLib takes any file for MPEG audio (it scans for a frame sync anywhere), so the content
    // is checked here: a wrong format must not get an ID3 tag written into it.
    static bool contentMatches(const QString& path, AudioFormat format, TagLib::File& file,
                               QString* error);
    // The Vorbis comment of an Ogg Vorbis, Opus or FLAC file (made for FLAC when it has none).
    static TagLib::Ogg::XiphComment* xiphCommentOf(TagLib::File& file);
};

} // namespace ondes

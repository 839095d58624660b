#include "media/taglibfiles.h"

#include <QFile>

#include <taglib/flacfile.h>
#include <taglib/mp4file.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/vorbisfile.h>

namespace ondes {

std::unique_ptr<TagLib::File> TagLibFiles::open(const QString& path, AudioFormat format)
{
    const QByteArray name = QFile::encodeName(path);
    switch (format) {
    case AudioFormat::Mp3:
        // Accurate counts the frames, so a VBR file without a Xing header gets its real length.
        return std::make_unique<TagLib::MPEG::File>(name.constData(), true,
                                                    TagLib::AudioProperties::Accurate);
    case AudioFormat::OggVorbis:
        return std::make_unique<TagLib::Ogg::Vorbis::File>(name.constData());
    case AudioFormat::Opus:
        return std::make_unique<TagLib::Ogg::Opus::File>(name.constData());
    case AudioFormat::Mp4:
        return std::make_unique<TagLib::MP4::File>(name.constData());
    case AudioFormat::Flac:
        return std::make_unique<TagLib::FLAC::File>(name.constData());
    case AudioFormat::Unknown:
        break;
    }
    return nullptr;
}

bool TagLibFiles::contentMatches(const QString& path, AudioFormat format, TagLib::File& file,
                                 QString* error)
{
    const AudioFormat sniffed = AudioFormats::sniff(path);
    if (sniffed == format)
        return true;
    if (sniffed == AudioFormat::Unknown && format == AudioFormat::Mp3) {
        // Some encoders leave a little junk before the first frame.
        const long first = static_cast<TagLib::MPEG::File&>(file).firstFrameOffset();
        if (first >= 0 && first < 64 * 1024)
            return true;
    }
    if (error)
        *error =
            sniffed == AudioFormat::Unknown
                ? TagLibFiles::tr("%1: not a valid %2 file").arg(path, AudioFormats::name(format))
                : TagLibFiles::tr("%1: the file holds %2, not %3")
                      .arg(path, AudioFormats::name(sniffed), AudioFormats::name(format));
    return false;
}

TagLib::Ogg::XiphComment* TagLibFiles::xiphCommentOf(TagLib::File& file)
{
    if (auto* vorbis = dynamic_cast<TagLib::Ogg::Vorbis::File*>(&file))
        return vorbis->tag();
    if (auto* opus = dynamic_cast<TagLib::Ogg::Opus::File*>(&file))
        return opus->tag();
    if (auto* flac = dynamic_cast<TagLib::FLAC::File*>(&file))
        return flac->xiphComment(true);
    return nullptr;
}

} // namespace ondes

#include "media/mp4tags.h"

#include "media/taglibtext.h"

#include <taglib/mp4tag.h>

namespace ondes {

void Mp4Tags::read(const TagLib::MP4::Tag& tag, AudioFileInfo& info)
{
    if (tag.contains("\251day")) {
        const TagLib::StringList day = tag.item("\251day").toStringList();
        if (!day.isEmpty())
            info.date = QDate::fromString(fromTagString(day.front()).left(10), Qt::ISODate);
    }
    if (tag.contains("covr")) {
        for (const TagLib::MP4::CoverArt& art : tag.item("covr").toCoverArtList()) {
            if (art.data().isEmpty() || art.data().size() > AudioTags::maxCoverBytes)
                continue;
            info.coverData = fromByteVector(art.data());
            info.coverMimeType = AudioTags::sniffImageMimeType(info.coverData);
            break;
        }
    }
}

void Mp4Tags::setCover(TagLib::MP4::Tag& tag, const QByteArray& data, const QString& mimeType)
{
    if (data.isEmpty()) {
        tag.removeItem("covr");
        return;
    }
    TagLib::MP4::CoverArt::Format format = TagLib::MP4::CoverArt::Unknown;
    if (mimeType == QLatin1StringView("image/jpeg"))
        format = TagLib::MP4::CoverArt::JPEG;
    else if (mimeType == QLatin1StringView("image/png"))
        format = TagLib::MP4::CoverArt::PNG;
    else if (mimeType == QLatin1StringView("image/gif"))
        format = TagLib::MP4::CoverArt::GIF;
    else if (mimeType == QLatin1StringView("image/bmp"))
        format = TagLib::MP4::CoverArt::BMP;
    TagLib::MP4::CoverArtList list;
    list.append(TagLib::MP4::CoverArt(format, toByteVector(data)));
    tag.setItem("covr", list);
}

} // namespace ondes

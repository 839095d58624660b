#include "media/audiotags.h"

#include "media/id3tags.h"
#include "media/mp4tags.h"
#include "media/taglibfiles.h"
#include "media/taglibtext.h"
#include "media/xiphtags.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryFile>

#include <taglib/flacfile.h>
#include <taglib/id3v1tag.h>
#include <taglib/id3v2tag.h>
#include <taglib/mp4file.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/vorbisfile.h>

#include <filesystem>
#include <functional>
#include <memory>

Q_LOGGING_CATEGORY(lcMedia, "ondes.media", QtInfoMsg)

namespace ondes {

namespace {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// The tag to write text into: the format's own, not TagLib's union of every tag it found.
TagLib::Tag* ownTag(TagLib::File& file)
{
    if (auto* mpeg = dynamic_cast<TagLib::MPEG::File*>(&file))
        return mpeg->ID3v2Tag(true);
    if (auto* mp4 = dynamic_cast<TagLib::MP4::File*>(&file))
        return mp4->tag();
    return TagLibFiles::xiphCommentOf(file);
}

void readExtras(TagLib::File& file, AudioFileInfo& info)
{
    if (auto* mpeg = dynamic_cast<TagLib::MPEG::File*>(&file)) {
        if (mpeg->hasID3v2Tag()) {
            const TagLib::ID3v2::Tag& tag = *mpeg->ID3v2Tag();
            info.chapters = Id3Tags::chapters(tag);
            Id3Tags::readCover(tag, &info.coverData, &info.coverMimeType);
            info.date = Id3Tags::date(tag);
        }
    } else if (auto* mp4 = dynamic_cast<TagLib::MP4::File*>(&file)) {
        if (mp4->tag())
            Mp4Tags::read(*mp4->tag(), info);
    } else if (TagLib::Ogg::XiphComment* comment = TagLibFiles::xiphCommentOf(file)) {
        info.chapters = XiphTags::chapters(*comment);
        info.date = XiphTags::date(*comment);
        if (auto* flac = dynamic_cast<TagLib::FLAC::File*>(&file)) {
            for (const TagLib::FLAC::Picture* picture : flac->pictureList()) {
                if (picture->data().isEmpty() || picture->data().size() > AudioTags::maxCoverBytes)
                    continue;
                info.coverData = fromByteVector(picture->data());
                info.coverMimeType = fromTagString(picture->mimeType()).toLower();
                if (picture->type() == TagLib::FLAC::Picture::FrontCover)
                    break;
            }
        } else {
            XiphTags::readCover(*comment, &info.coverData, &info.coverMimeType);
        }
    }
}

bool applyUpdate(TagLib::File& file, const AudioTagUpdate& update)
{
    TagLib::Tag* tag = ownTag(file);
    if (!tag)
        return false;
    AudioTags::applyText(*tag, update);
    QString mimeType = update.coverMimeType;
    if (update.coverData && mimeType.isEmpty())
        mimeType = AudioTags::sniffImageMimeType(*update.coverData);
    if (auto* mpeg = dynamic_cast<TagLib::MPEG::File*>(&file)) {
        if (mpeg->hasID3v1Tag()) // keep an old ID3v1 tag from contradicting the new one
            AudioTags::applyText(*mpeg->ID3v1Tag(), update);
        if (update.coverData)
            Id3Tags::setCover(*mpeg->ID3v2Tag(true), *update.coverData, mimeType);
        return mpeg->save(TagLib::MPEG::File::ID3v2 |
                              (mpeg->hasID3v1Tag() ? TagLib::MPEG::File::ID3v1 : 0),
                          TagLib::File::StripNone, TagLib::ID3v2::v4, TagLib::File::DoNotDuplicate);
    }
    if (auto* mp4 = dynamic_cast<TagLib::MP4::File*>(&file)) {
        if (update.coverData)
            Mp4Tags::setCover(*mp4->tag(), *update.coverData, mimeType);
        return mp4->save();
    }
    if (update.coverData) {
        if (auto* flac = dynamic_cast<TagLib::FLAC::File*>(&file)) {
            flac->removePictures();
            if (!update.coverData->isEmpty()) {
                auto* picture = new TagLib::FLAC::Picture;
                picture->setType(TagLib::FLAC::Picture::FrontCover);
                picture->setMimeType(toTagString(mimeType));
                picture->setData(toByteVector(*update.coverData));
                flac->addPicture(picture);
            }
        } else {
            XiphTags::setCover(*TagLibFiles::xiphCommentOf(file), *update.coverData, mimeType);
        }
    }
    return file.save();
}

using Edit = std::function<bool(TagLib::File&, QString*)>;

// Whether the file may be tagged: it exists, is writable and is in a format Ondes can tag (then
// *format is that format).
bool checkTaggable(const QString& path, AudioFormat* format, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        setError(error, AudioTags::tr("%1: no such file").arg(path));
        return false;
    }
    // The permission bits, not access(2): root may write anything, but a read-only file says the
    // user does not want it changed.
    if (!(info.permissions() & QFile::WriteOwner) || !info.isWritable()) {
        setError(error, AudioTags::tr("%1: the file is read-only").arg(path));
        return false;
    }
    if (*format == AudioFormat::Unknown)
        *format = AudioFormats::detect(path);
    if (*format == AudioFormat::Unknown) {
        setError(error, AudioTags::tr("%1: not an audio format Ondes can tag").arg(path));
        return false;
    }
    return true;
}

// Runs edit on the file at path through TagLib, which rewrites it in place, and checks that
// TagLib reads it back. Messages name shownPath.
bool editFile(const QString& path, const QString& shownPath, AudioFormat format, const Edit& edit,
              QString* error)
{
    {
        std::unique_ptr<TagLib::File> file = TagLibFiles::open(path, format);
        if (!file || !file->isValid()) {
            setError(error, AudioTags::tr("%1: not a valid %2 file")
                                .arg(shownPath, AudioFormats::name(format)));
            return false;
        }
        if (!TagLibFiles::contentMatches(path, format, *file, error)) {
            if (error) // a working copy's name would puzzle the user
                error->replace(path, shownPath);
            return false;
        }
        if (!edit(*file, error)) {
            if (error && error->isEmpty())
                *error = AudioTags::tr("%1: TagLib could not save the file").arg(shownPath);
            return false;
        }
    }
    std::unique_ptr<TagLib::File> check = TagLibFiles::open(path, format);
    if (!check || !check->isValid()) {
        setError(error, AudioTags::tr("%1: the tagged file does not read back").arg(shownPath));
        return false;
    }
    return true;
}

// Runs edit on a copy of the file beside it and puts the copy in its place only when TagLib
// saved it and can read it back: TagLib rewrites files in place, and a failure halfway would
// leave a broken episode.
bool modifyCopy(const QString& path, AudioFormat format, const Edit& edit, QString* error)
{
    if (!checkTaggable(path, &format, error))
        return false;
    const QFileInfo info(path);
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly)) {
        setError(error, AudioTags::tr("%1: %2").arg(path, source.errorString()));
        return false;
    }
    QTemporaryFile copy(info.absolutePath() + QLatin1StringView("/.") + info.fileName() +
                        QLatin1StringView(".tagsXXXXXX"));
    if (!copy.open()) {
        setError(error,
                 AudioTags::tr("%1: cannot make a working copy: %2").arg(path, copy.errorString()));
        return false;
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0 || (n > 0 && copy.write(buffer.constData(), n) != n)) {
            setError(error, AudioTags::tr("%1: cannot copy the file: %2")
                                .arg(path, n < 0 ? source.errorString() : copy.errorString()));
            return false;
        }
        if (n == 0)
            break;
    }
    if (!copy.flush()) {
        setError(error, AudioTags::tr("%1: %2").arg(path, copy.errorString()));
        return false;
    }
    copy.setPermissions(info.permissions());
    if (!editFile(copy.fileName(), path, format, edit, error))
        return false;
    copy.close();
    std::error_code code;
    std::filesystem::rename(QFile::encodeName(copy.fileName()).toStdString(),
                            QFile::encodeName(path).toStdString(), code);
    if (code) {
        setError(error, AudioTags::tr("%1: cannot replace the file: %2")
                            .arg(path, QString::fromStdString(code.message())));
        return false;
    }
    copy.setAutoRemove(false); // it has become the file
    return true;
}

Edit updateEdit(const QString& path, const AudioTagUpdate& update)
{
    return [&path, &update](TagLib::File& file, QString* editError) {
        if (applyUpdate(file, update))
            return true;
        setError(editError, AudioTags::tr("%1: TagLib could not save the tags").arg(path));
        return false;
    };
}

} // namespace

std::optional<AudioFileInfo> AudioTags::read(const QString& path, QString* error,
                                             AudioFormat format)
{
    if (!QFileInfo(path).isFile()) {
        setError(error, AudioTags::tr("%1: no such file").arg(path));
        return std::nullopt;
    }
    if (format == AudioFormat::Unknown)
        format = AudioFormats::detect(path);
    std::unique_ptr<TagLib::File> file = TagLibFiles::open(path, format);
    if (!file) {
        setError(error, AudioTags::tr("%1: not an audio format Ondes can read").arg(path));
        return std::nullopt;
    }
    if (!file->isValid()) {
        setError(error,
                 AudioTags::tr("%1: not a valid %2 file").arg(path, AudioFormats::name(format)));
        return std::nullopt;
    }
    if (!TagLibFiles::contentMatches(path, format, *file, error))
        return std::nullopt;
    AudioFileInfo info;
    info.format = format;
    if (const TagLib::AudioProperties* properties = file->audioProperties()) {
        info.durationMs = std::max(0, properties->lengthInMilliseconds());
        info.bitrateKbps = properties->bitrate();
        info.sampleRate = properties->sampleRate();
        info.channels = properties->channels();
    }
    if (const TagLib::Tag* tag = file->tag()) {
        info.title = fromTagString(tag->title());
        info.artist = fromTagString(tag->artist());
        info.album = fromTagString(tag->album());
        info.comment = fromTagString(tag->comment());
        info.genre = fromTagString(tag->genre());
        info.year = static_cast<int>(tag->year());
    }
    readExtras(*file, info);
    if (info.year == 0 && info.date.isValid())
        info.year = info.date.year();
    if (!info.coverData.isEmpty() && info.coverMimeType.isEmpty())
        info.coverMimeType = sniffImageMimeType(info.coverData);
    return info;
}

bool AudioTags::write(const QString& path, AudioFormat format, const AudioTagUpdate& update,
                      QString* error)
{
    const bool ok = modifyCopy(path, format, updateEdit(path, update), error);
    if (!ok)
        qCWarning(lcMedia) << "cannot tag" << path << (error ? *error : QString());
    return ok;
}

bool AudioTags::writeInPlace(const QString& path, AudioFormat format, const AudioTagUpdate& update,
                             QString* error)
{
    const bool ok = checkTaggable(path, &format, error) &&
                    editFile(path, path, format, updateEdit(path, update), error);
    if (!ok)
        qCWarning(lcMedia) << "cannot tag" << path << (error ? *error : QString());
    return ok;
}

void AudioTags::applyText(TagLib::Tag& tag, const AudioTagUpdate& update)
{
    if (update.title)
        tag.setTitle(toTagString(*update.title));
    if (update.album)
        tag.setAlbum(toTagString(*update.album));
    if (update.artist)
        tag.setArtist(toTagString(*update.artist));
    if (update.comment)
        tag.setComment(toTagString(*update.comment));
    if (update.year)
        tag.setYear(static_cast<unsigned int>(std::max(0, *update.year)));
}

bool AudioTags::writeChapters(const QString& path, AudioFormat format,
                              const QList<Chapter>& chapters, QString* error, qint64 durationMs)
{
    return modifyCopy(
        path, format,
        [&](TagLib::File& file, QString* editError) {
            if (auto* mpeg = dynamic_cast<TagLib::MPEG::File*>(&file)) {
                qint64 end = durationMs;
                if (end <= 0 && mpeg->audioProperties())
                    end = mpeg->audioProperties()->lengthInMilliseconds();
                Id3Tags::setChapters(*mpeg->ID3v2Tag(true), chapters, end);
                return mpeg->save(TagLib::MPEG::File::ID3v2, TagLib::File::StripNone,
                                  TagLib::ID3v2::v4, TagLib::File::DoNotDuplicate);
            }
            TagLib::Ogg::XiphComment* comment = TagLibFiles::xiphCommentOf(file);
            if (!comment) {
                setError(editError, AudioTags::tr("%1: chapters cannot be written in %2 files")
                                        .arg(path, AudioFormats::name(format)));
                return false;
            }
            XiphTags::setChapters(*comment, chapters);
            return file.save();
        },
        error);
}

QString AudioTags::sniffImageMimeType(QByteArrayView data)
{
    if (data.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (data.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (data.size() >= 12 && data.startsWith("RIFF") && data.sliced(8, 4) == QByteArrayView("WEBP"))
        return QStringLiteral("image/webp");
    if (data.startsWith("BM"))
        return QStringLiteral("image/bmp");
    return {};
}

} // namespace ondes

#include "media/id3room.h"

#include "media/id3tags.h"
#include "media/taglibtext.h"

#include <QFile>

#include <taglib/id3v1tag.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace ondes {

namespace {

const QByteArrayView kOwner("ondes:tag-room"); // the PRIV frame's owner names the placeholder
constexpr qint64 kSlack = 4096;
constexpr qint64 kMaxTagSize = 10 + 0x0FFFFFFF; // the header's 28-bit size
constexpr qint64 kMoveBlock = 1 << 20;

QByteArray syncsafe(qint64 value)
{
    QByteArray bytes(4, '\0');
    for (int i = 3; i >= 0; --i, value >>= 7)
        bytes[i] = char(value & 0x7F);
    return bytes;
}

// -1 when a byte has its high bit set.
qint64 fromSyncsafe(QByteArrayView bytes)
{
    qint64 value = 0;
    for (const char byte : bytes) {
        if (quint8(byte) & 0x80)
            return -1;
        value = (value << 7) | quint8(byte);
    }
    return value;
}

QByteArray tagHeader(qint64 tagSize)
{
    return QByteArray("ID3\x04\x00\x00", 6) + syncsafe(tagSize - 10);
}

// The bytes of the ID3v2 tag head starts with (header, frames, padding, footer); 0 when none.
qint64 tagSizeAt(QByteArrayView head)
{
    if (head.size() < 10 || !head.startsWith("ID3"))
        return 0;
    const int major = quint8(head[3]);
    if (major < 2 || major > 4 || quint8(head[4]) == 0xFF)
        return 0;
    const qint64 size = fromSyncsafe(head.sliced(6, 4));
    if (size < 0)
        return 0;
    const bool footer = major == 4 && (quint8(head[5]) & 0x10);
    return 10 + size + (footer ? 10 : 0);
}

// The header and frames of a tag TagLib rendered as ID3v2.4, without its padding (10 for no
// frames).
qint64 usedBytes(const TagLib::ByteVector& tag)
{
    const qint64 size = tag.size();
    qint64 at = 10;
    if (size < at)
        return at;
    while (at + 10 <= size && tag[static_cast<unsigned int>(at)] != 0) {
        const QByteArrayView sizeBytes(tag.data() + at + 4, 4);
        const qint64 frame = fromSyncsafe(sizeBytes);
        if (frame < 0 || at + 10 + frame > size)
            return size; // not what TagLib writes: keep it whole
        at += 10 + frame;
    }
    return std::min(at, size);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// Moves count bytes at from to to, within the file, in blocks (from the end when moving up, so
// nothing is overwritten before it is read).
bool moveBytes(QFile& file, qint64 from, qint64 to, qint64 count, QString* error)
{
    QByteArray block(qsizetype(std::min(kMoveBlock, std::max<qint64>(count, 1))),
                     Qt::Uninitialized);
    const bool up = to > from;
    for (qint64 done = 0; done < count;) {
        const qint64 n = std::min<qint64>(block.size(), count - done);
        const qint64 offset = up ? count - done - n : done;
        if (!file.seek(from + offset) || file.read(block.data(), n) != n ||
            !file.seek(to + offset) || file.write(block.constData(), n) != n)
            return fail(error, Id3Room::tr("%1: cannot move the audio: %2")
                                   .arg(file.fileName(), file.errorString()));
        done += n;
    }
    return true;
}

// The served tag (after the room) with update applied, rendered as ID3v2.4; and the ID3v1 tag
// at the end with update's text (empty when the file has none).
bool renderTags(const QString& path, qint64 room, qint64 served, const AudioTagUpdate& update,
                TagLib::ByteVector* id3v2, QByteArray* id3v1, QString* error)
{
    // Without its audio properties TagLib only reads the tags at the ends: the placeholder
    // (taken for the file's tag, and left alone) and an ID3v1 tag.
    TagLib::MPEG::File file(QFile::encodeName(path).constData(), false);
    if (!file.isValid())
        return fail(error, Id3Room::tr("%1: not a valid MP3 file").arg(path));
    std::unique_ptr<TagLib::ID3v2::Tag> tag =
        served > 0 ? std::make_unique<TagLib::ID3v2::Tag>(&file, room)
                   : std::make_unique<TagLib::ID3v2::Tag>();
    AudioTags::applyText(*tag, update);
    if (update.coverData) {
        const QString mimeType = update.coverMimeType.isEmpty()
                                     ? AudioTags::sniffImageMimeType(*update.coverData)
                                     : update.coverMimeType;
        Id3Tags::setCover(*tag, *update.coverData, mimeType);
    }
    *id3v2 = tag->render(TagLib::ID3v2::v4);
    if (file.hasID3v1Tag()) {
        AudioTags::applyText(*file.ID3v1Tag(), update);
        *id3v1 = fromByteVector(file.ID3v1Tag()->render());
    }
    return true;
}

} // namespace

QByteArray Id3Room::placeholder(qint64 size)
{
    size = std::clamp(size, minSize, kMaxTagSize);
    QByteArray frame =
        "PRIV" + syncsafe(kOwner.size() + 1) + QByteArray(2, '\0') + kOwner.toByteArray() + '\0';
    QByteArray room = tagHeader(size) + frame;
    room.resize(qsizetype(size), '\0');
    return room;
}

qint64 Id3Room::sizeAtStart(QByteArrayView head)
{
    const qint64 size = tagSizeAt(head);
    const qsizetype frameAt = 10;
    const qsizetype ownerAt = frameAt + 10;
    if (size < minSize || quint8(head[3]) != 4 || head[5] != 0 ||
        head.size() < ownerAt + kOwner.size() + 1)
        return 0;
    if (head.sliced(frameAt, 4) != QByteArrayView("PRIV") ||
        fromSyncsafe(head.sliced(frameAt + 4, 4)) != kOwner.size() + 1 ||
        head.sliced(ownerAt, kOwner.size()) != kOwner || head[ownerAt + kOwner.size()] != 0)
        return 0;
    return size;
}

qint64 Id3Room::sizeIn(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return sizeAtStart(file.read(headBytes));
}

qint64 Id3Room::sizeFor(const AudioTagUpdate& update)
{
    TagLib::ID3v2::Tag tag;
    AudioTags::applyText(tag, update);
    if (update.coverData && !update.coverData->isEmpty()) {
        const QString mimeType = update.coverMimeType.isEmpty()
                                     ? AudioTags::sniffImageMimeType(*update.coverData)
                                     : update.coverMimeType;
        Id3Tags::setCover(tag, *update.coverData, mimeType);
    }
    return std::clamp(usedBytes(tag.render(TagLib::ID3v2::v4)) + kSlack, minSize, kMaxTagSize);
}

bool Id3Room::fill(const QString& path, const AudioTagUpdate& update, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return fail(error, Id3Room::tr("%1: %2").arg(path, file.errorString()));
    const qint64 length = file.size();
    const qint64 room = sizeAtStart(file.read(headBytes));
    if (room <= 0 || room > length)
        return fail(error, Id3Room::tr("%1: no room for the tags").arg(path));
    if (!file.seek(room))
        return fail(error, Id3Room::tr("%1: %2").arg(path, file.errorString()));
    const qint64 served = tagSizeAt(file.read(10));
    const qint64 space = room + served; // what the new tag may take without moving the audio
    if (space > length)
        return fail(error, Id3Room::tr("%1: the file ends inside its tag").arg(path));

    TagLib::ByteVector rendered;
    QByteArray id3v1;
    if (!renderTags(path, room, served, update, &rendered, &id3v1, error))
        return false;
    const qint64 used = usedBytes(rendered);
    qint64 tagSize = space;
    if (used > space) { // the audio moves up, once
        tagSize = used + kSlack;
        if (tagSize > kMaxTagSize)
            return fail(error, Id3Room::tr("%1: the tags are too large").arg(path));
        if (!moveBytes(file, space, tagSize, length - space, error))
            return false;
    }
    QByteArray tag = tagHeader(tagSize);
    if (rendered.size() >= used)
        tag.append(rendered.data() + 10, qsizetype(used - 10));
    tag.resize(qsizetype(tagSize), '\0');
    const qint64 end = length + (tagSize - space);
    const bool written = file.seek(0) && file.write(tag) == tag.size() &&
                         (id3v1.size() != 128 || end - 128 < tagSize ||
                          (file.seek(end - 128) && file.write(id3v1) == id3v1.size())) &&
                         file.flush();
    if (!written)
        return fail(error,
                    Id3Room::tr("%1: cannot write the tags: %2").arg(path, file.errorString()));
    return true;
}

bool Id3Room::remove(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return fail(error, Id3Room::tr("%1: %2").arg(path, file.errorString()));
    const qint64 length = file.size();
    const qint64 room = sizeAtStart(file.read(headBytes));
    if (room <= 0 || room > length)
        return true; // nothing to take out
    if (!moveBytes(file, room, 0, length - room, error))
        return false;
    if (!file.resize(length - room))
        return fail(error,
                    Id3Room::tr("%1: cannot shorten the file: %2").arg(path, file.errorString()));
    return true;
}

} // namespace ondes

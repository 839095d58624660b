#include "downloads/episodetagger.h"

#include "downloads/downloadstore.h"
#include "media/id3room.h"

#include <QDateTime>

namespace ondes {

namespace {

// A comment is read in a player's small info box: keep it to a few paragraphs.
constexpr qsizetype kMaxCommentChars = 4000;

// The library keeps the description as plain text (its HTML form apart).
QString plainDescription(const QString& description)
{
    QString text = description.trimmed();
    if (text.size() > kMaxCommentChars)
        text = text.left(kMaxCommentChars - 1).trimmed() + QChar(0x2026);
    return text;
}

} // namespace

AudioTagUpdate EpisodeTagger::tagsFor(const DownloadSubject& episode, const QStringList& speakers,
                                      const QByteArray& cover)
{
    AudioTagUpdate update;
    if (!episode.title.trimmed().isEmpty())
        update.title = episode.title.trimmed();
    if (!episode.showTitle.trimmed().isEmpty())
        update.album = episode.showTitle.trimmed();
    QString artist = speakers.join(QStringLiteral(", "));
    if (artist.isEmpty())
        artist = episode.author.trimmed();
    if (artist.isEmpty())
        artist = episode.showAuthor.trimmed();
    if (!artist.isEmpty())
        update.artist = artist;
    const QString comment = plainDescription(episode.description);
    if (!comment.isEmpty())
        update.comment = comment;
    if (episode.published > 0)
        update.year = QDateTime::fromSecsSinceEpoch(episode.published, Qt::UTC).date().year();
    if (!cover.isEmpty() && !AudioTags::sniffImageMimeType(cover).isEmpty()) {
        update.coverData = cover;
        update.coverMimeType = AudioTags::sniffImageMimeType(cover);
    }
    return update;
}

QString EpisodeTagger::writePart(const QString& partPath, const AudioTagUpdate& update)
{
    QString error;
    const qint64 room = Id3Room::sizeIn(partPath);
    if (room > 0) {
        if (AudioFormats::sniff(partPath, room) == AudioFormat::Mp3)
            return Id3Room::fill(partPath, update, &error) ? QString() : error;
        if (!Id3Room::remove(partPath, &error)) // not MP3 after all: no room before the body
            return error;
    }
    if (!AudioTags::writeInPlace(partPath, AudioFormat::Unknown, update, &error))
        return error.isEmpty() ? EpisodeTagger::tr("cannot write the tags") : error;
    return {};
}

QString EpisodeTagger::releaseRoom(const QString& partPath)
{
    QString error;
    const qint64 room = Id3Room::sizeIn(partPath);
    if (room <= 0)
        return {};
    const bool ok = AudioFormats::sniff(partPath, room) == AudioFormat::Mp3
                        ? Id3Room::fill(partPath, AudioTagUpdate(), &error)
                        : Id3Room::remove(partPath, &error);
    return ok ? QString() : error;
}

EpisodeFileFacts EpisodeTagger::read(const QString& path, QString* error)
{
    EpisodeFileFacts facts;
    const std::optional<AudioFileInfo> info = AudioTags::read(path, error);
    if (!info)
        return facts;
    facts.durationMs = info->durationMs;
    facts.chapters = info->chapters;
    facts.coverData = info->coverData;
    facts.coverMimeType = info->coverMimeType;
    return facts;
}

} // namespace ondes

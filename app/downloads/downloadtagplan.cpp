#include "downloads/downloadtagplan.h"

#include "downloads/episodetagger.h"
#include "library/library.h"
#include "media/audioformat.h"
#include "media/id3room.h"
#include "net/httpclient.h"

#include <QUrl>

namespace ondes {

namespace {
// Room kept for a cover that has not arrived when the body starts; at most a sixteenth of the
// file. A larger cover still fits: the audio then moves once.
constexpr qint64 kCoverAllowance = 512 * 1024;
constexpr qint64 kMaxCoverBytes = 8 * 1024 * 1024;
} // namespace

DownloadTagPlan::DownloadTagPlan(Database& database, Library& library)
    : m_store(database), m_library(library)
{}

std::optional<AudioTagUpdate> DownloadTagPlan::tagsFor(qint64 episodeId,
                                                       const QByteArray& cover) const
{
    const std::optional<DownloadSubject> subject = m_store.subject(episodeId);
    if (!subject)
        return std::nullopt;
    QStringList speakers;
    for (const SpeakerRow& speaker : m_library.speakers(episodeId))
        speakers << speaker.name;
    return EpisodeTagger::tagsFor(*subject, speakers, cover);
}

QByteArray DownloadTagPlan::roomFor(qint64 episodeId, QByteArrayView head, qint64 length,
                                    const QByteArray& cover, bool coverPending) const
{
    if (!m_writeTags || AudioFormats::fromContent(head) != AudioFormat::Mp3)
        return {};
    const std::optional<AudioTagUpdate> tags = tagsFor(episodeId, cover);
    if (!tags)
        return {};
    qint64 size = Id3Room::sizeFor(*tags);
    if (coverPending)
        size += length > 0 ? qMin(kCoverAllowance, length / 16) : kCoverAllowance;
    return Id3Room::placeholder(size);
}

DownloadRequest::PartJob DownloadTagPlan::finishJob(qint64 episodeId, const QString& partPath,
                                                    const QByteArray& cover) const
{
    std::optional<AudioTagUpdate> tags = m_writeTags ? tagsFor(episodeId, cover) : std::nullopt;
    if (tags) {
        return [tags = std::move(*tags)](const QString& path) {
            return EpisodeTagger::writePart(path, tags);
        };
    }
    if (partPath.isEmpty() || Id3Room::sizeIn(partPath) <= 0)
        return {};
    return [](const QString& path) { return EpisodeTagger::releaseRoom(path); };
}

HttpReply* DownloadTagPlan::fetchCover(HttpClient& http, const DownloadSubject& subject) const
{
    const QUrl image(!subject.imageUrl.isEmpty() ? subject.imageUrl : subject.showImageUrl);
    if (!m_writeTags || !HttpClient::unsupportedUrlReason(image).isEmpty())
        return nullptr;
    HttpRequestOptions options;
    options.maxBytes = kMaxCoverBytes;
    options.accept = "image/*";
    options.retries = 0;
    return http.get(image, options);
}

} // namespace ondes

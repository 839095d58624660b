#pragma once

// DownloadTagPlan decides what a download's file is tagged with and when: the episode's tags as
// the library has them now (title, show, speakers, date, description, cover), the room kept for
// them at the start of a fresh MP3 .part (so the audio never moves), and the job run on the
// complete .part before it becomes the episode's file.

#include "downloads/downloadstore.h"
#include "downloads/downloadtransfer.h"
#include "media/audiotags.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace ondes {

class Database;
class HttpClient;
class HttpReply;
class Library;

class DownloadTagPlan
{
public:
    DownloadTagPlan(Database& database, Library& library);

    void setWriteTags(bool on) { m_writeTags = on; }
    bool writeTags() const { return m_writeTags; }

    // The tags for the episode's file, read from the library (on the calling thread).
    std::optional<AudioTagUpdate> tagsFor(qint64 episodeId, const QByteArray& cover) const;
    // The start of a fresh .part: room for the tags when the body is MPEG audio (its first bytes
    // say so, whatever the server calls it), sized for the tags as they would be now, with an
    // allowance for a cover still on its way. Empty for other formats (tagged in place later).
    QByteArray roomFor(qint64 episodeId, QByteArrayView head, qint64 length,
                       const QByteArray& cover, bool coverPending) const;
    // The job on the complete .part, run on a worker: the tags, or only settling the room kept
    // for them when tagging was turned off meanwhile; none when there is nothing to do.
    DownloadRequest::PartJob finishJob(qint64 episodeId, const QString& partPath,
                                       const QByteArray& cover) const;

    // Asks for the cover to write into the tags (the episode's image, else the show's), 8 MB at
    // most; nothing when tags are off or there is no http(s) image.
    HttpReply* fetchCover(HttpClient& http, const DownloadSubject& subject) const;

private:
    DownloadStore m_store;
    Library& m_library;
    bool m_writeTags = true;
};

} // namespace ondes

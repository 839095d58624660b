#include "downloads/runningdownload.h"

#include "downloads/downloadtagplan.h"
#include "downloads/downloadtransfer.h"
#include "media/id3room.h"
#include "net/httpclient.h"

#include <QTimer>

namespace ondes {

namespace {

// The body waits this long for the cover, whose size sets the room kept for the tags.
constexpr int kCoverWaitMs = 2000;
constexpr int kSaveProgressEveryMs = 1000;

} // namespace

RunningDownload::RunningDownload(const DownloadRow& row, const DownloadSubject& subject,
                                 HttpClient& http, const DownloadTagPlan& tagPlan,
                                 QThreadPool& workers, const DownloadRetryPolicy& policy,
                                 QObject* parent)
    : QObject(parent)
{
    const qint64 episodeId = row.episodeId;
    DownloadRequest request;
    request.url = QUrl(row.url);
    request.targetPath = row.targetPath;
    request.etag = row.etag;
    request.lastModified = row.lastModified;
    request.idleTimeoutMs = policy.idleTimeoutMs;
    request.retries = policy.retries;
    request.retryDelayMs = policy.retryDelayMs;
    request.finishPart = [this, &tagPlan, episodeId] {
        return tagPlan.finishJob(episodeId, m_transfer->partPath(), m_cover);
    };
    request.finishPool = &workers;
    request.partHeaderSize = [](const QString& partPath) { return Id3Room::sizeIn(partPath); };
    if (tagPlan.writeTags()) {
        request.partHeader = [this, &tagPlan, episodeId](QByteArrayView head, qint64 length) {
            return tagPlan.roomFor(episodeId, head, length, m_cover, m_coverPending);
        };
    }
    m_transfer = new DownloadTransfer(http.networkAccessManager(), request, this);
    m_lastSaved.start();
    // Once the transfer ended, a cover on its way is of no use.
    connect(m_transfer, &DownloadTransfer::finished, this, [this] {
        if (m_coverReply) {
            m_coverReply->disconnect(this);
            m_coverReply->abort();
        }
    });

    // The cover is fetched first (for a moment at most), to be written into the file before it is
    // renamed.
    if (HttpReply* reply = tagPlan.fetchCover(http, subject)) {
        m_coverReply = reply;
        m_coverPending = true;
        connect(reply, &HttpReply::finished, this, [this](const HttpResult& result) {
            m_coverPending = false;
            if (result.ok())
                m_cover = result.body;
            m_transfer->start(); // if it was waiting for the cover
        });
    }
}

void RunningDownload::start()
{
    if (m_coverPending) // start() is once: whichever comes first, the cover or the time
        QTimer::singleShot(kCoverWaitMs, m_transfer,
                           [transfer = m_transfer] { transfer->start(); });
    else
        m_transfer->start();
}

bool RunningDownload::progressSaveDue()
{
    if (m_lastSaved.elapsed() < kSaveProgressEveryMs)
        return false;
    m_lastSaved.restart();
    return true;
}

} // namespace ondes

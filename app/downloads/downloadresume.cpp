#include "downloads/downloadresume.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace ondes {

namespace {

constexpr int maxRestarts = 2; // fresh requests after a refused range, per attempt

} // namespace

void DownloadResume::newAttempt()
{
    m_restarts = 0;
    m_forceFresh = false;
}

qint64 DownloadResume::prepare(QNetworkRequest& request, qint64 partSize, const QByteArray& etag,
                               const QString& lastModified)
{
    const qint64 existing = m_forceFresh ? 0 : partSize;
    const QByteArray validator = ifRangeValidator(etag, lastModified);
    m_rangeSent = existing > 0 && !validator.isEmpty();
    m_expectedStart = m_rangeSent ? existing : 0;
    // The bytes as stored, so that lengths and ranges count the file's bytes (and Qt does not
    // decompress).
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_rangeSent) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(existing) + '-');
        request.setRawHeader("If-Range", validator);
    }
    return m_expectedStart;
}

BodyPlacement DownloadResume::place(const QNetworkReply& reply, int status, qint64 knownTotal,
                                    const QByteArray& knownEtag) const
{
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    BodyAnswer answer;
    answer.status = status;
    answer.contentRange = reply.rawHeader("Content-Range");
    answer.contentLength = length.isValid() ? length.toLongLong() : -1;
    answer.etag = reply.rawHeader("ETag");
    return placeBody(answer, m_expectedStart, m_rangeSent, knownTotal, knownEtag);
}

bool DownloadResume::restartFresh()
{
    if (++m_restarts > maxRestarts)
        return false;
    m_forceFresh = true;
    return true;
}

} // namespace ondes

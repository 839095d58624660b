#include "downloads/downloadpolicy.h"

#include "downloads/downloadmanager.h"

#include <QDateTime>

namespace ondes {

int DownloadPolicy::autoDownload(qint64 showId, qint64 addedSince)
{
    int queued = 0;
    for (qint64 episodeId : m_manager.store().autoDownloadCandidates(showId, addedSince)) {
        if (m_manager.enqueue(episodeId).isEmpty())
            ++queued;
    }
    return queued;
}

int DownloadPolicy::cleanup(int days)
{
    if (days <= 0)
        return 0;
    const qint64 before = QDateTime::currentSecsSinceEpoch() - qint64(days) * 24 * 3600;
    int deleted = 0;
    for (const DownloadedFile& file : m_manager.store().cleanupCandidates(before)) {
        if (m_manager.deleteDownload(file.episodeId))
            ++deleted;
    }
    return deleted;
}

} // namespace ondes

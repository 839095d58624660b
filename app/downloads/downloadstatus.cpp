#include "downloads/downloadstatus.h"

#include "downloads/downloadtransfer.h"

namespace ondes {

DownloadStatus DownloadStatus::of(const DownloadRow& row, const DownloadTransfer* running)
{
    DownloadStatus s;
    s.episodeId = row.episodeId;
    s.state = row.state;
    s.episodeTitle = row.episodeTitle;
    s.showTitle = row.showTitle;
    s.received = row.received;
    s.total = row.total;
    s.error = row.error;
    s.targetPath = row.targetPath;
    if (running) {
        s.state = DownloadState::Running;
        s.received = running->received();
        s.total = running->total();
        s.bytesPerSecond = running->bytesPerSecond();
        if (s.bytesPerSecond > 0 && s.total > s.received)
            s.etaSeconds = qint64(double(s.total - s.received) / s.bytesPerSecond);
    }
    return s;
}

} // namespace ondes

#pragma once

// DownloadStatus is one download as the lists and the command line show it: its row as the
// library stores it, with the live figures (received, total, speed, time left) of its transfer
// while it runs.

#include "downloads/downloadstore.h"

#include <QString>

namespace ondes {

class DownloadTransfer;

struct DownloadStatus
{
    qint64 episodeId = 0;
    DownloadState state = DownloadState::Queued;
    QString episodeTitle;
    QString showTitle;
    qint64 received = 0;
    qint64 total = -1;
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1; // -1 when unknown
    QString error;
    QString targetPath;

    // The row as stored; running is its transfer when it runs, else null.
    static DownloadStatus of(const DownloadRow& row, const DownloadTransfer* running);
};

} // namespace ondes

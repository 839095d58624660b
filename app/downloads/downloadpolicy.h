#pragma once

// DownloadPolicy is what downloads without being asked and what goes by itself: the episodes a
// show's auto-download setting asks for, and the played downloads older than the cleanup
// setting (never one kept, queued to play or in progress, nor a folder's or the demo's files).
// It decides; DownloadManager queues and deletes.

#include <QtGlobal>

namespace ondes {

class DownloadManager;

class DownloadPolicy
{
public:
    explicit DownloadPolicy(DownloadManager& manager) : m_manager(manager) {}

    // Queues what the show's auto-download setting asks for; addedSince limits "new" episodes
    // to those the last refresh brought (Unix seconds). Returns how many were queued.
    int autoDownload(qint64 showId, qint64 addedSince);
    // Deletes played downloads older than days (0: cleanup is off). Returns how many files went.
    int cleanup(int days);

private:
    DownloadManager& m_manager;
};

} // namespace ondes

#pragma once

// The words for where sync stands: the status line's "Synced 2 min ago" or "Sync failed: …",
// and what one sync changed ("2 shows added, 40 positions updated").

#include <QCoreApplication>
#include <QString>

namespace ondes {

struct SyncReport;

class SyncStatusText
{
    Q_DECLARE_TR_FUNCTIONS(ondes::SyncStatusText)

public:
    // lastSync and now in Unix seconds; lastSync 0: never synced. An error wins over the time.
    static QString line(qint64 lastSync, const QString& error, qint64 now);
    // What the sync changed here, or that nothing changed; the error when it failed.
    static QString summary(const SyncReport& report);
};

} // namespace ondes

#include "syncstatustext.h"

#include "sync/syncengine.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace ondes {

QString SyncStatusText::line(qint64 lastSync, const QString& error, qint64 now)
{
    if (!error.isEmpty())
        return tr("Sync failed: %1").arg(error);
    if (lastSync <= 0)
        return tr("Not synced yet");
    const qint64 ago = qMax<qint64>(0, now - lastSync);
    if (ago < 60)
        return tr("Synced just now");
    if (ago < 3600)
        return tr("Synced %n min ago", nullptr, int(ago / 60));
    const QDateTime when = QDateTime::fromSecsSinceEpoch(lastSync);
    if (when.date() == QDateTime::fromSecsSinceEpoch(now).date())
        return tr("Synced at %1").arg(QLocale().toString(when.time(), QLocale::ShortFormat));
    return tr("Synced on %1").arg(QLocale().toString(when.date(), QLocale::ShortFormat));
}

QString SyncStatusText::summary(const SyncReport& report)
{
    if (!report.ok())
        return tr("Sync failed: %1").arg(report.error);
    QStringList parts;
    if (const int added = int(report.subscriptions.addedShowIds.size()))
        parts << tr("%n show(s) added", nullptr, added);
    if (const int removed = int(report.subscriptions.removed.size()))
        parts << tr("%n show(s) removed", nullptr, removed);
    if (report.actions.positions)
        parts << tr("%n position(s) updated", nullptr, report.actions.positions);
    if (report.actions.played)
        parts << tr("%n episode(s) marked played", nullptr, report.actions.played);
    if (report.actions.unplayed)
        parts << tr("%n episode(s) marked unplayed", nullptr, report.actions.unplayed);
    const int sent = report.sentSubscriptionChanges + report.sentEpisodeActions;
    if (sent)
        parts << tr("%n change(s) sent", nullptr, sent);
    if (parts.isEmpty())
        return tr("Synced: nothing changed.");
    return tr("Synced: %1.").arg(QLocale().createSeparatedList(parts));
}

} // namespace ondes

#include "syncactions.h"

#include "application.h"
#include "library/library.h"
#include "messagebar.h"
#include "subscriptions/refresher.h"
#include "sync/syncengine.h"
#include "syncschedule.h"

#include <QAction>

namespace ondes {

SyncActions::SyncActions(Application& app, MessageBar& messages, QObject* parent)
    : QObject(parent), m_app(app), m_messages(messages),
      m_syncNow(new QAction(tr("S&ync Now"), this))
{
    m_syncNow->setObjectName(QStringLiteral("library.syncNow"));
    m_syncNow->setToolTip(tr("Syncs subscriptions and positions with the sync server"));
    connect(m_syncNow, &QAction::triggered, this, &SyncActions::syncNow);
    connect(&m_app.syncSchedule(), &SyncSchedule::finished, this, &SyncActions::onFinished);
}

void SyncActions::syncNow()
{
    if (!m_app.syncSchedule().isConfigured()) {
        m_messages.showMessage(tr("Sync is not set up: choose a server in Settings ▸ Sync."));
        return;
    }
    m_app.syncSchedule().syncNow();
}

void SyncActions::onFinished(const SyncReport& report)
{
    const QStringList removed = report.subscriptions.removed;
    if (removed.isEmpty())
        return;
    const QString title = m_app.syncEngine().applier().removedShowTitle(removed.first());
    const QString text = removed.size() == 1
                             ? tr("“%1” was unsubscribed on another device and removed here.")
                                   .arg(title.isEmpty() ? removed.first() : title)
                             : tr("%n show(s) unsubscribed on another device were removed here.",
                                  nullptr, int(removed.size()));
    m_messages.showMessage(text, tr("&Undo"), [this, removed] {
        if (!undoRemoval(removed))
            m_messages.showMessage(tr("A removed show could not be subscribed to again: the "
                                      "library could not be written."));
    });
}

bool SyncActions::undoRemoval(const QStringList& feedUrls)
{
    QList<qint64> restored;
    bool ok = true;
    for (const QString& url : feedUrls) {
        if (const auto showId = m_app.syncEngine().applier().undoRemoval(url))
            restored << *showId;
        else
            ok = false;
    }
    if (!restored.isEmpty()) {
        Q_EMIT m_app.library().showsChanged();
        m_app.refresher().refresh(restored); // its episodes come back with its feed
        m_app.syncSchedule().syncNow();      // and the server learns it
    }
    return ok;
}

} // namespace ondes

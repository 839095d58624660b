#include "desktop/desktopnotifier.h"

#include "downloads/downloadmanager.h"
#include "library/library.h"
#include "subscriptions/refresher.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace ondes {

namespace {
const QString kNotificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString kNotificationsPath = QStringLiteral("/org/freedesktop/Notifications");
constexpr int kExpireMs = 8000;
} // namespace

DesktopNotifier::DesktopNotifier(Library& library, const QDBusConnection& connection,
                                 QObject* parent)
    : QObject(parent), m_library(library), m_connection(connection)
{}

void DesktopNotifier::watch(Refresher& refresher)
{
    connect(&refresher, &Refresher::started, this, [this] { m_newEpisodes.clear(); });
    connect(&refresher, &Refresher::showRefreshed, this, [this](qint64 showId, int added) {
        if (added > 0)
            m_newEpisodes[showId] += added;
    });
    connect(&refresher, &Refresher::finished, this, &DesktopNotifier::onRefreshFinished);
}

void DesktopNotifier::watch(DownloadManager& downloads)
{
    connect(&downloads, &DownloadManager::downloadFinished, this, [this](qint64 episodeId) {
        const auto episode = m_library.episode(episodeId);
        if (episode)
            notify(tr("Downloaded"), tr("%1 — %2").arg(episode->title, episode->showTitle));
    });
    connect(&downloads, &DownloadManager::downloadFailed, this,
            [this](qint64 episodeId, const QString& error) {
                const auto episode = m_library.episode(episodeId);
                if (episode)
                    notify(tr("Download failed"), tr("%1: %2").arg(episode->title, error));
            });
}

void DesktopNotifier::onRefreshFinished()
{
    const QHash<qint64, int> added = std::exchange(m_newEpisodes, {});
    if (added.isEmpty())
        return;
    int total = 0;
    QStringList shows;
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        total += it.value();
        if (const auto show = m_library.show(it.key()))
            shows << show->title;
    }
    shows.sort(Qt::CaseInsensitive);
    if (shows.size() > 3)
        shows = shows.mid(0, 3) << tr("and %n other show(s)", nullptr, int(added.size()) - 3);
    notify(tr("%n new episode(s)", nullptr, total), shows.join(QStringLiteral(", ")));
}

bool DesktopNotifier::notify(const QString& summary, const QString& body)
{
    if (!m_connection.isConnected() || !m_connection.interface() ||
        !m_connection.interface()->isServiceRegistered(kNotificationsService).value())
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(
        kNotificationsService, kNotificationsPath, kNotificationsService, QStringLiteral("Notify"));
    // The markup some servers read in the body must not come from a feed.
    QString safeBody = body.toHtmlEscaped();
    call << QStringLiteral("Ondes") << m_lastId << QStringLiteral("ondes") << summary << safeBody
         << QStringList() << QVariantMap{{QStringLiteral("desktop-entry"), QStringLiteral("ondes")}}
         << kExpireMs;
    auto* watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher* pending) {
                const QDBusPendingReply<uint> reply = *pending;
                if (!reply.isError())
                    m_lastId = reply.value();
                pending->deleteLater();
            });
    ++m_sent;
    Q_EMIT notified(summary, safeBody);
    return true;
}

} // namespace ondes

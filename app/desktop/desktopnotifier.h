#pragma once

// DesktopNotifier tells the desktop what happened while the window may be hidden: new episodes
// after a refresh and finished (or failed) downloads, through org.freedesktop.Notifications.
// Without that service (or without a session bus) it does nothing. A refresh of many shows gives
// one notification, not one per show.

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>

namespace ondes {

class DownloadManager;
class Library;
class Refresher;

class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    DesktopNotifier(Library& library, const QDBusConnection& connection, QObject* parent = nullptr);

    void watch(Refresher& refresher);
    void watch(DownloadManager& downloads);

    // Sends one notification; returns false when it could not be sent (no service).
    bool notify(const QString& summary, const QString& body);
    int sentCount() const { return m_sent; }

Q_SIGNALS:
    void notified(const QString& summary, const QString& body);

private:
    void onRefreshFinished();

    Library& m_library;
    QDBusConnection m_connection;
    QHash<qint64, int> m_newEpisodes; // show -> new episodes in the refresh going on
    uint m_lastId = 0;                // replaces the previous notification of the same kind
    int m_sent = 0;
};

} // namespace ondes

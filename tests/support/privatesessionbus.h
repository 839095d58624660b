#pragma once

// A D-Bus session bus of a test's own: a dbus-daemon started for it, on a socket in a
// temporary folder, stopped with it. Nothing else is on it unless the test puts it there.

#include <QDBusConnection>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace ondes::test {

class PrivateSessionBus
{
public:
    PrivateSessionBus();
    ~PrivateSessionBus();
    PrivateSessionBus(const PrivateSessionBus&) = delete;
    PrivateSessionBus& operator=(const PrivateSessionBus&) = delete;

    bool isReady() const { return m_connection.isConnected(); }
    // Why the bus is not ready.
    QString failure() const { return m_failure; }
    QString address() const { return m_address; }
    // A connection of this process to the bus.
    QDBusConnection connection() const { return m_connection; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QString m_failure;
    QDBusConnection m_connection{QString()};
};

} // namespace ondes::test

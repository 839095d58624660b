#pragma once

// A keyring of a test's own: a D-Bus session bus that activates nothing by itself, made this
// process's session bus (DBUS_SESSION_BUS_ADDRESS) before anything in it connects, and on demand
// GNOME Keyring's Secret Service on it, unlocked, keeping its files in a temporary folder. The
// user's own keyring is never touched. Make one before the first secret is read or written (the
// keyring client connects once per process and keeps that bus).

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace ondes::test {

class TestKeyring
{
public:
    TestKeyring();
    ~TestKeyring();
    TestKeyring(const TestKeyring&) = delete;
    TestKeyring& operator=(const TestKeyring&) = delete;

    // The bus runs; empty when it does not, else why.
    QString busFailure() const { return m_failure; }
    // Starts the Secret Service (gnome-keyring-daemon) on the bus; false and failure() if not.
    bool startSecretService();
    QString failure() const { return m_failure; }

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QString m_address;
    QString m_failure;
    qint64 m_keyringPid = 0;
};

} // namespace ondes::test

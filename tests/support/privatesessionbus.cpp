#include "support/privatesessionbus.h"

#include <QDBusError>
#include <QStandardPaths>
#include <QTest>

namespace ondes::test {

namespace {

QString connectionName(const QTemporaryDir& dir)
{
    return QStringLiteral("ondes-test-bus-") + dir.path();
}

} // namespace

PrivateSessionBus::PrivateSessionBus()
{
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty()) {
        m_failure = QStringLiteral("dbus-daemon is missing");
        return;
    }
    m_daemon.start(
        QStringLiteral("dbus-daemon"),
        {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
         QStringLiteral("--print-address=1"),
         QStringLiteral("--address=unix:path=") + m_dir.filePath(QStringLiteral("bus"))});
    // The daemon prints its address once it listens.
    const bool listens =
        m_daemon.waitForStarted(5000) &&
        QTest::qWaitFor(
            [&] { return m_daemon.canReadLine() || m_daemon.state() == QProcess::NotRunning; },
            5000) &&
        m_daemon.canReadLine();
    if (!listens) {
        m_failure = QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString() +
                    QString::fromUtf8(m_daemon.readAllStandardError());
        return;
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    m_connection = QDBusConnection::connectToBus(m_address, connectionName(m_dir));
    if (!m_connection.isConnected())
        m_failure = QStringLiteral("cannot connect to ") + m_address + QStringLiteral(": ") +
                    m_connection.lastError().message();
}

PrivateSessionBus::~PrivateSessionBus()
{
    QDBusConnection::disconnectFromBus(connectionName(m_dir));
    m_daemon.terminate();
    if (!m_daemon.waitForFinished(3000))
        m_daemon.kill();
    m_daemon.waitForFinished(3000);
}

} // namespace ondes::test

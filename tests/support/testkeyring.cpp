#include "support/testkeyring.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

namespace ondes::test {

namespace {

// A session bus without service activation: only what the test starts is on it.
QByteArray busConfig(const QString& socket)
{
    return QByteArrayLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus "
                             "Configuration 1.0//EN\" "
                             "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                             "<busconfig><type>session</type><listen>unix:path=") +
           socket.toUtf8() +
           QByteArrayLiteral("</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                             "<allow send_destination=\"*\" eavesdrop=\"true\"/>"
                             "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy>"
                             "</busconfig>\n");
}

} // namespace

TestKeyring::TestKeyring()
{
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty()) {
        m_failure = QStringLiteral("dbus-daemon is missing (Debian: dbus)");
        return;
    }
    const QString configPath = m_dir.filePath(QStringLiteral("bus.conf"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly) ||
        config.write(busConfig(m_dir.filePath(QStringLiteral("bus")))) < 0) {
        m_failure = QStringLiteral("cannot write ") + configPath;
        return;
    }
    config.close();
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--config-file=") + configPath, QStringLiteral("--nofork"),
                 QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1")});
    const bool listens =
        m_bus.waitForStarted(5000) &&
        QTest::qWaitFor(
            [&] { return m_bus.canReadLine() || m_bus.state() == QProcess::NotRunning; }, 5000) &&
        m_bus.canReadLine();
    if (!listens) {
        m_failure = QStringLiteral("dbus-daemon did not start: ") + m_bus.errorString() +
                    QString::fromUtf8(m_bus.readAllStandardError());
        return;
    }
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    // The keyring client picks its backend by desktop; "other" means the Secret Service.
    qunsetenv("XDG_CURRENT_DESKTOP");
    qunsetenv("DESKTOP_SESSION");
    qunsetenv("KDE_FULL_SESSION");
}

bool TestKeyring::startSecretService()
{
    if (!m_failure.isEmpty())
        return false;
    if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()) {
        m_failure = QStringLiteral("gnome-keyring-daemon is missing (Debian: gnome-keyring)");
        return false;
    }
    QProcess daemon;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir.filePath(QStringLiteral("home"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    daemon.setProcessEnvironment(environment);
    // --unlock reads the new login keyring's password from standard input; --daemonize returns
    // once the daemon runs, printing its control variables (GNOME_KEYRING_PID among them).
    daemon.start(QStringLiteral("gnome-keyring-daemon"),
                 {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"),
                  QStringLiteral("--daemonize")});
    if (!daemon.waitForStarted(5000)) {
        m_failure = QStringLiteral("gnome-keyring-daemon did not start: ") + daemon.errorString();
        return false;
    }
    daemon.write("ondes-test");
    daemon.closeWriteChannel();
    if (!daemon.waitForFinished(10000) || daemon.exitCode() != 0) {
        m_failure = QStringLiteral("gnome-keyring-daemon failed: ") +
                    QString::fromUtf8(daemon.readAllStandardError());
        return false;
    }
    const QString output = QString::fromUtf8(daemon.readAllStandardOutput());
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("GNOME_KEYRING_PID=")))
            m_keyringPid = line.mid(18).toLongLong();
    }
    // The service owns its name once it is ready.
    QDBusConnection bus =
        QDBusConnection::connectToBus(m_address, QStringLiteral("ondes-test-keyring-probe"));
    const bool owned = QTest::qWaitFor(
        [&] {
            return bus.interface() &&
                   bus.interface()
                       ->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"))
                       .value();
        },
        10000);
    QDBusConnection::disconnectFromBus(QStringLiteral("ondes-test-keyring-probe"));
    if (!owned) {
        m_failure = QStringLiteral("the Secret Service did not appear on the test bus");
        return false;
    }
    return true;
}

TestKeyring::~TestKeyring()
{
    if (m_keyringPid > 0)
        ::kill(static_cast<pid_t>(m_keyringPid), SIGTERM);
    m_bus.terminate();
    if (!m_bus.waitForFinished(3000))
        m_bus.kill();
    m_bus.waitForFinished(3000);
}

} // namespace ondes::test

// When the desktop's default sound output changes (headphones plugged in, another device
// chosen in the sound settings), what plays moves to it. A private PulseAudio server with two
// null sinks, a real `ondes play` process, and pactl to switch the default and to see which
// sink the stream plays on.

#include "application.h"
#include "library/library.h"
#include "support/privatesessionbus.h"
#include "support/skiporfail.h"
#include "support/testdatadir.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes::test {
namespace {

class PrivateSoundServer
{
public:
    PrivateSoundServer()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pulseaudio")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pactl")).isEmpty()) {
            m_failure = QStringLiteral("pulseaudio or pactl is missing");
            return;
        }
        m_socket = m_dir.filePath(QStringLiteral("native"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.remove(QStringLiteral("PULSE_SERVER"));
        // Off the session bus: a PulseAudio that finds the bus name org.PulseAudio1 taken (by the
        // desktop's server, or by the one .ci/with-audio starts) exits. An address where no bus
        // listens keeps it off any bus (an unset one would let D-Bus look for the desktop's).
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
        m_server.setProcessEnvironment(env);
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start(
            QStringLiteral("pulseaudio"),
            {QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
             QStringLiteral("--system=false"), QStringLiteral("-n"),
             QStringLiteral("--load=module-native-protocol-unix auth-anonymous=1 socket=") +
                 m_socket,
             QStringLiteral("--load=module-null-sink sink_name=first"),
             QStringLiteral("--load=module-null-sink sink_name=second")});
        m_ready =
            m_server.waitForStarted(5000) &&
            QTest::qWaitFor([&] { return pactl({QStringLiteral("info")}).has_value(); }, 5000);
        if (!m_ready) {
            const QString output = QString::fromUtf8(m_server.readAll()).trimmed();
            m_failure = QStringLiteral("no PulseAudio server could be started (") +
                        m_server.errorString() + QStringLiteral("): ") + output;
        }
    }
    ~PrivateSoundServer()
    {
        m_server.terminate();
        if (!m_server.waitForFinished(3000))
            m_server.kill();
        m_server.waitForFinished(3000);
    }

    bool isReady() const { return m_ready; }
    // Why the server is not ready (with what it printed).
    QString failure() const { return m_failure; }
    QString serverAddress() const { return QStringLiteral("unix:") + m_socket; }

    // pactl's output, or nothing when it fails.
    std::optional<QString> pactl(QStringList arguments) const
    {
        QProcess process;
        process.start(QStringLiteral("pactl"),
                      QStringList{QStringLiteral("-s"), serverAddress()} + arguments);
        if (!process.waitForFinished(5000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0)
            return std::nullopt;
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // The names of the sinks that have a stream playing into them.
    QStringList sinksInUse() const
    {
        QHash<QString, QString> names; // index -> name
        for (const QString& line :
             pactl({QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sinks")})
                 .value_or(QString())
                 .split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(u'\t');
            if (fields.size() >= 2)
                names.insert(fields[0], fields[1]);
        }
        QStringList used;
        for (const QString& line :
             pactl({QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sink-inputs")})
                 .value_or(QString())
                 .split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(u'\t');
            if (fields.size() >= 2)
                used << names.value(fields[1], fields[1]);
        }
        return used;
    }

private:
    QTemporaryDir m_dir;
    QString m_socket;
    QProcess m_server;
    bool m_ready = false;
    QString m_failure;
};

// The positions `ondes play` prints ("position N ms"), read as they come.
class PositionReader
{
public:
    explicit PositionReader(QProcess& process) : m_process(process) {}

    // The last one printed so far; -1 before the first.
    qint64 last()
    {
        static const QRegularExpression line(QStringLiteral("^position (\\d+) ms$"));
        m_pending += m_process.readAllStandardOutput();
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            const auto match = line.match(QString::fromUtf8(m_pending.left(newline)).trimmed());
            m_pending.remove(0, newline + 1);
            if (match.hasMatch())
                m_last = match.captured(1).toLongLong();
        }
        return m_last;
    }

private:
    QProcess& m_process;
    QByteArray m_pending;
    qint64 m_last = -1;
};

TEST(OutputDevice, PlaybackFollowsTheDefaultOutput)
{
    PrivateSoundServer sound;
    if (!sound.isReady())
        ONDES_SKIP_OR_FAIL(sound.failure().toStdString());
    ASSERT_TRUE(sound.pactl({QStringLiteral("set-default-sink"), QStringLiteral("first")}));

    TestDataDir dir;
    qint64 episodeId = 0;
    {
        Application app{dir.paths()};
        ASSERT_TRUE(app.start());
        for (const ShowRow& show : app.library().shows()) {
            for (const EpisodeRow& episode : app.library().episodes(show.id)) {
                if (episode.durationSeconds > 10 && episodeId == 0)
                    episodeId = episode.id;
            }
        }
    }
    ASSERT_GT(episodeId, 0) << "the demo show has no episode over 10 s";

    // `ondes play` keeps the session awake through D-Bus: on a bus of its own, so that it
    // calls no stand-in screensaver of a test running beside this one.
    PrivateSessionBus bus;
    if (!bus.isReady())
        ONDES_SKIP_OR_FAIL(bus.failure().toStdString());
    QProcess ondes;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PULSE_SERVER"), sound.serverAddress());
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus.address());
    ondes.setProcessEnvironment(env);
    ondes.start(QStringLiteral(ONDES_EXECUTABLE),
                {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("play"),
                 QString::number(episodeId)});
    ASSERT_TRUE(ondes.waitForStarted(5000));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return sound.sinksInUse() == QStringList{QStringLiteral("first")}; }, 10000))
        << sound.sinksInUse().join(u',').toStdString();

    ASSERT_TRUE(sound.pactl({QStringLiteral("set-default-sink"), QStringLiteral("second")}));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return sound.sinksInUse() == QStringList{QStringLiteral("second")}; }, 5000))
        << sound.sinksInUse().join(u',').toStdString();
    EXPECT_EQ(ondes.state(), QProcess::Running) << ondes.readAllStandardError().toStdString();

    // Headphones plugged in, then pulled out while playing: the stream goes to them, then back
    // to what remains, and the episode plays on.
    const std::optional<QString> module =
        sound.pactl({QStringLiteral("load-module"), QStringLiteral("module-null-sink"),
                     QStringLiteral("sink_name=headphones")});
    ASSERT_TRUE(module.has_value());
    ASSERT_TRUE(sound.pactl({QStringLiteral("set-default-sink"), QStringLiteral("headphones")}));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return sound.sinksInUse() == QStringList{QStringLiteral("headphones")}; }, 5000))
        << sound.sinksInUse().join(u',').toStdString();
    PositionReader positions(ondes);
    ASSERT_TRUE(QTest::qWaitFor([&] { return positions.last() > 0; }, 10000));
    const qint64 beforeUnplug = positions.last();
    ASSERT_TRUE(sound.pactl({QStringLiteral("unload-module"), module->trimmed()}));
    EXPECT_TRUE(QTest::qWaitFor([&] { return sound.sinksInUse().size() == 1; }, 5000))
        << sound.sinksInUse().join(u',').toStdString();
    EXPECT_TRUE( // still playing
        QTest::qWaitFor([&] { return positions.last() >= beforeUnplug + 1000; }, 5000))
        << positions.last() << " ms, " << beforeUnplug << " ms at the unplug";
    EXPECT_EQ(ondes.state(), QProcess::Running) << ondes.readAllStandardError().toStdString();
    EXPECT_EQ(sound.sinksInUse().size(), 1);

    ondes.terminate();
    ondes.waitForFinished(5000);
}

} // namespace
} // namespace ondes::test

// `ondes` runs its commands without loading Qt GUI, Qt Widgets, Qt Multimedia or GStreamer (the
// window program, ondes-window, has them); without a command it becomes the window program.

#include "support/qtprinters.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes::test {
namespace {

const QStringList kGuiLibraries = {QStringLiteral("libQt6Gui"), QStringLiteral("libQt6Widgets"),
                                   QStringLiteral("libQt6Multimedia"),
                                   QStringLiteral("libgstreamer")};

struct TracedRun
{
    int exitCode = -1;
    QString out;
    QSet<QString> libraries; // every shared object the process loaded, at start or later
};

// Runs `ondes ARGUMENTS…` with the dynamic loader reporting each file it loads (LD_DEBUG=files).
TracedRun runTraced(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ONDES_EXECUTABLE), arguments);
    process.waitForFinished(60000);
    TracedRun run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), {}};
    static const QRegularExpression loaded(QStringLiteral("file=(\\S+)\\s+\\[\\d+\\];"));
    const QString trace = QString::fromUtf8(process.readAllStandardError());
    for (auto match = loaded.globalMatch(trace); match.hasNext();)
        run.libraries << QFileInfo(match.next().captured(1)).fileName();
    return run;
}

std::string namesOf(const QSet<QString>& libraries)
{
    return QStringList(libraries.values()).join(QLatin1Char(' ')).toStdString();
}

QStringList guiLibrariesIn(const QSet<QString>& libraries)
{
    QStringList found;
    for (const QString& library : libraries) {
        for (const QString& gui : kGuiLibraries) {
            if (library.startsWith(gui))
                found << library;
        }
    }
    return found;
}

TEST(HeadlessProgram, VersionLoadsNoGuiLibrary)
{
    const TracedRun run = runTraced({QStringLiteral("--version")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("ondes ")));
    // The trace is read: Qt Core is there.
    EXPECT_TRUE(run.libraries.contains(QStringLiteral("libQt6Core.so.6")))
        << namesOf(run.libraries);
    EXPECT_EQ(guiLibrariesIn(run.libraries), QStringList{});
}

TEST(HeadlessProgram, CommandsOnTheLibraryLoadNoGuiLibrary)
{
    QTemporaryDir data;
    const TracedRun shows =
        runTraced({QStringLiteral("--data-dir"), data.path(), QStringLiteral("shows")});
    ASSERT_EQ(shows.exitCode, 0);
    EXPECT_TRUE(shows.out.contains(QStringLiteral("ondes:demo"))) << shows.out.toStdString();
    // The SQLite driver, a plugin, is loaded while it runs.
    EXPECT_TRUE(shows.libraries.contains(QStringLiteral("libqsqlite.so")))
        << namesOf(shows.libraries);
    EXPECT_EQ(guiLibrariesIn(shows.libraries), QStringList{});

    const TracedRun dump = runTraced(
        {QStringLiteral("dump-feed"), QStringLiteral(ONDES_SOURCE_DIR "/resources/demo/feed.xml")});
    ASSERT_EQ(dump.exitCode, 0);
    EXPECT_TRUE(dump.out.contains(QStringLiteral("\"episodes\"")))
        << dump.out.left(200).toStdString();
    EXPECT_EQ(guiLibrariesIn(dump.libraries), QStringList{});
}

TEST(HeadlessProgram, WithoutACommandItBecomesTheWindowProgram)
{
    QTemporaryDir data;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ONDES_EXECUTABLE), {QStringLiteral("--data-dir"), data.path()});
    ASSERT_TRUE(process.waitForStarted(10000));
    const QString proc = QStringLiteral("/proc/%1/").arg(process.processId());
    // The same process (exec): its program is ondes-window, with the widgets loaded.
    bool widgets = false;
    for (int i = 0; i < 300 && !widgets && process.state() == QProcess::Running; ++i) {
        QFile maps(proc + QStringLiteral("maps"));
        if (maps.open(QIODevice::ReadOnly))
            widgets = maps.readAll().contains("libQt6Widgets.so");
        if (!widgets)
            QTest::qWait(100);
    }
    const QString program = QFileInfo(proc + QStringLiteral("exe")).symLinkTarget();
    process.terminate();
    if (!process.waitForFinished(20000))
        process.kill();
    EXPECT_TRUE(widgets) << process.readAllStandardError().toStdString();
    EXPECT_EQ(QFileInfo(program).fileName(), QStringLiteral("ondes-window"));
}

} // namespace
} // namespace ondes::test

#include "cli/commandline.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes::cli {
namespace {

TEST(CommandLine, NoArgumentsStartsTheWindow)
{
    const CommandLine line = parseCommandLine({});
    EXPECT_TRUE(line.command.isEmpty());
    EXPECT_TRUE(line.error.isEmpty());
    EXPECT_TRUE(line.dataDir.isEmpty());
}

TEST(CommandLine, DataDirBeforeACommand)
{
    const CommandLine line = parseCommandLine(
        {QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"), QStringLiteral("episodes"),
         QStringLiteral("--json")});
    EXPECT_EQ(line.dataDir, QStringLiteral("/tmp/x"));
    EXPECT_EQ(line.command, QStringLiteral("episodes"));
    EXPECT_EQ(line.arguments, QStringList{QStringLiteral("--json")});
}

TEST(CommandLine, MissingDataDirIsAnError)
{
    EXPECT_FALSE(parseCommandLine({QStringLiteral("--data-dir")}).error.isEmpty());
    EXPECT_FALSE(parseCommandLine({QStringLiteral("--data-dir=")}).error.isEmpty());
}

TEST(CommandLine, UnknownOptionIsAnError)
{
    EXPECT_TRUE(parseCommandLine({QStringLiteral("--frobnicate")}).error.contains(
        QStringLiteral("--frobnicate")));
}

QStringList filesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// Runs the real ondes with an empty HOME and no XDG variables, so anything written outside
// --data-dir would land in HOME.
struct IsolatedRun
{
    QTemporaryDir home;
    QTemporaryDir data;

    QProcess* start(const QStringList& arguments)
    {
        auto* process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        for (const char* name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                                 "XDG_STATE_HOME"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(ONDES_EXECUTABLE),
                       QStringList{QStringLiteral("--data-dir"), data.path()} + arguments);
        return process;
    }
};

TEST(DataDir, CommandWritesNothingOutsideIt)
{
    IsolatedRun run;
    std::unique_ptr<QProcess> process(run.start({QStringLiteral("shows")}));
    ASSERT_TRUE(process->waitForFinished(30000));
    EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
    EXPECT_TRUE(process->readAllStandardOutput().contains("Guichets ferm"));
    EXPECT_EQ(filesUnder(run.home.path()), QStringList());
    EXPECT_TRUE(QFileInfo::exists(run.data.path() + QStringLiteral("/data/library.sqlite")));
}

TEST(DataDir, WindowWritesNothingOutsideIt)
{
    IsolatedRun run;
    std::unique_ptr<QProcess> process(run.start({}));
    ASSERT_TRUE(process->waitForStarted(10000));
    // Let the window come up and the library be written, then ask it to quit.
    QTest::qWait(2500);
    EXPECT_EQ(process->state(), QProcess::Running) << process->readAllStandardError().toStdString();
    process->terminate();
    ASSERT_TRUE(process->waitForFinished(15000));
    EXPECT_EQ(filesUnder(run.home.path()), QStringList());
    EXPECT_TRUE(QFileInfo::exists(run.data.path() + QStringLiteral("/data/library.sqlite")));
}

TEST(Version, PrintsTheProjectVersion)
{
    QProcess process;
    process.start(QStringLiteral(ONDES_EXECUTABLE), {QStringLiteral("--version")});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 0);
    EXPECT_EQ(process.readAllStandardOutput().trimmed(), versionText().toUtf8());
}

} // namespace
} // namespace ondes::cli

#include "cli/commandline.h"
#include "library/settings.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    const CommandLine line =
        parseCommandLine({QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"),
                          QStringLiteral("episodes"), QStringLiteral("--json")});
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
    EXPECT_TRUE(parseCommandLine({QStringLiteral("--frobnicate")})
                    .error.contains(QStringLiteral("--frobnicate")));
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
        for (const char* name :
             {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
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

namespace ondes::cli {
namespace {

TEST(DumpFeed, PrintsWhoSpeaksWithTheSource)
{
    QProcess process;
    process.start(
        QStringLiteral(ONDES_EXECUTABLE),
        {QStringLiteral("dump-feed"), QStringLiteral(ONDES_SOURCE_DIR "/resources/demo/feed.xml")});
    ASSERT_TRUE(process.waitForFinished(20000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QJsonArray episodes = QJsonDocument::fromJson(process.readAllStandardOutput())
                                    .object()
                                    .value(QStringLiteral("episodes"))
                                    .toArray();
    ASSERT_EQ(episodes.size(), 5);
    // Episode 4 names its guests only in its description.
    const QJsonArray described =
        episodes.at(0).toObject().value(QStringLiteral("ondes_speakers")).toArray();
    ASSERT_EQ(described.size(), 2);
    EXPECT_EQ(described.at(0).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Nadia Benali"));
    EXPECT_TRUE(described.at(0)
                    .toObject()
                    .value(QStringLiteral("role"))
                    .toString()
                    .startsWith(QStringLiteral("maîtresse de conférences")));
    EXPECT_EQ(described.at(0).toObject().value(QStringLiteral("source")).toString(),
              QStringLiteral("description"));
    // Episode 1 names them with podcast:person.
    const QJsonArray tagged =
        episodes.at(3).toObject().value(QStringLiteral("ondes_speakers")).toArray();
    ASSERT_EQ(tagged.size(), 3);
    EXPECT_EQ(tagged.at(0).toObject().value(QStringLiteral("source")).toString(),
              QStringLiteral("feed"));
    EXPECT_EQ(tagged.at(0).toObject().value(QStringLiteral("role")).toString(),
              QStringLiteral("host"));
}

} // namespace
} // namespace ondes::cli

namespace ondes::cli {
namespace {

TEST(PeopleCommands, ListPeopleAndTheirEpisodes)
{
    QTemporaryDir data;
    QProcess people;
    people.start(QStringLiteral(ONDES_EXECUTABLE),
                 {QStringLiteral("--data-dir"), data.path(), QStringLiteral("people")});
    ASSERT_TRUE(people.waitForFinished(20000));
    const QString listed = QString::fromUtf8(people.readAllStandardOutput());
    EXPECT_TRUE(listed.contains(QStringLiteral("Élise Marchand\t4 episodes\t1 shows")))
        << listed.toStdString();
    // Named by podcast:person in one episode and only in the description of another.
    EXPECT_TRUE(listed.contains(QStringLiteral("Nadia Benali\t2 episodes")))
        << listed.toStdString();

    QProcess episodes;
    episodes.start(QStringLiteral(ONDES_EXECUTABLE),
                   {QStringLiteral("--data-dir"), data.path(), QStringLiteral("episodes"),
                    QStringLiteral("--person"), QStringLiteral("nadia benali")});
    ASSERT_TRUE(episodes.waitForFinished(20000));
    const QString found = QString::fromUtf8(episodes.readAllStandardOutput());
    EXPECT_EQ(found.count(QLatin1Char('\n')), 2) << found.toStdString();
    EXPECT_TRUE(found.contains(QStringLiteral("Conseiller à distance")));
    EXPECT_TRUE(found.contains(QStringLiteral("Quand le guichet devient un écran")));

    QProcess nobody;
    nobody.start(QStringLiteral(ONDES_EXECUTABLE),
                 {QStringLiteral("--data-dir"), data.path(), QStringLiteral("episodes"),
                  QStringLiteral("--person"), QStringLiteral("Personne Inconnue")});
    ASSERT_TRUE(nobody.waitForFinished(20000));
    EXPECT_EQ(nobody.exitCode(), 1);
    EXPECT_FALSE(nobody.readAllStandardError().isEmpty());
}

} // namespace
} // namespace ondes::cli

namespace ondes::test {
namespace {

TEST(ConfigCommand, ListsReadsChangesAndUnsetsSettings)
{
    TestDataDir dir;
    const auto run = [&dir](const QStringList& arguments, QString* out = nullptr) {
        QProcess process;
        process.start(
            QStringLiteral(ONDES_EXECUTABLE),
            QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("config")} +
                arguments);
        EXPECT_TRUE(process.waitForFinished(10000));
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        return process.exitCode();
    };
    QString out;
    EXPECT_EQ(run({QStringLiteral("downloads/parallel")}), 1); // not set: the default applies
    EXPECT_EQ(run({QStringLiteral("downloads/parallel"), QStringLiteral("3")}), 0);
    EXPECT_EQ(run({QStringLiteral("downloads/parallel")}, &out), 0);
    EXPECT_EQ(out, QStringLiteral("3"));
    EXPECT_EQ(run({}, &out), 0);
    EXPECT_TRUE(out.contains(QStringLiteral("downloads/parallel=3"))) << out.toStdString();
    {
        Settings settings(dir.paths().settingsPath());
        EXPECT_EQ(settings.parallelDownloads(), 3);
    }
    EXPECT_EQ(run({QStringLiteral("--unset"), QStringLiteral("downloads/parallel")}), 0);
    EXPECT_EQ(run({QStringLiteral("downloads/parallel")}), 1);
    EXPECT_EQ(run({QStringLiteral("not a key"), QStringLiteral("1")}), 2);
}

} // namespace
} // namespace ondes::test

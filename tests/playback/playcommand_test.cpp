#include "application.h"
#include "library/library.h"
#include "playback/playbacktestsupport.h"
#include "playback/playprocess.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>
#include <iostream>

namespace ondes {
namespace {

using test::demoEpisodeId;
using test::PlayProcess;

TEST(PlayCommand, ResumesWhereTheLastProcessStopped)
{
    test::TestDataDir dir;
    const qint64 episodeId = demoEpisodeId(dir, 0);
    ASSERT_GT(episodeId, 0);

    PlayProcess first(dir.path(), episodeId, {QStringLiteral("--for"), QStringLiteral("2.5")});
    ASSERT_TRUE(first.waitFinished(15000));
    EXPECT_EQ(first.process().exitCode(), 0)
        << first.process().readAllStandardError().toStdString();
    const qint64 stoppedAt = first.numberAfter(QStringLiteral("stopped at "));
    EXPECT_GE(stoppedAt, 1500) << first.lines().join(QLatin1Char('\n')).toStdString();

    PlayProcess second(dir.path(), episodeId, {QStringLiteral("--for"), QStringLiteral("1")});
    ASSERT_TRUE(second.waitFinished(15000));
    EXPECT_EQ(second.numberAfter(QStringLiteral("playing ")), episodeId);
    const QString announced = second.lines().value(0);
    EXPECT_TRUE(announced.endsWith(QStringLiteral("from %1 ms").arg(stoppedAt)))
        << announced.toStdString();
    // It went on from there: the second run ends past the first one's stop.
    EXPECT_GT(second.numberAfter(QStringLiteral("stopped at ")), stoppedAt + 300)
        << second.lines().join(QLatin1Char('\n')).toStdString();
    const qint64 latency = second.numberAfter(QStringLiteral("sounding after "));
    std::cout << "[ latency ] ondes play, local ogg with resume: " << latency << " ms\n";
}

TEST(PlayCommand, KillNineLosesAtMostTwoSeconds)
{
    test::TestDataDir dir;
    const qint64 episodeId = demoEpisodeId(dir, 2);
    ASSERT_GT(episodeId, 0);

    PlayProcess child(dir.path(), episodeId);
    // Kill it at an arbitrary moment past 3.5 s, between two saves.
    ASSERT_TRUE(QTest::qWaitFor([&] { return child.lastPosition() >= 3500; }, 15000))
        << child.lines().join(QLatin1Char('\n')).toStdString();
    QTest::qWait(600);
    ::kill(static_cast<pid_t>(child.process().processId()), SIGKILL);
    ASSERT_TRUE(child.waitFinished(5000));
    EXPECT_EQ(child.process().exitStatus(), QProcess::CrashExit);
    // Read once it died: all it printed, also what the test had not yet read when it killed it
    // (under load that lag put a save 304 ms ahead of the last position the test had read).
    const qint64 lastPrinted = child.lastPosition();

    Application app{dir.paths()};
    ASSERT_TRUE(app.start()) << app.errorString().toStdString();
    const qint64 saved = app.library().position(episodeId);
    const qint64 lost = lastPrinted - saved;
    std::cout << "[ kill -9 ] last printed " << lastPrinted << " ms, saved " << saved
              << " ms, lost " << lost << " ms\n";
    RecordProperty("lost_ms", static_cast<int>(lost));
    EXPECT_GT(saved, 0);
    EXPECT_LE(lost, 2000);
    EXPECT_GE(lost, -300); // nothing saved ahead of what was played
}

TEST(PlayCommand, RejectsBadArguments)
{
    test::TestDataDir dir;
    QProcess process;
    process.start(QStringLiteral(ONDES_EXECUTABLE),
                  {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("play")});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 2);
    process.start(QStringLiteral(ONDES_EXECUTABLE),
                  {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("play"),
                   QStringLiteral("999999")});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(process.readAllStandardError().contains("no episode 999999"));
}

} // namespace
} // namespace ondes

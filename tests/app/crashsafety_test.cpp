// Crash safety with real processes: `ondes` is killed with SIGKILL at random moments while it
// merges a refresh, downloads, or plays, twenty times each. The library must pass SQLite's
// integrity check and hold either the old or the new state of a show, a download must end with
// the right bytes, and playback must lose at most 2 seconds of position.

#include "application.h"
#include "library/database.h"
#include "library/library.h"
#include "playback/positionkeeper.h"
#include "support/feedbuilder.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>
#include <iostream>

namespace ondes::test {
namespace {

constexpr int kKills = 20;

// Starts ondes, lets it run for delayMs (or until it ends), kills it; true when it was killed.
bool runAndKill(const TestDataDir& dir, const QStringList& arguments, int delayMs)
{
    QProcess process;
    process.start(QStringLiteral(ONDES_EXECUTABLE), withDataDir(dir, arguments));
    if (!process.waitForStarted(5000))
        return false;
    if (process.waitForFinished(delayMs))
        return false; // done before the kill
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(5000);
    return process.exitStatus() == QProcess::CrashExit;
}

// Starts ondes, waits until started() says the work is under way (however slow the start, as
// under the sanitizers), lets it run delayMs more and kills it. True when it was killed.
template <typename Started>
bool runAndKillOnceStarted(const TestDataDir& dir, const QStringList& arguments, Started started,
                           int delayMs)
{
    QProcess process;
    process.start(QStringLiteral(ONDES_EXECUTABLE), withDataDir(dir, arguments));
    if (!process.waitForStarted(5000))
        return false;
    if (!QTest::qWaitFor([&] { return started() || process.state() == QProcess::NotRunning; },
                         30000) ||
        process.state() == QProcess::NotRunning || process.waitForFinished(delayMs))
        return false; // done before the kill
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(5000);
    return process.exitStatus() == QProcess::CrashExit;
}

// Opens the library file read-only on its own connection and runs f on it.
template <typename F> void inspect(const TestDataDir& dir, F f)
{
    const QString name = QStringLiteral("inspect-%1").arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.paths().databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ASSERT_TRUE(db.open());
        f(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int episodeCount(const QSqlDatabase& db, const QString& showTitle)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM episodes e JOIN shows s ON s.id = e.show_id "
                             "WHERE s.title = ?"));
    q.addBindValue(showTitle);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

TEST(CrashSafety, KilledRefreshesLeaveTheOldOrTheNewShowNeverAMix)
{
    TestDataDir dir;
    TestHttpServer server;
    FeedSpec small;
    small.title = QStringLiteral("Crash radio");
    small.episodes = 300;
    FeedSpec large = small;
    large.episodes = 5000; // the same 300 and 4,700 newer ones
    const QByteArray smallFeed = buildFeed(small);
    const QByteArray largeFeed = buildFeed(large);
    server.setRoute(QStringLiteral("/feed.xml"), Route::text(smallFeed, "application/rss+xml"));

    QProcess subscribe;
    subscribe.start(QStringLiteral(ONDES_EXECUTABLE),
                    withDataDir(dir, {QStringLiteral("subscribe"),
                                      server.url(QStringLiteral("/feed.xml")).toString()}));
    ASSERT_TRUE(subscribe.waitForFinished(30000));
    ASSERT_EQ(subscribe.exitCode(), 0) << subscribe.readAllStandardError().constData();

    // Each round serves the other version, so that every refresh has a big merge to do.
    int expected = small.episodes;
    int killed = 0;
    int completed = 0;
    for (int round = 0; round < kKills; ++round) {
        const bool growing = expected == small.episodes;
        server.setRoute(QStringLiteral("/feed.xml"),
                        Route::text(growing ? largeFeed : smallFeed, "application/rss+xml"));
        const int delay = QRandomGenerator::global()->bounded(40, 700);
        if (runAndKill(dir, {QStringLiteral("refresh")}, delay))
            ++killed;
        inspect(dir, [&](const QSqlDatabase& db) {
            QSqlQuery check(db);
            ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok")) << "round " << round;
            const int count = episodeCount(db, small.title);
            EXPECT_TRUE(count == small.episodes || count == large.episodes)
                << "round " << round << ": " << count << " episodes after a kill at " << delay
                << " ms";
            if (count != expected) {
                ++completed;
                expected = count;
            }
        });
    }
    std::cout << "[ crash ] refresh: " << killed << " kills, " << completed
              << " refreshes completed before the kill\n";
    EXPECT_GE(killed, kKills / 4); // kills landed while it ran
}

TEST(CrashSafety, KilledDownloadsResumeToTheRightBytes)
{
    constexpr qint64 size = 4'000'000;
    TestDataDir dir;
    TestHttpServer server;
    Route paced = Route::generated(size, "audio/mpeg");
    paced.etag = "one";
    paced.bytesPerSecond = 4'000'000;
    server.setRoute(QStringLiteral("/long.mp3"), paced);
    qint64 episodeId = 0;
    {
        Application app{dir.paths()};
        ASSERT_TRUE(app.start());
        ParsedFeed feed;
        feed.title = QStringLiteral("Crash downloads");
        ParsedEpisode episode;
        episode.guid = QStringLiteral("long");
        episode.title = QStringLiteral("Long one");
        episode.enclosures << Enclosure{server.url(QStringLiteral("/long.mp3")).toString(),
                                        QStringLiteral("audio/mpeg"), size};
        feed.episodes << episode;
        const auto stored = app.library().storeFeed(QStringLiteral("https://crash.test/feed"),
                                                    ShowKind::Feed, feed);
        ASSERT_TRUE(stored.has_value());
        episodeId = app.library().episodes(stored->showId).value(0).id;
    }

    int killed = 0;
    for (int round = 0; round < kKills; ++round) {
        const int delay = QRandomGenerator::global()->bounded(40, 160);
        // The id every time: a run killed before it queued the episode must not leave the next
        // ones with an empty queue. The kill lands during the transfer, however long the process
        // takes to start (under the sanitizers, longer than the delay).
        const QStringList arguments{QStringLiteral("download"), QString::number(episodeId)};
        const qsizetype before = server.requests(QStringLiteral("/long.mp3")).size();
        const auto transferring = [&] {
            return server.requests(QStringLiteral("/long.mp3")).size() > before;
        };
        if (runAndKillOnceStarted(dir, arguments, transferring, delay))
            ++killed;
        const QString part = findPart(dir.path() + QStringLiteral("/Podcasts"));
        if (!part.isEmpty()) {
            // Whatever is in the partial file is a true prefix of the episode.
            QFile file(part);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            EXPECT_EQ(bytes, patternBytes(0, bytes.size())) << "round " << round;
        }
    }
    QProcess last;
    last.start(QStringLiteral(ONDES_EXECUTABLE),
               withDataDir(dir, {QStringLiteral("download"), QString::number(episodeId)}));
    ASSERT_TRUE(last.waitForFinished(60000));
    EXPECT_EQ(last.exitCode(), 0) << last.readAllStandardError().constData();

    Application app{dir.paths()};
    ASSERT_TRUE(app.start());
    const QString file = app.library().episode(episodeId)->localFile;
    QFile result(file);
    ASSERT_TRUE(result.open(QIODevice::ReadOnly)) << file.toStdString();
    EXPECT_EQ(QCryptographicHash::hash(result.readAll(), QCryptographicHash::Sha256),
              QCryptographicHash::hash(patternBytes(0, size), QCryptographicHash::Sha256));
    // Resumes, not restarts: far fewer bytes were sent than 20 whole downloads.
    qint64 requestsWithRange = 0;
    for (const RecordedRequest& request : server.requests(QStringLiteral("/long.mp3")))
        requestsWithRange += request.header("Range").isEmpty() ? 0 : 1;
    std::cout << "[ crash ] download: " << killed << " kills, "
              << server.requests(QStringLiteral("/long.mp3")).size() << " requests, "
              << requestsWithRange << " with Range\n";
    EXPECT_GE(killed, kKills / 2);
    EXPECT_GE(requestsWithRange, killed / 2);
}

TEST(CrashSafety, KilledPlaybackLosesAtMostTwoSeconds)
{
    TestDataDir dir;
    qint64 episodeId = 0;
    {
        Application app{dir.paths()};
        ASSERT_TRUE(app.start());
        // The demo show's longest clip.
        qint64 longest = 0;
        for (const ShowRow& show : app.library().shows()) {
            for (const EpisodeRow& episode : app.library().episodes(show.id)) {
                if (episode.durationSeconds > longest) {
                    longest = episode.durationSeconds;
                    episodeId = episode.id;
                }
            }
        }
    }
    ASSERT_GT(episodeId, 0);
    static const QRegularExpression positionLine(QStringLiteral("^position (\\d+) ms$"));
    qint64 worst = 0;
    for (int round = 0; round < kKills; ++round) {
        QProcess process;
        process.start(QStringLiteral(ONDES_EXECUTABLE),
                      withDataDir(dir, {QStringLiteral("play"), QString::number(episodeId)}));
        ASSERT_TRUE(process.waitForStarted(5000));
        qint64 lastPrinted = -1;
        QByteArray pending;
        const auto readPositions = [&] {
            pending += process.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(pending.left(newline)).trimmed();
                pending.remove(0, newline + 1);
                if (const auto match = positionLine.match(line); match.hasMatch())
                    lastPrinted = match.captured(1).toLongLong();
            }
        };
        // Until it sounds, then a random moment within the next two periods of the position's
        // save: before the first save and at every phase of the period after it.
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                readPositions();
                return lastPrinted >= 0;
            },
            15000))
            << "round " << round;
        QTest::qWait(
            QRandomGenerator::global()->bounded(100, 100 + 2 * PositionKeeper::kIntervalMs));
        readPositions();
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(5000);
        if (process.exitStatus() != QProcess::CrashExit)
            continue; // it reached the end first
        Application app{dir.paths()};
        ASSERT_TRUE(app.start());
        const qint64 saved = app.library().position(episodeId);
        const auto episode = app.library().episode(episodeId);
        if (episode->played)
            continue;
        EXPECT_LE(lastPrinted - saved, 2000) << "round " << round;
        EXPECT_GE(lastPrinted - saved, -300) << "round " << round;
        worst = qMax(worst, lastPrinted - saved);
        // Start the next round from the beginning so that it has time to play.
        app.library().savePosition(episodeId, 0);
    }
    std::cout << "[ crash ] playback: worst loss " << worst << " ms over " << kKills << " kills\n";
}

TEST(CrashSafety, KilledSettingsChangesLeaveAReadableFile)
{
    TestDataDir dir;
    const QString key = QStringLiteral("playback/skipForwardMs");
    // A settings file with a few sections, as a real one has.
    {
        QSettings settings(dir.paths().settingsPath(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("playback/volume"), 0.7);
        settings.setValue(QStringLiteral("window/geometry"), QByteArray(2000, 'g'));
        settings.setValue(key, 30000);
    }
    QString previous = QStringLiteral("30000");
    int killed = 0;
    for (int round = 0; round < kKills; ++round) {
        const QString next = QString::number(10000 + round * 1000);
        if (runAndKill(dir, {QStringLiteral("config"), key, next},
                       QRandomGenerator::global()->bounded(2, 40)))
            ++killed;
        QSettings settings(dir.paths().settingsPath(), QSettings::IniFormat);
        ASSERT_EQ(settings.status(), QSettings::NoError) << "round " << round;
        const QString value = settings.value(key).toString();
        EXPECT_TRUE(value == previous || value == next)
            << "round " << round << ": " << value.toStdString();
        EXPECT_EQ(settings.value(QStringLiteral("playback/volume")).toDouble(), 0.7);
        EXPECT_EQ(settings.value(QStringLiteral("window/geometry")).toByteArray().size(), 2000);
        previous = value;
    }
    std::cout << "[ crash ] settings: " << killed << " kills\n";
}

} // namespace
} // namespace ondes::test

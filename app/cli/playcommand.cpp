#include "cli/playcommand.h"

#include "application.h"
#include "cli/output.h"
#include "desktop/quitsignals.h"
#include "library/library.h"
#include "playback/player.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace ondes::cli {

namespace {

int usageError(const QString& message)
{
    printError(QStringLiteral("ondes play: ") + message);
    printError(QStringLiteral("usage: ondes play EPISODE_ID [--for SECONDS]"));
    return 2;
}

} // namespace

int playEpisode(const QString& dataDir, const QStringList& arguments)
{
    qint64 episodeId = 0;
    double seconds = -1;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        bool ok = false;
        if (arg == QLatin1String("--for")) {
            if (i + 1 >= arguments.size())
                return usageError(QStringLiteral("--for needs a number of seconds"));
            seconds = arguments.at(++i).toDouble(&ok);
            if (!ok || seconds < 0)
                return usageError(QStringLiteral("--for needs a number of seconds"));
        } else {
            const qint64 id = arg.toLongLong(&ok);
            if (episodeId || !ok || id <= 0)
                return usageError(QStringLiteral("unexpected argument %1").arg(arg));
            episodeId = id;
        }
    }
    if (episodeId <= 0)
        return usageError(QStringLiteral("which episode? (see ondes episodes)"));

    Application app{DataPaths(dataDir)};
    if (!app.start()) {
        printError(QStringLiteral("ondes: ") + app.errorString());
        return 1;
    }
    const auto episode = app.library().episode(episodeId);
    if (!episode) {
        printError(QStringLiteral("ondes play: no episode %1").arg(episodeId));
        return 1;
    }
    QuitSignals quitSignals;
    app.setAutoAdvanceAllowed(false);
    app.enableDesktopIntegration();
    QObject::connect(&app, &Application::quitRequested, qApp, &QCoreApplication::quit);

    Player& player = app.player();
    int exitCode = 0;
    QElapsedTimer clock;
    qint64 lastPrinted = -1;
    QObject::connect(&player, &Player::positionChanged, &app, [&](qint64 positionMs) {
        // Every quarter of a second is plenty for a reader, and cheap.
        if (lastPrinted >= 0 && qAbs(positionMs - lastPrinted) < 250)
            return;
        lastPrinted = positionMs;
        printLine(QStringLiteral("position %1 ms").arg(positionMs));
    });
    // The first position past the starting point is the first sound the listener hears.
    qint64 startMs = -1;
    QObject::connect(&player, &Player::positionChanged, &app, [&](qint64 positionMs) {
        if (startMs >= 0 && positionMs > startMs && player.isPlaying()) {
            printLine(QStringLiteral("sounding after %1 ms").arg(clock.elapsed()));
            startMs = -1;
        }
    });
    QObject::connect(&player, &Player::finished, &app, [&](qint64) {
        printLine(QStringLiteral("finished"));
        QCoreApplication::quit();
    });
    QObject::connect(&player, &Player::errorOccurred, &app, [&](const QString& message) {
        printError(QStringLiteral("ondes play: ") + message);
        exitCode = 1;
        QCoreApplication::quit();
    });
    if (seconds >= 0) {
        QTimer::singleShot(static_cast<int>(seconds * 1000), &app, [&] {
            player.pause();
            QCoreApplication::quit();
        });
    }

    printLine(QStringLiteral("playing %1 \"%2\" from %3 ms")
                  .arg(episodeId)
                  .arg(episode->title)
                  .arg(episode->played ? 0 : episode->positionMs));
    clock.start();
    if (!player.play(episodeId))
        return 1;
    startMs = player.position();
    QCoreApplication::exec();
    QObject::disconnect(&player, nullptr, &app, nullptr);
    const qint64 stoppedAt = player.position();
    app.shutdown();
    if (exitCode == 0 && player.currentEpisode())
        printLine(QStringLiteral("stopped at %1 ms").arg(stoppedAt));
    return exitCode;
}

} // namespace ondes::cli

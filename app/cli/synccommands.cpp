#include "cli/synccommands.h"

#include "application.h"
#include "cli/output.h"
#include "cli/secretprompt.h"
#include "library/settings.h"
#include "secrets/secretstore.h"
#include "sync/syncengine.h"
#include "syncschedule.h"

#include <QDateTime>
#include <QEventLoop>

namespace ondes::cli {

namespace {

QString syncUsage()
{
    return QStringLiteral(
        "usage: ondes sync [--password-stdin] | --status | --undo URL |\n"
        "       ondes sync --login URL USER [--nextcloud] [--device NAME] [--allow-http]");
}

void printReport(const SyncReport& report)
{
    printLine(QStringLiteral("Sent %1 and %2.")
                  .arg(counted(report.sentSubscriptionChanges, "subscription change",
                               "subscription changes"),
                       counted(report.sentEpisodeActions, "episode action", "episode actions")));
    if (!report.subscriptions.addedShowIds.isEmpty())
        printLine(
            QStringLiteral("Subscribed elsewhere: %1 (`ondes refresh` fetches their "
                           "episodes).")
                .arg(counted(report.subscriptions.addedShowIds.size(), "new show", "new shows")));
    for (const QString& url : report.subscriptions.removed)
        printLine(QStringLiteral("Unsubscribed elsewhere, removed here: %1 (undo: ondes sync "
                                 "--undo %1)")
                      .arg(url));
    const ActionsApplied& actions = report.actions;
    printLine(QStringLiteral("Received: %1 moved, %2 played, %3 unplayed; %4 older than here, "
                             "%5 not in the library.")
                  .arg(counted(actions.positions, "position", "positions"))
                  .arg(actions.played)
                  .arg(actions.unplayed)
                  .arg(actions.stale)
                  .arg(actions.unmatched));
    if (report.rejected > 0)
        printLine(QStringLiteral("Refused %1 from the server (not http or https).")
                      .arg(counted(report.rejected, "address", "addresses")));
}

int runSync(Application& app, const QString& password)
{
    SyncSchedule& schedule = app.syncSchedule();
    SyncReport report;
    QEventLoop loop;
    QObject::connect(&schedule, &SyncSchedule::finished, &loop, [&](const SyncReport& r) {
        report = r;
        loop.quit();
    });
    if (password.isNull())
        schedule.syncNow();
    else
        app.syncEngine().sync(schedule.request(password));
    loop.exec();
    if (!report.ok()) {
        printError(QStringLiteral("ondes sync: ") + report.error);
        return 1;
    }
    printReport(report);
    return 0;
}

int printStatus(Application& app)
{
    const SyncSettings settings = app.settings().syncSettings();
    if (settings.service.isEmpty()) {
        printLine(QStringLiteral("Sync is not set up (ondes sync --login URL USER)."));
        return 0;
    }
    SyncStore& store = app.syncEngine().store();
    const auto account = store.account();
    printLine(QStringLiteral("Service: %1").arg(settings.service));
    printLine(QStringLiteral("Server: %1").arg(settings.server));
    printLine(QStringLiteral("User: %1").arg(settings.user));
    printLine(
        QStringLiteral("Device: %1")
            .arg(SyncEngine::deviceIdFor(settings.deviceName.isEmpty() ? QStringLiteral("Ondes")
                                                                       : settings.deviceName)));
    printLine(QStringLiteral("Last sync: %1")
                  .arg(account && account->lastSync > 0
                           ? QDateTime::fromSecsSinceEpoch(account->lastSync).toString(Qt::ISODate)
                           : QStringLiteral("never")));
    if (account && !account->lastError.isEmpty())
        printLine(QStringLiteral("Last error: %1").arg(account->lastError));
    printLine(QStringLiteral("Waiting to be sent: %1").arg(store.pendingCount()));
    const QStringList removed = app.syncEngine().applier().removedShows();
    for (const QString& url : removed)
        printLine(QStringLiteral("Removed by another device: %1").arg(url));
    return 0;
}

int login(Application& app, const QStringList& arguments)
{
    SyncSettings settings = app.settings().syncSettings();
    settings.service = QStringLiteral("gpodder");
    settings.allowPlainHttp = false;
    QStringList positional;
    bool understood = true;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--nextcloud"))
            settings.service = QStringLiteral("nextcloud");
        else if (arg == QLatin1String("--allow-http"))
            settings.allowPlainHttp = true;
        else if (arg == QLatin1String("--device") && i + 1 < arguments.size())
            settings.deviceName = arguments.at(++i);
        else if (!arg.startsWith(QLatin1Char('-')))
            positional << arg;
        else
            understood = false;
    }
    if (!understood || positional.size() != 2) {
        printError(syncUsage());
        return 2;
    }
    settings.server = positional.at(0);
    settings.user = positional.at(1);
    const QString password = readSecretLine(QStringLiteral("Password for %1: ").arg(settings.user));
    if (password.isEmpty()) {
        printError(QStringLiteral("ondes sync: no password given"));
        return 2;
    }
    app.settings().setSyncSettings(settings);
    app.settings().sync();
    const SecretResult stored = SecretStore().writeNow(SyncSchedule::passwordKey(), password);
    if (!stored.ok())
        printError(QStringLiteral("ondes sync: the password could not be kept in the keyring "
                                  "(%1); give it with --password-stdin on each sync.")
                       .arg(stored.error));
    return runSync(app, password);
}

} // namespace

int sync(const QString& dataDir, const QStringList& arguments)
{
    Application app{DataPaths(dataDir)};
    if (!startApplication(app))
        return 1;
    if (arguments.value(0) == QLatin1String("--login"))
        return login(app, arguments.mid(1));
    if (arguments == QStringList{QStringLiteral("--status")})
        return printStatus(app);
    if (arguments.size() == 2 && arguments.at(0) == QLatin1String("--undo")) {
        if (!app.syncEngine().applier().undoRemoval(arguments.at(1))) {
            printError(QStringLiteral("ondes sync: %1 was not removed by another device")
                           .arg(arguments.at(1)));
            return 1;
        }
        printLine(QStringLiteral("Subscribed again to %1; the server is told on the next sync.")
                      .arg(arguments.at(1)));
        return 0;
    }
    if (!arguments.isEmpty() && arguments != QStringList{QStringLiteral("--password-stdin")}) {
        printError(syncUsage());
        return 2;
    }
    if (!app.syncSchedule().isConfigured()) {
        printError(QStringLiteral("ondes sync: sync is not set up (ondes sync --login URL USER)"));
        return 1;
    }
    return runSync(app,
                   arguments.isEmpty() ? QString() : readSecretLine(QStringLiteral("Password: ")));
}

} // namespace ondes::cli

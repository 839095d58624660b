#include "cli/subscriptioncommands.h"

#include "application.h"
#include "cli/output.h"
#include "feed/opml.h"
#include "library/library.h"
#include "subscriptions/foldershows.h"
#include "subscriptions/refresher.h"
#include "subscriptions/subscriber.h"
#include "subscriptions/subscriptionlist.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ondes::cli {

namespace {

// Runs the refresher until it is done, printing a line a show.
int runRefresh(Application& app, const QList<qint64>& showIds)
{
    Refresher& refresher = app.refresher();
    QEventLoop loop;
    int failures = 0;
    QObject::connect(
        &refresher, &Refresher::showRefreshed, &loop, [&app](qint64 showId, int added) {
            const auto show = app.library().show(showId);
            printLine(QStringLiteral("%1: %2").arg(show ? show->title : QString::number(showId),
                                                   counted(added, "new episode", "new episodes")));
        });
    QObject::connect(
        &refresher, &Refresher::showFailed, &loop, [&app](qint64 showId, const QString& error) {
            const auto show = app.library().show(showId);
            printError(
                QStringLiteral("%1: %2").arg(show ? show->title : QString::number(showId), error));
        });
    QObject::connect(&refresher, &Refresher::finished, &loop, [&loop, &failures](int failed) {
        failures = failed;
        loop.quit();
    });
    refresher.refresh(showIds);
    if (refresher.isBusy())
        loop.exec();
    return failures == 0 ? 0 : 1;
}

// A local folder of audio files becomes a show.
int addFolder(Application& app, const QString& folder)
{
    FolderShows& folders = app.folderShows();
    QEventLoop loop;
    int code = 1;
    QObject::connect(&folders, &FolderShows::scanned, &loop, [&](qint64 showId, int added, int) {
        const auto show = app.library().show(showId);
        printLine(QStringLiteral("Added the folder %1 (%2 episodes)")
                      .arg(show ? show->title : QString::number(showId))
                      .arg(show ? show->episodeCount : added));
        code = 0;
        loop.quit();
    });
    QObject::connect(&folders, &FolderShows::failed, &loop,
                     [&](const QString&, const QString& error) {
                         printError(QStringLiteral("ondes subscribe: ") + error);
                         loop.quit();
                     });
    folders.add(folder);
    loop.exec();
    return code;
}

} // namespace

int subscribe(const QString& dataDir, const QStringList& arguments)
{
    if (arguments.size() != 1) {
        printError(QStringLiteral("usage: ondes subscribe URL"));
        return 2;
    }
    Application app{DataPaths(dataDir)};
    if (QFileInfo(arguments.first()).isDir())
        return startApplication(app) ? addFolder(app, arguments.first()) : 1;
    Subscriber& subscriber = app.subscriber();
    // The library opens (a new one is made, with its demo show) while the feed downloads.
    subscriber.setLibraryOpening(app.startInBackground());
    QEventLoop loop;
    int code = 1;
    QObject::connect(&subscriber, &Subscriber::progress, &loop,
                     [](int, const QString& message) { printError(message); });
    QObject::connect(&subscriber, &Subscriber::subscribed, &loop,
                     [&](int, qint64 showId, int episodes) {
                         const auto show = app.library().show(showId);
                         printLine(QStringLiteral("Subscribed to %1 (%2 episodes)")
                                       .arg(show ? show->title : QString::number(showId))
                                       .arg(episodes));
                         code = 0;
                         loop.quit();
                     });
    QObject::connect(&subscriber, &Subscriber::failed, &loop, [&](int, const QString& error) {
        printError(QStringLiteral("ondes subscribe: ") + error);
        loop.quit();
    });
    QObject::connect(
        &subscriber, &Subscriber::feedChoiceNeeded, &loop, [&](int, const QList<FeedLink>& feeds) {
            printError(QStringLiteral("ondes subscribe: the page offers several feeds; "
                                      "subscribe to one of them:"));
            for (const FeedLink& feed : feeds)
                printError(QStringLiteral("  %1  (%2)").arg(feed.url, feed.title));
            code = 3;
            loop.quit();
        });
    subscriber.subscribe(arguments.first());
    loop.exec();
    return code;
}

int refresh(const QString& dataDir, const QStringList& arguments)
{
    if (arguments.size() > 1) {
        printError(QStringLiteral("usage: ondes refresh [SHOW]"));
        return 2;
    }
    Application app{DataPaths(dataDir)};
    if (!startApplication(app))
        return 1;
    QList<qint64> ids;
    FolderShows& folders = app.folderShows();
    if (arguments.isEmpty()) {
        ids = app.library().refreshableShowIds();
        folders.rescanAll();
    } else if (const auto show = findShow(app.library(), arguments.first())) {
        if (show->kind == ShowKind::Folder)
            folders.rescan(show->id);
        else
            ids << show->id;
    } else {
        printError(QStringLiteral("ondes refresh: no show called %1").arg(arguments.first()));
        return 1;
    }
    // Folders are read from disk: say what changed, like a feed refresh does.
    QObject::connect(&folders, &FolderShows::scanned, &app, [&app](qint64 showId, int added, int) {
        const auto show = app.library().show(showId);
        printLine(QStringLiteral("%1: %2").arg(show ? show->title : QString::number(showId),
                                               counted(added, "new episode", "new episodes")));
    });
    QObject::connect(&folders, &FolderShows::failed, &app,
                     [](const QString&, const QString& error) { printError(error); });
    while (folders.isScanning())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return ids.isEmpty() ? 0 : runRefresh(app, ids);
}

int importOpml(const QString& dataDir, const QStringList& arguments)
{
    if (arguments.size() != 1) {
        printError(QStringLiteral("usage: ondes import-opml FILE"));
        return 2;
    }
    QFile file(arguments.first());
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("ondes import-opml: cannot read %1: %2")
                       .arg(arguments.first(), file.errorString()));
        return 1;
    }
    const OpmlParseResult parsed = Opml::parse(file.read(Opml::maxBytes + 1));
    if (!parsed.ok()) {
        printError(QStringLiteral("ondes import-opml: %1").arg(parsed.error));
        return 1;
    }
    Application app{DataPaths(dataDir)};
    if (!startApplication(app))
        return 1;
    const QList<qint64> ids = SubscriptionList::importInto(app.library(), *parsed.document);
    printLine(
        QStringLiteral("Imported %1; refreshing them…").arg(counted(ids.size(), "show", "shows")));
    runRefresh(app, ids);
    // The subscriptions are kept even when some feeds could not be fetched today.
    return ids.size() == parsed.document->outlines.size() ? 0 : 1;
}

int exportOpml(const QString& dataDir, const QStringList& arguments)
{
    if (arguments.size() > 1) {
        printError(QStringLiteral("usage: ondes export-opml [FILE]"));
        return 2;
    }
    Application app{DataPaths(dataDir)};
    if (!startApplication(app))
        return 1;
    const OpmlDocument document = SubscriptionList::exportFrom(app.library());
    const QByteArray bytes = Opml::write(document);
    if (arguments.isEmpty()) {
        writeOut(bytes);
        return 0;
    }
    QSaveFile out(arguments.first());
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        printError(QStringLiteral("ondes export-opml: cannot write %1: %2")
                       .arg(arguments.first(), out.errorString()));
        return 1;
    }
    printLine(QStringLiteral("Exported %1 to %2")
                  .arg(counted(document.outlines.size(), "show", "shows"), arguments.first()));
    return 0;
}

} // namespace ondes::cli

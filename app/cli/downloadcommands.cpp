#include "cli/downloadcommands.h"

#include "application.h"
#include "cli/output.h"
#include "downloads/downloadmanager.h"
#include "downloads/downloadpolicy.h"
#include "library/library.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ondes::cli {

namespace {

constexpr qint64 kProgressEveryMs = 1000;

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
}

QString progressText(const DownloadStatus& s)
{
    QString text = megabytes(s.received);
    if (s.total > 0)
        text = QStringLiteral("%1% %2 of %3")
                   .arg(int(100.0 * double(s.received) / double(s.total)))
                   .arg(text, megabytes(s.total));
    if (s.bytesPerSecond > 0)
        text += QStringLiteral(", %1 MB/s").arg(s.bytesPerSecond / 1e6, 0, 'f', 1);
    if (s.etaSeconds >= 0)
        text += QStringLiteral(", %1 s left").arg(s.etaSeconds);
    return text;
}

// Episode ids from the arguments; prints why and returns false when one is not a number.
bool readIds(const QStringList& arguments, const QString& command, QList<qint64>* ids)
{
    for (const QString& argument : arguments) {
        bool ok = false;
        const qint64 id = argument.toLongLong(&ok);
        if (!ok || id <= 0) {
            printError(QStringLiteral("ondes %1: not an episode id: %2 (see `ondes episodes`)")
                           .arg(command, argument));
            return false;
        }
        *ids << id;
    }
    return true;
}

} // namespace

int download(const QString& dataDir, const QStringList& arguments)
{
    QList<qint64> ids;
    if (!readIds(arguments, QStringLiteral("download"), &ids))
        return 2;
    Application app{DataPaths(dataDir)};
    if (!startApplication(app))
        return 1;
    DownloadManager& manager = app.downloads();
    int failures = 0;
    for (qint64 id : ids) {
        const QString error = manager.enqueue(id);
        if (!error.isEmpty()) {
            printError(QStringLiteral("ondes download: ") + error);
            ++failures;
        } else if (const auto s = manager.status(id); s && s->state != DownloadState::Queued) {
            manager.resume(id); // paused or failed before: the user asks again
        }
    }

    QEventLoop loop;
    QSet<qint64> pending(ids.cbegin(), ids.cend());
    QHash<qint64, qint64> lastPrinted;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&manager, &DownloadManager::downloadChanged, &loop, [&](qint64 id) {
        const std::optional<DownloadStatus> s = manager.status(id);
        if (!s || s->state != DownloadState::Running)
            return;
        const qint64 now = clock.elapsed();
        if (lastPrinted.contains(id) && now - lastPrinted.value(id) < kProgressEveryMs)
            return;
        lastPrinted.insert(id, now);
        printError(QStringLiteral("%1: %2").arg(s->episodeTitle, progressText(*s)));
    });
    QObject::connect(&manager, &DownloadManager::downloadFinished, &loop,
                     [&](qint64 id, const QString& path) {
                         const auto episode = app.library().episode(id);
                         printLine(QStringLiteral("Downloaded %1: %2")
                                       .arg(episode ? episode->title : QString::number(id), path));
                         pending.remove(id);
                     });
    QObject::connect(
        &manager, &DownloadManager::downloadFailed, &loop, [&](qint64 id, const QString& error) {
            const auto episode = app.library().episode(id);
            printError(QStringLiteral("ondes download: %1: %2")
                           .arg(episode ? episode->title : QString::number(id), error));
            if (pending.remove(id) || ids.isEmpty())
                ++failures;
        });
    QObject::connect(&manager, &DownloadManager::idle, &loop, &QEventLoop::quit);
    app.startDownloads();
    if (manager.isBusy())
        loop.exec();
    return failures == 0 ? 0 : 1;
}

int listDownloads(const QString& dataDir, const QStringList& arguments)
{
    const bool json = arguments.contains(QLatin1String("--json"));
    if (arguments.size() > (json ? 1 : 0)) {
        printError(QStringLiteral("usage: ondes downloads [--json]"));
        return 2;
    }
    Application app{DataPaths(dataDir)};
    if (!startApplication(app))
        return 1;
    const QList<DownloadStatus> queue = app.downloads().downloads();
    // Only the episodes with a download are read, not every episode of every show.
    QList<EpisodeRow> done;
    for (const DownloadedFile& file : app.downloads().store().downloadedFiles()) {
        if (const std::optional<EpisodeRow> episode = app.library().episode(file.episodeId))
            done << *episode;
    }
    if (json) {
        QJsonArray queued;
        for (const DownloadStatus& s : queue)
            queued.append(QJsonObject{{QStringLiteral("episode_id"), s.episodeId},
                                      {QStringLiteral("title"), s.episodeTitle},
                                      {QStringLiteral("show"), s.showTitle},
                                      {QStringLiteral("state"), downloadStateName(s.state)},
                                      {QStringLiteral("received"), s.received},
                                      {QStringLiteral("total"), s.total},
                                      {QStringLiteral("error"), s.error},
                                      {QStringLiteral("file"), s.targetPath}});
        QJsonArray downloaded;
        for (const EpisodeRow& e : done)
            downloaded.append(QJsonObject{{QStringLiteral("episode_id"), e.id},
                                          {QStringLiteral("title"), e.title},
                                          {QStringLiteral("show"), e.showTitle},
                                          {QStringLiteral("file"), e.localFile},
                                          {QStringLiteral("size"), QFileInfo(e.localFile).size()}});
        writeOut(QJsonDocument(QJsonObject{{QStringLiteral("queue"), queued},
                                           {QStringLiteral("downloaded"), downloaded}})
                     .toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const DownloadStatus& s : queue) {
        QString line =
            QStringLiteral("%1\t%2\t%3\t%4 — %5")
                .arg(s.episodeId)
                .arg(downloadStateName(s.state), progressText(s), s.showTitle, s.episodeTitle);
        if (!s.error.isEmpty())
            line += QStringLiteral("\t") + s.error;
        printLine(line);
    }
    for (const EpisodeRow& e : done)
        printLine(
            QStringLiteral("%1\tdownloaded\t%2\t%3 — %4\t%5")
                .arg(e.id)
                .arg(megabytes(QFileInfo(e.localFile).size()), e.showTitle, e.title, e.localFile));
    if (queue.isEmpty() && done.isEmpty())
        printError(QStringLiteral("No downloads."));
    return 0;
}

int deleteDownload(const QString& dataDir, const QStringList& arguments)
{
    QList<qint64> ids;
    if (arguments.isEmpty() || !readIds(arguments, QStringLiteral("delete-download"), &ids)) {
        printError(QStringLiteral("usage: ondes delete-download EPISODE_ID..."));
        return 2;
    }
    Application app{DataPaths(dataDir)};
    if (!startApplication(app))
        return 1;
    int code = 0;
    for (qint64 id : ids) {
        app.downloads().cancel(id);
        QString error;
        if (!app.downloads().deleteDownload(id, &error)) {
            printError(QStringLiteral("ondes delete-download: ") + error);
            code = 1;
        }
    }
    return code;
}

int autoDownload(const QString& dataDir, const QStringList& arguments)
{
    const QString usage = QStringLiteral("usage: ondes auto-download SHOW [off | new | latest N]");
    if (arguments.isEmpty() || arguments.size() > 3) {
        printError(usage);
        return 2;
    }
    Application app{DataPaths(dataDir)};
    if (!startApplication(app))
        return 1;
    const auto show = findShow(app.library(), arguments.first());
    if (!show) {
        printError(QStringLiteral("ondes auto-download: no show called %1").arg(arguments.first()));
        return 1;
    }
    DownloadStore& store = app.downloads().store();
    if (arguments.size() == 1) {
        int keep = 0;
        const AutoDownload mode = store.autoDownload(show->id, &keep);
        printLine(mode == AutoDownload::Latest ? QStringLiteral("latest %1").arg(keep)
                                               : autoDownloadName(mode));
        return 0;
    }
    const AutoDownload mode = autoDownloadFromName(arguments.at(1));
    bool ok = autoDownloadName(mode) == arguments.at(1);
    int keep = 0;
    if (mode == AutoDownload::Latest) {
        keep = arguments.value(2).toInt(&ok);
        ok = ok && keep > 0;
    } else {
        ok = ok && arguments.size() == 2;
    }
    if (!ok) {
        printError(usage);
        return 2;
    }
    if (!store.setAutoDownload(show->id, mode, keep)) {
        printError(QStringLiteral("ondes auto-download: the library could not be written"));
        return 1;
    }
    // "Keep the latest N" applies now; "new" waits for the next refresh.
    if (mode == AutoDownload::Latest) {
        const int queued = DownloadPolicy(app.downloads()).autoDownload(show->id, 0);
        printLine(QStringLiteral("%1: %2 queued; `ondes download` fetches them")
                      .arg(show->title, counted(queued, "episode", "episodes")));
    }
    return 0;
}

} // namespace ondes::cli

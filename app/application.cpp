#include "application.h"

#include "downloads/downloadmanager.h"
#include "downloads/downloadpolicy.h"
#include "downloads/transcriptfetcher.h"
#include "library/database.h"
#include "library/library.h"
#include "library/settings.h"
#include "net/httpclient.h"
#include "net/networkstatus.h"
#include "subscriptions/demoshow.h"
#include "subscriptions/foldershows.h"
#include "subscriptions/refresher.h"
#include "subscriptions/refreshschedule.h"
#include "subscriptions/subscriber.h"
#include "sync/syncengine.h"
#include "syncschedule.h"

#include <QDateTime>
#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

namespace ondes {

Application::Application(DataPaths paths, QObject* parent)
    : QObject(parent), m_paths(std::move(paths)),
      m_settings(std::make_unique<Settings>(m_paths.settingsPath())),
      m_database(std::make_unique<Database>(m_paths.databasePath())),
      m_library(std::make_unique<Library>(*m_database)), m_workers(std::make_unique<QThreadPool>())
{
    m_workers->setMaxThreadCount(1);
    // With --data-dir, downloads stay inside DIR too unless the user chose a folder.
    if (!m_paths.root().isEmpty())
        m_settings->setDefaultDownloadFolder(m_paths.root() + QStringLiteral("/Podcasts"));
}

Application::~Application()
{
    // A library still opening on its worker is waited for: it uses the parts below.
    m_starting.waitForFinished();
    shutdown();
    // The player and the desktop integration hold references to the other services: they go
    // first.
    m_media.reset();
}

bool Application::start()
{
    if (!m_database->open()) {
        m_error = m_database->errorString();
        return false;
    }
    if (m_library->isEmpty() && !DemoShow::install(*m_library, m_paths.demoDir(), &m_error))
        return false;
    return true;
}

QFuture<QString> Application::startInBackground()
{
    // The global pool, not the workers: those parse the download meanwhile, one task at a
    // time. The thread's library connection stays open for the rest of the process, so
    // that closing it does not write the log back into the library mid-way.
    m_starting = QtConcurrent::run([this] { return start() ? QString() : m_error; });
    return m_starting;
}

TranscriptFetcher& Application::transcriptFetcher()
{
    if (!m_transcriptFetcher)
        m_transcriptFetcher = std::make_unique<TranscriptFetcher>(*m_database, *m_library, http());
    return *m_transcriptFetcher;
}

void Application::shutdown()
{
    if (m_media)
        m_media->saveState();
    // The position just saved goes to the server; a slow one does not hold the quit long.
    if (m_syncSchedule && m_syncSchedule->isStarted() && !m_syncedBeforeQuit) {
        m_syncedBeforeQuit = true;
        m_syncSchedule->syncBeforeQuit(3000);
    }
    m_settings->sync();
}

HttpClient& Application::http()
{
    if (!m_http) {
        m_http = std::make_unique<HttpClient>();
        connect(m_http.get(), &HttpClient::answered, &networkStatus(),
                &NetworkStatus::reportRequest);
    }
    return *m_http;
}

NetworkStatus& Application::networkStatus()
{
    if (!m_networkStatus)
        m_networkStatus = std::make_unique<NetworkStatus>();
    return *m_networkStatus;
}

Subscriber& Application::subscriber()
{
    if (!m_subscriber)
        m_subscriber = std::make_unique<Subscriber>(http(), *m_library, *m_workers);
    return *m_subscriber;
}

Refresher& Application::refresher()
{
    if (!m_refresher) {
        m_refresher = std::make_unique<Refresher>(http(), *m_library, *m_workers);
        // Auto-download takes what a refresh brought; cleanup runs once it is over.
        connect(m_refresher.get(), &Refresher::started, this,
                [this] { m_refreshStartedAt = QDateTime::currentSecsSinceEpoch(); });
        connect(m_refresher.get(), &Refresher::showRefreshed, this,
                [this](qint64 showId, int newEpisodes) {
                    if (newEpisodes > 0)
                        DownloadPolicy(downloads()).autoDownload(showId, m_refreshStartedAt);
                });
        connect(m_refresher.get(), &Refresher::finished, this,
                [this] { DownloadPolicy(downloads()).cleanup(m_settings->cleanupAfterDays()); });
    }
    return *m_refresher;
}

DownloadManager& Application::downloads()
{
    if (!m_downloads) {
        m_downloads =
            std::make_unique<DownloadManager>(*m_database, *m_library, http(), *m_workers);
        m_downloads->setFolder(m_settings->downloadFolder());
        m_downloads->setMaxParallel(m_settings->parallelDownloads());
        m_downloads->setWriteTags(m_settings->writeTags());
        connect(m_downloads.get(), &DownloadManager::transferEnded, &networkStatus(),
                &NetworkStatus::reportRequest);
        connect(m_downloads.get(), &DownloadManager::downloadFinished, this,
                [this](qint64 episodeId, const QString& path) {
                    transcriptFetcher().fetchAfterDownload(episodeId, path);
                });
    }
    return *m_downloads;
}

FolderShows& Application::folderShows()
{
    if (!m_folderShows)
        m_folderShows = std::make_unique<FolderShows>(*m_library, *m_workers);
    return *m_folderShows;
}

void Application::startDownloads()
{
    DownloadPolicy(downloads()).cleanup(m_settings->cleanupAfterDays());
    downloads().start();
}

void Application::startRefreshSchedule()
{
    if (m_refreshSchedule)
        return;
    m_refreshSchedule = std::make_unique<RefreshSchedule>(refresher(), *m_settings);
    syncSchedule().start(refresher());
    if (m_media)
        m_media->followWithSync(*m_syncSchedule);
}

SyncEngine& Application::syncEngine()
{
    if (!m_syncEngine)
        m_syncEngine = std::make_unique<SyncEngine>(*m_library);
    return *m_syncEngine;
}

SyncSchedule& Application::syncSchedule()
{
    if (!m_syncSchedule)
        m_syncSchedule = std::make_unique<SyncSchedule>(syncEngine(), *m_settings);
    return *m_syncSchedule;
}

void Application::applySettings()
{
    if (m_media)
        m_media->applySettings();
    QString error;
    if (m_downloads)
        error = applyDownloadSettings();
    if (m_refreshSchedule)
        m_refreshSchedule->reschedule();
    Q_EMIT settingsChanged();
    if (!error.isEmpty())
        Q_EMIT settingsError(error);
}

QString Application::applyDownloadSettings()
{
    DownloadManager& manager = downloads();
    manager.setMaxParallel(m_settings->parallelDownloads());
    manager.setWriteTags(m_settings->writeTags());
    const QString folder = m_settings->downloadFolder();
    if (QDir::cleanPath(folder) == QDir::cleanPath(manager.folder()))
        return {};
    return manager.moveFolder(folder);
}

} // namespace ondes

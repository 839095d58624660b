#include "application.h"

#include "desktop/desktopnotifier.h"
#include "desktop/mpris.h"
#include "desktop/sleepinhibitor.h"
#include "downloads/downloadmanager.h"
#include "downloads/downloadpolicy.h"
#include "downloads/transcriptfetcher.h"
#include "library/database.h"
#include "library/library.h"
#include "library/settings.h"
#include "net/artworkcache.h"
#include "net/httpclient.h"
#include "net/networkstatus.h"
#include "playback/chapterfetcher.h"
#include "playback/chapterlist.h"
#include "playback/player.h"
#include "playback/playqueue.h"
#include "playback/positionkeeper.h"
#include "playback/sleeptimer.h"
#include "subscriptions/demoshow.h"
#include "subscriptions/foldershows.h"
#include "subscriptions/refresher.h"
#include "subscriptions/refreshschedule.h"
#include "subscriptions/subscriber.h"
#include "sync/syncengine.h"
#include "syncschedule.h"

#include <QDateTime>
#include <QDBusConnection>
#include <QDir>

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
    shutdown();
    // The services hold references to the player: they go first.
    m_sleepInhibitor.reset();
    m_mpris.reset();
    m_sleepTimer.reset();
    m_queue.reset();
    m_positionKeeper.reset();
    m_chapterFetcher.reset();
    m_player.reset();
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

Player& Application::player()
{
    if (!m_player) {
        m_player = std::make_unique<Player>(*m_library);
        m_player->setVolume(m_settings->volume());
        m_player->setMuted(m_settings->muted());
        m_positionKeeper = std::make_unique<PositionKeeper>(*m_player, *m_library);
        m_queue = std::make_unique<PlayQueue>(*m_library, *m_player);
        m_sleepTimer = std::make_unique<SleepTimer>(*m_player);
        m_chapterFetcher = std::make_unique<ChapterFetcher>(http(), *m_library, *m_player);
        applyPlaybackSettings();
        connect(m_player.get(), &Player::currentEpisodeChanged, this, [this](qint64 episodeId) {
            if (episodeId) // a stream (a preview's episode) is not resumed after a restart
                m_settings->setLastEpisodeId(episodeId);
        });
        connect(m_player.get(), &Player::finished, this, &Application::onEpisodeFinished);
        connect(m_player.get(), &Player::currentEpisodeChanged, this, [this](qint64 episodeId) {
            if (episodeId)
                transcriptFetcher().fetch(episodeId);
        });
        if (m_syncSchedule && m_syncSchedule->isStarted())
            m_syncSchedule->watchPlayer(*m_player);
    }
    return *m_player;
}

TranscriptFetcher& Application::transcriptFetcher()
{
    if (!m_transcriptFetcher)
        m_transcriptFetcher = std::make_unique<TranscriptFetcher>(*m_database, *m_library, http());
    return *m_transcriptFetcher;
}

ChapterFetcher& Application::chapterFetcher()
{
    player();
    return *m_chapterFetcher;
}

PlayQueue& Application::queue()
{
    player();
    return *m_queue;
}

SleepTimer& Application::sleepTimer()
{
    player();
    return *m_sleepTimer;
}

PositionKeeper& Application::positionKeeper()
{
    player();
    return *m_positionKeeper;
}

void Application::applyPlaybackSettings()
{
    Player& p = player();
    p.setDefaultPlaybackRate(m_settings->defaultPlaybackRate());
    p.setSkipLengths(m_settings->skipBackwardMs(), m_settings->skipForwardMs());
    p.setSmartRewind(m_settings->smartRewindAfterMs(), m_settings->smartRewindMs());
    m_positionKeeper->setPlayedThreshold(m_settings->playedThresholdMs());
}

void Application::enableDesktopIntegration()
{
    if (m_mpris)
        return;
    Player& p = player();
    const QDBusConnection bus = QDBusConnection::sessionBus();
    m_mpris = std::make_unique<Mpris>(p, *m_queue, *m_library);
    connect(m_mpris.get(), &Mpris::raiseRequested, this, &Application::raiseRequested);
    connect(m_mpris.get(), &Mpris::quitRequested, this, &Application::requestQuit);
    m_mpris->registerOn(bus);
    m_sleepInhibitor = std::make_unique<SleepInhibitor>(p, bus);
    m_notifier = std::make_unique<DesktopNotifier>(*m_library, bus);
    m_notifier->watch(refresher());
    m_notifier->watch(downloads());
}

qint64 Application::restoreLastEpisode()
{
    const QList<EpisodeRow> last = m_library->inProgressEpisodes(1);
    if (last.isEmpty() || !player().cue(last.constFirst().id))
        return 0;
    return last.constFirst().id;
}

void Application::onEpisodeFinished(qint64)
{
    // The sleep timer set for the end of the episode wins over the queue.
    if (m_sleepTimer->takeEpisodeEnd())
        return;
    if (m_autoAdvanceAllowed && m_settings->autoAdvance())
        m_queue->playNext();
}

void Application::shutdown()
{
    if (m_player) {
        m_positionKeeper->finish();
        m_settings->setVolume(m_player->volume());
        m_settings->setMuted(m_player->isMuted());
    }
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

ArtworkCache& Application::artwork()
{
    if (!m_artwork)
        m_artwork =
            std::make_unique<ArtworkCache>(http(), m_paths.cacheDir() + QStringLiteral("/artwork"));
    return *m_artwork;
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
    if (m_player)
        m_syncSchedule->watchPlayer(*m_player);
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
    if (m_player)
        applyPlaybackSettings();
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

QList<Chapter> Application::chaptersOf(qint64 episodeId)
{
    if (m_player && m_player->currentEpisode() == episodeId && !m_player->chapters().isEmpty())
        return m_player->chapters().chapters();
    return ChapterList::merge(m_library->chapters(episodeId, ChapterSource::Json), {},
                              m_library->chapters(episodeId, ChapterSource::Psc));
}

} // namespace ondes

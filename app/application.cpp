#include "application.h"

#include "library/database.h"
#include "library/demoshow.h"
#include "library/library.h"
#include "library/refresher.h"
#include "library/subscriber.h"
#include "net/httpclient.h"
#include "playback/chapterfetcher.h"
#include "playback/mpris.h"
#include "playback/player.h"
#include "playback/playqueue.h"
#include "playback/positionkeeper.h"
#include "playback/sleepinhibitor.h"
#include "playback/sleeptimer.h"
#include "settings.h"

#include <QDBusConnection>
#include <QDir>

namespace ondes {

Application::Application(DataPaths paths, QObject* parent)
    : QObject(parent), m_paths(std::move(paths)),
      m_settings(std::make_unique<Settings>(m_paths.settingsPath())),
      m_database(std::make_unique<Database>(m_paths.databasePath())),
      m_library(std::make_unique<Library>(*m_database)),
      m_workers(std::make_unique<QThreadPool>())
{
    m_workers->setMaxThreadCount(1);
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
        connect(m_player.get(), &Player::currentEpisodeChanged, this,
                [this](qint64 episodeId) { m_settings->setLastEpisodeId(episodeId); });
        connect(m_player.get(), &Player::finished, this, &Application::onEpisodeFinished);
    }
    return *m_player;
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
    connect(m_mpris.get(), &Mpris::quitRequested, this, &Application::quitRequested);
    m_mpris->registerOn(bus);
    m_sleepInhibitor = std::make_unique<SleepInhibitor>(p, bus);
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
    m_settings->sync();
}

HttpClient& Application::http()
{
    if (!m_http)
        m_http = std::make_unique<HttpClient>();
    return *m_http;
}

Subscriber& Application::subscriber()
{
    if (!m_subscriber)
        m_subscriber = std::make_unique<Subscriber>(http(), *m_library, *m_workers);
    return *m_subscriber;
}

Refresher& Application::refresher()
{
    if (!m_refresher)
        m_refresher = std::make_unique<Refresher>(http(), *m_library, *m_workers);
    return *m_refresher;
}

} // namespace ondes

#include "desktopmediaservices.h"

#include "application.h"
#include "desktop/desktopnotifier.h"
#include "desktop/mpris.h"
#include "desktop/sleepinhibitor.h"
#include "downloads/transcriptfetcher.h"
#include "library/library.h"
#include "library/settings.h"
#include "net/artworkcache.h"
#include "playback/chapterfetcher.h"
#include "playback/chapterlist.h"
#include "playback/player.h"
#include "playback/playqueue.h"
#include "playback/positionkeeper.h"
#include "playback/sleeptimer.h"
#include "subscriptions/refresher.h"
#include "syncschedule.h"

#include <QDBusConnection>

namespace ondes {

MediaServices& Application::media()
{
    if (!m_media)
        m_media = std::make_unique<DesktopMediaServices>(*this);
    return *m_media;
}

DesktopMediaServices::DesktopMediaServices(Application& app) : m_app(app) {}

DesktopMediaServices::~DesktopMediaServices()
{
    // The services hold references to the player: they go first.
    m_notifier.reset();
    m_sleepInhibitor.reset();
    m_mpris.reset();
    m_sleepTimer.reset();
    m_queue.reset();
    m_positionKeeper.reset();
    m_chapterFetcher.reset();
    m_player.reset();
}

Player& DesktopMediaServices::player()
{
    if (!m_player) {
        Settings& settings = m_app.settings();
        Library& library = m_app.library();
        m_player = std::make_unique<Player>(library);
        m_player->setVolume(settings.volume());
        m_player->setMuted(settings.muted());
        m_positionKeeper = std::make_unique<PositionKeeper>(*m_player, library);
        m_queue = std::make_unique<PlayQueue>(library, *m_player);
        m_sleepTimer = std::make_unique<SleepTimer>(*m_player);
        m_chapterFetcher = std::make_unique<ChapterFetcher>(m_app.http(), library, *m_player);
        applySettings();
        connect(m_player.get(), &Player::currentEpisodeChanged, this,
                [&settings](qint64 episodeId) {
                    if (episodeId) // a stream (a preview's episode) is not resumed after a restart
                        settings.setLastEpisodeId(episodeId);
                });
        connect(m_player.get(), &Player::finished, this, &DesktopMediaServices::onEpisodeFinished);
        connect(m_player.get(), &Player::currentEpisodeChanged, this, [this](qint64 episodeId) {
            if (episodeId)
                m_app.transcriptFetcher().fetch(episodeId);
        });
        // The refresh schedule and the sync schedule start together (startRefreshSchedule).
        if (m_app.refreshSchedule())
            followWithSync(m_app.syncSchedule());
    }
    return *m_player;
}

PlayQueue& DesktopMediaServices::queue()
{
    player();
    return *m_queue;
}

SleepTimer& DesktopMediaServices::sleepTimer()
{
    player();
    return *m_sleepTimer;
}

PositionKeeper& DesktopMediaServices::positionKeeper()
{
    player();
    return *m_positionKeeper;
}

ChapterFetcher& DesktopMediaServices::chapterFetcher()
{
    player();
    return *m_chapterFetcher;
}

ArtworkCache& DesktopMediaServices::artwork()
{
    if (!m_artwork)
        m_artwork = std::make_unique<ArtworkCache>(m_app.http(), m_app.paths().cacheDir() +
                                                                     QStringLiteral("/artwork"));
    return *m_artwork;
}

void DesktopMediaServices::enableDesktopIntegration()
{
    if (m_mpris)
        return;
    Player& p = player();
    const QDBusConnection bus = QDBusConnection::sessionBus();
    m_mpris = std::make_unique<Mpris>(p, *m_queue, m_app.library());
    connect(m_mpris.get(), &Mpris::raiseRequested, &m_app, &Application::raiseRequested);
    connect(m_mpris.get(), &Mpris::quitRequested, &m_app, &Application::requestQuit);
    m_mpris->registerOn(bus);
    m_sleepInhibitor = std::make_unique<SleepInhibitor>(p, bus);
    m_notifier = std::make_unique<DesktopNotifier>(m_app.library(), bus);
    m_notifier->watch(m_app.refresher());
    m_notifier->watch(m_app.downloads());
}

qint64 DesktopMediaServices::restoreLastEpisode()
{
    const QList<EpisodeRow> last = m_app.library().inProgressEpisodes(1);
    if (last.isEmpty() || !player().cue(last.constFirst().id))
        return 0;
    return last.constFirst().id;
}

void DesktopMediaServices::applySettings()
{
    if (!m_player)
        return;
    const Settings& settings = m_app.settings();
    Player& p = *m_player;
    p.setDefaultPlaybackRate(settings.defaultPlaybackRate());
    p.setSkipLengths(settings.skipBackwardMs(), settings.skipForwardMs());
    p.setSmartRewind(settings.smartRewindAfterMs(), settings.smartRewindMs());
    m_positionKeeper->setPlayedThreshold(settings.playedThresholdMs());
}

void DesktopMediaServices::saveState()
{
    if (!m_player)
        return;
    m_positionKeeper->finish();
    m_app.settings().setVolume(m_player->volume());
    m_app.settings().setMuted(m_player->isMuted());
}

void DesktopMediaServices::followWithSync(SyncSchedule& schedule)
{
    if (m_player)
        connect(m_player.get(), &Player::stateChanged, &schedule,
                &SyncSchedule::playerStateChanged);
}

QList<Chapter> DesktopMediaServices::chaptersOf(qint64 episodeId)
{
    if (m_player && m_player->currentEpisode() == episodeId && !m_player->chapters().isEmpty())
        return m_player->chapters().chapters();
    const Library& library = m_app.library();
    return ChapterList::merge(library.chapters(episodeId, ChapterSource::Json), {},
                              library.chapters(episodeId, ChapterSource::Psc));
}

void DesktopMediaServices::onEpisodeFinished(qint64)
{
    // The sleep timer set for the end of the episode wins over the queue.
    if (m_sleepTimer->takeEpisodeEnd())
        return;
    if (m_app.autoAdvanceAllowed() && m_app.settings().autoAdvance())
        m_queue->playNext();
}

} // namespace ondes

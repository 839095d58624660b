#pragma once

// DesktopMediaServices makes and owns the services that need Qt Multimedia or Qt GUI (see
// mediaservices.h): the player, its position keeper, queue, sleep timer and chapter fetcher
// (made together on first use), the artwork cache, and MPRIS, the sleep inhibitor and the
// desktop notifier once the desktop integration is on. Application::media(), defined here,
// makes it on first need.

#include "mediaservices.h"

#include <QObject>

#include <memory>

namespace ondes {

class Application;
class DesktopNotifier;
class SleepInhibitor;

class DesktopMediaServices : public QObject, public MediaServices
{
public:
    explicit DesktopMediaServices(Application& app);
    ~DesktopMediaServices() override;

    Player& player() override;
    PlayQueue& queue() override;
    SleepTimer& sleepTimer() override;
    PositionKeeper& positionKeeper() override;
    ChapterFetcher& chapterFetcher() override;
    ArtworkCache& artwork() override;
    void enableDesktopIntegration() override;
    Mpris* mpris() const override { return m_mpris.get(); }
    qint64 restoreLastEpisode() override;

    void applySettings() override;
    void saveState() override;
    void followWithSync(SyncSchedule& schedule) override;
    QList<Chapter> chaptersOf(qint64 episodeId) override;

private:
    void onEpisodeFinished(qint64 episodeId);

    Application& m_app;
    std::unique_ptr<ArtworkCache> m_artwork;
    std::unique_ptr<Player> m_player;
    std::unique_ptr<PositionKeeper> m_positionKeeper;
    std::unique_ptr<ChapterFetcher> m_chapterFetcher;
    std::unique_ptr<PlayQueue> m_queue;
    std::unique_ptr<SleepTimer> m_sleepTimer;
    std::unique_ptr<Mpris> m_mpris;
    std::unique_ptr<SleepInhibitor> m_sleepInhibitor;
    std::unique_ptr<DesktopNotifier> m_notifier;
};

} // namespace ondes

#pragma once

// MediaServices is what Application asks of its services that need Qt Multimedia or Qt GUI: the
// player and what is built on it (queue, sleep timer, positions, chapters), the shows' artwork,
// and the desktop integration (MPRIS, sleep inhibitor, notifications). Application holds them
// through this interface only; DesktopMediaServices makes them, in a file that only the
// programs that play or draw link (Application::media()). So the `ondes` command line, which
// never plays nor draws, loads none of Qt GUI, Qt Multimedia or GStreamer when it starts.

#include "feed/feedtypes.h"

#include <QList>
#include <QtGlobal>

namespace ondes {

class ArtworkCache;
class ChapterFetcher;
class Mpris;
class Player;
class PlayQueue;
class PositionKeeper;
class SleepTimer;
class SyncSchedule;

class MediaServices
{
public:
    virtual ~MediaServices() = default;

    // The player and the services on it, made on first use (with the saved volume and the
    // playback settings).
    virtual Player& player() = 0;
    virtual PlayQueue& queue() = 0;
    virtual SleepTimer& sleepTimer() = 0;
    virtual PositionKeeper& positionKeeper() = 0;
    virtual ChapterFetcher& chapterFetcher() = 0;
    virtual ArtworkCache& artwork() = 0;
    // See Application::enableDesktopIntegration() and Application::restoreLastEpisode().
    virtual void enableDesktopIntegration() = 0;
    virtual Mpris* mpris() const = 0;
    virtual qint64 restoreLastEpisode() = 0;
    // See Application::chaptersOf().
    virtual QList<Chapter> chaptersOf(qint64 episodeId) = 0;

    // For Application: the playback settings applied again (when the player is made); what
    // must survive saved (position, volume); the sync schedule told of pauses and stops.
    virtual void applySettings() = 0;
    virtual void saveState() = 0;
    virtual void followWithSync(SyncSchedule& schedule) = 0;
};

} // namespace ondes

#pragma once

// Application owns every service of Ondes (paths, settings, database, library, player, queue,
// sleep timer, MPRIS) and hands them out. There are no singletons: the GUI, the CLI and the
// tests each make one.

#include "library/datapaths.h"
#include "mediaservices.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace ondes {

class Database;
class DownloadManager;
class FolderShows;
class NetworkStatus;
class HttpClient;
class Refresher;
class Subscriber;
class Library;
class RefreshSchedule;
class Settings;
class SyncEngine;
class SyncSchedule;
class TranscriptFetcher;

class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(DataPaths paths, QObject* parent = nullptr);
    ~Application() override;

    // Opens the library (migrating it) and, when it is empty, installs the demo show.
    // Returns false with errorString() set; nothing the user had is changed then.
    bool start();
    // start() on a worker thread, for a command with something else to do meanwhile (its first
    // download): the future gives an empty text once the library is open, else the reason it
    // could not be. Nothing may use the library before the future has finished.
    QFuture<QString> startInBackground();
    // Saves what must survive: the playback position and the settings.
    void shutdown();
    QString errorString() const { return m_error; }

    const DataPaths& paths() const { return m_paths; }
    Settings& settings() { return *m_settings; }
    Database& database() { return *m_database; }
    Library& library() { return *m_library; }
    // The network side, made on first use (reading the library needs none of it).
    HttpClient& http();
    Subscriber& subscriber();
    Refresher& refresher();
    // Downloads, made on first use with the settings' folder, parallelism and tagging. Call
    // startDownloads() to pick up the queue an earlier run left.
    DownloadManager& downloads();
    // The shows' artwork, kept in the cache folder.
    ArtworkCache& artwork() { return media().artwork(); }
    // Whether Ondes is offline, from the requests it makes (and the system, where it says).
    NetworkStatus& networkStatus();
    // Local folders of audio files as shows.
    FolderShows& folderShows();
    void startDownloads();
    // Refreshes every show after start and every N hours, as the settings say, and syncs with
    // the sync server when one is set up (the window does this; the command line never does).
    void startRefreshSchedule();
    // Sync with a gpodder.net-API or Nextcloud server (app/sync), made on first use.
    SyncEngine& syncEngine();
    SyncSchedule& syncSchedule();
    RefreshSchedule* refreshSchedule() const { return m_refreshSchedule.get(); }
    // The services that need Qt Multimedia or Qt GUI (mediaservices.h), made on first use.
    // media() is defined in desktopmediaservices.cpp: a program that never calls it (the
    // command line) links none of those libraries.
    MediaServices& media();
    // The playback services are made on first use: the command line never needs audio.
    Player& player() { return media().player(); }
    PlayQueue& queue() { return media().queue(); }
    SleepTimer& sleepTimer() { return media().sleepTimer(); }
    PositionKeeper& positionKeeper() { return media().positionKeeper(); }
    ChapterFetcher& chapterFetcher() { return media().chapterFetcher(); }
    // Transcripts, fetched once and kept in the library: when an episode starts playing, after
    // a download (a sidecar file beside it, else the feed's link), and when asked.
    TranscriptFetcher& transcriptFetcher();
    // The chapters to show for an episode: the playing one's as the player has them (its
    // file's own included), else its feed's (podcast:chapters and Podlove), merged.
    QList<Chapter> chaptersOf(qint64 episodeId) { return media().chaptersOf(episodeId); }

    // Puts the player on the session bus (MPRIS2), keeps the session awake while playing, and
    // sends desktop notifications (new episodes, finished downloads).
    // Only the GUI and `ondes play` do this; without a session bus it logs once and goes on.
    void enableDesktopIntegration() { media().enableDesktopIntegration(); }
    Mpris* mpris() const { return m_media ? m_media->mpris() : nullptr; }
    // Where the listener left off: the episode heard last (not finished) becomes current,
    // paused at its saved position, so that Play (the button, Space, the media key) resumes
    // it. Returns its id, or 0 when there is none.
    qint64 restoreLastEpisode() { return media().restoreLastEpisode(); }

    // The one way a settings change reaches the services: applies the saved settings to each
    // service made so far — the player (speed, skips, smart rewind), the played threshold, the
    // downloads (folder: its files are moved; parallelism; tagging), the refresh schedule — then
    // emits settingsChanged for the views. A download folder that could not be moved comes as
    // settingsError.
    void applySettings();
    // Off for this run only, whatever the setting says (`ondes play` plays one episode).
    void setAutoAdvanceAllowed(bool allowed) { m_autoAdvanceAllowed = allowed; }
    bool autoAdvanceAllowed() const { return m_autoAdvanceAllowed; }
    // Asks the program to end (the tray's Quit, MPRIS Quit): emits quitRequested, on which the
    // window saves its state and closes and the program's loop ends, even with the window hidden.
    void requestQuit() { Q_EMIT quitRequested(); }

Q_SIGNALS:
    // After applySettings: views re-read what they show from settings() (remote images, skips).
    void settingsChanged();
    void settingsError(const QString& message);
    // From the desktop (MPRIS Raise), and the one way to end the program (requestQuit).
    void raiseRequested();
    void quitRequested();

private:
    QString applyDownloadSettings();

    DataPaths m_paths;
    QString m_error;
    QFuture<QString> m_starting; // startInBackground()
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Library> m_library;
    // Parses and merges run here, one at a time, each thread with its own connection.
    std::unique_ptr<QThreadPool> m_workers;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Subscriber> m_subscriber;
    std::unique_ptr<Refresher> m_refresher;
    std::unique_ptr<RefreshSchedule> m_refreshSchedule;
    std::unique_ptr<SyncEngine> m_syncEngine;
    std::unique_ptr<SyncSchedule> m_syncSchedule;
    bool m_syncedBeforeQuit = false;
    std::unique_ptr<DownloadManager> m_downloads;
    std::unique_ptr<TranscriptFetcher> m_transcriptFetcher;
    std::unique_ptr<FolderShows> m_folderShows;
    std::unique_ptr<NetworkStatus> m_networkStatus;
    qint64 m_refreshStartedAt = 0;
    std::unique_ptr<MediaServices> m_media;
    bool m_autoAdvanceAllowed = true;
};

} // namespace ondes

#pragma once

// Settings keeps the user's preferences in one INI file under the config folder. Every key is
// declared here once.

#include <QByteArray>
#include <QMap>
#include <QSettings>
#include <QString>

namespace ondes {

// Syncing with a gpodder.net-API or Nextcloud GPodder Sync server (app/sync). The password is in
// the keyring (SecretStore), never here.
struct SyncSettings
{
    QString service; // "gpodder" or "nextcloud"; empty: sync is off
    QString server;  // the server's address, e.g. https://gpodder.net
    QString user;
    QString deviceName;          // this computer's name on the server
    bool allowPlainHttp = false; // http:// to a server other than loopback
    int intervalMinutes = 10;    // while playing; 0: only on the other occasions
};

class Settings
{
public:
    explicit Settings(const QString& path);

    float volume() const;
    void setVolume(float volume);
    bool muted() const;
    void setMuted(bool muted);
    qint64 lastEpisodeId() const;
    void setLastEpisodeId(qint64 episodeId);

    // Playback. Durations are in milliseconds so that tests can make them short.
    double defaultPlaybackRate() const; // 1.0
    void setDefaultPlaybackRate(double rate);
    qint64 skipBackwardMs() const; // 10 s
    void setSkipBackwardMs(qint64 ms);
    qint64 skipForwardMs() const; // 30 s
    void setSkipForwardMs(qint64 ms);
    // Smart rewind: after a pause of at least smartRewindAfterMs, resume smartRewindMs earlier.
    qint64 smartRewindAfterMs() const; // 5 min
    void setSmartRewindAfterMs(qint64 ms);
    qint64 smartRewindMs() const; // 3 s
    void setSmartRewindMs(qint64 ms);
    // Stopping this close to the end marks the episode played.
    qint64 playedThresholdMs() const; // 30 s
    void setPlayedThresholdMs(qint64 ms);
    bool autoAdvance() const; // true: the next queued episode starts when one ends
    void setAutoAdvance(bool on);
    int sleepTimerMinutes() const; // the last duration chosen, 30
    void setSleepTimerMinutes(int minutes);

    // Refreshing.
    bool refreshOnStart() const; // true
    void setRefreshOnStart(bool on);
    int refreshIntervalHours() const; // 6; 0: never on a timer
    void setRefreshIntervalHours(int hours);

    // Downloads.
    QString downloadFolder() const; // ~/Music/Podcasts (QStandardPaths::MusicLocation)
    void setDownloadFolder(const QString& folder);
    // What downloadFolder() says while the user has not chosen one (--data-dir sets DIR/Podcasts).
    void setDefaultDownloadFolder(const QString& folder) { m_defaultDownloadFolder = folder; }
    int parallelDownloads() const; // 2, between 1 and 8
    void setParallelDownloads(int downloads);
    bool writeTags() const; // true: title, show, speakers… are written into downloaded files
    void setWriteTags(bool on);
    // Played downloads older than this are deleted; 0 (the default) keeps them.
    int cleanupAfterDays() const;
    void setCleanupAfterDays(int days);

    // Privacy: descriptions load remote images only when this is on (off by default).
    bool remoteImages() const;
    void setRemoteImages(bool on);

    // Discovery: which podcast directories are asked ("apple", "podcastindex", "gpodder",
    // "fyyd"; the keyless ones on by default, Podcast Index off until its key is saved, and
    // asked only with a key in the keyring), and the
    // country of charts ("fr"; "" follows the system). The key itself is never kept here.
    bool discoveryProviderEnabled(const QString& provider) const;
    void setDiscoveryProviderEnabled(const QString& provider, bool on);
    QString discoveryCountry() const;
    void setDiscoveryCountry(const QString& country);

    // Window state belongs to the UI, which stores opaque blobs here.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);
    // What the episode list showed ("view:1", "show:12", "person:3") and its current episode.
    QString episodeListSource() const;
    void setEpisodeListSource(const QString& source);
    qint64 selectedEpisodeId() const;
    void setSelectedEpisodeId(qint64 episodeId);

    // The interface language: "en", "fr", or "" (the default) to follow the system.
    QString language() const;
    void setLanguage(const QString& language);

    SyncSettings syncSettings() const;
    void setSyncSettings(const SyncSettings& sync);

    void sync();

    // Keyboard shortcuts the listener changed (ui/shortcutmap.h holds the defaults), by action
    // id ("playback.playPause"): the key sequences in portable text, "; " between them
    // ("F5; Ctrl+R"); an empty text means the action has no shortcut.
    QMap<QString, QString> shortcutOverrides() const;
    void setShortcutOverride(const QString& actionId, const QString& keys);
    void removeShortcutOverride(const QString& actionId);

private:
    mutable QSettings m_settings;
    QString m_defaultDownloadFolder;
};

} // namespace ondes

#pragma once

// SyncSchedule says when Ondes syncs with the server the settings name (Settings ▸ Sync,
// `ondes sync --login`): after start, after each refresh, when playback pauses or stops, every
// N minutes while playing, on demand (syncNow), and once more on quit (briefly). It reads the
// password from the keyring (SecretStore, "sync/password") each time, and hands the engine its
// request; the engine's report comes out as finished(). Shows the server added are refreshed.

#include "playback/player.h"
#include "sync/syncengine.h"

#include <QObject>
#include <QTimer>

namespace ondes {

class Refresher;
class SecretStore;
class Settings;

class SyncSchedule : public QObject
{
    Q_OBJECT
public:
    // The keyring key of the sync password (or Nextcloud app password).
    static QString passwordKey();

    SyncSchedule(SyncEngine& engine, Settings& settings, QObject* parent = nullptr);
    ~SyncSchedule() override;

    bool isConfigured() const;
    // The request for the settings as they are, with this password.
    SyncRequest request(const QString& password) const;

    // Syncs now (after the one under way, if any); nothing when sync is not set up.
    void syncNow();
    // The occasions: now (start), after each refresh; then the player's state (connected to
    // Player::stateChanged by MediaServices::followWithSync): pause, stop, the timer while
    // playing.
    void start(Refresher& refresher);
    void playerStateChanged(ondes::Player::State state);
    bool isStarted() const { return m_started; }
    // One last sync for what changed since (the position), waiting at most timeoutMs.
    void syncBeforeQuit(int timeoutMs);

Q_SIGNALS:
    void finished(const ondes::SyncReport& report);

private:
    SyncEngine& m_engine;
    Settings& m_settings;
    SecretStore* m_secrets;
    QTimer m_whilePlaying;
    Refresher* m_refresher = nullptr;
    bool m_started = false;
};

} // namespace ondes

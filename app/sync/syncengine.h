#pragma once

// SyncEngine runs one sync with a server: it logs in, sends the outbox's subscription changes
// batch by batch (each deleted only after the server's answer), reads the server's subscription
// changes since the last time and applies them, then does the same for episode actions, and
// records the result. One sync at a time: asked while one runs, it runs once more afterwards.
// The network is asynchronous; the answers are parsed on worker threads. The SQL is done in short
// transactions on this thread, except the episode actions a server sends (50,000 on a first
// sync), applied on the engine's own worker thread with its own connection; the library then
// announces the changed episodes a few thousand per event-loop turn.

#include "sync/syncapi.h"
#include "sync/syncapplier.h"
#include "sync/syncstore.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

namespace ondes {

class Library;

struct SyncReport
{
    int sentSubscriptionChanges = 0;
    int sentEpisodeActions = 0;
    SubscriptionsApplied subscriptions;
    ActionsApplied actions;
    int rejected = 0; // addresses or actions from the server that were refused
    QString error;    // empty when the sync completed
    qint64 finishedAt = 0;

    bool ok() const { return error.isEmpty(); }
};

struct SyncRequest
{
    QString service; // "gpodder" or "nextcloud"
    SyncAccountInfo account;
    bool allowPlainHttp = false;
    int playedThresholdSeconds = 30;
};

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    explicit SyncEngine(Library& library, QObject* parent = nullptr);
    ~SyncEngine() override;

    void sync(const SyncRequest& request);
    bool isRunning() const { return m_api != nullptr; }

    SyncStore& store() { return m_store; }
    SyncApplier& applier() { return m_applier; }

    // Up to this many outbox rows per request (tests make it small).
    void setBatchSize(int rows) { m_batchSize = qMax(1, rows); }

    // A device id the gpodder.net API accepts ([A-Za-z0-9._-]) from a name.
    static QString deviceIdFor(const QString& name);

Q_SIGNALS:
    void started();
    void finished(const ondes::SyncReport& report);

private:
    void sendSubscriptions();
    void readSubscriptions();
    void sendActions();
    void readActions();
    void applyActions(const RemoteEpisodeActions& actions);
    // Emits Library::episodeChanged for m_changed from `from` on, a slice per event-loop turn,
    // then finishes.
    void announceChanged(qsizetype from);
    void finish(const QString& error);
    std::optional<OutboxBatch> takeBatch(SyncStore::Kind kind);
    bool keepRewrites(const UploadResult& result);
    // After an upload: keeps the server's rewrites and marks batch `number` sent. False when the
    // sync ended instead (the upload or the library failed: finish() was called).
    bool batchSent(const UploadResult& result, const QString& error, qint64 number);

    Library& m_library;
    SyncStore m_store;
    SyncApplier m_applier;
    std::unique_ptr<SyncApi> m_api;
    SyncReport m_report;
    std::optional<SyncRequest> m_next;
    QString m_loggedIn; // the account logged in with during this run
    int m_batchSize = 250;
    QList<qint64> m_changed; // episodes the actions changed, each once
    // The thread that applies the actions (one, with its own connection to the library; it
    // closes with the thread, before the library does).
    QThreadPool m_applyThread;
};

} // namespace ondes

Q_DECLARE_METATYPE(ondes::SyncReport)

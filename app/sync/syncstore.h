#pragma once

// SyncStore is the SQL of sync (migration 0011): the account row (device id, the servers'
// `since` timestamps, the last result), the outbox the library's triggers fill, and the
// addresses a server rewrote. Sending is two steps so a crash loses and repeats nothing:
// nextBatch() stamps the rows to send (or returns the batch a crash left, unchanged), and
// finishBatch() deletes them once the server has answered.

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace ondes {

class Database;

struct SyncAccountState
{
    QString service; // "gpodder" or "nextcloud"
    QString server;
    QString user;
    QString deviceId;
    qint64 subscriptionsSince = 0;
    qint64 actionsSince = 0;
    qint64 lastSync = 0; // Unix seconds; 0: never
    QString lastError;
};

struct OutboxRow
{
    qint64 id = 0;
    QString kind; // subscribe, unsubscribe, play, download, delete, new
    QString feedUrl;
    QString episodeUrl;
    QString guid;
    int started = -1;
    int position = -1;
    int total = -1;
    qint64 timestamp = 0;
};

struct OutboxBatch
{
    qint64 number = 0;
    QList<OutboxRow> rows;
};

class SyncStore
{
public:
    enum class Kind { Subscriptions, RemoteEpisodeActions };

    explicit SyncStore(Database& database) : m_database(database) {}

    std::optional<SyncAccountState> account() const;
    // Starts syncing this library with the account. A new account (another service, server or
    // user) starts from scratch: its `since` timestamps at 0 and the outbox filled with every
    // subscription and every started or played episode, so the server learns what is here.
    // The same account keeps its state.
    bool setAccount(const QString& service, const QString& server, const QString& user,
                    const QString& deviceId);
    // Stops recording: the account and the outbox go.
    bool removeAccount();
    bool setSince(Kind kind, qint64 since);
    bool recordResult(qint64 when, const QString& error);

    int pendingCount() const;
    std::optional<OutboxBatch> nextBatch(Kind kind, int limit);
    bool finishBatch(qint64 number);

    // The server calls localUrl serverUrl from now on.
    bool addRewrites(const QList<QPair<QString, QString>>& localAndServerUrls);

private:
    Database& m_database;
};

} // namespace ondes

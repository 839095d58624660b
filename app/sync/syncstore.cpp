#include "sync/syncstore.h"

#include "library/database.h"
#include "library/sqltransaction.h"
#include "library/sqlutil.h"

#include <QDateTime>
#include <QSqlQuery>

namespace ondes {

namespace {

const char* const kSubscriptionKinds = "('subscribe', 'unsubscribe')";
const char* const kActionKinds = "('play', 'download', 'delete', 'new')";

QString kindsOf(SyncStore::Kind kind)
{
    return QLatin1String(kind == SyncStore::Kind::Subscriptions ? kSubscriptionKinds
                                                                : kActionKinds);
}

OutboxRow outboxRowFrom(const QSqlQuery& q)
{
    return OutboxRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(),   q.value(4).toString(), q.value(5).toInt(),
                     q.value(6).toInt(),      q.value(7).toInt(),    q.value(8).toLongLong()};
}

// What a new account learns from this library: every subscription, every started or played
// episode (the played ones as a play to the end).
bool seedOutbox(QSqlQuery& q)
{
    return sql::exec(q, QStringLiteral("DELETE FROM sync_outbox")) &&
           sql::exec(q, QStringLiteral(
                            "INSERT INTO sync_outbox (kind, feed_url, timestamp) "
                            "SELECT 'subscribe', feed_url, CAST(strftime('%s', 'now') AS INTEGER) "
                            "FROM shows WHERE kind = 'feed' ORDER BY id")) &&
           sql::exec(q, QStringLiteral(
                            "INSERT INTO sync_outbox (kind, feed_url, episode_id, episode_url, "
                            "guid, started, position, total, timestamp) "
                            "SELECT 'play', s.feed_url, e.id, e.enclosure_url, e.guid, 0, "
                            "CASE WHEN e.played THEN max(e.duration, 1) "
                            "ELSE p.position_ms / 1000 END, max(e.duration, 1), "
                            "COALESCE(p.updated_at, CAST(strftime('%s', 'now') AS INTEGER)) "
                            "FROM episodes e JOIN shows s ON s.id = e.show_id "
                            "LEFT JOIN playback_positions p ON p.episode_id = e.id "
                            "WHERE s.kind = 'feed' AND (e.played OR p.position_ms > 0) "
                            "ORDER BY e.id"));
}

} // namespace

std::optional<SyncAccountState> SyncStore::account() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT service, server, user, device_id, "
                                     "subscriptions_since, actions_since, last_sync, last_error "
                                     "FROM sync_account WHERE id = 1")))
        return std::nullopt;
    return sql::one(q, [](const QSqlQuery& r) {
        return SyncAccountState{r.value(0).toString(),   r.value(1).toString(),
                                r.value(2).toString(),   r.value(3).toString(),
                                r.value(4).toLongLong(), r.value(5).toLongLong(),
                                r.value(6).toLongLong(), r.value(7).toString()};
    });
}

bool SyncStore::setAccount(const QString& service, const QString& server, const QString& user,
                           const QString& deviceId)
{
    const auto current = account();
    if (current && current->service == service && current->server == server &&
        current->user == user && current->deviceId == deviceId)
        return true;
    QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begun())
        return false;
    QSqlQuery q(db);
    const bool ok = sql::exec(q, QStringLiteral("DELETE FROM sync_account")) &&
                    sql::exec(q, QStringLiteral("DELETE FROM sync_rewrites")) &&
                    sql::exec(q,
                              QStringLiteral("INSERT INTO sync_account (id, service, server, user, "
                                             "device_id) VALUES (1, ?, ?, ?, ?)"),
                              {service, server, user, deviceId}) &&
                    seedOutbox(q);
    return ok && transaction.commit();
}

bool SyncStore::removeAccount()
{
    QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begun())
        return false;
    QSqlQuery q(db);
    return sql::exec(q, QStringLiteral("DELETE FROM sync_account")) &&
           sql::exec(q, QStringLiteral("DELETE FROM sync_outbox")) &&
           sql::exec(q, QStringLiteral("DELETE FROM sync_rewrites")) && transaction.commit();
}

bool SyncStore::setSince(Kind kind, qint64 since)
{
    QSqlQuery q(m_database.connection());
    return sql::exec(q,
                     kind == Kind::Subscriptions
                         ? QStringLiteral("UPDATE sync_account SET subscriptions_since = ?")
                         : QStringLiteral("UPDATE sync_account SET actions_since = ?"),
                     {since});
}

bool SyncStore::recordResult(qint64 when, const QString& error)
{
    QSqlQuery q(m_database.connection());
    if (error.isEmpty())
        return sql::exec(
            q, QStringLiteral("UPDATE sync_account SET last_sync = ?, last_error = ''"), {when});
    return sql::exec(q, QStringLiteral("UPDATE sync_account SET last_error = ?"), {error});
}

int SyncStore::pendingCount() const
{
    return sql::value(m_database.connection(), QStringLiteral("SELECT count(*) FROM sync_outbox"))
        .value_or(0)
        .toInt();
}

std::optional<OutboxBatch> SyncStore::nextBatch(Kind kind, int limit)
{
    QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begun())
        return std::nullopt;
    QSqlQuery q(db);
    const QString kinds = kindsOf(kind);
    // A batch that was stamped and not finished (a crash, a failed request) goes first, as is.
    auto number = sql::value(db, QStringLiteral("SELECT min(batch) FROM sync_outbox WHERE batch "
                                                "IS NOT NULL AND kind IN ") +
                                     kinds);
    if (!number || number->isNull()) {
        const qint64 next = sql::value(db, QStringLiteral("SELECT COALESCE(max(batch), 0) + 1 "
                                                          "FROM sync_outbox"))
                                .value_or(1)
                                .toLongLong();
        if (!sql::exec(q,
                       QStringLiteral("UPDATE sync_outbox SET batch = ? WHERE id IN (SELECT id "
                                      "FROM sync_outbox WHERE batch IS NULL AND kind IN ") +
                           kinds + QStringLiteral(" ORDER BY id LIMIT ?)"),
                       {next, limit}))
            return std::nullopt;
        number = next;
    }
    OutboxBatch batch;
    batch.number = number->toLongLong();
    if (!sql::exec(q,
                   QStringLiteral("SELECT id, kind, feed_url, episode_url, guid, started, "
                                  "position, total, timestamp FROM sync_outbox WHERE batch = ? "
                                  "ORDER BY id"),
                   {batch.number}))
        return std::nullopt;
    batch.rows = sql::all(q, outboxRowFrom);
    if (!transaction.commit())
        return std::nullopt;
    if (batch.rows.isEmpty())
        return OutboxBatch{};
    return batch;
}

bool SyncStore::finishBatch(qint64 number)
{
    QSqlQuery q(m_database.connection());
    return sql::exec(q, QStringLiteral("DELETE FROM sync_outbox WHERE batch = ?"), {number});
}

bool SyncStore::addRewrites(const QList<QPair<QString, QString>>& localAndServerUrls)
{
    if (localAndServerUrls.isEmpty())
        return true;
    QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begun())
        return false;
    QSqlQuery q(db);
    for (const auto& [local, server] : localAndServerUrls) {
        // A rewrite of a rewrite still leads to the library's own address.
        const QString original =
            sql::value(db,
                       QStringLiteral("SELECT local_url FROM sync_rewrites WHERE "
                                      "server_url = ?"),
                       {local})
                .value_or(local)
                .toString();
        if (!sql::exec(q,
                       QStringLiteral("INSERT OR REPLACE INTO sync_rewrites (server_url, "
                                      "local_url) VALUES (?, ?)"),
                       {server, original}))
            return false;
    }
    return transaction.commit();
}

} // namespace ondes

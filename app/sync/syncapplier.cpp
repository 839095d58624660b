#include "sync/syncapplier.h"

#include "library/database.h"
#include "library/sqltransaction.h"
#include "library/sqlutil.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace ondes {

namespace {

// A transaction in which the sync triggers stay quiet (the row goes before the commit).
class MutedTransaction
{
public:
    explicit MutedTransaction(QSqlDatabase db) : m_db(db), m_transaction(db)
    {
        QSqlQuery q(m_db);
        m_muted = m_transaction.begun() &&
                  sql::exec(q, QStringLiteral("INSERT OR IGNORE INTO sync_muted (id) VALUES (1)"));
    }
    bool begun() const { return m_muted; }
    bool commit()
    {
        QSqlQuery q(m_db);
        return sql::exec(q, QStringLiteral("DELETE FROM sync_muted")) && m_transaction.commit();
    }

private:
    QSqlDatabase m_db;
    sql::Transaction m_transaction;
    bool m_muted = false;
};

QString localAddress(const QSqlDatabase& db, const QString& serverUrl)
{
    return sql::value(db,
                      QStringLiteral("SELECT local_url FROM sync_rewrites WHERE server_url = ?"),
                      {serverUrl})
        .value_or(serverUrl)
        .toString();
}

struct LocalEpisode
{
    qint64 id = 0;
    bool played = false;
    qint64 changedAt = 0; // the last change of its position or played mark here
};

std::optional<LocalEpisode> findEpisode(const QSqlDatabase& db, qint64 showId,
                                        const EpisodeAction& action)
{
    QSqlQuery q(db);
    const QString columns =
        QStringLiteral("SELECT e.id, e.played, COALESCE(p.updated_at, 0) FROM episodes e LEFT JOIN "
                       "playback_positions p ON p.episode_id = e.id WHERE e.show_id = ? AND ");
    auto read = [](const QSqlQuery& r) {
        return LocalEpisode{r.value(0).toLongLong(), r.value(1).toBool(), r.value(2).toLongLong()};
    };
    if (!action.guid.isEmpty() &&
        sql::exec(q, columns + QStringLiteral("e.guid = ? LIMIT 1"), {showId, action.guid}))
        if (auto found = sql::one(q, read))
            return found;
    if (sql::exec(q, columns + QStringLiteral("e.enclosure_url = ? LIMIT 1"),
                  {showId, localAddress(db, action.episode)}))
        return sql::one(q, read);
    return std::nullopt;
}

bool storePosition(QSqlQuery& q, qint64 episodeId, qint64 positionMs, qint64 at)
{
    return sql::exec(q,
                     QStringLiteral("INSERT INTO playback_positions (episode_id, position_ms, "
                                    "updated_at) VALUES (?, ?, ?) ON CONFLICT (episode_id) DO "
                                    "UPDATE SET position_ms = excluded.position_ms, "
                                    "updated_at = excluded.updated_at"),
                     {episodeId, positionMs, at});
}

bool storePlayed(QSqlQuery& q, qint64 episodeId, bool played)
{
    return sql::exec(q, QStringLiteral("UPDATE episodes SET played = ?, seen = 1 WHERE id = ?"),
                     {played ? 1 : 0, episodeId});
}

} // namespace

std::optional<SubscriptionsApplied>
SyncApplier::applySubscriptions(const SubscriptionChanges& changes)
{
    SubscriptionsApplied applied;
    QSqlDatabase db = m_database.connection();
    MutedTransaction transaction(db);
    if (!transaction.begun())
        return std::nullopt;
    QSqlQuery q(db);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QString& serverUrl : changes.remove) {
        const QString url = localAddress(db, serverUrl);
        const auto title = sql::value(db,
                                      QStringLiteral("SELECT title FROM shows WHERE feed_url = ? "
                                                     "AND kind = 'feed'"),
                                      {url});
        if (!title)
            continue;
        if (!sql::exec(q,
                       QStringLiteral("INSERT OR REPLACE INTO sync_removed_shows (feed_url, "
                                      "title, removed_at) VALUES (?, ?, ?)"),
                       {url, title->toString(), now}) ||
            !sql::exec(q, QStringLiteral("DELETE FROM shows WHERE feed_url = ?"), {url}))
            return std::nullopt;
        applied.removed << url;
    }
    for (const QString& serverUrl : changes.add) {
        const QString url = localAddress(db, serverUrl);
        if (!sql::exec(q,
                       QStringLiteral("INSERT INTO shows (feed_url, kind, title, added_at) VALUES "
                                      "(?, 'feed', ?, ?) ON CONFLICT (feed_url) DO NOTHING "
                                      "RETURNING id"),
                       {url, url, now}))
            return std::nullopt;
        if (q.next())
            applied.addedShowIds << q.value(0).toLongLong();
        q.finish();
        if (!sql::exec(q, QStringLiteral("DELETE FROM sync_removed_shows WHERE feed_url = ?"),
                       {url}))
            return std::nullopt;
    }
    if (!transaction.commit())
        return std::nullopt;
    return applied;
}

std::optional<ActionsApplied> SyncApplier::applyActions(QList<EpisodeAction> actions)
{
    std::stable_sort(
        actions.begin(), actions.end(),
        [](const EpisodeAction& a, const EpisodeAction& b) { return a.timestamp < b.timestamp; });
    ActionsApplied applied;
    QSqlDatabase db = m_database.connection();
    MutedTransaction transaction(db);
    if (!transaction.begun())
        return std::nullopt;
    QSqlQuery write(db);
    QHash<QString, qint64> showIds; // by the server's address; 0: not here
    for (const EpisodeAction& action : std::as_const(actions)) {
        if (action.action != QLatin1String("play") && action.action != QLatin1String("new"))
            continue;
        auto show = showIds.constFind(action.podcast);
        if (show == showIds.constEnd())
            show = showIds.insert(
                action.podcast,
                sql::value(db, QStringLiteral("SELECT id FROM shows WHERE feed_url = ?"),
                           {localAddress(db, action.podcast)})
                    .value_or(0)
                    .toLongLong());
        const auto episode = *show ? findEpisode(db, *show, action) : std::nullopt;
        if (!episode) {
            ++applied.unmatched;
            continue;
        }
        if (action.timestamp <= episode->changedAt) {
            ++applied.stale;
            continue;
        }
        bool ok = true;
        if (action.action == QLatin1String("new")) {
            ok = storePlayed(write, episode->id, false) &&
                 storePosition(write, episode->id, 0, action.timestamp);
            ++applied.unplayed;
        } else if (action.position < 0) {
            continue;
        } else if (action.total > 0 && action.position >= action.total - m_playedThresholdSeconds) {
            ok = storePlayed(write, episode->id, true) &&
                 storePosition(write, episode->id, 0, action.timestamp);
            applied.played += episode->played ? 0 : 1;
        } else {
            ok = storePosition(write, episode->id, qint64(action.position) * 1000,
                               action.timestamp) &&
                 (!episode->played || storePlayed(write, episode->id, false));
            ++applied.positions;
        }
        if (!ok)
            return std::nullopt;
        applied.changedEpisodeIds << episode->id;
    }
    if (!transaction.commit())
        return std::nullopt;
    return applied;
}

std::optional<qint64> SyncApplier::undoRemoval(const QString& feedUrl)
{
    QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begun())
        return std::nullopt;
    QSqlQuery q(db);
    const auto title = sql::value(
        db, QStringLiteral("SELECT title FROM sync_removed_shows WHERE feed_url = ?"), {feedUrl});
    if (!title)
        return std::nullopt;
    // Not muted: the trigger queues the subscription for the server.
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO shows (feed_url, kind, title, added_at) VALUES "
                                  "(?, 'feed', ?, ?) ON CONFLICT (feed_url) DO UPDATE SET "
                                  "feed_url = excluded.feed_url RETURNING id"),
                   {feedUrl, title->toString(), QDateTime::currentSecsSinceEpoch()}) ||
        !q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!sql::exec(q, QStringLiteral("DELETE FROM sync_removed_shows WHERE feed_url = ?"),
                   {feedUrl}) ||
        !transaction.commit())
        return std::nullopt;
    return id;
}

QStringList SyncApplier::removedShows() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT feed_url FROM sync_removed_shows ORDER BY "
                                     "removed_at DESC, feed_url")))
        return {};
    return sql::all(q, [](const QSqlQuery& r) { return r.value(0).toString(); });
}

} // namespace ondes

#include "sync/syncapplier.h"

#include "library/database.h"
#include "library/sqltransaction.h"
#include "library/sqlutil.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

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

// One show's episodes by guid and by enclosure address, read once (a sync brings many actions
// per show: one query a show, not one an action).
struct ShowEpisodes
{
    QHash<QString, int> byGuid;
    QHash<QString, int> byEnclosure;
    QList<LocalEpisode> episodes;

    LocalEpisode* find(const EpisodeAction& action, const QString& localEpisodeUrl)
    {
        auto it = action.guid.isEmpty() ? byGuid.constEnd() : byGuid.constFind(action.guid);
        if (it == byGuid.constEnd())
            it = byEnclosure.constFind(localEpisodeUrl);
        if (it == byEnclosure.constEnd())
            return nullptr;
        return &episodes[*it];
    }
};

std::optional<ShowEpisodes> readShowEpisodes(const QSqlDatabase& db, qint64 showId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!sql::exec(q,
                   QStringLiteral("SELECT e.id, e.played, COALESCE(p.updated_at, 0), e.guid, "
                                  "e.enclosure_url FROM episodes e LEFT JOIN playback_positions "
                                  "p ON p.episode_id = e.id WHERE e.show_id = ?"),
                   {showId}))
        return std::nullopt;
    ShowEpisodes show;
    while (q.next()) {
        const int index = int(show.episodes.size());
        show.episodes << LocalEpisode{q.value(0).toLongLong(), q.value(1).toBool(),
                                      q.value(2).toLongLong()};
        const QString guid = q.value(3).toString();
        if (!guid.isEmpty())
            show.byGuid.insert(guid, index);
        show.byEnclosure.insert(q.value(4).toString(), index);
    }
    return show;
}

// The two writes of applying actions, prepared once.
class ActionWriter
{
public:
    explicit ActionWriter(const QSqlDatabase& db) : m_position(db), m_played(db)
    {
        m_ready = m_position.prepare(QStringLiteral(
                      "INSERT INTO playback_positions (episode_id, position_ms, updated_at) "
                      "VALUES (?, ?, ?) ON CONFLICT (episode_id) DO UPDATE SET position_ms = "
                      "excluded.position_ms, updated_at = excluded.updated_at WHERE "
                      "excluded.updated_at > playback_positions.updated_at")) &&
                  m_played.prepare(
                      QStringLiteral("UPDATE episodes SET played = ?, seen = 1 WHERE id = ?"));
    }
    bool ready() const { return m_ready; }
    bool position(LocalEpisode& episode, qint64 positionMs, qint64 at)
    {
        episode.changedAt = at;
        return run(m_position, {episode.id, positionMs, at});
    }
    bool played(LocalEpisode& episode, bool played)
    {
        episode.played = played;
        return run(m_played, {played ? 1 : 0, episode.id});
    }

private:
    static bool run(QSqlQuery& q, const QVariantList& values)
    {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (q.exec())
            return true;
        sql::logError(q);
        return false;
    }

    QSqlQuery m_position;
    QSqlQuery m_played;
    bool m_ready = false;
};

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
    auto transaction = std::make_unique<MutedTransaction>(db);
    ActionWriter write(db);
    if (!transaction->begun() || !write.ready())
        return std::nullopt;
    QHash<QString, QString> rewrites; // the server's address -> the library's
    {
        QSqlQuery q(db);
        if (!sql::exec(q, QStringLiteral("SELECT server_url, local_url FROM sync_rewrites")))
            return std::nullopt;
        while (q.next())
            rewrites.insert(q.value(0).toString(), q.value(1).toString());
    }
    QHash<QString, std::optional<ShowEpisodes>> shows; // by the server's address
    int inTransaction = 0;
    for (const EpisodeAction& action : std::as_const(actions)) {
        // Short transactions: the program's other writes (the position while playing) wait for
        // one of them at most.
        if (++inTransaction > kActionsPerTransaction) {
            if (!transaction->commit())
                return std::nullopt;
            transaction = std::make_unique<MutedTransaction>(db);
            if (!transaction->begun())
                return std::nullopt;
            inTransaction = 1;
        }
        if (action.action != QLatin1String("play") && action.action != QLatin1String("new"))
            continue;
        auto show = shows.find(action.podcast);
        if (show == shows.end()) {
            const auto showId = sql::value(db,
                                           QStringLiteral("SELECT id FROM shows WHERE "
                                                          "feed_url = ?"),
                                           {rewrites.value(action.podcast, action.podcast)});
            show = shows.insert(action.podcast,
                                showId ? readShowEpisodes(db, showId->toLongLong()) : std::nullopt);
        }
        LocalEpisode* episode =
            *show ? (*show)->find(action, rewrites.value(action.episode, action.episode)) : nullptr;
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
            ok = write.played(*episode, false) && write.position(*episode, 0, action.timestamp);
            ++applied.unplayed;
        } else if (action.position < 0) {
            continue;
        } else if (action.total > 0 && action.position >= action.total - m_playedThresholdSeconds) {
            applied.played += episode->played ? 0 : 1;
            ok = write.played(*episode, true) && write.position(*episode, 0, action.timestamp);
        } else {
            ok = (!episode->played || write.played(*episode, false)) &&
                 write.position(*episode, qint64(action.position) * 1000, action.timestamp);
            ++applied.positions;
        }
        if (!ok)
            return std::nullopt;
        applied.changedEpisodeIds << episode->id;
    }
    if (!transaction->commit())
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

QString SyncApplier::removedShowTitle(const QString& feedUrl) const
{
    return sql::value(m_database.connection(),
                      QStringLiteral("SELECT title FROM sync_removed_shows WHERE feed_url = ?"),
                      {feedUrl})
        .value_or(QVariant())
        .toString();
}

} // namespace ondes

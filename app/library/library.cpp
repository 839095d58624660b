#include "library/library.h"

#include "feed/personkey.h"
#include "library/database.h"
#include "library/episodequery.h"
#include "library/episoderows.h"
#include "library/sqltransaction.h"
#include "library/sqlutil.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace ondes {

namespace {

const char* const kShowColumns =
    "SELECT s.id, s.feed_url, s.kind, s.title, s.description, s.link, s.image_url, s.author, "
    "s.last_error, (SELECT COUNT(*) FROM episodes e WHERE e.show_id = s.id), "
    "(SELECT COUNT(*) FROM episodes e WHERE e.show_id = s.id AND e.played = 0) FROM shows s ";

ShowRow showFromQuery(const QSqlQuery& q)
{
    ShowRow row;
    row.id = q.value(0).toLongLong();
    row.feedUrl = q.value(1).toString();
    row.kind = showKindFromName(q.value(2).toString());
    row.title = q.value(3).toString();
    row.description = q.value(4).toString();
    row.link = q.value(5).toString();
    row.imageUrl = q.value(6).toString();
    row.author = q.value(7).toString();
    row.lastError = q.value(8).toString();
    row.episodeCount = q.value(9).toInt();
    row.unplayedCount = q.value(10).toInt();
    return row;
}

} // namespace

Library::Library(Database& database, QObject* parent) : QObject(parent), m_database(database) {}

QList<ShowRow> Library::shows() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QLatin1String(kShowColumns) + QLatin1String("ORDER BY s.title COLLATE NOCASE")))
        return {};
    return sql::all(q, showFromQuery);
}

std::optional<ShowRow> Library::show(qint64 showId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QLatin1String(kShowColumns) + QLatin1String("WHERE s.id = ?"), {showId}))
        return std::nullopt;
    return sql::one(q, showFromQuery);
}

std::optional<qint64> Library::showIdForUrl(const QString& feedUrl) const
{
    if (const auto id =
            sql::value(m_database.connection(),
                       QStringLiteral("SELECT id FROM shows WHERE feed_url = ?"), {feedUrl}))
        return id->toLongLong();
    return std::nullopt;
}

QList<EpisodeRow> Library::episodes(qint64 showId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QLatin1String(episoderows::kColumns) +
                       QLatin1String("WHERE e.show_id = ? ORDER BY e.published DESC, e.id DESC"),
                   {showId}))
        return {};
    return sql::all(q, episoderows::read);
}

std::optional<EpisodeRow> Library::episode(qint64 episodeId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QLatin1String(episoderows::kColumns) + QLatin1String("WHERE e.id = ?"),
                   {episodeId}))
        return std::nullopt;
    return sql::one(q, episoderows::read);
}

QList<SpeakerRow> Library::speakers(qint64 episodeId) const
{
    QList<SpeakerRow> rows;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT p.id, p.name, ep.role, ep.grp, ep.source, p.img, p.href, "
                             "ep.kind FROM episode_people ep JOIN people p ON p.id = "
                             "ep.person_id WHERE ep.episode_id = ? ORDER BY ep.ordinal, ep.rowid"));
    q.addBindValue(episodeId);
    if (!q.exec()) {
        sql::logError(q);
        return rows;
    }
    while (q.next()) {
        rows << SpeakerRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                           q.value(6).toString(),   q.value(7).toString()};
    }
    return rows;
}

namespace {

const char* const kPersonColumns =
    "SELECT p.id, p.name, p.img, p.href, COUNT(ep.episode_id), COUNT(DISTINCT e.show_id) "
    "FROM people p JOIN episode_people ep ON ep.person_id = p.id "
    "JOIN episodes e ON e.id = ep.episode_id ";

PersonRow personFromQuery(const QSqlQuery& q)
{
    return PersonRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(),   q.value(4).toInt(),    q.value(5).toInt()};
}

} // namespace

QList<PersonRow> Library::people() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QLatin1String(kPersonColumns) + QLatin1String("GROUP BY p.id ORDER BY p.key")))
        return {};
    return sql::all(q, personFromQuery);
}

std::optional<PersonRow> Library::person(qint64 personId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QLatin1String(kPersonColumns) + QLatin1String("WHERE p.id = ? GROUP BY p.id"),
                   {personId}))
        return std::nullopt;
    return sql::one(q, personFromQuery);
}

std::optional<PersonRow> Library::findPerson(const QString& name) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QLatin1String(kPersonColumns) +
                       QLatin1String("WHERE p.id = COALESCE((SELECT id FROM people WHERE key = "
                                     "?), (SELECT person_id FROM person_aliases WHERE key = ?)) "
                                     "GROUP BY p.id"),
                   {personKey(name), personKey(name)}))
        return std::nullopt;
    return sql::one(q, personFromQuery);
}

QList<EpisodeRow> Library::episodesWithPerson(qint64 personId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QLatin1String(episoderows::kColumns) +
                       QLatin1String("WHERE e.id IN (SELECT episode_id FROM episode_people WHERE "
                                     "person_id = ?) ORDER BY e.published DESC, e.id DESC"),
                   {personId}))
        return {};
    return sql::all(q, episoderows::read);
}

bool Library::isEmpty() const
{
    QSqlQuery q(m_database.connection());
    return q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM shows)")) && q.next() &&
           q.value(0).toBool();
}

std::optional<MergeResult> Library::storeFeed(const QString& feedUrl, ShowKind kind,
                                              const ParsedFeed& feed, QString* error,
                                              FeedMerger::Coverage coverage)
{
    FeedMerger merger(m_database.connection());
    const auto result = merger.merge(feedUrl, kind, feed, coverage);
    if (!result) {
        if (error)
            *error = merger.errorString();
        return std::nullopt;
    }
    // The merge's commit left its pages in the log: they are copied into the file while the
    // caller answers (a new show of 10,000 episodes: 60 MB, 0.3-0.9 s).
    m_database.checkpointSoon();
    Q_EMIT showsChanged();
    Q_EMIT episodesChanged(result->showId);
    return result;
}

QList<qint64> Library::addShows(const QList<QPair<QString, QString>>& urlsAndTitles)
{
    QList<qint64> ids;
    QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begun())
        return ids;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO shows (feed_url, kind, title, added_at) VALUES (?, 'feed', ?, ?) "
        "ON CONFLICT(feed_url) DO UPDATE SET feed_url = excluded.feed_url RETURNING id"));
    for (const auto& [url, title] : urlsAndTitles) {
        q.addBindValue(url);
        q.addBindValue(title.isEmpty() ? url : title);
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!q.exec() || !q.next()) {
            sql::logError(q);
            return {};
        }
        ids << q.value(0).toLongLong();
        q.finish();
    }
    if (!transaction.commit())
        return {};
    Q_EMIT showsChanged();
    return ids;
}

std::optional<ShowFetchState> Library::fetchState(qint64 showId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT s.id, s.feed_url, s.kind, s.etag, s.last_modified, (SELECT e.link FROM episodes "
        "e WHERE e.show_id = s.id AND e.link <> '' ORDER BY e.published DESC LIMIT 1) "
        "FROM shows s WHERE s.id = ?"));
    q.addBindValue(showId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ShowFetchState{
        q.value(0).toLongLong(), q.value(1).toString(), showKindFromName(q.value(2).toString()),
        q.value(3).toString(),   q.value(4).toString(), q.value(5).toString()};
}

QList<qint64> Library::refreshableShowIds() const
{
    QList<qint64> ids;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM shows WHERE kind IN ('feed', 'web') ORDER BY id"))) {
        sql::logError(q);
        return ids;
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

bool Library::recordFetch(qint64 showId, const QString& etag, const QString& lastModified,
                          const QString& movedTo)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE shows SET etag = ?, last_modified = ?, last_refresh = ?, "
                             "last_error = '' WHERE id = ?"));
    q.addBindValue(etag.isNull() ? QString(QLatin1String("")) : etag);
    q.addBindValue(lastModified.isNull() ? QString(QLatin1String("")) : lastModified);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(showId);
    if (!q.exec()) {
        sql::logError(q);
        return false;
    }
    if (!movedTo.isEmpty()) {
        QSqlQuery move(m_database.connection());
        move.prepare(QStringLiteral("UPDATE OR IGNORE shows SET feed_url = ? WHERE id = ?"));
        move.addBindValue(movedTo);
        move.addBindValue(showId);
        if (!move.exec())
            sql::logError(move);
    }
    Q_EMIT showsChanged();
    return true;
}

bool Library::recordFetchError(qint64 showId, const QString& error)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE shows SET last_error = ? WHERE id = ?"));
    q.addBindValue(error.isEmpty() ? QStringLiteral("unknown error") : error);
    q.addBindValue(showId);
    if (!q.exec()) {
        sql::logError(q);
        return false;
    }
    Q_EMIT showsChanged();
    return true;
}

qint64 Library::position(qint64 episodeId) const
{
    return sql::value(m_database.connection(),
                      QStringLiteral("SELECT position_ms FROM playback_positions "
                                     "WHERE episode_id = ?"),
                      {episodeId})
        .value_or(0)
        .toLongLong();
}

bool Library::savePosition(qint64 episodeId, qint64 positionMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO playback_positions (episode_id, position_ms, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(episode_id) DO UPDATE SET position_ms = excluded.position_ms, "
        "updated_at = excluded.updated_at"));
    q.addBindValue(episodeId);
    q.addBindValue(positionMs);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec()) {
        sql::logError(q);
        return false;
    }
    return true;
}

bool Library::setPlayed(qint64 episodeId, bool played)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE episodes SET played = ? WHERE id = ?"));
    q.addBindValue(played ? 1 : 0);
    q.addBindValue(episodeId);
    if (!q.exec()) {
        sql::logError(q);
        return false;
    }
    Q_EMIT episodeChanged(episodeId);
    return true;
}

bool Library::setPlayed(const QList<qint64>& episodeIds, bool played)
{
    QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begun())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE episodes SET played = ? WHERE id = ?"));
    for (const qint64 id : episodeIds) {
        q.addBindValue(played ? 1 : 0);
        q.addBindValue(id);
        if (!q.exec()) {
            sql::logError(q);
            return false;
        }
    }
    if (!transaction.commit())
        return false;
    for (const qint64 id : episodeIds)
        Q_EMIT episodeChanged(id);
    return true;
}

bool Library::markSeen(qint64 episodeId)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE episodes SET seen = 1 WHERE id = ? AND seen = 0"),
                   {episodeId}))
        return false;
    if (q.numRowsAffected() > 0)
        Q_EMIT episodeChanged(episodeId);
    return true;
}

int Library::playedCount(const QList<qint64>& episodeIds) const
{
    constexpr qsizetype kChunk = 500; // well under SQLite's limit on bound values
    int played = 0;
    for (qsizetype from = 0; from < episodeIds.size(); from += kChunk) {
        const QList<qint64> chunk = episodeIds.mid(from, kChunk);
        const QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM episodes WHERE played = 1 AND id IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec()) {
            sql::logError(q);
            return -1;
        }
        if (q.next())
            played += q.value(0).toInt();
    }
    return played;
}

EpisodeViewCounts Library::viewCounts() const
{
    return EpisodeQuery(m_database).viewCounts();
}

Neighbours Library::neighbours(qint64 episodeId) const
{
    return EpisodeNeighbours::of(m_database, episodeId);
}

} // namespace ondes

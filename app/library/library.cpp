#include "library/library.h"

#include "feed/personkey.h"
#include "library/chapterstore.h"
#include "library/database.h"
#include "library/searchindex.h"
#include "playback/chapterlist.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace ondes {

Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

namespace {

const char* const kEpisodeColumns =
    "SELECT e.id, e.show_id, s.title, e.guid, e.title, e.link, e.description, e.description_html, "
    "e.author, e.image_url, e.published, e.duration, e.enclosure_url, e.enclosure_type, "
    "e.local_file, e.played, COALESCE(p.position_ms, 0) "
    "FROM episodes e JOIN shows s ON s.id = e.show_id "
    "LEFT JOIN playback_positions p ON p.episode_id = e.id ";

EpisodeRow episodeFromQuery(const QSqlQuery& q)
{
    EpisodeRow row;
    row.id = q.value(0).toLongLong();
    row.showId = q.value(1).toLongLong();
    row.showTitle = q.value(2).toString();
    row.guid = q.value(3).toString();
    row.title = q.value(4).toString();
    row.link = q.value(5).toString();
    row.description = q.value(6).toString();
    row.descriptionHtml = q.value(7).toString();
    row.author = q.value(8).toString();
    row.imageUrl = q.value(9).toString();
    row.published = q.value(10).toLongLong();
    row.durationSeconds = q.value(11).toLongLong();
    row.enclosureUrl = q.value(12).toString();
    row.enclosureType = q.value(13).toString();
    row.localFile = q.value(14).toString();
    row.played = q.value(15).toBool();
    row.positionMs = q.value(16).toLongLong();
    return row;
}

const char* const kShowColumns =
    "SELECT s.id, s.feed_url, s.kind, s.title, s.description, s.link, s.image_url, s.author, "
    "s.last_error, (SELECT COUNT(*) FROM episodes e WHERE e.show_id = s.id), "
    "(SELECT COUNT(*) FROM episodes e WHERE e.show_id = s.id AND e.played = 0) FROM shows s ";

ShowRow showFromQuery(const QSqlQuery& q)
{
    ShowRow row;
    row.id = q.value(0).toLongLong();
    row.feedUrl = q.value(1).toString();
    row.kind = q.value(2).toString();
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

void logError(const QSqlQuery& q)
{
    qCWarning(lcDatabase) << "query failed:" << q.lastError().text() << q.lastQuery();
}

// Prepares and runs sql with its values; a failure is logged and reads as no rows.
bool run(QSqlQuery& q, const QString& sql, const QVariantList& values = {})
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        logError(q);
        return false;
    }
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        logError(q);
        return false;
    }
    return true;
}

template <typename Read> auto readAll(QSqlQuery& q, Read read) -> QList<decltype(read(q))>
{
    QList<decltype(read(q))> rows;
    while (q.next())
        rows << read(q);
    return rows;
}

template <typename Read> auto readOne(QSqlQuery& q, Read read) -> std::optional<decltype(read(q))>
{
    if (q.next())
        return read(q);
    return std::nullopt;
}

} // namespace

Library::Library(Database& database, QObject* parent) : QObject(parent), m_database(database) {}

QList<ShowRow> Library::shows() const
{
    QSqlQuery q(m_database.connection());
    if (!run(q, QLatin1String(kShowColumns) + QLatin1String("ORDER BY s.title COLLATE NOCASE")))
        return {};
    return readAll(q, showFromQuery);
}

std::optional<ShowRow> Library::show(qint64 showId) const
{
    QSqlQuery q(m_database.connection());
    if (!run(q, QLatin1String(kShowColumns) + QLatin1String("WHERE s.id = ?"), {showId}))
        return std::nullopt;
    return readOne(q, showFromQuery);
}

std::optional<qint64> Library::showIdForUrl(const QString& feedUrl) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM shows WHERE feed_url = ?"));
    q.addBindValue(feedUrl);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QList<EpisodeRow> Library::episodes(qint64 showId) const
{
    QSqlQuery q(m_database.connection());
    if (!run(q,
             QLatin1String(kEpisodeColumns) +
                 QLatin1String("WHERE e.show_id = ? ORDER BY e.published DESC, e.id DESC"),
             {showId}))
        return {};
    return readAll(q, episodeFromQuery);
}

std::optional<EpisodeRow> Library::episode(qint64 episodeId) const
{
    QSqlQuery q(m_database.connection());
    if (!run(q, QLatin1String(kEpisodeColumns) + QLatin1String("WHERE e.id = ?"), {episodeId}))
        return std::nullopt;
    return readOne(q, episodeFromQuery);
}

QList<SpeakerRow> Library::speakers(qint64 episodeId) const
{
    QList<SpeakerRow> rows;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT p.id, p.name, ep.role, ep.grp, ep.source, p.img, p.href "
                             "FROM episode_people ep JOIN people p ON p.id = ep.person_id "
                             "WHERE ep.episode_id = ? ORDER BY ep.ordinal"));
    q.addBindValue(episodeId);
    if (!q.exec()) {
        logError(q);
        return rows;
    }
    while (q.next()) {
        rows << SpeakerRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                           q.value(6).toString()};
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
    if (!run(q, QLatin1String(kPersonColumns) + QLatin1String("GROUP BY p.id ORDER BY p.key")))
        return {};
    return readAll(q, personFromQuery);
}

std::optional<PersonRow> Library::person(qint64 personId) const
{
    QSqlQuery q(m_database.connection());
    if (!run(q, QLatin1String(kPersonColumns) + QLatin1String("WHERE p.id = ? GROUP BY p.id"),
             {personId}))
        return std::nullopt;
    return readOne(q, personFromQuery);
}

std::optional<PersonRow> Library::findPerson(const QString& name) const
{
    QSqlQuery q(m_database.connection());
    if (!run(q, QLatin1String(kPersonColumns) + QLatin1String("WHERE p.key = ? GROUP BY p.id"),
             {personKey(name)}))
        return std::nullopt;
    return readOne(q, personFromQuery);
}

QList<EpisodeRow> Library::episodesWithPerson(qint64 personId) const
{
    QSqlQuery q(m_database.connection());
    if (!run(q,
             QLatin1String(kEpisodeColumns) +
                 QLatin1String("WHERE e.id IN (SELECT episode_id FROM episode_people WHERE "
                               "person_id = ?) ORDER BY e.published DESC, e.id DESC"),
             {personId}))
        return {};
    return readAll(q, episodeFromQuery);
}

bool Library::isEmpty() const
{
    QSqlQuery q(m_database.connection());
    return q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM shows)")) && q.next() &&
           q.value(0).toBool();
}

std::optional<MergeResult> Library::storeFeed(const QString& feedUrl, const QString& kind,
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
    Q_EMIT showsChanged();
    Q_EMIT episodesChanged(result->showId);
    return result;
}

QList<qint64> Library::addShows(const QList<QPair<QString, QString>>& urlsAndTitles)
{
    QList<qint64> ids;
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
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
            logError(q);
            db.rollback();
            return {};
        }
        ids << q.value(0).toLongLong();
        q.finish();
    }
    db.commit();
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
    return ShowFetchState{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(),   q.value(4).toString(), q.value(5).toString()};
}

QList<qint64> Library::refreshableShowIds() const
{
    QList<qint64> ids;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM shows WHERE kind IN ('feed', 'web') ORDER BY id"))) {
        logError(q);
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
        logError(q);
        return false;
    }
    if (!movedTo.isEmpty()) {
        QSqlQuery move(m_database.connection());
        move.prepare(QStringLiteral("UPDATE OR IGNORE shows SET feed_url = ? WHERE id = ?"));
        move.addBindValue(movedTo);
        move.addBindValue(showId);
        if (!move.exec())
            logError(move);
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
        logError(q);
        return false;
    }
    Q_EMIT showsChanged();
    return true;
}

qint64 Library::position(qint64 episodeId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT position_ms FROM playback_positions WHERE episode_id = ?"));
    q.addBindValue(episodeId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
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
        logError(q);
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
        logError(q);
        return false;
    }
    Q_EMIT episodeChanged(episodeId);
    return true;
}

} // namespace ondes

// --- Playback: queue, speed per show, progress (issue 5) ---

namespace ondes {

qint64 Library::positionSavedAt(qint64 episodeId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT updated_at FROM playback_positions WHERE episode_id = ?"));
    q.addBindValue(episodeId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool Library::savePosition(qint64 episodeId, qint64 positionMs, qint64 savedAtSecs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO playback_positions (episode_id, position_ms, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(episode_id) DO UPDATE SET position_ms = excluded.position_ms, "
        "updated_at = excluded.updated_at"));
    q.addBindValue(episodeId);
    q.addBindValue(positionMs);
    q.addBindValue(savedAtSecs);
    if (!q.exec()) {
        logError(q);
        return false;
    }
    return true;
}

QList<EpisodeRow> Library::inProgressEpisodes(int limit) const
{
    QList<EpisodeRow> rows;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kEpisodeColumns) +
              QLatin1String("WHERE p.position_ms > 0 AND e.played = 0 "
                            "ORDER BY p.updated_at DESC, e.id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        logError(q);
        return rows;
    }
    while (q.next())
        rows << episodeFromQuery(q);
    return rows;
}

std::optional<qint64> Library::episodeIdForUrl(const QString& url) const
{
    const QUrl parsed(url);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM episodes WHERE enclosure_url = ? OR "
                             "(local_file <> '' AND local_file = ?) ORDER BY id LIMIT 1"));
    q.addBindValue(url);
    q.addBindValue(parsed.isLocalFile() ? parsed.toLocalFile() : url);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

double Library::showPlaybackRate(qint64 showId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT playback_rate FROM shows WHERE id = ?"));
    q.addBindValue(showId);
    if (q.exec() && q.next())
        return q.value(0).toDouble();
    return 0;
}

bool Library::setShowPlaybackRate(qint64 showId, double rate)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE shows SET playback_rate = ? WHERE id = ?"));
    q.addBindValue(rate);
    q.addBindValue(showId);
    if (!q.exec()) {
        logError(q);
        return false;
    }
    return true;
}

QList<qint64> Library::queue() const
{
    QList<qint64> ids;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT episode_id FROM queue ORDER BY ordinal"))) {
        logError(q);
        return ids;
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<EpisodeRow> Library::queuedEpisodes() const
{
    QList<EpisodeRow> rows;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(kEpisodeColumns) +
                QLatin1String("JOIN queue qu ON qu.episode_id = e.id ORDER BY qu.ordinal"))) {
        logError(q);
        return rows;
    }
    while (q.next())
        rows << episodeFromQuery(q);
    return rows;
}

bool Library::setQueue(const QList<qint64>& episodeIds)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return false;
    QSqlQuery clear(db);
    bool ok = clear.exec(QStringLiteral("DELETE FROM queue"));
    if (!ok)
        logError(clear);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO queue (episode_id, ordinal) "
                                  "SELECT id, ? FROM episodes WHERE id = ?"));
    for (int i = 0; ok && i < episodeIds.size(); ++i) {
        insert.addBindValue(i);
        insert.addBindValue(episodeIds.at(i));
        ok = insert.exec();
        if (!ok)
            logError(insert);
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return false;
    }
    Q_EMIT queueChanged();
    return true;
}

// --- Search ---

QList<EpisodeRow> Library::searchEpisodes(const QString& text, int limit) const
{
    const QString match = SearchIndex::matchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return {};
    QSqlQuery q(m_database.connection());
    if (!run(q,
             QLatin1String(kEpisodeColumns) +
                 QLatin1String("WHERE e.id IN (SELECT rowid FROM episode_search WHERE "
                               "episode_search MATCH ?) ORDER BY e.published DESC, e.id DESC "
                               "LIMIT ?"),
             {match, limit}))
        return {};
    return readAll(q, episodeFromQuery);
}

QList<Chapter> Library::chapters(qint64 episodeId, ChapterSource source) const
{
    return ChapterStore::read(m_database.connection(), episodeId, int(source));
}

bool Library::storeChapters(qint64 episodeId, ChapterSource source, const QList<Chapter>& chapters)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        qCWarning(lcDatabase) << "cannot store chapters:" << db.lastError().text();
        return false;
    }
    QString error;
    if (!ChapterStore::write(db, episodeId, int(source), chapters, &error)) {
        qCWarning(lcDatabase) << "cannot store chapters:" << error;
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        qCWarning(lcDatabase) << "cannot store chapters:" << db.lastError().text();
        return false;
    }
    Q_EMIT chaptersChanged(episodeId);
    return true;
}

QString Library::chaptersUrl(qint64 episodeId) const
{
    QSqlQuery q(m_database.connection());
    if (!run(q, QStringLiteral("SELECT chapters_url FROM episodes WHERE id = ?"), {episodeId}) ||
        !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace ondes

// Library, continued: what playback keeps (positions, the queue, the speed per show), search,
// and chapters. The shows, episodes, people and refresh bookkeeping are in library.cpp.

#include "library/chapterstore.h"
#include "library/database.h"
#include "library/episoderows.h"
#include "library/library.h"
#include "library/searchindex.h"
#include "library/sqltransaction.h"
#include "library/sqlutil.h"
#include "library/transcriptstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace ondes {

// --- Playback: queue, speed per show, progress ---

qint64 Library::positionSavedAt(qint64 episodeId) const
{
    return sql::value(m_database.connection(),
                      QStringLiteral("SELECT updated_at FROM playback_positions "
                                     "WHERE episode_id = ?"),
                      {episodeId})
        .value_or(0)
        .toLongLong();
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
        sql::logError(q);
        return false;
    }
    return true;
}

QList<EpisodeRow> Library::inProgressEpisodes(int limit) const
{
    QList<EpisodeRow> rows;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(episoderows::kColumns) +
              // Driven by the positions, not by a scan of every episode.
              QLatin1String("WHERE e.id IN (SELECT episode_id FROM playback_positions WHERE "
                            "position_ms > 0) AND e.played = 0 "
                            "ORDER BY p.updated_at DESC, e.id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        sql::logError(q);
        return rows;
    }
    while (q.next())
        rows << episoderows::read(q);
    return rows;
}

std::optional<qint64> Library::episodeIdForUrl(const QString& url) const
{
    const QUrl parsed(url);
    if (const auto id =
            sql::value(m_database.connection(),
                       QStringLiteral("SELECT id FROM episodes WHERE enclosure_url = ? OR "
                                      "(local_file <> '' AND local_file = ?) ORDER BY id LIMIT 1"),
                       {url, parsed.isLocalFile() ? parsed.toLocalFile() : url}))
        return id->toLongLong();
    return std::nullopt;
}

double Library::showPlaybackRate(qint64 showId) const
{
    return sql::value(m_database.connection(),
                      QStringLiteral("SELECT playback_rate FROM shows WHERE id = ?"), {showId})
        .value_or(0)
        .toDouble();
}

bool Library::setDuration(qint64 episodeId, qint64 durationSeconds)
{
    if (durationSeconds <= 0)
        return false;
    QSqlQuery q(m_database.connection());
    if (!sql::exec(
            q, QStringLiteral("UPDATE episodes SET duration = ? WHERE id = ? AND duration <> ?"),
            {durationSeconds, episodeId, durationSeconds}))
        return false;
    if (q.numRowsAffected() > 0)
        Q_EMIT episodeChanged(episodeId);
    return true;
}

bool Library::setShowPlaybackRate(qint64 showId, double rate)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE shows SET playback_rate = ? WHERE id = ?"));
    q.addBindValue(rate);
    q.addBindValue(showId);
    if (!q.exec()) {
        sql::logError(q);
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
        sql::logError(q);
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
    if (!q.exec(QLatin1String(episoderows::kColumns) +
                // Driven by the queue (a join let SQLite scan every episode first).
                QLatin1String("WHERE e.id IN (SELECT episode_id FROM queue) ORDER BY (SELECT "
                              "ordinal FROM queue qu WHERE qu.episode_id = e.id)"))) {
        sql::logError(q);
        return rows;
    }
    while (q.next())
        rows << episoderows::read(q);
    return rows;
}

bool Library::setQueue(const QList<qint64>& episodeIds)
{
    QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begun())
        return false;
    QSqlQuery clear(db);
    bool ok = clear.exec(QStringLiteral("DELETE FROM queue"));
    if (!ok)
        sql::logError(clear);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO queue (episode_id, ordinal) "
                                  "SELECT id, ? FROM episodes WHERE id = ?"));
    for (int i = 0; ok && i < episodeIds.size(); ++i) {
        insert.addBindValue(i);
        insert.addBindValue(episodeIds.at(i));
        ok = insert.exec();
        if (!ok)
            sql::logError(insert);
    }
    if (!ok || !transaction.commit())
        return false;
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
    if (!sql::exec(q,
                   QLatin1String(episoderows::kColumns) +
                       QLatin1String("WHERE e.id IN (SELECT rowid FROM episode_search WHERE "
                                     "episode_search MATCH ?) "
                                     // A line of its transcript (TranscriptStore: the line ids
                                     // of an episode are id * 1048576 + position).
                                     "OR e.id IN (SELECT rowid / 1048576 FROM transcript_search "
                                     "WHERE transcript_search MATCH ?) "
                                     "ORDER BY e.published DESC, e.id DESC LIMIT ?"),
                   {match, TranscriptStore::matchExpression(text), limit}))
        return {};
    return sql::all(q, episoderows::read);
}

QList<Chapter> Library::chapters(qint64 episodeId, ChapterSource source) const
{
    return ChapterStore::read(m_database.connection(), episodeId, source);
}

bool Library::storeChapters(qint64 episodeId, ChapterSource source, const QList<Chapter>& chapters)
{
    QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begun())
        return false;
    QString error;
    if (!ChapterStore(db).write(episodeId, source, chapters, &error)) {
        qCWarning(lcDatabase) << "cannot store chapters:" << error;
        return false;
    }
    if (!transaction.commit())
        return false;
    Q_EMIT chaptersChanged(episodeId);
    return true;
}

QString Library::chaptersUrl(qint64 episodeId) const
{
    return sql::value(m_database.connection(),
                      QStringLiteral("SELECT chapters_url FROM episodes WHERE id = ?"), {episodeId})
        .value_or(QString())
        .toString();
}

} // namespace ondes

#include "downloads/downloadstore.h"

#include "library/database.h"
#include "library/sqltransaction.h"
#include "library/sqlutil.h"

#include <QDateTime>

namespace ondes {

namespace {

const char* const kDownloadColumns =
    "SELECT d.episode_id, e.show_id, d.state, d.target_path, d.received, d.total, d.etag, "
    "d.last_modified, d.error, e.title, s.title, e.enclosure_url FROM downloads d "
    "JOIN episodes e ON e.id = d.episode_id JOIN shows s ON s.id = e.show_id ";

DownloadRow downloadFromQuery(const QSqlQuery& q)
{
    DownloadRow row;
    row.episodeId = q.value(0).toLongLong();
    row.showId = q.value(1).toLongLong();
    row.state = downloadStateFromName(q.value(2).toString()).value_or(DownloadState::Queued);
    row.targetPath = q.value(3).toString();
    row.received = q.value(4).toLongLong();
    row.total = q.value(5).toLongLong();
    row.etag = q.value(6).toString().toUtf8();
    row.lastModified = q.value(7).toString();
    row.error = q.value(8).toString();
    row.episodeTitle = q.value(9).toString();
    row.showTitle = q.value(10).toString();
    row.url = q.value(11).toString();
    return row;
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

QString autoDownloadName(AutoDownload mode)
{
    switch (mode) {
    case AutoDownload::New:
        return QStringLiteral("new");
    case AutoDownload::Latest:
        return QStringLiteral("latest");
    case AutoDownload::Off:
        break;
    }
    return QStringLiteral("off");
}

AutoDownload autoDownloadFromName(const QString& name)
{
    if (name == QLatin1String("new"))
        return AutoDownload::New;
    if (name == QLatin1String("latest"))
        return AutoDownload::Latest;
    return AutoDownload::Off;
}

DownloadStore::DownloadStore(Database& database) : m_database(database) {}

std::optional<DownloadSubject> DownloadStore::subject(qint64 episodeId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral(
                       "SELECT e.id, e.show_id, s.title, s.author, s.image_url, e.title, "
                       "e.description, e.author, e.image_url, e.published, e.enclosure_url, "
                       "e.enclosure_type, e.enclosure_size, e.local_file, s.kind FROM episodes e "
                       "JOIN shows s ON s.id = e.show_id WHERE e.id = ?"),
                   {episodeId}))
        return std::nullopt;
    return sql::one(q, [](const QSqlQuery& r) {
        DownloadSubject s;
        s.episodeId = r.value(0).toLongLong();
        s.showId = r.value(1).toLongLong();
        s.showTitle = r.value(2).toString();
        s.showAuthor = r.value(3).toString();
        s.showImageUrl = r.value(4).toString();
        s.title = r.value(5).toString();
        s.description = r.value(6).toString();
        s.author = r.value(7).toString();
        s.imageUrl = r.value(8).toString();
        s.published = r.value(9).toLongLong();
        s.enclosureUrl = r.value(10).toString();
        s.enclosureType = r.value(11).toString();
        s.enclosureSize = r.value(12).toLongLong();
        s.localFile = r.value(13).toString();
        s.showKind = showKindFromName(r.value(14).toString());
        return s;
    });
}

QList<DownloadRow> DownloadStore::downloads() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QLatin1String(kDownloadColumns) + QLatin1String("ORDER BY d.ordinal")))
        return {};
    return sql::all(q, downloadFromQuery);
}

std::optional<DownloadRow> DownloadStore::download(qint64 episodeId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QLatin1String(kDownloadColumns) + QLatin1String("WHERE d.episode_id = ?"),
                   {episodeId}))
        return std::nullopt;
    return sql::one(q, downloadFromQuery);
}

bool DownloadStore::enqueue(qint64 episodeId, const QString& targetPath)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("INSERT OR IGNORE INTO downloads (episode_id, state, "
                                  "target_path, ordinal, added_at) SELECT ?, 'queued', ?, "
                                  "COALESCE(MAX(ordinal), 0) + 1, ? FROM downloads"),
                   {episodeId, sql::text(targetPath), now()}))
        return false;
    return q.numRowsAffected() > 0;
}

bool DownloadStore::setState(qint64 episodeId, DownloadState state, const QString& error)
{
    QSqlQuery q(m_database.connection());
    return sql::exec(
        q, QStringLiteral("UPDATE downloads SET state = ?, error = ? WHERE episode_id = ?"),
        {downloadStateName(state), sql::text(error), episodeId});
}

bool DownloadStore::setProgress(qint64 episodeId, qint64 received, qint64 total)
{
    QSqlQuery q(m_database.connection());
    return sql::exec(q,
                     QStringLiteral("UPDATE downloads SET received = ?, total = ? WHERE "
                                    "episode_id = ?"),
                     {received, total, episodeId});
}

bool DownloadStore::setValidators(qint64 episodeId, const QByteArray& etag,
                                  const QString& lastModified)
{
    QSqlQuery q(m_database.connection());
    return sql::exec(q,
                     QStringLiteral("UPDATE downloads SET etag = ?, last_modified = ? WHERE "
                                    "episode_id = ?"),
                     {sql::text(QString::fromUtf8(etag)), sql::text(lastModified), episodeId});
}

bool DownloadStore::setTargetPath(qint64 episodeId, const QString& targetPath)
{
    QSqlQuery q(m_database.connection());
    return sql::exec(q, QStringLiteral("UPDATE downloads SET target_path = ? WHERE episode_id = ?"),
                     {sql::text(targetPath), episodeId});
}

bool DownloadStore::remove(qint64 episodeId)
{
    QSqlQuery q(m_database.connection());
    return sql::exec(q, QStringLiteral("DELETE FROM downloads WHERE episode_id = ?"), {episodeId});
}

bool DownloadStore::requeueRunning()
{
    QSqlQuery q(m_database.connection());
    return sql::exec(q, QStringLiteral("UPDATE downloads SET state = 'queued' WHERE state = "
                                       "'running'"));
}

QList<DownloadedFile> DownloadStore::downloadedFiles() const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT e.id, e.local_file FROM episodes e JOIN shows s ON "
                                     "s.id = e.show_id WHERE e.local_file <> '' AND s.kind NOT "
                                     "IN ('demo', 'folder') ORDER BY e.id")))
        return {};
    return sql::all(q, [](const QSqlQuery& r) {
        return DownloadedFile{r.value(0).toLongLong(), r.value(1).toString()};
    });
}

bool DownloadStore::setKeep(qint64 episodeId, bool keep)
{
    QSqlQuery q(m_database.connection());
    return sql::exec(q, QStringLiteral("UPDATE episodes SET keep = ? WHERE id = ?"),
                     {keep ? 1 : 0, episodeId});
}

bool DownloadStore::keep(qint64 episodeId) const
{
    QSqlQuery q(m_database.connection());
    return sql::exec(q, QStringLiteral("SELECT keep FROM episodes WHERE id = ?"), {episodeId}) &&
           q.next() && q.value(0).toBool();
}

AutoDownload DownloadStore::autoDownload(qint64 showId, int* keepLatest) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("SELECT auto_download, keep_latest FROM shows WHERE id = ?"),
                   {showId}) ||
        !q.next())
        return AutoDownload::Off;
    if (keepLatest)
        *keepLatest = q.value(1).toInt();
    return autoDownloadFromName(q.value(0).toString());
}

bool DownloadStore::setAutoDownload(qint64 showId, AutoDownload mode, int keepLatest)
{
    QSqlQuery q(m_database.connection());
    return sql::exec(q,
                     QStringLiteral("UPDATE shows SET auto_download = ?, keep_latest = ? WHERE "
                                    "id = ?"),
                     {autoDownloadName(mode), qMax(0, keepLatest), showId});
}

QList<qint64> DownloadStore::autoDownloadCandidates(qint64 showId, qint64 addedSince) const
{
    int keepLatest = 0;
    const AutoDownload mode = autoDownload(showId, &keepLatest);
    if (mode == AutoDownload::Off || (mode == AutoDownload::Latest && keepLatest <= 0))
        return {};
    // Only http(s) enclosures can be fetched; the rest would fail at once.
    const QString wanted = QStringLiteral(
        "e.show_id = ? AND e.played = 0 AND e.local_file = '' AND e.enclosure_url <> '' AND "
        "(e.enclosure_url LIKE 'http://%' OR e.enclosure_url LIKE 'https://%') ");
    QSqlQuery q(m_database.connection());
    bool ok = false;
    if (mode == AutoDownload::New) {
        ok = sql::exec(q,
                       QStringLiteral("SELECT e.id FROM episodes e WHERE ") + wanted +
                           QStringLiteral("AND e.added_at >= ? AND e.id NOT IN (SELECT "
                                          "episode_id FROM downloads) ORDER BY e.published "
                                          "DESC, e.id DESC"),
                       {showId, addedSince});
    } else {
        ok = sql::exec(q,
                       QStringLiteral("SELECT id FROM (SELECT e.id FROM episodes e WHERE e.show_id "
                                      "= ? AND e.played = 0 ORDER BY e.published DESC, e.id DESC "
                                      "LIMIT ?) AS latest WHERE id IN (SELECT e.id FROM "
                                      "episodes e WHERE ") +
                           wanted +
                           QStringLiteral(") AND id NOT IN (SELECT episode_id FROM downloads)"),
                       {showId, keepLatest, showId});
    }
    if (!ok)
        return {};
    return sql::all(q, [](const QSqlQuery& r) { return r.value(0).toLongLong(); });
}

QList<DownloadedFile> DownloadStore::cleanupCandidates(qint64 downloadedBefore) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(
            q,
            QStringLiteral(
                "SELECT e.id, e.local_file FROM episodes e JOIN shows s ON s.id = "
                "e.show_id WHERE e.local_file <> '' AND s.kind NOT IN ('demo', 'folder') "
                "AND e.played = 1 AND e.keep = 0 AND e.downloaded_at > 0 AND "
                "e.downloaded_at < ? AND e.id NOT IN (SELECT episode_id FROM queue) ORDER BY "
                "e.id"),
            {downloadedBefore}))
        return {};
    return sql::all(q, [](const QSqlQuery& r) {
        return DownloadedFile{r.value(0).toLongLong(), r.value(1).toString()};
    });
}

} // namespace ondes

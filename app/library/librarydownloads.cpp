// Library: what the download feature writes on an episode (its file, its exact duration, the
// file's own cover). The SQL of the download list itself is DownloadStore's (app/downloads/).

#include "library/database.h"
#include "library/library.h"
#include "library/sqltransaction.h"
#include "library/sqlutil.h"

#include <QDateTime>
#include <QSqlQuery>

namespace ondes {

bool Library::setDownloaded(qint64 episodeId, const QString& localFile, qint64 durationSeconds)
{
    QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begun())
        return false;
    QSqlQuery q(db);
    const bool ok =
        sql::exec(q, QStringLiteral("DELETE FROM downloads WHERE episode_id = ?"), {episodeId}) &&
        sql::exec(
            q,
            QStringLiteral("UPDATE episodes SET local_file = ?, downloaded_at = ?, "
                           "duration = CASE WHEN ? > 0 THEN ? ELSE duration END WHERE id = ?"),
            {sql::text(localFile), QDateTime::currentSecsSinceEpoch(), durationSeconds,
             durationSeconds, episodeId});
    if (!ok || !transaction.commit())
        return false;
    Q_EMIT episodeChanged(episodeId);
    return true;
}

bool Library::setLocalFile(qint64 episodeId, const QString& localFile)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("UPDATE episodes SET local_file = ?, downloaded_at = CASE "
                                  "WHEN ? = '' THEN 0 ELSE downloaded_at END WHERE id = ?"),
                   {sql::text(localFile), sql::text(localFile), episodeId}))
        return false;
    Q_EMIT episodeChanged(episodeId);
    return true;
}

bool Library::setEpisodeImage(qint64 episodeId, const QString& imageUrl)
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q, QStringLiteral("UPDATE episodes SET image_url = ? WHERE id = ?"),
                   {sql::text(imageUrl), episodeId}))
        return false;
    Q_EMIT episodeChanged(episodeId);
    return true;
}

} // namespace ondes

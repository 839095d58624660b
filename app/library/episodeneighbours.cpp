#include "library/episodeneighbours.h"

#include "library/database.h"
#include "library/sqlutil.h"

namespace ondes {

Neighbours EpisodeNeighbours::of(Database& database, qint64 episodeId)
{
    Neighbours result;
    QSqlQuery q(database.connection());
    // Episodes published at the same second keep their id order, so that both links always
    // lead somewhere new.
    const QString older = QStringLiteral(
        "SELECT o.id, o.title FROM episodes e JOIN episodes o ON o.show_id = e.show_id WHERE "
        "e.id = ? AND (o.published < e.published OR (o.published = e.published AND o.id < e.id)) "
        "ORDER BY o.published DESC, o.id DESC LIMIT 1");
    if (sql::exec(q, older, {episodeId}) && q.next())
        result.previous = {q.value(0).toLongLong(), q.value(1).toString()};
    const QString newer = QStringLiteral(
        "SELECT o.id, o.title FROM episodes e JOIN episodes o ON o.show_id = e.show_id WHERE "
        "e.id = ? AND (o.published > e.published OR (o.published = e.published AND o.id > e.id)) "
        "ORDER BY o.published ASC, o.id ASC LIMIT 1");
    if (sql::exec(q, newer, {episodeId}) && q.next())
        result.next = {q.value(0).toLongLong(), q.value(1).toString()};
    return result;
}

} // namespace ondes

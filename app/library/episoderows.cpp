#include "library/episoderows.h"

#include <QSqlQuery>
#include <QVariant>

namespace ondes::episoderows {

const char* const kColumns =
    "SELECT e.id, e.show_id, s.title, e.guid, e.title, e.link, e.description, e.description_html, "
    "e.author, e.image_url, e.published, e.duration, e.enclosure_url, e.enclosure_type, "
    "e.local_file, e.played, COALESCE(p.position_ms, 0) "
    "FROM episodes e JOIN shows s ON s.id = e.show_id "
    "LEFT JOIN playback_positions p ON p.episode_id = e.id ";

EpisodeRow read(const QSqlQuery& q)
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

} // namespace ondes::episoderows

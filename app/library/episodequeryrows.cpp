#include "library/episodequeryrows.h"

#include "library/downloadstate.h"

#include <QSqlQuery>
#include <QVariant>

namespace ondes::episodequeryrows {

// The columns of one list line, read for the ids of a page (`page`) or one episode.
const char* const kColumns =
    "SELECT e.id, e.show_id, s.title, e.title, e.published, e.duration, e.played, "
    "e.local_file <> '', COALESCE(p.position_ms, 0), COALESCE(d.state, ''), "
    "qu.episode_id IS NOT NULL, e.seen ";
const char* const kJoins = "JOIN shows s ON s.id = e.show_id "
                           "LEFT JOIN playback_positions p ON p.episode_id = e.id "
                           "LEFT JOIN downloads d ON d.episode_id = e.id "
                           "LEFT JOIN queue qu ON qu.episode_id = e.id ";

EpisodeListRow read(const QSqlQuery& q)
{
    EpisodeListRow row;
    row.id = q.value(0).toLongLong();
    row.showId = q.value(1).toLongLong();
    row.showTitle = q.value(2).toString();
    row.title = q.value(3).toString();
    row.published = q.value(4).toLongLong();
    row.durationSeconds = q.value(5).toLongLong();
    const bool played = q.value(6).toBool();
    const bool downloaded = q.value(7).toBool();
    row.positionMs = q.value(8).toLongLong();
    const auto download = downloadStateFromName(q.value(9).toString());
    if (played)
        row.states |= EpisodeListRow::Played;
    else if (row.positionMs > 0)
        row.states |= EpisodeListRow::InProgress;
    else if (!q.value(11).toBool())
        row.states |= EpisodeListRow::New;
    if (downloaded)
        row.states |= EpisodeListRow::Downloaded;
    if (download == DownloadState::Queued || download == DownloadState::Running)
        row.states |= EpisodeListRow::Downloading;
    else if (download == DownloadState::Paused)
        row.states |= EpisodeListRow::DownloadPaused;
    else if (download == DownloadState::Failed)
        row.states |= EpisodeListRow::DownloadFailed;
    if (q.value(10).toBool())
        row.states |= EpisodeListRow::Queued;
    return row;
}

} // namespace ondes::episodequeryrows

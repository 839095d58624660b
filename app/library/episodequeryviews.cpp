#include "library/episodequeryviews.h"

namespace ondes {

namespace {

// New: not seen, not played (the partial index episodes_new, by date), never started. Its count
// is the index's entries less the few started ones among them, rather than a probe of the
// positions for each of 100,000 entries.
const char* const kNewMembers =
    "SELECT n.id FROM episodes n WHERE n.seen = 0 AND n.played = 0 AND NOT EXISTS "
    "(SELECT 1 FROM playback_positions p WHERE p.episode_id = n.id AND p.position_ms > 0)";
const char* const kNewWalk =
    "e.seen = 0 AND e.played = 0 AND NOT EXISTS "
    "(SELECT 1 FROM playback_positions p WHERE p.episode_id = e.id AND p.position_ms > 0)";
const char* const kNewCount =
    "SELECT (SELECT COUNT(*) FROM episodes n WHERE n.seen = 0 AND n.played = 0) - "
    "(SELECT COUNT(*) FROM playback_positions p CROSS JOIN episodes n ON n.id = p.episode_id "
    "WHERE p.position_ms > 0 AND n.seen = 0 AND n.played = 0)";

// In progress: started (the positions, a short table), not played. `+` keeps played, which most
// episodes share, from being chosen as an index.
const char* const kInProgressMembers =
    "SELECT p.episode_id FROM playback_positions p CROSS JOIN episodes n ON n.id = p.episode_id "
    "WHERE p.position_ms > 0 AND +n.played = 0";
const char* const kInProgressWalk =
    "+e.played = 0 AND EXISTS "
    "(SELECT 1 FROM playback_positions p WHERE p.episode_id = e.id AND p.position_ms > 0)";
const char* const kInProgressCount =
    "SELECT COUNT(*) FROM playback_positions p CROSS JOIN episodes n ON n.id = p.episode_id "
    "WHERE p.position_ms > 0 AND +n.played = 0";

// Downloaded: a local file (the partial index episodes_local_file).
const char* const kDownloadedMembers = "SELECT d.id FROM episodes d WHERE d.local_file <> ''";
const char* const kDownloadedWalk = "+e.local_file <> ''";
const char* const kDownloadedCount = "SELECT COUNT(*) FROM episodes d WHERE d.local_file <> ''";

} // namespace

EpisodeViewSql episodeViewSql(EpisodeView view)
{
    switch (view) {
    case EpisodeView::New:
        return {QLatin1String(kNewMembers), QLatin1String(kNewWalk), QLatin1String(kNewCount)};
    case EpisodeView::InProgress:
        return {QLatin1String(kInProgressMembers), QLatin1String(kInProgressWalk),
                QLatin1String(kInProgressCount)};
    case EpisodeView::Downloaded:
        return {QLatin1String(kDownloadedMembers), QLatin1String(kDownloadedWalk),
                QLatin1String(kDownloadedCount)};
    case EpisodeView::All:
        break;
    }
    return {QStringLiteral("SELECT id FROM episodes"), QStringLiteral("1"),
            QStringLiteral("SELECT COUNT(*) FROM episodes")};
}

} // namespace ondes

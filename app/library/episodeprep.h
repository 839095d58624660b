#pragma once

// EpisodePrep makes what FeedMerger needs of each episode of a feed besides SQL: the keys it is
// matched by, its content hash and, for one that is new or changed, its people (the speaker
// extractor reads its description). It works a batch ahead, on the global thread pool, while the
// merge's thread writes the batch before: the writing thread only runs SQL, and a second core takes
// the rest.

#include "feed/episodespeakers.h"
#include "feed/feedtypes.h"
#include "library/storedepisodes.h"

#include <QFuture>
#include <QList>

#include <optional>

namespace ondes {

struct PreparedEpisode
{
    EpisodeKeys keys; // what the merge matches it by
    qint64 hash = 0;
    // Left out for an episode that matched a stored one with the same content; the merge
    // makes it itself should it write that episode after all (a feed that lists it twice).
    std::optional<EpisodePeople> people;
};

class EpisodePrep
{
public:
    // episodes stay alive and unchanged as long as this object; stored is what the show had
    // before the merge. Episodes are taken oldest first: the last of the list first.
    EpisodePrep(const QList<ParsedEpisode>& episodes, StoredEpisodes stored);
    ~EpisodePrep(); // waits for the batch in progress
    EpisodePrep(const EpisodePrep&) = delete;
    EpisodePrep& operator=(const EpisodePrep&) = delete;

    // The episode at writing position `position` (0 is the oldest, the list's last). Positions
    // are taken in order, each once.
    PreparedEpisode take(qsizetype position);

private:
    QList<PreparedEpisode> prepare(qsizetype from, qsizetype to) const;
    void startBatch(qsizetype from);

    const QList<ParsedEpisode>& m_episodes;
    const StoredEpisodes m_stored;
    QFuture<QList<PreparedEpisode>> m_next;
    qsizetype m_nextFrom = 0;
    QList<PreparedEpisode> m_current;
    qsizetype m_currentFrom = 0;
};

} // namespace ondes

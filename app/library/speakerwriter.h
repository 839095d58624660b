#pragma once

// SpeakerWriter stores what FeedMerger found about who speaks in an episode: the speakers (with
// their kind) and the production credits. The listener's corrections win: a speaker they added
// or whose role they changed (source 'user') stays as they left it, one they removed
// (speaker_removals) is not brought back. The show's hosts (feed/showhosts.h) come in with
// the episode's people, source 'show'; markRecurringHosts() adds those that recur.

#include "feed/episodespeakers.h"
#include "feed/feedtypes.h"
#include "library/personresolver.h"
#include "library/sqlitestatement.h"

#include <QCoreApplication>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace ondes {

class SpeakerWriter
{
    Q_DECLARE_TR_FUNCTIONS(ondes::SpeakerWriter)

public:
    explicit SpeakerWriter(QSqlDatabase db);

    bool prepare();
    // Before the show's episodes: its people and the speakers removed from its episodes.
    bool load(qint64 showId);
    // isNew: the episode was just inserted, so there is nothing of it to replace.
    bool write(qint64 episodeId, const ParsedEpisode& episode, bool isNew);
    // The same with the episode's people already found (feed/episodespeakers.h).
    bool write(qint64 episodeId, const EpisodePeople& people, bool isNew);
    // The names of the people the last write() stored, by person id and space-separated: what
    // the search index holds as a new episode's speakers (migration 0004's group_concat).
    QString searchNames() const;
    // After the show's episodes are written: a person its descriptions name in many episodes
    // hosts them (feed/recurringhosts.h, the same rule as `ondes dump-feed`), counted over the
    // show's stored rows, so that a refresh that rewrites a few episodes gives the same result.
    bool markRecurringHosts(qint64 showId);
    QString errorString() const { return m_error; }

private:
    bool fail(const QString& what, const QString& why);

    QSqlDatabase m_db;
    QString m_error;
    PersonResolver m_people;
    QSet<QPair<qint64, qint64>> m_removed; // (episode, person)
    QList<qint64> m_written;               // the people of the last write()
    QSqlQuery m_clearSpeakers;
    SqliteStatement m_insertSpeaker;
    QSqlQuery m_clearCredits;
    SqliteStatement m_insertCredit;
};

} // namespace ondes

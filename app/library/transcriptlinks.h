#pragma once

// The SQL for an episode's podcast:transcript links (episode_transcript_links, migration 0010):
// written by FeedMerger inside its transaction, read by the transcript fetcher.

#include "feed/feedtypes.h"
#include "library/sqlitestatement.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace ondes {

class TranscriptLinks
{
public:
    // Writes through db; its statements are prepared once, for all the writes of a merge.
    explicit TranscriptLinks(QSqlDatabase db);

    // The episode's links in the feed's order; a failed read is logged and reads as none.
    static QList<Transcript> read(const QSqlDatabase& db, qint64 episodeId);
    // Replaces the episode's links (a new episode has none to replace: pass replace false); the
    // caller owns the transaction. Returns false with *error set. Links without a URL are left
    // out.
    bool write(qint64 episodeId, const QList<Transcript>& links, QString* error = nullptr,
               bool replace = true);

private:
    QSqlDatabase m_db;
    QSqlQuery m_clear;
    SqliteStatement m_insert;
    bool m_prepared = false;
};

} // namespace ondes

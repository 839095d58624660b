#pragma once

// The SQL for the chapters table: one list per episode and source, shared by Library and by
// FeedMerger (which writes the feed's inline chapters inside its own transaction).

#include "feed/feedtypes.h"
#include "library/chaptersource.h"
#include "library/sqlitestatement.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace ondes {

class ChapterStore
{
public:
    // Writes through db; its statements are prepared once, for all the writes of a merge.
    explicit ChapterStore(QSqlDatabase db);

    // A failed read is logged
    // and reads as no chapters.
    static QList<Chapter> read(const QSqlDatabase& db, qint64 episodeId, ChapterSource source);
    // Replaces the episode's chapters of this source (a new episode has none to replace: pass
    // replace false); the caller owns the transaction. Returns false with *error set.
    bool write(qint64 episodeId, ChapterSource source, const QList<Chapter>& chapters,
               QString* error = nullptr, bool replace = true);

private:
    QSqlDatabase m_db;
    QSqlQuery m_clear;
    SqliteStatement m_insert;
    bool m_prepared = false;
};

} // namespace ondes

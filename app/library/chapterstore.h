#pragma once

// The SQL for the chapters table: one list per episode and source, shared by Library and by
// FeedMerger (which writes the feed's inline chapters inside its own transaction).

#include "feed/feedtypes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ondes {

class ChapterStore
{
public:
    // source is the ChapterSource value (0 psc, 1 embedded, 2 json). A failed read is logged
    // and reads as no chapters.
    static QList<Chapter> read(const QSqlDatabase& db, qint64 episodeId, int source);
    // Replaces the episode's chapters of this source; the caller owns the transaction.
    // Returns false with *error set.
    static bool write(const QSqlDatabase& db, qint64 episodeId, int source,
                      const QList<Chapter>& chapters, QString* error = nullptr);
};

} // namespace ondes

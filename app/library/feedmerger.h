#pragma once

// FeedMerger writes one parsed feed into the library in a single transaction, matching the
// feed's episodes with the stored ones so that the listener's state survives every refresh.

#include "feed/feedtypes.h"
#include "library/chapterstore.h"
#include "library/showkind.h"
#include "library/speakerwriter.h"
#include "library/sqlitestatement.h"
#include "library/storedepisodes.h"
#include "library/transcriptlinks.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace ondes {

struct MergeResult
{
    qint64 showId = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0;
};

class FeedMerger
{
    Q_DECLARE_TR_FUNCTIONS(ondes::FeedMerger)

public:
    explicit FeedMerger(QSqlDatabase db);

    // Partial: the feed lists only some of the show's episodes (a web show's newest pages),
    // so the episodes it does not list are not gone.
    enum class Coverage { Complete, Partial };

    // Returns what changed, or nullopt (errorString() says why; nothing was written). The
    // commit leaves its pages in the write-ahead log: the caller has them copied into the file
    // (Library::storeFeed: Database::checkpointSoon()).
    std::optional<MergeResult> merge(const QString& feedUrl, ShowKind kind, const ParsedFeed& feed,
                                     Coverage coverage = Coverage::Complete);
    QString errorString() const { return m_error; }

private:
    // Whether SQLite checks each written row's parent (see merge()).
    enum class Checks { Made, Skipped };
    std::optional<MergeResult> mergeOnce(const QString& feedUrl, ShowKind kind,
                                         const ParsedFeed& feed, Coverage coverage, Checks checks);
    bool hasEpisodes(const QString& feedUrl);
    std::optional<qint64> upsertShow(const QString& feedUrl, ShowKind kind, const ParsedFeed& feed);
    bool loadStored(qint64 showId);
    bool prepareStatements();
    std::optional<qint64> writeEpisode(qint64 showId, std::optional<qint64> existing,
                                       const ParsedEpisode& episode, qint64 hash);
    bool removeGone(qint64 showId, const QSet<qint64>& seen, MergeResult& result);
    bool unindex(qint64 episodeId);
    bool reindex(qint64 episodeId); // an updated episode's search row
    // A new episode's search row, written once all the new episodes are in.
    struct NewSearchRow
    {
        qint64 episodeId = 0;
        const ParsedEpisode* episode = nullptr; // in the merged feed
        QString speakers;
    };
    bool indexNew(const QString& showTitle, const QList<NewSearchRow>& rows);
    bool fail(const QString& what, const QString& why);
    bool fail(const QString& what, const QSqlQuery& query);

    QSqlDatabase m_db;
    QString m_error;
    StoredEpisodes m_stored;
    // Prepared once per merge, not once per episode.
    SqliteStatement m_insertEpisode;
    SqliteStatement m_updateEpisode;
    QSqlQuery m_unindex;
    QSqlQuery m_index;
    SqliteStatement m_indexNew;
    ChapterStore m_chapters;
    TranscriptLinks m_transcriptLinks;
    SpeakerWriter m_speakers;
    bool m_prepared = false;
    bool m_needsChecks = false; // a merge without checks met stored episodes
};

} // namespace ondes

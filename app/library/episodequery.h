#pragma once

// EpisodeQuery is the SQL behind the episode list: which episodes (a library-wide view, one
// show, one person, or a search), in which order (date, title or duration, done by SQLite on
// an index), a page at a time. Nothing here holds more than the page it returns, so a list of
// 100,000 episodes costs a COUNT and a few pages.
//
// Paging: rows(offset, limit, after) reads `limit` rows starting `offset` rows after a cursor
// (the sort key and id of a row already read, or the start of the list). Reading the next page
// from the last row of the previous one is an index seek whatever the depth (keyset paging);
// offsets are only walked from the nearest known cursor.
//
// A view, show or person holding a good part of the library (one episode in kWalkShare or more)
// is listed by walking the sort order's index and keeping its rows, a page for a page; a
// smaller one from its own index (episodeViewSql's members, the people index), then sorted.

#include "library/librarytypes.h"

#include <QVariant>

#include <optional>

namespace ondes {

class Database;

// New: the episodes the listener has not seen yet (Library::markSeen), never started, not
// played.
enum class EpisodeView { All, New, InProgress, Downloaded };
enum class EpisodeSort { Date, Title, Duration };

class EpisodeQuery
{
public:
    // Where a page starts: just after the row with this sort key and id.
    struct Cursor
    {
        QVariant key;
        qint64 id = 0;
    };

    explicit EpisodeQuery(Database& database);

    // What to list. Each replaces the previous choice.
    void setView(EpisodeView view);
    // New, In progress and Downloaded: these episodes stay listed (and counted) whatever their
    // state, as long as the view stays chosen: the rows already shown of an episode that left
    // the view. Choosing anything clears them.
    void setKept(const QList<qint64>& episodeIds);
    void keep(qint64 episodeId); // one more, not already kept
    const QList<qint64>& kept() const { return m_kept; }
    static constexpr qint64 kWalkShare = 50;
    // Whether the list is read by walking the sort order's index (it holds a good part of the
    // library) rather than from its own members.
    bool walks() const { return m_walk; }
    void setShow(qint64 showId);
    void setPerson(qint64 personId);
    // The episodes matching text (SearchIndex), at most SearchIndex::kDefaultLimit of them: the
    // most recently stored matches, then sorted like any list. An empty text lists nothing.
    // An episode one line of whose stored transcript has the words (TranscriptStore's rule)
    // matches too, among the newest kSaidLines such lines.
    void setSearch(const QString& text);
    static constexpr int kSaidLines = 1000;
    void clear(); // lists nothing
    // The same list, after the library changed (a refresh): how to read it is chosen again.
    void rechoose();

    void setSort(EpisodeSort sort, Qt::SortOrder order);
    EpisodeSort sort() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }

    int count() const;
    QList<EpisodeListRow> rows(int offset, int limit,
                               const std::optional<Cursor>& after = {}) const;
    // The lines of these episodes, in this order (whatever the list is).
    QList<EpisodeListRow> rows(const QList<qint64>& episodeIds) const;
    // The ids of rows [offset, offset + limit) in list order, read from the indexes only.
    QList<qint64> ids(int offset, int limit) const;
    // The row of this episode in the list, or -1 when the list does not have it.
    int rowOf(qint64 episodeId) const;
    // One episode's line, whether or not the list has it (after a change to it).
    std::optional<EpisodeListRow> row(qint64 episodeId) const;
    // The cursor just after this row.
    Cursor cursorAfter(const EpisodeListRow& row) const;

    EpisodeViewCounts viewCounts() const;

private:
    enum class Source { None, View, Show, Person, Search };

    QString filter(QVariantList* values) const;
    QString viewFilter() const;
    // Whether a list of these members holds one episode in kWalkShare of the library or more.
    bool holdsAGoodPart(const QString& members, const QVariantList& values) const;
    QString sortKey() const;
    QString orderBy() const;

    Database& m_database;
    Source m_source = Source::None;
    EpisodeView m_view = EpisodeView::All;
    qint64 m_id = 0;
    // Listed by walking the sort order's index (see above).
    bool m_walk = false;
    QList<qint64> m_kept;
    QString m_match;
    QString m_saidMatch; // the transcripts' MATCH expression (TranscriptStore)
    EpisodeSort m_sort = EpisodeSort::Date;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};

} // namespace ondes

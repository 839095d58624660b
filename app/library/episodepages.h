#pragma once

// EpisodePages reads the rows of an episode list a page at a time and keeps the pages used last
// (a small LRU cache). A list's page is read from the query after the end of the nearest page
// read before it, not by skipping every row from the top; a list snapshotted as ids in order
// has each page read by its ids. EpisodeListModel decides which list, and when to forget.

#include "library/episodequery.h"
#include "library/librarytypes.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

namespace ondes {

class EpisodePages
{
public:
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 12;

    explicit EpisodePages(const EpisodeQuery& query) : m_query(query) {}

    // The row, its page read now when no cached page has it. snapshot: the list's ids in order
    // (null: the query's list). readIds: where to note the ids read from the query (may be null).
    const EpisodeListRow* at(int row, const QList<qint64>* snapshot, QSet<qint64>* readIds);
    // Where a cached page has the episode; -1 when none has it.
    int cachedRowOf(qint64 episodeId) const;
    // Puts a fresh copy of a row into the cached page holding it (row from cachedRowOf()).
    void replace(int row, const EpisodeListRow& episode);
    // Forgets the rows, keeping where the pages end: the states change, the order stands.
    void forgetRows();
    // Forgets the rows and where the pages end: the list changed.
    void clear();

    int cachedCount() const { return static_cast<int>(m_pages.size()); }
    int reads() const { return m_reads; }

private:
    void read(int page, const QList<qint64>* snapshot, QSet<qint64>* readIds);

    const EpisodeQuery& m_query;
    // Pages by number, least recently used first in m_recent.
    QHash<int, QList<EpisodeListRow>> m_pages;
    QList<int> m_recent;
    // Where each page read so far ends, to start the next one from there.
    QMap<int, EpisodeQuery::Cursor> m_cursors;
    int m_reads = 0;
};

} // namespace ondes

#include "library/episodepages.h"

#include <optional>
#include <utility>

namespace ondes {

const EpisodeListRow* EpisodePages::at(int row, const QList<qint64>* snapshot,
                                       QSet<qint64>* readIds)
{
    const int page = row / kPageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        read(page, snapshot, readIds);
        it = m_pages.constFind(page);
    } else if (m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int at = row % kPageSize;
    return at < it->size() ? &it->at(at) : nullptr;
}

void EpisodePages::read(int page, const QList<qint64>* snapshot, QSet<qint64>* readIds)
{
    QList<EpisodeListRow> rows;
    if (snapshot) {
        rows = m_query.rows(snapshot->mid(page * kPageSize, kPageSize));
    } else {
        // Start from the end of the nearest page read before this one.
        std::optional<EpisodeQuery::Cursor> after;
        int skip = page * kPageSize;
        auto it = m_cursors.lowerBound(page);
        if (it != m_cursors.begin()) {
            --it;
            after = it.value();
            skip = (page - it.key() - 1) * kPageSize;
        }
        rows = m_query.rows(skip, kPageSize, after);
        if (readIds) {
            for (const EpisodeListRow& row : std::as_const(rows))
                readIds->insert(row.id);
        }
        if (!rows.isEmpty())
            m_cursors.insert(page, m_query.cursorAfter(rows.constLast()));
    }
    ++m_reads;
    m_pages.insert(page, std::move(rows));
    m_recent.append(page);
    while (m_recent.size() > kCachedPages)
        m_pages.remove(m_recent.takeFirst());
}

int EpisodePages::cachedRowOf(qint64 episodeId) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == episodeId)
                return it.key() * kPageSize + i;
        }
    }
    return -1;
}

void EpisodePages::replace(int row, const EpisodeListRow& episode)
{
    const auto it = m_pages.find(row / kPageSize);
    if (it != m_pages.end() && row % kPageSize < it->size())
        (*it)[row % kPageSize] = episode;
}

void EpisodePages::forgetRows()
{
    m_pages.clear();
    m_recent.clear();
}

void EpisodePages::clear()
{
    forgetRows();
    m_cursors.clear();
}

} // namespace ondes

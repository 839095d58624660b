#include "library/episodequery.h"

#include "library/database.h"
#include "library/episodequeryrows.h"
#include "library/episodequeryviews.h"
#include "library/searchindex.h"
#include "library/transcriptstore.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace ondes {

Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

namespace {

bool run(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcDatabase) << "query failed:" << q.lastError().text() << sql;
        return false;
    }
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcDatabase) << "query failed:" << q.lastError().text() << sql;
        return false;
    }
    return true;
}

// The ids as a list for `IN (...)`: numbers of our own, written into the statement.
QString idList(const QList<qint64>& ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers << QString::number(id);
    return numbers.join(QLatin1Char(','));
}

} // namespace

EpisodeQuery::EpisodeQuery(Database& database) : m_database(database) {}

void EpisodeQuery::setView(EpisodeView view)
{
    m_source = Source::View;
    m_view = view;
    m_kept.clear();
    rechoose();
}

void EpisodeQuery::setKept(const QList<qint64>& episodeIds)
{
    m_kept = episodeIds;
}

void EpisodeQuery::keep(qint64 episodeId)
{
    m_kept << episodeId;
}

void EpisodeQuery::setShow(qint64 showId)
{
    m_source = Source::Show;
    m_id = showId;
    m_kept.clear();
}

void EpisodeQuery::setPerson(qint64 personId)
{
    m_source = Source::Person;
    m_id = personId;
    m_kept.clear();
    rechoose();
}

void EpisodeQuery::rechoose()
{
    if (m_source == Source::View) {
        // Listed from its members, New would read and sort all 100,000 episodes of a library
        // just subscribed to at each page; walked, an empty New would pass over all of them.
        m_walk = m_view != EpisodeView::All && holdsAGoodPart(episodeViewSql(m_view).members, {});
    } else if (m_source == Source::Person) {
        // Reading each of a person's episodes costs a seek; walking the date (or title) index
        // and asking whether an episode is theirs costs a probe per episode passed, and stops
        // once a page is full: for a host heard in 50,000 of 100,000 episodes, 9 ms instead of
        // 420 ms a page.
        m_walk = holdsAGoodPart(
            QStringLiteral("SELECT episode_id FROM episode_people WHERE person_id = ?"), {m_id});
    } else {
        m_walk = false;
    }
}

bool EpisodeQuery::holdsAGoodPart(const QString& members, const QVariantList& values) const
{
    // The members are read only up to the share that decides (2,000 of 100,000 episodes).
    QSqlQuery q(m_database.connection());
    if (!run(q, QStringLiteral("SELECT COUNT(*) FROM episodes"), {}) || !q.next())
        return false;
    const qint64 enough = q.value(0).toLongLong() / kWalkShare + 1;
    QSqlQuery m(m_database.connection());
    return run(m, QStringLiteral("SELECT COUNT(*) FROM (") + members + QStringLiteral(" LIMIT ?)"),
               QVariantList(values) << enough) &&
           m.next() && m.value(0).toLongLong() >= enough;
}

void EpisodeQuery::setSearch(const QString& text)
{
    m_kept.clear();
    m_match = SearchIndex::matchExpression(text);
    m_saidMatch = TranscriptStore::matchExpression(text);
    m_source = m_match.isEmpty() ? Source::None : Source::Search;
}

void EpisodeQuery::clear()
{
    m_source = Source::None;
    m_kept.clear();
}

void EpisodeQuery::setSort(EpisodeSort sort, Qt::SortOrder order)
{
    m_sort = sort;
    m_order = order;
}

QString EpisodeQuery::filter(QVariantList* values) const
{
    switch (m_source) {
    case Source::None:
        return QStringLiteral("0");
    case Source::View:
        return viewFilter();
    case Source::Show:
        *values << m_id;
        return QStringLiteral("e.show_id = ?");
    case Source::Person:
        *values << m_id;
        if (m_walk)
            return QStringLiteral("EXISTS (SELECT 1 FROM episode_people ep WHERE ep.episode_id = "
                                  "e.id AND ep.person_id = ?)");
        return QStringLiteral(
            "e.id IN (SELECT episode_id FROM episode_people WHERE person_id = ?)");
    case Source::Search:
        // FTS5 walks its prefix index newest rowid first and stops at the limit: a keystroke
        // never reads every match.
        *values << m_match << SearchIndex::kDefaultLimit;
        if (m_saidMatch.isEmpty())
            return QStringLiteral("e.id IN (SELECT rowid FROM episode_search WHERE "
                                  "episode_search MATCH ? ORDER BY rowid DESC LIMIT ?)");
        // Or what was said: the episodes of the newest kSaidLines matching transcript lines
        // (a line's id is episode id * TranscriptStore::kLinesPerEpisode + position). The
        // lines bound the cost: a word said everywhere lists the newest episodes saying it.
        *values << m_saidMatch << kSaidLines << SearchIndex::kDefaultLimit;
        return QStringLiteral(
                   "(e.id IN (SELECT rowid FROM episode_search WHERE episode_search MATCH ? "
                   "ORDER BY rowid DESC LIMIT ?) OR e.id IN (SELECT DISTINCT line / %1 FROM "
                   "(SELECT rowid AS line FROM transcript_search WHERE transcript_search MATCH ? "
                   "ORDER BY rowid DESC LIMIT ?) LIMIT ?))")
            .arg(TranscriptStore::kLinesPerEpisode);
    }
    return QStringLiteral("0");
}

QString EpisodeQuery::viewFilter() const
{
    if (m_view == EpisodeView::All)
        return QStringLiteral("1");
    const EpisodeViewSql sql = episodeViewSql(m_view);
    QString filter =
        m_walk ? sql.walk : QStringLiteral("e.id IN (") + sql.members + QLatin1Char(')');
    if (m_kept.isEmpty())
        return filter;
    return QStringLiteral("(%1 OR e.id IN (%2))").arg(filter, idList(m_kept));
}

QString EpisodeQuery::sortKey() const
{
    switch (m_sort) {
    case EpisodeSort::Title:
        return QStringLiteral("e.title COLLATE NOCASE");
    case EpisodeSort::Duration:
        return QStringLiteral("e.duration");
    case EpisodeSort::Date:
        break;
    }
    return QStringLiteral("e.published");
}

QString EpisodeQuery::orderBy() const
{
    const QString direction =
        m_order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY ") + sortKey() + direction + QStringLiteral(", e.id") +
           direction;
}

int EpisodeQuery::count() const
{
    QVariantList values;
    QString sql;
    switch (m_source) {
    case Source::None:
        return 0;
    case Source::View:
        if (m_view == EpisodeView::All) {
            sql = QStringLiteral("SELECT COUNT(*) FROM episodes");
            break;
        }
        // The view's own count, and the kept episodes that left it.
        sql = episodeViewSql(m_view).count;
        if (!m_kept.isEmpty())
            sql = QStringLiteral("SELECT (%1) + (SELECT COUNT(*) FROM episodes e WHERE e.id IN "
                                 "(%2) AND NOT (%3))")
                      .arg(sql, idList(m_kept), episodeViewSql(m_view).walk);
        break;
    case Source::Person:
        // A person's episodes are counted from the people index alone (one row an episode).
        sql = QStringLiteral("SELECT COUNT(*) FROM episode_people WHERE person_id = ?");
        values << m_id;
        break;
    case Source::Show:
    case Source::Search:
        sql = QStringLiteral("SELECT COUNT(*) FROM episodes e WHERE ") + filter(&values);
        break;
    }
    QSqlQuery q(m_database.connection());
    if (!run(q, sql, values) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<EpisodeListRow> EpisodeQuery::rows(int offset, int limit,
                                         const std::optional<Cursor>& after) const
{
    QList<EpisodeListRow> rows;
    if (m_source == Source::None || limit <= 0)
        return rows;
    QVariantList values;
    QString where = filter(&values);
    if (after) {
        // Rows strictly after the cursor, in list order; the first comparison is an index range.
        const bool descending = m_order == Qt::DescendingOrder;
        const QString key = sortKey();
        where += QStringLiteral(" AND %1 %2 ? AND (%1 %3 ? OR e.id %3 ?)")
                     .arg(key, descending ? QStringLiteral("<=") : QStringLiteral(">="),
                          descending ? QStringLiteral("<") : QStringLiteral(">"));
        values << after->key << after->key << after->id;
    }
    values << limit << qMax(0, offset);
    const QString order = orderBy();
    const QString sql = QLatin1String(episodequeryrows::kColumns) +
                        QStringLiteral("FROM (SELECT e.id FROM episodes e WHERE ") + where + order +
                        QStringLiteral(" LIMIT ? OFFSET ?) page JOIN episodes e ON e.id "
                                       "= page.id ") +
                        QLatin1String(episodequeryrows::kJoins) + order;
    QSqlQuery q(m_database.connection());
    if (!run(q, sql, values))
        return rows;
    rows.reserve(limit);
    while (q.next())
        rows << episodequeryrows::read(q);
    return rows;
}

QList<EpisodeListRow> EpisodeQuery::rows(const QList<qint64>& episodeIds) const
{
    QList<EpisodeListRow> rows;
    if (episodeIds.isEmpty())
        return rows;
    QVariantList values;
    QStringList marks;
    for (const qint64 id : episodeIds) {
        values << id;
        marks << QStringLiteral("?");
    }
    QSqlQuery q(m_database.connection());
    if (!run(q,
             QLatin1String(episodequeryrows::kColumns) + QStringLiteral("FROM episodes e ") +
                 QLatin1String(episodequeryrows::kJoins) + QStringLiteral("WHERE e.id IN (") +
                 marks.join(QLatin1Char(',')) + QLatin1Char(')'),
             values))
        return rows;
    QHash<qint64, EpisodeListRow> read;
    while (q.next()) {
        EpisodeListRow row = episodequeryrows::read(q);
        read.insert(row.id, std::move(row));
    }
    rows.reserve(episodeIds.size());
    for (const qint64 id : episodeIds) {
        const auto it = read.constFind(id);
        if (it != read.constEnd())
            rows << *it;
    }
    return rows;
}

QList<qint64> EpisodeQuery::ids(int offset, int limit) const
{
    QList<qint64> ids;
    if (m_source == Source::None || limit <= 0)
        return ids;
    QVariantList values;
    const QString where = filter(&values);
    values << limit << qMax(0, offset);
    QSqlQuery q(m_database.connection());
    if (!run(q,
             QStringLiteral("SELECT e.id FROM episodes e WHERE ") + where + orderBy() +
                 QStringLiteral(" LIMIT ? OFFSET ?"),
             values))
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

int EpisodeQuery::rowOf(qint64 episodeId) const
{
    if (m_source == Source::None || episodeId <= 0)
        return -1;
    QVariantList values{episodeId};
    const QString where = filter(&values);
    const QString key = sortKey();
    QSqlQuery q(m_database.connection());
    if (!run(q, QStringLiteral("SELECT %1 FROM episodes e WHERE e.id = ? AND ").arg(key) + where,
             values) ||
        !q.next())
        return -1;
    const QVariant target = q.value(0);
    // Every row before it: a key further up the list, or the same key and an id before.
    const bool descending = m_order == Qt::DescendingOrder;
    QVariantList before;
    const QString beforeWhere = filter(&before);
    before << target << target << episodeId;
    QSqlQuery c(m_database.connection());
    if (!run(c,
             QStringLiteral("SELECT COUNT(*) FROM episodes e WHERE ") + beforeWhere +
                 QStringLiteral(" AND %1 %2 ? AND (%1 %3 ? OR e.id %3 ?)")
                     .arg(key, descending ? QStringLiteral(">=") : QStringLiteral("<="),
                          descending ? QStringLiteral(">") : QStringLiteral("<")),
             before) ||
        !c.next())
        return -1;
    return c.value(0).toInt();
}

std::optional<EpisodeListRow> EpisodeQuery::row(qint64 episodeId) const
{
    QSqlQuery q(m_database.connection());
    if (!run(q,
             QLatin1String(episodequeryrows::kColumns) + QStringLiteral("FROM episodes e ") +
                 QLatin1String(episodequeryrows::kJoins) + QStringLiteral("WHERE e.id = ?"),
             {episodeId}) ||
        !q.next())
        return std::nullopt;
    return episodequeryrows::read(q);
}

EpisodeQuery::Cursor EpisodeQuery::cursorAfter(const EpisodeListRow& row) const
{
    switch (m_sort) {
    case EpisodeSort::Title:
        return {row.title, row.id};
    case EpisodeSort::Duration:
        return {row.durationSeconds, row.id};
    case EpisodeSort::Date:
        break;
    }
    return {row.published, row.id};
}

EpisodeViewCounts EpisodeQuery::viewCounts() const
{
    EpisodeViewCounts counts;
    QSqlQuery q(m_database.connection());
    const QString sql = QStringLiteral("SELECT (SELECT COUNT(*) FROM episodes), (%1), (%2), (%3)")
                            .arg(episodeViewSql(EpisodeView::New).count,
                                 episodeViewSql(EpisodeView::InProgress).count,
                                 episodeViewSql(EpisodeView::Downloaded).count);
    if (!run(q, sql, {}) || !q.next())
        return counts;
    counts.all = q.value(0).toInt();
    counts.fresh = q.value(1).toInt();
    counts.inProgress = q.value(2).toInt();
    counts.downloaded = q.value(3).toInt();
    return counts;
}

} // namespace ondes

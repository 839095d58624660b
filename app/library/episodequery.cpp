#include "library/episodequery.h"

#include "library/database.h"
#include "library/downloadstate.h"
#include "library/searchindex.h"
#include "library/transcriptstore.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace ondes {

Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

namespace {

// The view filters, on `episodes e`. New and Downloaded are small parts of a library, so each
// is the list of its episode ids (the partial index of unseen episodes, or of downloaded files)
// and the list order is sorted from those rows: left to itself, SQLite would walk the whole
// date or title index looking for them (0.5 s on 100,000 episodes when the view is empty). `+`
// keeps played, which most episodes share, from being chosen as an index.
const char* const kNewFilter =
    "e.id IN (SELECT n.id FROM episodes n WHERE n.seen = 0 AND +n.played = 0 AND NOT EXISTS "
    "(SELECT 1 FROM playback_positions p WHERE p.episode_id = n.id AND p.position_ms > 0))";
const char* const kInProgressFilter =
    "+e.played = 0 AND e.id IN (SELECT episode_id FROM playback_positions WHERE position_ms > 0)";
const char* const kDownloadedFilter =
    "e.id IN (SELECT d.id FROM episodes d WHERE d.local_file <> '')";

// The columns of one list line, read for the ids of a page (`page`) or one episode.
const char* const kRowColumns =
    "SELECT e.id, e.show_id, s.title, e.title, e.published, e.duration, e.played, "
    "e.local_file <> '', COALESCE(p.position_ms, 0), COALESCE(d.state, ''), "
    "qu.episode_id IS NOT NULL, e.seen ";
const char* const kRowJoins = "JOIN shows s ON s.id = e.show_id "
                              "LEFT JOIN playback_positions p ON p.episode_id = e.id "
                              "LEFT JOIN downloads d ON d.episode_id = e.id "
                              "LEFT JOIN queue qu ON qu.episode_id = e.id ";

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

EpisodeListRow readRow(const QSqlQuery& q)
{
    EpisodeListRow row;
    row.id = q.value(0).toLongLong();
    row.showId = q.value(1).toLongLong();
    row.showTitle = q.value(2).toString();
    row.title = q.value(3).toString();
    row.published = q.value(4).toLongLong();
    row.durationSeconds = q.value(5).toLongLong();
    const bool played = q.value(6).toBool();
    const bool downloaded = q.value(7).toBool();
    row.positionMs = q.value(8).toLongLong();
    const auto download = downloadStateFromName(q.value(9).toString());
    if (played)
        row.states |= EpisodeListRow::Played;
    else if (row.positionMs > 0)
        row.states |= EpisodeListRow::InProgress;
    else if (!q.value(11).toBool())
        row.states |= EpisodeListRow::New;
    if (downloaded)
        row.states |= EpisodeListRow::Downloaded;
    if (download == DownloadState::Queued || download == DownloadState::Running)
        row.states |= EpisodeListRow::Downloading;
    else if (download == DownloadState::Paused)
        row.states |= EpisodeListRow::DownloadPaused;
    else if (download == DownloadState::Failed)
        row.states |= EpisodeListRow::DownloadFailed;
    if (q.value(10).toBool())
        row.states |= EpisodeListRow::Queued;
    return row;
}

} // namespace

EpisodeQuery::EpisodeQuery(Database& database) : m_database(database) {}

void EpisodeQuery::setView(EpisodeView view)
{
    m_source = Source::View;
    m_view = view;
}

void EpisodeQuery::setShow(qint64 showId)
{
    m_source = Source::Show;
    m_id = showId;
}

void EpisodeQuery::setPerson(qint64 personId)
{
    m_source = Source::Person;
    m_id = personId;
    // Reading each of a person's episodes costs a seek; walking the date (or title) index and
    // asking whether an episode is theirs costs a probe per episode passed, and stops once a
    // page is full. With one episode in kWalkShare or more theirs, the walk is cheaper: for a
    // host heard in 50,000 of 100,000 episodes, 9 ms instead of 420 ms a page.
    constexpr qint64 kWalkShare = 50;
    QSqlQuery q(m_database.connection());
    m_walkForPerson =
        run(q,
            QStringLiteral("SELECT (SELECT COUNT(*) FROM episode_people WHERE person_id = ?), "
                           "(SELECT COUNT(*) FROM episodes)"),
            {personId}) &&
        q.next() && q.value(0).toLongLong() * kWalkShare > q.value(1).toLongLong();
}

void EpisodeQuery::setSearch(const QString& text)
{
    m_match = SearchIndex::matchExpression(text);
    m_saidMatch = TranscriptStore::matchExpression(text);
    m_source = m_match.isEmpty() ? Source::None : Source::Search;
}

void EpisodeQuery::clear()
{
    m_source = Source::None;
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
        switch (m_view) {
        case EpisodeView::All:
            return QStringLiteral("1");
        case EpisodeView::New:
            return QLatin1String(kNewFilter);
        case EpisodeView::InProgress:
            return QLatin1String(kInProgressFilter);
        case EpisodeView::Downloaded:
            return QLatin1String(kDownloadedFilter);
        }
        break;
    case Source::Show:
        *values << m_id;
        return QStringLiteral("e.show_id = ?");
    case Source::Person:
        *values << m_id;
        if (m_walkForPerson)
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
    if (m_source == Source::None)
        return 0;
    QVariantList values;
    // A person's episodes are counted from the people index alone (one row an episode).
    const QString sql =
        m_source == Source::Person
            ? QStringLiteral("SELECT COUNT(*) FROM episode_people WHERE person_id = ?")
            : QStringLiteral("SELECT COUNT(*) FROM episodes e WHERE ") + filter(&values);
    if (m_source == Source::Person)
        values << m_id;
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
    const QString sql = QLatin1String(kRowColumns) +
                        QStringLiteral("FROM (SELECT e.id FROM episodes e WHERE ") + where + order +
                        QStringLiteral(" LIMIT ? OFFSET ?) page JOIN episodes e ON e.id "
                                       "= page.id ") +
                        QLatin1String(kRowJoins) + order;
    QSqlQuery q(m_database.connection());
    if (!run(q, sql, values))
        return rows;
    rows.reserve(limit);
    while (q.next())
        rows << readRow(q);
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
             QLatin1String(kRowColumns) + QStringLiteral("FROM episodes e ") +
                 QLatin1String(kRowJoins) + QStringLiteral("WHERE e.id IN (") +
                 marks.join(QLatin1Char(',')) + QLatin1Char(')'),
             values))
        return rows;
    QHash<qint64, EpisodeListRow> read;
    while (q.next()) {
        EpisodeListRow row = readRow(q);
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
             QLatin1String(kRowColumns) + QStringLiteral("FROM episodes e ") +
                 QLatin1String(kRowJoins) + QStringLiteral("WHERE e.id = ?"),
             {episodeId}) ||
        !q.next())
        return std::nullopt;
    return readRow(q);
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
    const QString sql = QStringLiteral("SELECT (SELECT COUNT(*) FROM episodes), "
                                       "(SELECT COUNT(*) FROM episodes e WHERE %1), "
                                       "(SELECT COUNT(*) FROM episodes e WHERE %2), "
                                       "(SELECT COUNT(*) FROM episodes e WHERE %3)")
                            .arg(QLatin1String(kNewFilter), QLatin1String(kInProgressFilter),
                                 QLatin1String(kDownloadedFilter));
    if (!run(q, sql, {}) || !q.next())
        return counts;
    counts.all = q.value(0).toInt();
    counts.fresh = q.value(1).toInt();
    counts.inProgress = q.value(2).toInt();
    counts.downloaded = q.value(3).toInt();
    return counts;
}

} // namespace ondes

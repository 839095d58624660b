#include "library/episodelistmodel.h"

#include "library/library.h"
#include "library/timeformat.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <limits>
#include <utility>

namespace ondes {

EpisodeListModel::EpisodeListModel(Library& library, QObject* parent)
    : QAbstractTableModel(parent), m_library(library), m_query(library.database()),
      m_said(new SaidLines(library.database(), this)), m_pages(m_query)
{
    connect(m_said, &SaidLines::found, this, &EpisodeListModel::updateCachedRow);
    m_query.clear();
    connect(&m_library, &Library::episodesChanged, this, [this](qint64 showId) {
        if (m_view || m_personId || isSearching() || (m_showId && showId == m_showId)) {
            m_query.rechoose();
            reload();
        }
    });
    connect(&m_library, &Library::episodeChanged, this, &EpisodeListModel::onEpisodeChanged);
    connect(&m_library, &Library::queueChanged, this, &EpisodeListModel::refreshStates);
}

void EpisodeListModel::setSource(const std::function<void()>& choose)
{
    m_view.reset();
    m_showId = 0;
    m_personId = 0;
    m_search.clear();
    choose();
    reload();
}

void EpisodeListModel::setView(EpisodeView view)
{
    setSource([&] {
        m_view = view;
        m_query.setView(view);
    });
}

void EpisodeListModel::setShow(qint64 showId)
{
    setSource([&] {
        m_showId = showId;
        if (showId)
            m_query.setShow(showId);
        else
            m_query.clear();
    });
}

void EpisodeListModel::setPerson(qint64 personId)
{
    setSource([&] {
        m_personId = personId;
        if (personId)
            m_query.setPerson(personId);
        else
            m_query.clear();
    });
}

void EpisodeListModel::setSearch(const QString& text)
{
    setSource([&] {
        m_search = text.trimmed();
        m_query.setSearch(m_search);
    });
}

void EpisodeListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_readIds.clear();
    m_query.setKept({});
    m_said->setSearch(m_search);
    // A search (at most SearchIndex::kDefaultLimit episodes) is read once as the ids in list
    // order: one full-text query a keystroke, not one to count and another for each page; so is
    // a short view whose episodes follow their states. Everything else is a COUNT now and pages
    // when shown.
    m_snapshot.clear();
    m_count = isSearching() ? 0 : m_query.count();
    m_snapshotted =
        isSearching() || (m_view && *m_view != EpisodeView::All && m_count <= kShortList);
    if (m_snapshotted) {
        m_snapshot = m_query.ids(0, std::numeric_limits<int>::max());
        m_count = static_cast<int>(m_snapshot.size());
    }
    endResetModel();
}

void EpisodeListModel::recountIfChanged()
{
    m_recountPending = false;
    if (!keepsWhatLeaves())
        return;
    const int count = m_query.count();
    if (count == m_count)
        return;
    // The kept rows stay; the pages are read again around them.
    beginResetModel();
    m_pages.clear();
    m_count = count;
    endResetModel();
}

void EpisodeListModel::refreshStates()
{
    // The order and the rows stay; their states are read again when next shown.
    m_pages.forgetRows();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

void EpisodeListModel::onEpisodeChanged(qint64 episodeId)
{
    if (keepsWhatLeaves()) {
        if (m_readIds.contains(episodeId)) {
            // Its row stays, whether or not it is still in the view.
            if (!m_query.kept().contains(episodeId)) {
                if (m_query.kept().size() >= kMaxKept) {
                    reload();
                    return;
                }
                m_query.keep(episodeId);
            }
        } else if (!m_recountPending) {
            m_recountPending = true;
            QMetaObject::invokeMethod(this, &EpisodeListModel::recountIfChanged,
                                      Qt::QueuedConnection);
        }
    }
    const int at = m_pages.cachedRowOf(episodeId);
    if (at < 0)
        return;
    if (const auto row = m_query.row(episodeId)) {
        m_pages.replace(at, *row);
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
}

void EpisodeListModel::setNowPlaying(qint64 episodeId, bool playing)
{
    if (episodeId == m_nowPlayingId && playing == m_nowPlayingActive)
        return;
    const qint64 before = std::exchange(m_nowPlayingId, episodeId);
    m_nowPlayingActive = playing;
    if (before && before != episodeId)
        updateCachedRow(before);
    if (episodeId)
        updateCachedRow(episodeId);
}

void EpisodeListModel::updateCachedRow(qint64 episodeId)
{
    if (const int at = m_pages.cachedRowOf(episodeId); at >= 0)
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

const EpisodeListRow* EpisodeListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    return m_pages.at(row, m_snapshotted ? &m_snapshot : nullptr,
                      keepsWhatLeaves() ? &m_readIds : nullptr);
}

QModelIndex EpisodeListModel::indexOfEpisode(qint64 episodeId) const
{
    if (const int cached = m_pages.cachedRowOf(episodeId); cached >= 0)
        return index(cached, 0);
    const int row =
        m_snapshotted ? static_cast<int>(m_snapshot.indexOf(episodeId)) : m_query.rowOf(episodeId);
    return row >= 0 && row < m_count ? index(row, 0) : QModelIndex();
}

QList<qint64> EpisodeListModel::episodeIds(const QItemSelection& selection) const
{
    QList<std::pair<int, int>> ranges; // top, bottom
    for (const QItemSelectionRange& range : selection)
        ranges.append({range.top(), range.bottom()});
    std::sort(ranges.begin(), ranges.end());
    QList<qint64> ids;
    int next = 0; // rows before this one are taken (the columns of a row make several ranges)
    for (auto [top, bottom] : ranges) {
        top = qMax(top, next);
        bottom = qMin(bottom, m_count - 1);
        if (top > bottom)
            continue;
        if (bottom - top < kPageSize) {
            for (int row = top; row <= bottom; ++row) {
                if (const EpisodeListRow* r = rowAt(row))
                    ids << r->id;
            }
        } else if (m_snapshotted) {
            ids << m_snapshot.mid(top, bottom - top + 1);
        } else {
            ids << m_query.ids(top, bottom - top + 1);
        }
        next = bottom + 1;
    }
    return ids;
}

void EpisodeListModel::sort(int column, Qt::SortOrder order)
{
    EpisodeSort sort;
    switch (column) {
    case TitleColumn:
        sort = EpisodeSort::Title;
        break;
    case DateColumn:
        sort = EpisodeSort::Date;
        break;
    case DurationColumn:
        sort = EpisodeSort::Duration;
        break;
    default:
        return;
    }
    if (sort == m_query.sort() && order == m_query.sortOrder())
        return;
    m_query.setSort(sort, order);
    reload();
}

int EpisodeListModel::sortColumn() const
{
    switch (m_query.sort()) {
    case EpisodeSort::Title:
        return TitleColumn;
    case EpisodeSort::Duration:
        return DurationColumn;
    case EpisodeSort::Date:
        break;
    }
    return DateColumn;
}

int EpisodeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int EpisodeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EpisodeListModel::describeStates(int states, double progress)
{
    QStringList words;
    if (states & EpisodeListRow::New)
        words << tr("New");
    if (states & EpisodeListRow::InProgress)
        words << tr("In progress (%1%)").arg(qRound(progress * 100));
    if (states & EpisodeListRow::Played)
        words << tr("Played");
    if (states & EpisodeListRow::Downloaded)
        words << tr("Downloaded");
    if (states & EpisodeListRow::Downloading)
        words << tr("Downloading");
    if (states & EpisodeListRow::DownloadPaused)
        words << tr("Download paused");
    if (states & EpisodeListRow::DownloadFailed)
        words << tr("Download failed");
    if (states & EpisodeListRow::Queued)
        words << tr("Queued");
    if (words.isEmpty())
        return tr("Not played");
    return words.join(tr(", "));
}

QVariant EpisodeListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const EpisodeListRow* episode = rowAt(index.row());
    if (!episode)
        return {};
    const double progress =
        episode->durationSeconds > 0
            ? qBound(0.0, double(episode->positionMs) / (episode->durationSeconds * 1000.0), 1.0)
            : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return episode->title;
        case ShowColumn:
            return episode->showTitle;
        case DateColumn:
            return episode->published > 0
                       ? QLocale().toString(
                             QDateTime::fromSecsSinceEpoch(episode->published).date(),
                             QLocale::ShortFormat)
                       : QString();
        case DurationColumn:
            return formatClock(episode->durationSeconds);
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (index.column() == StateColumn) {
            const QString states = describeStates(episode->states, progress);
            return episode->id == m_nowPlayingId
                       ? data(index, Qt::AccessibleDescriptionRole).toString() + tr(", ") + states
                       : states;
        }
        if (index.column() == TitleColumn && isSearching()) {
            const QString line = said(episode->id, SaidLineRole).toString();
            if (!line.isEmpty())
                return tr("%1, said at %2: “%3”")
                    .arg(episode->title,
                         formatClock(said(episode->id, SaidAtRole).toLongLong() / 1000), line);
        }
        if (role == Qt::ToolTipRole)
            return episode->title;
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == DateColumn || index.column() == DurationColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::FontRole:
        if (episode->states & EpisodeListRow::New) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        if (episode->id != m_nowPlayingId)
            return {};
        return m_nowPlayingActive ? tr("Now playing") : tr("Now playing, paused");
    case NowPlayingRole:
        return int(episode->id != m_nowPlayingId ? NowPlaying::No
                   : m_nowPlayingActive          ? NowPlaying::Playing
                                                 : NowPlaying::Paused);
    case EpisodeIdRole:
        return episode->id;
    case PlayedRole:
        return bool(episode->states & EpisodeListRow::Played);
    case PositionRole:
        return episode->positionMs;
    case StatesRole:
        return episode->states;
    case ProgressRole:
        return progress;
    case ShowIdRole:
        return episode->showId;
    case DurationRole:
        return episode->durationSeconds;
    case SaidLineRole:
    case SaidAtRole:
        return said(episode->id, role);
    default:
        return {};
    }
}

QVariant EpisodeListModel::said(qint64 episodeId, int role) const
{
    if (!isSearching())
        return {};
    const std::optional<TranscriptHit>* line = m_said->known(episodeId);
    if (!line) {
        m_said->request(episodeId);
        return {};
    }
    if (!line->has_value())
        return {};
    return role == SaidLineRole ? QVariant((*line)->line) : QVariant((*line)->startMs);
}

std::optional<TranscriptHit> EpisodeListModel::saidLine(qint64 episodeId) const
{
    return isSearching() ? m_said->lineNow(episodeId) : std::nullopt;
}

QVariant EpisodeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case TitleColumn:
        return tr("Title");
    case ShowColumn:
        return tr("Show");
    case DateColumn:
        return tr("Date");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

} // namespace ondes

// Compiled here, not with the library's other moc files: see app/CMakeLists.txt.
#include "moc_episodelistmodel.cpp"

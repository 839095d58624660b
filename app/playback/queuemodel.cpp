#include "playback/queuemodel.h"

#include "library/library.h"
#include "library/timeformat.h"
#include "playback/playqueue.h"

namespace ondes {

QueueModel::QueueModel(PlayQueue& queue, Library& library, QObject* parent)
    : QAbstractListModel(parent), m_queue(queue), m_library(library)
{
    m_rows = m_library.queuedEpisodes();
    connect(&m_queue, &PlayQueue::changed, this, [this] {
        if (!m_editing)
            reload();
    });
    connect(&m_library, &Library::episodeChanged, this, [this](qint64 episodeId) {
        const QModelIndex index = indexOfEpisode(episodeId);
        if (!index.isValid())
            return;
        if (const auto row = m_library.episode(episodeId)) {
            m_rows[index.row()] = *row;
            Q_EMIT dataChanged(index, index);
        }
    });
}

void QueueModel::reload()
{
    beginResetModel();
    m_rows = m_library.queuedEpisodes();
    endResetModel();
}

qint64 QueueModel::episodeIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

QModelIndex QueueModel::indexOfEpisode(qint64 episodeId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == episodeId)
            return index(row);
    }
    return {};
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EpisodeRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return row.title;
    case Qt::ToolTipRole: {
        const QString duration = formatClock(row.durationSeconds);
        return duration.isEmpty()
                   ? row.showTitle + QStringLiteral(" — ") + row.title
                   : QStringLiteral("%1 — %2 (%3)").arg(row.showTitle, row.title, duration);
    }
    case EpisodeIdRole:
        return row.id;
    case ShowTitleRole:
        return row.showTitle;
    case DurationRole:
        return row.durationSeconds;
    case PositionRole:
        return row.positionMs;
    default:
        return {};
    }
}

Qt::ItemFlags QueueModel::flags(const QModelIndex& index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemNeverHasChildren;
}

bool QueueModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                          const QModelIndex& destinationParent, int destinationChild)
{
    const int size = static_cast<int>(m_rows.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= size || destinationChild < 0 || destinationChild > size)
        return false;
    // Qt counts the destination before the move; QList::move after it.
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    m_editing = true;
    const bool ok = m_queue.move(sourceRow, to);
    m_editing = false;
    if (ok)
        m_rows.move(sourceRow, to);
    endMoveRows();
    if (!ok)
        reload();
    return ok;
}

bool QueueModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_editing = true;
    for (int i = 0; i < count; ++i)
        m_queue.remove(m_rows.at(row + i).id);
    m_editing = false;
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

QHash<int, QByteArray> QueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(EpisodeIdRole, "episodeId");
    names.insert(ShowTitleRole, "showTitle");
    names.insert(DurationRole, "duration");
    names.insert(PositionRole, "position");
    return names;
}

} // namespace ondes

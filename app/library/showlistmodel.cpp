#include "library/showlistmodel.h"

#include "library/library.h"

namespace ondes {

ShowListModel::ShowListModel(Library& library, QObject* parent)
    : QAbstractListModel(parent), m_library(library)
{
    connect(&m_library, &Library::showsChanged, this, &ShowListModel::reload);
    connect(&m_library, &Library::episodeChanged, this, &ShowListModel::reload);
    reload();
}

void ShowListModel::reload()
{
    beginResetModel();
    m_rows = m_library.shows();
    endResetModel();
}

int ShowListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ShowListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ShowRow& show = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return show.title;
    case Qt::ToolTipRole:
        return show.lastError.isEmpty()
                   ? tr("%1 — %n unplayed", nullptr, show.unplayedCount).arg(show.title)
                   : show.lastError;
    case ShowIdRole:
        return show.id;
    case UnplayedCountRole:
        return show.unplayedCount;
    case EpisodeCountRole:
        return show.episodeCount;
    case KindRole:
        return show.kind;
    default:
        return {};
    }
}

QModelIndex ShowListModel::indexOfShow(qint64 showId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == showId)
            return index(row);
    }
    return {};
}

} // namespace ondes

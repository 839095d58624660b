#include "library/episodelistmodel.h"

#include "library/library.h"
#include "timeformat.h"

#include <QDateTime>
#include <QLocale>

namespace ondes {

EpisodeListModel::EpisodeListModel(Library& library, QObject* parent)
    : QAbstractTableModel(parent), m_library(library)
{
    connect(&m_library, &Library::episodesChanged, this, [this](qint64 showId) {
        if (showId == m_showId || m_personId || isSearching())
            reload();
    });
    connect(&m_library, &Library::episodeChanged, this, [this](qint64 episodeId) {
        const QModelIndex first = indexOfEpisode(episodeId);
        if (!first.isValid())
            return;
        if (const auto row = m_library.episode(episodeId)) {
            m_rows[first.row()] = *row;
            Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        }
    });
}

void EpisodeListModel::setShow(qint64 showId)
{
    m_showId = showId;
    m_personId = 0;
    m_search.clear();
    reload();
}

void EpisodeListModel::setPerson(qint64 personId)
{
    m_personId = personId;
    m_showId = 0;
    m_search.clear();
    reload();
}

void EpisodeListModel::setSearch(const QString& text)
{
    m_search = text.trimmed();
    m_showId = 0;
    m_personId = 0;
    reload();
}

void EpisodeListModel::reload()
{
    beginResetModel();
    if (isSearching())
        m_rows = m_library.searchEpisodes(m_search);
    else if (m_personId)
        m_rows = m_library.episodesWithPerson(m_personId);
    else
        m_rows = m_showId ? m_library.episodes(m_showId) : QList<EpisodeRow>();
    endResetModel();
}

QModelIndex EpisodeListModel::indexOfEpisode(qint64 episodeId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == episodeId)
            return index(row, 0);
    }
    return {};
}

int EpisodeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EpisodeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EpisodeListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EpisodeRow& episode = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return episode.title;
        case ShowColumn:
            return episode.showTitle;
        case DateColumn:
            return episode.published > 0
                       ? QLocale().toString(QDateTime::fromSecsSinceEpoch(episode.published).date(),
                                            QLocale::ShortFormat)
                       : QString();
        case DurationColumn:
            return formatClock(episode.durationSeconds);
        }
        return {};
    case Qt::ToolTipRole:
        return episode.title;
    case Qt::TextAlignmentRole:
        return index.column() == TitleColumn || index.column() == ShowColumn ? QVariant()
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        return {};
    case EpisodeIdRole:
        return episode.id;
    case PlayedRole:
        return episode.played;
    case PositionRole:
        return episode.positionMs;
    default:
        return {};
    }
}

QVariant EpisodeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
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

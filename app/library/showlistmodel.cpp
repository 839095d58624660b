#include "library/showlistmodel.h"

#include "library/library.h"
#include "net/artworkcache.h"

#include <QImage>
#include <QLocale>
#include <QTimer>

namespace ondes {

ShowListModel::ShowListModel(Library& library, QObject* parent)
    : QAbstractListModel(parent), m_library(library)
{
    connect(&m_library, &Library::showsChanged, this, &ShowListModel::reload);
    connect(&m_library, &Library::episodesChanged, this, &ShowListModel::scheduleReload);
    // Marking a thousand episodes played reads the counts once.
    connect(&m_library, &Library::episodeChanged, this, &ShowListModel::scheduleReload);
    reload();
}

void ShowListModel::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending)
            reload();
    });
}

void ShowListModel::reload()
{
    m_reloadPending = false;
    QList<ShowRow> rows = m_library.shows();
    m_counts = m_library.viewCounts();
    bool sameShows = rows.size() == m_rows.size();
    for (int i = 0; sameShows && i < rows.size(); ++i)
        sameShows = rows.at(i).id == m_rows.at(i).id;
    if (sameShows) {
        m_rows = std::move(rows);
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ShowListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kViewCount + static_cast<int>(m_rows.size());
}

QString ShowListModel::viewName(EpisodeView view)
{
    switch (view) {
    case EpisodeView::All:
        return tr("All episodes");
    case EpisodeView::New:
        return tr("New");
    case EpisodeView::InProgress:
        return tr("In progress");
    case EpisodeView::Downloaded:
        return tr("Downloaded");
    }
    return {};
}

QVariant ShowListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() < kViewCount) {
        const auto view = EpisodeView(index.row());
        const int count = view == EpisodeView::All          ? m_counts.all
                          : view == EpisodeView::New        ? m_counts.fresh
                          : view == EpisodeView::InProgress ? m_counts.inProgress
                                                            : m_counts.downloaded;
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%L2)").arg(viewName(view)).arg(count);
        case Qt::AccessibleTextRole:
        case Qt::ToolTipRole:
            return tr("%1: %n episode(s)", nullptr, count).arg(viewName(view));
        case ShowIdRole:
            return qint64(0);
        case ViewRole:
            return int(view);
        case CountRole:
            return count;
        default:
            return {};
        }
    }
    const ShowRow& show = m_rows.at(index.row() - kViewCount);
    switch (role) {
    case Qt::DisplayRole:
        return show.title;
    case Qt::AccessibleTextRole:
        return show.lastError.isEmpty() ? show.title
                                        : tr("%1, could not be refreshed").arg(show.title);
    case RefreshErrorRole:
        return show.lastError;
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
        return int(show.kind);
    case ViewRole:
        return -1;
    case Qt::DecorationRole:
        if (m_artwork) {
            const QImage image = m_artwork->image(show.imageUrl);
            if (!image.isNull())
                return image;
        }
        return {};
    default:
        return {};
    }
}

QModelIndex ShowListModel::indexOfShow(qint64 showId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == showId)
            return index(kViewCount + row);
    }
    return {};
}

QModelIndex ShowListModel::indexOfView(EpisodeView view) const
{
    return index(int(view));
}

void ShowListModel::setArtworkCache(ArtworkCache* cache)
{
    m_artwork = cache;
    if (!m_artwork)
        return;
    connect(m_artwork, &ArtworkCache::imageReady, this, [this](const QString& url) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).imageUrl == url)
                Q_EMIT dataChanged(index(row + kViewCount), index(row + kViewCount),
                                   {Qt::DecorationRole});
        }
    });
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(kViewCount), index(rowCount() - 1), {Qt::DecorationRole});
}

} // namespace ondes

// Compiled here, not with the library's other moc files: see app/CMakeLists.txt.
#include "moc_showlistmodel.cpp"

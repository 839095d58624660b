#include "downloads/downloadlistmodel.h"

#include <QLocale>

namespace ondes {

DownloadListModel::DownloadListModel(DownloadManager& manager, QObject* parent)
    : QAbstractListModel(parent), m_manager(manager)
{
    connect(&m_manager, &DownloadManager::queueChanged, this, &DownloadListModel::reload);
    connect(&m_manager, &DownloadManager::downloadChanged, this, &DownloadListModel::updateEpisode);
    reload();
}

int DownloadListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

qint64 DownloadListModel::episodeIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).episodeId : 0;
}

QString DownloadListModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(qMax<qint64>(0, bytes), 1, QLocale::DataSizeSIFormat);
}

QString DownloadListModel::detailText(const DownloadStatus& s)
{
    if (s.state == DownloadState::Failed)
        return s.error.isEmpty() ? tr("Failed") : s.error;
    QStringList parts;
    if (s.total > 0)
        parts << tr("%1 of %2").arg(sizeText(s.received), sizeText(s.total));
    else if (s.received > 0)
        parts << sizeText(s.received);
    if (s.state == DownloadState::Queued)
        parts.prepend(tr("Waiting"));
    else if (s.state == DownloadState::Paused)
        parts.prepend(tr("Paused"));
    else if (s.bytesPerSecond > 0)
        parts << tr("%1/s").arg(sizeText(qint64(s.bytesPerSecond)));
    if (s.state == DownloadState::Running && s.etaSeconds >= 0) {
        const qint64 eta = s.etaSeconds;
        parts << (eta >= 3600 ? tr("%1 h %2 min left").arg(eta / 3600).arg((eta % 3600) / 60)
                  : eta >= 60 ? tr("%1 min %2 s left").arg(eta / 60).arg(eta % 60)
                              : tr("%1 s left").arg(eta));
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant DownloadListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DownloadStatus& s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.showTitle.isEmpty() ? s.episodeTitle
                                     : tr("%1 — %2").arg(s.episodeTitle, s.showTitle);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return detailText(s);
    case EpisodeIdRole:
        return s.episodeId;
    case StateRole:
        return int(s.state);
    case ProgressRole:
        return s.total > 0 ? int(qBound(qint64(0), 100 * s.received / s.total, qint64(100))) : -1;
    case DetailRole:
        return detailText(s);
    case ErrorRole:
        return s.error;
    default:
        return {};
    }
}

void DownloadListModel::reload()
{
    beginResetModel();
    m_rows = m_manager.downloads();
    endResetModel();
}

void DownloadListModel::updateEpisode(qint64 episodeId)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).episodeId != episodeId)
            continue;
        const std::optional<DownloadStatus> status = m_manager.status(episodeId);
        if (!status) {
            reload();
            return;
        }
        m_rows[row] = *status;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    if (m_manager.status(episodeId)) // a download the list has not seen yet
        reload();
}

} // namespace ondes

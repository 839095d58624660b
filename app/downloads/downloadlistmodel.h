#pragma once

// DownloadListModel lists the download queue for the Downloads panel: one row per download, in
// queue order, with its state, progress, rate, time left and error. Progress updates touch one
// row; only a change of the queue itself resets the model.

#include "downloads/downloadmanager.h"

#include <QAbstractListModel>

namespace ondes {

class DownloadListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        EpisodeIdRole = Qt::UserRole + 1,
        StateRole,    // int(DownloadState)
        ProgressRole, // 0–100, or -1 when the size is unknown
        DetailRole,   // "12.3 MB of 45.6 MB · 1.2 MB/s · 30 s left", or the error
        ErrorRole,
    };

    explicit DownloadListModel(DownloadManager& manager, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    qint64 episodeIdAt(int row) const;

    // "12.3 MB", "950 kB": sizes as people read them.
    static QString sizeText(qint64 bytes);
    static QString detailText(const DownloadStatus& status);

private:
    void reload();
    void updateEpisode(qint64 episodeId);

    DownloadManager& m_manager;
    QList<DownloadStatus> m_rows;
};

} // namespace ondes

#pragma once

// QueueModel shows the "Up next" queue to a view: one row per queued episode, in play order.
// Moving or removing rows changes the queue itself.

#include "library/librarytypes.h"

#include <QAbstractListModel>

namespace ondes {

class Library;
class PlayQueue;

class QueueModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { EpisodeIdRole = Qt::UserRole + 1, ShowTitleRole, DurationRole, PositionRole };

    QueueModel(PlayQueue& queue, Library& library, QObject* parent = nullptr);

    qint64 episodeIdAt(int row) const;
    QModelIndex indexOfEpisode(qint64 episodeId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();

    PlayQueue& m_queue;
    Library& m_library;
    QList<EpisodeRow> m_rows;
    bool m_editing = false;
};

} // namespace ondes

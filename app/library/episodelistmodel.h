#pragma once

// EpisodeListModel lists episodes newest first — one show's, or all of one person's across
// shows: title, show, date, duration.

#include "library/librarytypes.h"

#include <QAbstractTableModel>

namespace ondes {

class Library;

class EpisodeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, ShowColumn, DateColumn, DurationColumn, ColumnCount };
    enum Role { EpisodeIdRole = Qt::UserRole + 1, PlayedRole, PositionRole };

    explicit EpisodeListModel(Library& library, QObject* parent = nullptr);

    void setShow(qint64 showId);
    void setPerson(qint64 personId);
    qint64 showId() const { return m_showId; }
    qint64 personId() const { return m_personId; }
    QModelIndex indexOfEpisode(qint64 episodeId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();

    Library& m_library;
    qint64 m_showId = 0;
    qint64 m_personId = 0;
    QList<EpisodeRow> m_rows;
};

} // namespace ondes

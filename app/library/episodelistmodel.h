#pragma once

// EpisodeListModel lists episodes newest first — one show's, all of one person's across shows,
// or the search results across the library: title, show, date, duration.

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
    // Lists the episodes matching text across shows (Library::searchEpisodes); an empty text
    // lists nothing. setShow and setPerson leave search mode.
    void setSearch(const QString& text);
    qint64 showId() const { return m_showId; }
    qint64 personId() const { return m_personId; }
    bool isSearching() const { return !m_search.isEmpty(); }
    QString searchText() const { return m_search; }
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
    QString m_search;
    QList<EpisodeRow> m_rows;
};

} // namespace ondes

#pragma once

// ShowListModel lists the library's shows for a view, alphabetically.

#include "library/librarytypes.h"

#include <QAbstractListModel>

namespace ondes {

class Library;

class ShowListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ShowIdRole = Qt::UserRole + 1, UnplayedCountRole, EpisodeCountRole, KindRole };

    explicit ShowListModel(Library& library, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QModelIndex indexOfShow(qint64 showId) const;
    void reload();

private:
    Library& m_library;
    QList<ShowRow> m_rows;
};

} // namespace ondes

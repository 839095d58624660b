#pragma once

// PeopleListModel lists everyone who speaks in the library, with their episode counts.

#include "library/librarytypes.h"

#include <QAbstractListModel>

namespace ondes {

class Library;

class PeopleListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { PersonIdRole = Qt::UserRole + 1, EpisodeCountRole, NameRole };

    explicit PeopleListModel(Library& library, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QModelIndex indexOfPerson(qint64 personId) const;
    void reload();

private:
    Library& m_library;
    QList<PersonRow> m_rows;
};

} // namespace ondes

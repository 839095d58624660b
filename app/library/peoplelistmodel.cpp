#include "library/peoplelistmodel.h"

#include "library/library.h"

namespace ondes {

PeopleListModel::PeopleListModel(Library& library, QObject* parent)
    : QAbstractListModel(parent), m_library(library)
{
    connect(&m_library, &Library::showsChanged, this, &PeopleListModel::reload);
    connect(&m_library, &Library::peopleChanged, this, &PeopleListModel::reload);
    reload();
}

void PeopleListModel::reload()
{
    beginResetModel();
    m_rows = m_library.people();
    endResetModel();
}

int PeopleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant PeopleListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PersonRow& person = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(person.name).arg(person.episodeCount);
    case Qt::AccessibleTextRole:
        return tr("%1, %n episode(s)", nullptr, person.episodeCount).arg(person.name);
    case Qt::ToolTipRole:
        return QString(tr("%n episode(s)", nullptr, person.episodeCount) + QStringLiteral(", ") +
                       tr("%n show(s)", nullptr, person.showCount));
    case PersonIdRole:
        return person.id;
    case EpisodeCountRole:
        return person.episodeCount;
    case NameRole:
        return person.name;
    default:
        return {};
    }
}

QModelIndex PeopleListModel::indexOfPerson(qint64 personId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == personId)
            return index(row);
    }
    return {};
}

} // namespace ondes

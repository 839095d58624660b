#include "discovery/directoryresultmodel.h"

#include "discovery/directoryprovider.h"
#include "discovery/directorysearch.h"

namespace ondes {

DirectoryResultModel::DirectoryResultModel(DirectorySearch& search, QObject* parent)
    : QAbstractListModel(parent), m_search(search), m_rows(int(search.shows().size()))
{
    connect(&search, &DirectorySearch::cleared, this, [this] {
        beginResetModel();
        m_rows = 0;
        endResetModel();
    });
    connect(&search, &DirectorySearch::showsChanged, this, &DirectoryResultModel::onShowsChanged);
}

int DirectoryResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

const DirectoryShow* DirectoryResultModel::showAt(int row) const
{
    return row >= 0 && row < m_rows ? &m_search.shows().at(row) : nullptr;
}

QVariant DirectoryResultModel::data(const QModelIndex& index, int role) const
{
    const DirectoryShow* show = index.isValid() ? showAt(index.row()) : nullptr;
    if (!show)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return show->title.isEmpty() ? show->feedUrl : show->title;
    case Qt::ToolTipRole:
    case DescriptionRole:
        return show->description;
    case FeedUrlRole:
        return show->feedUrl;
    case AuthorRole:
        return show->author;
    case ArtworkUrlRole:
        return show->artworkUrl;
    case LanguageRole:
        return show->language;
    case EpisodeCountRole:
        return show->episodeCount;
    case LastEpisodeRole:
        return show->lastEpisodeAt;
    case ProvidersRole:
        return show->providers;
    case ProviderNamesRole:
        return providerNames(show->providers);
    default:
        return {};
    }
}

QHash<int, QByteArray> DirectoryResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(FeedUrlRole, "feedUrl");
    names.insert(TitleRole, "title");
    names.insert(AuthorRole, "author");
    names.insert(DescriptionRole, "description");
    names.insert(ArtworkUrlRole, "artworkUrl");
    names.insert(LanguageRole, "language");
    names.insert(EpisodeCountRole, "episodeCount");
    names.insert(LastEpisodeRole, "lastEpisode");
    names.insert(ProvidersRole, "providers");
    names.insert(ProviderNamesRole, "providerNames");
    return names;
}

void DirectoryResultModel::onShowsChanged(qsizetype firstAdded, const QList<qsizetype>& updated)
{
    for (const qsizetype row : updated) {
        if (row < m_rows)
            Q_EMIT dataChanged(index(int(row)), index(int(row)));
    }
    const int total = int(m_search.shows().size());
    if (total > m_rows) {
        beginInsertRows({}, m_rows, total - 1);
        m_rows = total;
        endInsertRows();
    }
    Q_UNUSED(firstAdded);
}

QString DirectoryResultModel::providerNames(const QStringList& ids) const
{
    QStringList names;
    for (const QString& id : ids) {
        const DirectoryProvider* provider = m_search.provider(id);
        names.append(provider ? provider->displayName() : id);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace ondes

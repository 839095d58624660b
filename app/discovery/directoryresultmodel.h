#pragma once

// The merged shows of a DirectorySearch as a list model, growing as the directories answer:
// rows are appended for new shows, and a show another directory also lists changes in place.

#include "discovery/directorytypes.h"

#include <QAbstractListModel>
#include <QPointer>

namespace ondes {

class DirectorySearch;

class DirectoryResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        FeedUrlRole = Qt::UserRole + 1,
        TitleRole,
        AuthorRole,
        DescriptionRole,
        ArtworkUrlRole,
        LanguageRole,
        EpisodeCountRole, // int, -1 when unknown
        LastEpisodeRole,  // Unix seconds, 0 when unknown
        ProvidersRole,    // QStringList of ids
        ProviderNamesRole // "Apple Podcasts, fyyd"
    };

    explicit DirectoryResultModel(DirectorySearch& search, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const DirectoryShow* showAt(int row) const;

private:
    void onShowsChanged(qsizetype firstAdded, const QList<qsizetype>& updated);
    QString providerNames(const QStringList& ids) const;

    DirectorySearch& m_search;
    int m_rows = 0; // the rows announced so far
};

} // namespace ondes

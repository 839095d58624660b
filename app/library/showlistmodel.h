#pragma once

// ShowListModel is the Shows list: first the library-wide views (All episodes, New, In
// progress, Downloaded) with their counts, then the shows alphabetically. A view's row has
// ShowIdRole 0 and its EpisodeView in ViewRole; a show's row has ViewRole -1.

#include "library/episodequery.h"
#include "library/librarytypes.h"

#include <QAbstractListModel>

namespace ondes {

class ArtworkCache;
class Library;

class ShowListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ShowIdRole = Qt::UserRole + 1,
        UnplayedCountRole,
        EpisodeCountRole,
        KindRole,
        ViewRole,         // int(EpisodeView), or -1 for a show
        CountRole,        // a view's episode count
        RefreshErrorRole, // why the show's last refresh failed; "" when it did not
    };
    static constexpr int kViewCount = 4;

    explicit ShowListModel(Library& library, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QModelIndex indexOfShow(qint64 showId) const;
    QModelIndex indexOfView(EpisodeView view) const;
    // Reads the shows and counts again. The rows are replaced in place when the same shows
    // are listed, so that the current row and selection stay.
    void reload();
    static QString viewName(EpisodeView view);
    // Shows get their artwork (DecorationRole) from cache once it is set.
    void setArtworkCache(ArtworkCache* cache);

private:
    void scheduleReload();

    Library& m_library;
    ArtworkCache* m_artwork = nullptr;
    QList<ShowRow> m_rows;
    EpisodeViewCounts m_counts;
    bool m_reloadPending = false;
};

} // namespace ondes

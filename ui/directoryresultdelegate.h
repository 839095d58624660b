#pragma once

// DirectoryResultDelegate draws a directory's show in two lines beside its picture: the title,
// then the author, language, episode count, date of the last episode and the directories that
// list it (the description is the row's tooltip).

#include "artworkdelegate.h"

namespace ondes {

class DirectoryResultDelegate : public ArtworkDelegate
{
    Q_OBJECT
public:
    // artwork may be null (the placeholder only).
    DirectoryResultDelegate(DirectoryArtwork* artwork, QAbstractItemView* view);

    // The second line of a result.
    static QString detailLine(const QModelIndex& index);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace ondes

#pragma once

// DirectoryResultDelegate draws a directory's show in two lines: the title, then the author,
// language, episode count, date of the last episode and the directories that list it.

#include <QStyledItemDelegate>

namespace ondes {

class DirectoryResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The second line of a result.
    static QString detailLine(const QModelIndex& index);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace ondes

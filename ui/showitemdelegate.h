#pragma once

// ShowItemDelegate draws a show in the Shows list: its artwork and title as usual, and its
// number of unplayed episodes at the right edge, and a warning mark before it when the show's
// last refresh failed.

#include <QStyledItemDelegate>

namespace ondes {

class ShowItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The count as drawn, "" when nothing is unplayed (and for the views' rows).
    static QString countText(const QModelIndex& index);
    // Whether the row carries the failed-refresh mark.
    static bool isMarkedFailed(const QModelIndex& index);

private:
    static int markWidth(const QStyleOptionViewItem& option, const QModelIndex& index);
};

} // namespace ondes

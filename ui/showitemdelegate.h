#pragma once

// ShowItemDelegate draws a show in the Shows list: its artwork and title as usual, and its
// number of unplayed episodes at the right edge.

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
};

} // namespace ondes

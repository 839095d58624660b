#include "showitemdelegate.h"

#include "library/showlistmodel.h"

#include <QLocale>
#include <QPainter>

namespace ondes {

QString ShowItemDelegate::countText(const QModelIndex& index)
{
    if (index.data(ShowListModel::ViewRole).toInt() >= 0)
        return {};
    const int unplayed = index.data(ShowListModel::UnplayedCountRole).toInt();
    return unplayed > 0 ? QLocale().toString(unplayed) : QString();
}

void ShowItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const QString count = countText(index);
    if (count.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The title gives way to the count.
    const int countWidth = option.fontMetrics.horizontalAdvance(count) + 12;
    QStyleOptionViewItem titleOption = option;
    titleOption.rect.setRight(option.rect.right() - countWidth);
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    if (const QWidget* widget = option.widget)
        widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    QStyledItemDelegate::paint(painter, titleOption, index);
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(option.rect.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, count);
    painter->restore();
}

QSize ShowItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString count = countText(index);
    if (!count.isEmpty())
        size.rwidth() += option.fontMetrics.horizontalAdvance(count) + 12;
    return size;
}

} // namespace ondes

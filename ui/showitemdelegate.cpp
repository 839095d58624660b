#include "showitemdelegate.h"

#include "library/showlistmodel.h"

#include <QApplication>
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

bool ShowItemDelegate::isMarkedFailed(const QModelIndex& index)
{
    return !index.data(ShowListModel::RefreshErrorRole).toString().isEmpty();
}

int ShowItemDelegate::markWidth(const QStyleOptionViewItem& option, const QModelIndex& index)
{
    return isMarkedFailed(index) ? option.fontMetrics.height() + 6 : 0;
}

void ShowItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const QString count = countText(index);
    const int mark = markWidth(option, index);
    if (count.isEmpty() && mark == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The title gives way to the count and to the failed-refresh mark.
    const int countWidth = count.isEmpty() ? 0 : option.fontMetrics.horizontalAdvance(count) + 12;
    QStyleOptionViewItem titleOption = option;
    titleOption.rect.setRight(option.rect.right() - countWidth - mark);
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    QStyledItemDelegate::paint(painter, titleOption, index);
    if (mark > 0) {
        const int side = option.fontMetrics.height();
        const QRect markRect(option.rect.right() - countWidth - mark + 3,
                             option.rect.center().y() - side / 2, side, side);
        style->standardIcon(QStyle::SP_MessageBoxWarning, &option, option.widget)
            .paint(painter, markRect);
    }
    if (count.isEmpty())
        return;
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
    size.rwidth() += markWidth(option, index);
    return size;
}

} // namespace ondes

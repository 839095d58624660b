#pragma once

// TranscriptDelegate draws a transcript line: its time in a narrow column on the left, the
// speaker's name (bold) above the first line of each turn, the text wrapped to the view's
// width; the line playing now tinted with the palette's highlight and marked by a bar, so that
// it reads in light and dark palettes alike. A line's height depends on the width: the view
// lays its lines out again when the width changes (TranscriptView).

#include <QStyledItemDelegate>

namespace ondes {

class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Layout
    {
        QRect time;
        QRect speaker;
        QRect text;
    };
    // Where each part goes in a line of this width starting at the top-left of rect.
    Layout layout(const QStyleOptionViewItem& option, const QModelIndex& index,
                  const QRect& rect) const;
    static int availableWidth(const QStyleOptionViewItem& option);
};

} // namespace ondes

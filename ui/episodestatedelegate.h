#pragma once

// EpisodeStateDelegate draws the state column of the episode list: one mark for listening
// (new: a dot; in progress: a small bar of position / duration; played: a tick), one for the
// download (downloaded, downloading, paused, failed) and one for the Up next queue. The
// player's current episode has a play triangle in place of its listening mark (filled while it
// plays, hollow while paused). Drawn
// from the palette, so that they follow dark and high-contrast themes and any font size.

#include <QStyledItemDelegate>

namespace ondes {

class EpisodeStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The width the column needs at this font.
    static int columnWidth(const QFontMetrics& metrics);
};

} // namespace ondes

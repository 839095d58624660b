#include "transcriptdelegate.h"

#include "transcriptmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace ondes {

namespace {

constexpr int kPadding = 4;     // around a line, in pixels
constexpr int kPlayingMark = 4; // the bar left of the line playing

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

int TranscriptDelegate::availableWidth(const QStyleOptionViewItem& option)
{
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 400;
}

TranscriptDelegate::Layout TranscriptDelegate::layout(const QStyleOptionViewItem& option,
                                                      const QModelIndex& index,
                                                      const QRect& rect) const
{
    const QFontMetrics metrics(option.font);
    const QString time = index.data(TranscriptModel::TimeTextRole).toString();
    const int timeWidth =
        time.isEmpty() ? 0 : metrics.horizontalAdvance(QStringLiteral("0:00:00")) + 2 * kPadding;
    const int left = rect.left() + kPlayingMark + kPadding + timeWidth;
    const int width = qMax(40, rect.right() - kPadding - left);
    int top = rect.top() + kPadding;
    Layout parts;
    if (index.data(TranscriptModel::SpeakerChangeRole).toBool()) {
        const int height = QFontMetrics(boldFont(option.font)).height();
        parts.speaker = QRect(left, top, width, height);
        top += height;
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect bounds =
        metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap | Qt::AlignLeft, text);
    parts.text = QRect(left, top, width, qMax(bounds.height(), metrics.height()));
    if (timeWidth > 0)
        parts.time = QRect(rect.left() + kPlayingMark, top, timeWidth - kPadding, metrics.height());
    return parts;
}

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = availableWidth(opt);
    const Layout parts = layout(opt, index, QRect(0, 0, width, 0));
    return {width, parts.text.bottom() + 1 + kPadding};
}

void TranscriptDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the panel only: the text is drawn below
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const bool selected = opt.state & QStyle::State_Selected;
    const bool playing = index.data(TranscriptModel::PlayingRole).toBool();
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;

    painter->save();
    if (playing && !selected) {
        // A tint of the highlight over the base: dark text stays dark, light stays light.
        const QColor base = opt.palette.color(group, QPalette::Base);
        const QColor highlight = opt.palette.color(group, QPalette::Highlight);
        const double mix = 0.22;
        painter->fillRect(opt.rect,
                          QColor::fromRgbF(base.redF() * (1 - mix) + highlight.redF() * mix,
                                           base.greenF() * (1 - mix) + highlight.greenF() * mix,
                                           base.blueF() * (1 - mix) + highlight.blueF() * mix));
    }
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (playing)
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), kPlayingMark, opt.rect.height()),
                          opt.palette.color(group, QPalette::Highlight));

    const Layout parts = layout(opt, index, opt.rect);
    const QColor ink =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor faint = ink;
    faint.setAlphaF(0.7);
    painter->setFont(opt.font);
    if (!parts.time.isEmpty()) {
        painter->setPen(faint);
        painter->drawText(parts.time, Qt::AlignRight | Qt::AlignTop,
                          index.data(TranscriptModel::TimeTextRole).toString());
    }
    if (!parts.speaker.isEmpty()) {
        painter->setPen(ink);
        painter->setFont(boldFont(opt.font));
        const QFontMetrics bold(painter->font());
        painter->drawText(parts.speaker, Qt::AlignLeft | Qt::AlignTop,
                          bold.elidedText(index.data(TranscriptModel::SpeakerRole).toString(),
                                          Qt::ElideRight, parts.speaker.width()));
        painter->setFont(opt.font);
    }
    painter->setPen(ink);
    painter->drawText(parts.text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      index.data(Qt::DisplayRole).toString());
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.backgroundColor = opt.palette.color(group, QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace ondes

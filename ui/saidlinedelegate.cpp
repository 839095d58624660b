#include "saidlinedelegate.h"

#include "library/episodelistmodel.h"
#include "library/timeformat.h"
#include "searchwords.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace ondes {

namespace {

constexpr int kShownChars = 90; // a long line is cut to show its match within these

bool isSearching(const QModelIndex& index)
{
    const auto* model = qobject_cast<const EpisodeListModel*>(index.model());
    return model && model->isSearching();
}

} // namespace

QString SaidLineDelegate::saidText(qint64 startMs, const QString& line, const QString& search,
                                   QList<std::pair<int, int>>* emphasis)
{
    const SearchWords words(search);
    const int cut = words.cutBefore(line, kShownChars);
    const QString shown = cut > 0 ? QStringLiteral("…") + line.mid(cut) : line;
    //: The line of a transcript that has the words searched for, under an episode's title in
    //: the search results: its time in the episode, then the line.
    const QString text =
        tr("%1 — “%2”").arg(formatClock(startMs / 1000, QStringLiteral("0:00")), shown);
    if (emphasis) {
        emphasis->clear();
        const int at = static_cast<int>(text.indexOf(shown));
        for (const auto& [start, length] : words.find(shown))
            emphasis->append({at + start, length});
    }
    return text;
}

QSize SaidLineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Every row of a search has room for its line: the rows stay one height (the list measures
    // one row, not each).
    if (isSearching(index))
        size.setHeight(size.height() + QFontMetrics(option.font).lineSpacing());
    return size;
}

void SaidLineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    if (!isSearching(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textArea = area.adjusted(margin, 0, -margin, 0);
    const QFontMetrics metrics(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    painter->setClipRect(textArea);
    painter->setFont(opt.font);
    painter->setPen(ink);
    const int top = textArea.top() + (textArea.height() - 2 * metrics.lineSpacing()) / 2;
    const QRect titleRect(textArea.left(), top, textArea.width(), metrics.lineSpacing());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(title, Qt::ElideRight, textArea.width()));

    const QVariant line = index.data(EpisodeListModel::SaidLineRole);
    if (line.isValid()) {
        const auto* model = static_cast<const EpisodeListModel*>(index.model());
        QList<std::pair<int, int>> emphasis;
        const QString text = saidText(index.data(EpisodeListModel::SaidAtRole).toLongLong(),
                                      line.toString(), model->searchText(), &emphasis);
        QFont font = opt.font;
        font.setBold(false);
        QTextLayout layout(text, font, painter->device());
        QList<QTextLayout::FormatRange> formats;
        for (const auto& [start, length] : emphasis) {
            QTextLayout::FormatRange range;
            range.start = start;
            range.length = length;
            range.format.setFontWeight(QFont::Bold);
            formats << range;
        }
        layout.setFormats(formats);
        layout.beginLayout();
        QTextLine textLine = layout.createLine();
        textLine.setLineWidth(1 << 20); // one line; what passes the column is clipped
        layout.endLayout();
        if (!selected)
            ink.setAlphaF(0.8f);
        painter->setPen(ink);
        layout.draw(painter, QPointF(textArea.left(), top + metrics.lineSpacing()));
    }
    painter->restore();
}

} // namespace ondes

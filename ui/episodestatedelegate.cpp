#include "episodestatedelegate.h"

#include "library/episodelistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ondes {

namespace {

// Three marks side by side: listening (twice as wide for the progress bar), download, queue.
int markSize(const QFontMetrics& metrics)
{
    return qMax(8, metrics.height() * 2 / 3);
}

void drawTick(QPainter* p, const QRectF& r)
{
    QPainterPath path;
    path.moveTo(r.left() + r.width() * 0.15, r.top() + r.height() * 0.55);
    path.lineTo(r.left() + r.width() * 0.42, r.top() + r.height() * 0.8);
    path.lineTo(r.left() + r.width() * 0.88, r.top() + r.height() * 0.2);
    p->drawPath(path);
}

void drawArrowDown(QPainter* p, const QRectF& r, bool filled)
{
    QPainterPath path;
    const double cx = r.center().x();
    path.moveTo(cx, r.top());
    path.lineTo(cx, r.top() + r.height() * 0.7);
    path.moveTo(r.left() + r.width() * 0.2, r.top() + r.height() * 0.4);
    path.lineTo(cx, r.top() + r.height() * 0.7);
    path.lineTo(r.right() - r.width() * 0.2, r.top() + r.height() * 0.4);
    p->drawPath(path);
    if (filled)
        p->drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
}

} // namespace

int EpisodeStateDelegate::columnWidth(const QFontMetrics& metrics)
{
    const int size = markSize(metrics);
    return size * 4 + size * 2 + 8; // bar (2), download, queue, gaps and margins
}

QSize EpisodeStateDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(columnWidth(option.fontMetrics));
    return size;
}

void EpisodeStateDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    // The background, selection and focus as any cell; then the marks over it.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const int states = index.data(EpisodeListModel::StatesRole).toInt();
    const double progress = index.data(EpisodeListModel::ProgressRole).toDouble();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const QColor ink = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor accent = selected ? ink : palette.color(QPalette::Highlight);
    const int size = markSize(option.fontMetrics);
    const double pen = qMax(1.0, size / 8.0);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const double top = r.top() + (r.height() - size) / 2.0;
    double x = r.left() + 4;

    // Listening; the player's current episode shows a play mark instead (hollow when paused).
    const QRectF listen(x, top, size * 2, size);
    const auto nowPlaying =
        EpisodeListModel::NowPlaying(index.data(EpisodeListModel::NowPlayingRole).toInt());
    if (nowPlaying != EpisodeListModel::NowPlaying::No) {
        QPolygonF triangle;
        triangle << QPointF(listen.left() + size * 0.2, top)
                 << QPointF(listen.left() + size, top + size / 2.0)
                 << QPointF(listen.left() + size * 0.2, top + size);
        painter->setPen(QPen(accent, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(nowPlaying == EpisodeListModel::NowPlaying::Playing ? QBrush(accent)
                                                                              : QBrush());
        painter->drawPolygon(triangle);
    } else if (states & EpisodeListRow::New) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        const double d = size * 0.6;
        painter->drawEllipse(QRectF(listen.left() + (size - d) / 2, top + (size - d) / 2, d, d));
    } else if (states & EpisodeListRow::InProgress) {
        const QRectF bar(listen.left(), top + size * 0.3, listen.width(), size * 0.4);
        painter->setPen(QPen(ink, pen * 0.75));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(bar);
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawRect(QRectF(bar.left(), bar.top(), bar.width() * progress, bar.height()));
    } else if (states & EpisodeListRow::Played) {
        QColor faded = ink;
        faded.setAlphaF(selected ? 1.0 : 0.6);
        painter->setPen(QPen(faded, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        drawTick(painter, QRectF(listen.left(), top, size, size));
    }
    x += size * 2 + size / 2;

    // Download.
    const QRectF download(x, top, size, size);
    painter->setBrush(Qt::NoBrush);
    if (states & EpisodeListRow::Downloaded) {
        painter->setPen(QPen(ink, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        drawArrowDown(painter, download, true);
    } else if (states & EpisodeListRow::Downloading) {
        painter->setPen(QPen(accent, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        drawArrowDown(painter, download, false);
    } else if (states & EpisodeListRow::DownloadPaused) {
        painter->setPen(QPen(ink, pen * 1.5));
        painter->drawLine(QPointF(download.left() + size * 0.3, top + size * 0.15),
                          QPointF(download.left() + size * 0.3, top + size * 0.85));
        painter->drawLine(QPointF(download.left() + size * 0.7, top + size * 0.15),
                          QPointF(download.left() + size * 0.7, top + size * 0.85));
    } else if (states & EpisodeListRow::DownloadFailed) {
        // An exclamation mark in a ring.
        painter->setPen(QPen(ink, pen));
        painter->drawEllipse(download.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
        painter->drawLine(QPointF(download.center().x(), top + size * 0.22),
                          QPointF(download.center().x(), top + size * 0.58));
        painter->drawPoint(QPointF(download.center().x(), top + size * 0.76));
    }
    x += size + size / 2;

    // Queue: three lines, the last shorter.
    if (states & EpisodeListRow::Queued) {
        painter->setPen(QPen(ink, pen, Qt::SolidLine, Qt::RoundCap));
        for (int i = 0; i < 3; ++i) {
            const double y = top + size * (0.2 + 0.3 * i);
            painter->drawLine(QPointF(x, y), QPointF(x + size * (i == 2 ? 0.6 : 1.0), y));
        }
    }
    painter->restore();
}

} // namespace ondes

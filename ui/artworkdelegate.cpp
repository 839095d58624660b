#include "artworkdelegate.h"

#include "discovery/directoryartwork.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPixmapCache>

namespace ondes {

ArtworkDelegate::ArtworkDelegate(DirectoryArtwork* artwork, int urlRole, QAbstractItemView* view)
    : QStyledItemDelegate(view), m_artwork(artwork), m_urlRole(urlRole)
{
    if (m_artwork) {
        connect(m_artwork, &DirectoryArtwork::imageReady, view->viewport(),
                qOverload<>(&QWidget::update));
    }
}

int ArtworkDelegate::artworkSide(const QFontMetrics& metrics, int lines)
{
    return metrics.lineSpacing() * qMax(1, lines) + 4;
}

QPixmap ArtworkDelegate::placeholder(int side, const QPalette& palette) const
{
    const QString key = QStringLiteral("ondes-artwork-placeholder-%1-%2")
                            .arg(side)
                            .arg(palette.color(QPalette::Mid).rgba());
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.color(QPalette::Mid));
    painter.drawRoundedRect(QRectF(0, 0, side, side), side / 8.0, side / 8.0);
    // A note, in the window's own colour.
    painter.setBrush(palette.color(QPalette::Window));
    const qreal unit = side / 8.0;
    painter.drawEllipse(QRectF(2 * unit, 5 * unit, 2 * unit, 1.6 * unit));
    painter.drawRect(QRectF(3.4 * unit, 2 * unit, 0.6 * unit, 3.8 * unit));
    painter.drawRect(QRectF(3.4 * unit, 2 * unit, 2.6 * unit, 0.7 * unit));
    painter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

void ArtworkDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int side = artworkSide(option->fontMetrics, m_lines);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(side, side);
    const QString url = index.data(m_urlRole).toString();
    const QImage image = m_artwork ? m_artwork->image(url) : QImage();
    if (image.isNull()) {
        option->icon = QIcon(placeholder(side, option->palette));
        return;
    }
    const QString key = QStringLiteral("ondes-artwork-%1-%2").arg(side).arg(url);
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        pixmap = QPixmap::fromImage(
            image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        QPixmapCache::insert(key, pixmap);
    }
    option->icon = QIcon(pixmap);
}

} // namespace ondes

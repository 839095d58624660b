#pragma once

// ArtworkDelegate draws a row with a show's picture at its start, as tall as the row: the
// picture at the address the row's urlRole holds, from DirectoryArtwork, asked for only when the
// row is drawn (so only visible rows load theirs), and a placeholder until it arrives (or when
// it never does). When a picture arrives the view is repainted.

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace ondes {

class DirectoryArtwork;

class ArtworkDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // artwork may be null: the placeholder only.
    ArtworkDelegate(DirectoryArtwork* artwork, int urlRole, QAbstractItemView* view);

    // The side of the picture for rows of this many text lines in this font.
    static int artworkSide(const QFontMetrics& metrics, int lines);
    void setTextLines(int lines) { m_lines = lines; }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QPixmap placeholder(int side, const QPalette& palette) const;

    DirectoryArtwork* m_artwork;
    int m_urlRole;
    int m_lines = 2;
};

} // namespace ondes

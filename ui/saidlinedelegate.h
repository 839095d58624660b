#pragma once

// SaidLineDelegate draws the Title column of the episode list. While the list shows a search,
// each row is two lines high: the title, and under it, for an episode whose transcript has the
// words, the line that says them with its time ("12:41 — “… the line …”"), the words searched
// for in bold (EpisodeListModel::SaidLineRole, SaidAtRole; SearchWords). Elsewhere a row is
// one line, drawn as usual.

#include <QStyledItemDelegate>

namespace ondes {

class SaidLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The second line as shown: the time, then the line (cut before its first matched word
    // when long); *emphasis gets where the searched words are in it.
    static QString saidText(qint64 startMs, const QString& line, const QString& search,
                            QList<std::pair<int, int>>* emphasis = nullptr);
};

} // namespace ondes

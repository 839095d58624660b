#include "transcriptview.h"

#include "transcriptdelegate.h"
#include "transcriptmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace ondes {

TranscriptView::TranscriptView(TranscriptModel* model, QWidget* parent)
    : QTreeView(parent), m_model(model)
{
    setModel(model);
    setItemDelegate(new TranscriptDelegate(this));
    setHeaderHidden(true);
    header()->setStretchLastSection(true);
    setRootIsDecorated(false);
    setIndentation(0);
    setUniformRowHeights(false);
    setWordWrap(true);
    // Per line: only the lines shown are measured, whatever the transcript's length.
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAllColumnsShowFocus(true);
    setFocusPolicy(Qt::StrongFocus);
    // The listener's own moves: a drag, a click in the bar, the wheel (not playback's scrolls).
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        if (!m_scrollingForPlayback)
            Q_EMIT listenerMoved();
    });
}

void TranscriptView::setPlaceholderText(const QString& text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    setAccessibleDescription(text);
    viewport()->update();
}

void TranscriptView::showPlayingRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_scrollingForPlayback = true;
    scrollTo(m_model->index(row), QAbstractItemView::PositionAtCenter);
    m_scrollingForPlayback = false;
}

void TranscriptView::copySelection()
{
    QList<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().row();
    if (!rows.isEmpty())
        QApplication::clipboard()->setText(m_model->copiedText(rows));
}

bool TranscriptView::isOwnKey(const QKeyEvent* event)
{
    const int key = event->key();
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    return event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Find) ||
           (key == Qt::Key_F3 && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)) ||
           ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) &&
            modifiers == Qt::NoModifier);
}

bool TranscriptView::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride && isOwnKey(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QTreeView::event(event);
}

void TranscriptView::keyPressEvent(QKeyEvent* event)
{
    if (!isOwnKey(event)) {
        QTreeView::keyPressEvent(event);
        return;
    }
    if (event->matches(QKeySequence::Copy))
        copySelection();
    else if (event->matches(QKeySequence::Find))
        Q_EMIT findRequested();
    else if (event->key() == Qt::Key_F3)
        Q_EMIT findAgainRequested(event->modifiers() & Qt::ShiftModifier);
    else if (event->key() == Qt::Key_Escape)
        Q_EMIT leaveRequested();
    else if (currentIndex().isValid())
        Q_EMIT lineActivated(currentIndex().row());
    event->accept();
}

void TranscriptView::mouseReleaseEvent(QMouseEvent* event)
{
    const QModelIndex pressed = indexAt(event->position().toPoint());
    const bool plain = event->button() == Qt::LeftButton &&
                       (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)) == 0;
    QTreeView::mouseReleaseEvent(event);
    if (plain && pressed.isValid() && pressed == currentIndex())
        Q_EMIT lineActivated(pressed.row());
}

void TranscriptView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QTreeView::currentChanged(current, previous);
    // Only the listener moves the current line (playback marks its line by a role).
    if (current.isValid() && previous.isValid())
        Q_EMIT listenerMoved();
}

void TranscriptView::resizeEvent(QResizeEvent* event)
{
    QTreeView::resizeEvent(event);
    // The lines wrap: a new width means new heights.
    const int width = viewport()->width();
    if (width != m_laidOutWidth) {
        m_laidOutWidth = width;
        scheduleDelayedItemsLayout();
    }
}

void TranscriptView::paintEvent(QPaintEvent* event)
{
    QTreeView::paintEvent(event);
    if (m_placeholder.isEmpty() || m_model->rowCount() > 0)
        return;
    QPainter painter(viewport());
    QColor ink = palette().color(QPalette::Text);
    ink.setAlphaF(0.7);
    painter.setPen(ink);
    const int margin = fontMetrics().averageCharWidth() * 2;
    const QRect area = viewport()->rect().adjusted(margin, margin, -margin, -margin);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

} // namespace ondes

#include "queueview.h"

#include "playback/playqueue.h"
#include "playback/queuemodel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace ondes {

namespace {

enum class QueueKey { None, Up, Down, Remove, Play };

QueueKey queueKey(const QKeyEvent* event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::ControlModifier && event->key() == Qt::Key_Up)
        return QueueKey::Up;
    if (mods == Qt::ControlModifier && event->key() == Qt::Key_Down)
        return QueueKey::Down;
    if (mods == Qt::NoModifier && event->key() == Qt::Key_Delete)
        return QueueKey::Remove;
    if (mods == Qt::NoModifier && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter))
        return QueueKey::Play;
    return QueueKey::None;
}

} // namespace

QueueView::QueueView(PlayQueue& queue, Library& library, QWidget* parent)
    : QWidget(parent), m_queue(queue), m_model(new QueueModel(queue, library, this)),
      m_list(new QListView(this)), m_remove(new QPushButton(tr("Rem&ove"), this)),
      m_clear(new QPushButton(tr("&Clear"), this))
{
    setWindowTitle(tr("Up Next"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Up next"));
    m_list->setToolTip(tr("Enter plays, Delete removes, Ctrl+Up and Ctrl+Down reorder"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->installEventFilter(this);
    m_remove->setAccessibleName(tr("Remove from the queue"));
    m_remove->setToolTip(tr("Remove the episode from the queue (Delete)"));
    m_clear->setAccessibleName(tr("Clear the queue"));
    m_clear->setToolTip(tr("Remove every episode from the queue"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_clear);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListView::doubleClicked, this, &QueueView::playCurrent);
    connect(m_remove, &QPushButton::clicked, this, &QueueView::removeCurrent);
    connect(m_clear, &QPushButton::clicked, &m_queue, &PlayQueue::clear);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueueView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueueView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueueView::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &QueueView::updateButtons);
    updateButtons();
}

void QueueView::moveCurrent(int delta)
{
    const int row = m_list->currentIndex().row();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    // moveRows counts the destination before the move.
    const int destination = delta > 0 ? target + 1 : target;
    if (m_model->moveRow({}, row, {}, destination))
        m_list->setCurrentIndex(m_model->index(target));
}

void QueueView::removeCurrent()
{
    const int row = m_list->currentIndex().row();
    if (row < 0)
        return;
    m_model->removeRow(row);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1)));
}

void QueueView::playCurrent()
{
    const int row = m_list->currentIndex().row();
    if (row >= 0)
        m_queue.playAt(row);
}

bool QueueView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const QueueKey key = queueKey(static_cast<QKeyEvent*>(event));
        if (key != QueueKey::None) {
            // Claim the key before any window shortcut does.
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            switch (key) {
            case QueueKey::Up:
                moveCurrent(-1);
                break;
            case QueueKey::Down:
                moveCurrent(1);
                break;
            case QueueKey::Remove:
                removeCurrent();
                break;
            case QueueKey::Play:
                playCurrent();
                break;
            case QueueKey::None:
                break;
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QueueView::updateButtons()
{
    m_remove->setEnabled(m_list->currentIndex().isValid());
    m_clear->setEnabled(m_model->rowCount() > 0);
}

QSize QueueView::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 28, QWidget::sizeHint().height()};
}

} // namespace ondes

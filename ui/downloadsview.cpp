#include "downloadsview.h"

#include "downloads/downloadlistmodel.h"
#include "downloads/downloadmanager.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace ondes {

namespace {

// Two lines a download: the title, then a progress bar with the details (or the error in the
// palette's link-visited colour, which themes keep readable) beside it.
class DownloadDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        const int line = option.fontMetrics.height();
        return {option.rect.width(), line * 2 + line / 2 + 6};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const QRect area = option.rect.adjusted(4, 3, -4, -3);
        const int line = option.fontMetrics.height();
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect titleRect(area.left(), area.top(), area.width(), line);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight,
                                                        titleRect.width()));
        const auto state = DownloadState(index.data(DownloadListModel::StateRole).toInt());
        const QRect second(area.left(), area.bottom() - line, area.width(), line);
        int textLeft = second.left();
        if (state != DownloadState::Failed) {
            QStyleOptionProgressBar bar;
            bar.rect =
                QRect(second.left(), second.top() + 2, qMin(160, second.width() / 3), line - 4);
            bar.minimum = 0;
            bar.maximum = 100;
            const int progress = index.data(DownloadListModel::ProgressRole).toInt();
            bar.progress = progress < 0 ? 0 : progress;
            bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
            bar.palette = option.palette;
            style->drawControl(QStyle::CE_ProgressBar, &bar, painter, opt.widget);
            textLeft = bar.rect.right() + 8;
        } else if (!selected) {
            painter->setPen(option.palette.color(QPalette::LinkVisited));
        }
        const QRect detailRect(textLeft, second.top(), second.right() - textLeft, line);
        painter->drawText(
            detailRect, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(index.data(DownloadListModel::DetailRole).toString(),
                                          Qt::ElideRight, detailRect.width()));
        painter->restore();
    }
};

} // namespace

DownloadsView::DownloadsView(DownloadManager& manager, QWidget* parent)
    : QWidget(parent), m_manager(manager), m_model(new DownloadListModel(manager, this)),
      m_list(new QListView(this)), m_empty(new QLabel(tr("No downloads."), this)),
      m_toggle(new QPushButton(tr("Pa&use"), this)), m_cancel(new QPushButton(tr("Ca&ncel"), this)),
      m_pauseAll(new QPushButton(tr("Pause &all"), this)),
      m_resumeAll(new QPushButton(tr("&Resume all"), this))
{
    setWindowTitle(tr("Downloads"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new DownloadDelegate(m_list));
    m_list->setAccessibleName(tr("Downloads"));
    m_list->setToolTip(tr("Space pauses or resumes, Delete cancels"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->installEventFilter(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_toggle->setAccessibleName(tr("Pause or resume the download"));
    m_cancel->setAccessibleName(tr("Cancel the download"));
    m_cancel->setToolTip(tr("Stop the download and delete what was received (Delete)"));
    m_pauseAll->setAccessibleName(tr("Pause all downloads"));
    m_resumeAll->setAccessibleName(tr("Resume all downloads"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The list stays, empty or not: Ctrl+Shift+D always has somewhere to put the focus.
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    // The buttons for one download above those for all: the panel stays narrow enough to
    // leave the episode list its room, and no button is cut in any language.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto* allButtons = new QHBoxLayout;
    allButtons->addWidget(m_pauseAll);
    allButtons->addWidget(m_resumeAll);
    allButtons->addStretch(1);
    layout->addLayout(buttons);
    layout->addLayout(allButtons);

    connect(m_toggle, &QPushButton::clicked, this, &DownloadsView::toggleCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &DownloadsView::cancelCurrent);
    connect(m_pauseAll, &QPushButton::clicked, &m_manager, &DownloadManager::pauseAll);
    connect(m_resumeAll, &QPushButton::clicked, &m_manager, &DownloadManager::resumeAll);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DownloadsView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DownloadsView::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DownloadsView::updateButtons);
    updateButtons();
}

qint64 DownloadsView::currentEpisode() const
{
    return m_model->episodeIdAt(m_list->currentIndex().row());
}

void DownloadsView::toggleCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    const qint64 episodeId = currentEpisode();
    if (episodeId == 0)
        return;
    const auto state = DownloadState(current.data(DownloadListModel::StateRole).toInt());
    if (state == DownloadState::Paused || state == DownloadState::Failed)
        m_manager.resume(episodeId);
    else
        m_manager.pause(episodeId);
}

void DownloadsView::cancelCurrent()
{
    const int row = m_list->currentIndex().row();
    const qint64 episodeId = currentEpisode();
    if (episodeId == 0)
        return;
    m_manager.cancel(episodeId);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1)));
}

bool DownloadsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && (key->key() == Qt::Key_Space || key->key() == Qt::Key_Delete)) {
            // Claim the key before the window's Space (play/pause) does.
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            if (key->key() == Qt::Key_Space)
                toggleCurrent();
            else
                cancelCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DownloadsView::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    const QModelIndex current = m_list->currentIndex();
    const auto state = DownloadState(current.data(DownloadListModel::StateRole).toInt());
    m_toggle->setEnabled(current.isValid());
    m_cancel->setEnabled(current.isValid());
    if (state == DownloadState::Failed)
        m_toggle->setText(tr("Retr&y"));
    else if (state == DownloadState::Paused)
        m_toggle->setText(tr("Res&ume"));
    else
        m_toggle->setText(tr("Pa&use"));
    m_pauseAll->setEnabled(any);
    m_resumeAll->setEnabled(any);
}

QSize DownloadsView::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 32, QWidget::sizeHint().height()};
}

} // namespace ondes

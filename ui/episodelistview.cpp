#include "episodelistview.h"

#include "application.h"
#include "episodelistplaceholder.h"
#include "episodestatedelegate.h"
#include "library/episodelistmodel.h"
#include "library/episodesource.h"
#include "library/library.h"
#include "playback/player.h"
#include "saidlinedelegate.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace ondes {

namespace {

// Milliseconds since this process started (Linux: /proc/self/stat, in clock ticks since boot).
qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSecs = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return qint64((double(now.tv_sec) + now.tv_nsec / 1e9 - startSecs) * 1000.0);
}

} // namespace

EpisodeListView::EpisodeListView(Application& app, QWidget* parent)
    : QTreeView(parent), m_library(app.library()),
      m_model(new EpisodeListModel(app.library(), this)),
      m_placeholder(std::make_unique<EpisodeListPlaceholder>(app.library())),
      m_selectPrevious(new QAction(tr("Previous Episode in the List"), this)),
      m_selectNext(new QAction(tr("Next Episode in the List"), this))
{
    setModel(m_model);
    setAccessibleName(tr("Episodes"));
    setRootIsDecorated(false);
    setUniformRowHeights(true); // rows are measured once, not one by one
    setAllColumnsShowFocus(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setItemDelegateForColumn(EpisodeListModel::StateColumn, new EpisodeStateDelegate(this));
    setItemDelegateForColumn(EpisodeListModel::TitleColumn, new SaidLineDelegate(this));

    QHeaderView* head = header();
    head->setStretchLastSection(false);
    head->setSectionsMovable(false);
    // Fixed widths from the font: sizing to contents would read every row.
    head->setSectionResizeMode(QHeaderView::Interactive);
    head->setSectionResizeMode(EpisodeListModel::TitleColumn, QHeaderView::Stretch);
    head->setSectionResizeMode(EpisodeListModel::StateColumn, QHeaderView::Fixed);
    fitColumns();
    connect(head, &QHeaderView::sectionResized, this, [this](int column) {
        if (column != EpisodeListModel::TitleColumn)
            updateGeometry();
    });
    head->setSortIndicator(EpisodeListModel::DateColumn, Qt::DescendingOrder);
    setSortingEnabled(true);
    head->setSortIndicatorShown(true);
    connect(head, &QHeaderView::sortIndicatorChanged, this, [this, head] {
        // State and Show do not sort: the indicator goes back to the sorting column.
        if (head->sortIndicatorSection() != m_model->sortColumn() ||
            head->sortIndicatorOrder() != m_model->sortOrder()) {
            const QSignalBlocker blocker(head);
            head->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });

    // A list read again (refresh, sort) keeps its current episode.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepEpisode = currentEpisodeId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 keep = std::exchange(m_keepEpisode, 0);
        if (keep && selectEpisode(keep))
            return;
        selectFirst();
    });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        markCurrentSeen();
        Q_EMIT currentEpisodeChanged(currentEpisodeId());
    });

    // Where the list is empty, it says why (and, on a first run, how to add a show).
    connect(m_model, &QAbstractItemModel::modelReset, this, &EpisodeListView::updatePlaceholder);
    connect(&m_library, &Library::showsChanged, this, &EpisodeListView::updatePlaceholder);
    updatePlaceholder();

    // The player's current episode is marked in the list.
    Player& player = app.player();
    auto markNowPlaying = [this, &player] {
        m_model->setNowPlaying(player.currentEpisode(),
                               player.state() == Player::State::Playing ||
                                   player.state() == Player::State::Loading);
    };
    connect(&player, &Player::currentEpisodeChanged, this, markNowPlaying);
    connect(&player, &Player::stateChanged, this, markNowPlaying);
    markNowPlaying();

    // These keys belong to the list (ShortcutMap's EpisodeList scope).
    addAction(m_selectPrevious);
    addAction(m_selectNext);
    connect(m_selectPrevious, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_selectNext, &QAction::triggered, this, [this] { moveCurrent(1); });
}

void EpisodeListView::fitColumns()
{
    const QFontMetrics metrics = fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    QHeaderView* head = header();
    head->resizeSection(EpisodeListModel::StateColumn, EpisodeStateDelegate::columnWidth(metrics));
    head->resizeSection(EpisodeListModel::ShowColumn, metrics.averageCharWidth() * 16);
    const QString date =
        QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat); // a wide date
    head->resizeSection(
        EpisodeListModel::DateColumn,
        qMax(metrics.horizontalAdvance(date),
             metrics.horizontalAdvance(
                 m_model->headerData(EpisodeListModel::DateColumn, Qt::Horizontal).toString())) +
            padding);
    head->resizeSection(
        EpisodeListModel::DurationColumn,
        qMax(
            metrics.horizontalAdvance(QStringLiteral("00:00:00")),
            metrics.horizontalAdvance(
                m_model->headerData(EpisodeListModel::DurationColumn, Qt::Horizontal).toString())) +
            padding);
}

EpisodeListView::~EpisodeListView() = default;

void EpisodeListView::setAddShowAction(QAction* action)
{
    m_placeholder->setAddShowAction(action);
    connect(action, &QAction::changed, this, &EpisodeListView::updatePlaceholder);
    updatePlaceholder();
}

QString EpisodeListView::placeholderText() const
{
    return m_placeholderText;
}

void EpisodeListView::updatePlaceholder()
{
    const QString text = m_placeholder->text(*m_model, m_listsPerson);
    if (text == m_placeholderText)
        return;
    m_placeholderText = text;
    // A screen reader finds the empty list's hint as the list's description.
    setAccessibleDescription(text);
    viewport()->update();
}

void EpisodeListView::paintEvent(QPaintEvent* event)
{
    QTreeView::paintEvent(event);
    if (m_placeholderText.isEmpty() || m_model->rowCount() > 0)
        return;
    QPainter painter(viewport());
    QColor ink = palette().color(QPalette::Text);
    ink.setAlphaF(0.7);
    painter.setPen(ink);
    const int margin = fontMetrics().averageCharWidth() * 4;
    const QRect area = viewport()->rect().adjusted(margin, margin, -margin, -margin);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholderText);
}

int EpisodeListView::titleMinimumWidth() const
{
    return fontMetrics().averageCharWidth() * 24;
}

QSize EpisodeListView::minimumSizeHint() const
{
    const QHeaderView* head = header();
    int width = titleMinimumWidth();
    for (int column = 0; column < head->count(); ++column) {
        if (column != EpisodeListModel::TitleColumn && !head->isSectionHidden(column))
            width += head->sectionSize(column);
    }
    width += 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    return {width, QTreeView::minimumSizeHint().height()};
}

void EpisodeListView::showView(EpisodeView view)
{
    m_listsPerson = false;
    m_model->setView(view);
    afterSourceChange(false);
}

void EpisodeListView::showShow(qint64 showId)
{
    m_listsPerson = false;
    m_model->setShow(showId);
    afterSourceChange(true);
}

void EpisodeListView::showPerson(qint64 personId)
{
    m_listsPerson = true;
    m_model->setPerson(personId);
    afterSourceChange(false);
}

void EpisodeListView::showSearch(const QString& text)
{
    m_listsPerson = false;
    m_model->setSearch(text);
    afterSourceChange(false);
}

void EpisodeListView::afterSourceChange(bool showsShow)
{
    setColumnHidden(EpisodeListModel::ShowColumn, showsShow);
    updateGeometry();
    // A new list starts at its first episode, at the top.
    selectFirst();
    scrollToTop();
}

QString EpisodeListView::sourceKey() const
{
    if (const auto view = m_model->view())
        return EpisodeSource::ofView(*view).key();
    if (m_model->showId())
        return EpisodeSource::ofShow(m_model->showId()).key();
    if (m_model->personId())
        return EpisodeSource::ofPerson(m_model->personId()).key();
    return {};
}

qint64 EpisodeListView::currentEpisodeId() const
{
    return currentIndex().data(EpisodeListModel::EpisodeIdRole).toLongLong();
}

bool EpisodeListView::selectEpisode(qint64 episodeId)
{
    const QModelIndex index = m_model->indexOfEpisode(episodeId);
    if (!index.isValid())
        return false;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void EpisodeListView::selectFirst()
{
    if (m_model->rowCount() > 0)
        selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        Q_EMIT currentEpisodeChanged(0);
}

QList<qint64> EpisodeListView::selectedEpisodeIds() const
{
    QList<qint64> ids = m_model->episodeIds(selectionModel()->selection());
    if (ids.isEmpty()) {
        if (const qint64 current = currentEpisodeId())
            ids << current;
    }
    return ids;
}

void EpisodeListView::moveCurrent(int delta)
{
    const QModelIndex current = currentIndex();
    QModelIndex target;
    if (!current.isValid())
        target = m_model->index(0, 0);
    else
        target = delta < 0 ? indexAbove(current) : indexBelow(current);
    if (!target.isValid())
        return;
    selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
    scrollTo(target);
}

void EpisodeListView::setContextMenuActions(const QList<QAction*>& actions)
{
    m_contextActions = actions;
}

QMenu* EpisodeListView::createContextMenu(QWidget* parent)
{
    Q_EMIT contextMenuAboutToShow();
    auto* menu = new QMenu(parent);
    menu->setAccessibleName(tr("Episode actions"));
    menu->addActions(m_contextActions);
    return menu;
}

void EpisodeListView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // From the keyboard (Menu key, Shift+F10) the menu opens at the current row.
    QPoint at = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard && currentIndex().isValid())
        at = viewport()->mapToGlobal(visualRect(currentIndex()).bottomLeft());
    menu->popup(at);
}

void EpisodeListView::keyboardSearch(const QString&) {}

void EpisodeListView::showEvent(QShowEvent* event)
{
    QTreeView::showEvent(event);
    markCurrentSeen();
}

void EpisodeListView::markCurrentSeen()
{
    // Seen is what the listener had in front of them: not a list chosen while hidden.
    if (!isVisible())
        return;
    if (const qint64 id = currentEpisodeId())
        m_library.markSeen(id);
}

bool EpisodeListView::viewportEvent(QEvent* event)
{
    const bool handled = QTreeView::viewportEvent(event);
    // ONDES_FIRST_PAINT_LOG=1 (bench/window-startup.sh): when the filled list first reaches
    // the screen, say how long after the process started.
    if (event->type() == QEvent::Paint && !m_firstPaintLogged && m_model->rowCount() > 0) {
        m_firstPaintLogged = true;
        if (qEnvironmentVariableIsSet("ONDES_FIRST_PAINT_LOG")) {
            std::fprintf(stderr,
                         "ondes: first paint of the episode list: %d rows, %lld ms after process "
                         "start, at %lld ms since the epoch\n",
                         m_model->rowCount(), static_cast<long long>(msSinceProcessStart()),
                         static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stderr);
        }
    }
    return handled;
}

} // namespace ondes

#include "mainwindow.h"

#include "application.h"
#include "episodedetailsview.h"
#include "library/episodelistmodel.h"
#include "library/library.h"
#include "library/peoplelistmodel.h"
#include "library/showlistmodel.h"
#include "libraryactions.h"
#include "playback/chapterlist.h"
#include "playback/playqueue.h"
#include "playerbar.h"
#include "queueview.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace ondes {

MainWindow::MainWindow(Application& app, QWidget* parent)
    : QMainWindow(parent), m_app(app), m_showModel(new ShowListModel(app.library(), this)),
      m_peopleModel(new PeopleListModel(app.library(), this)),
      m_episodeModel(new EpisodeListModel(app.library(), this)), m_sources(new QTabWidget),
      m_shows(new QListView), m_people(new QListView), m_episodes(new QTreeView),
      m_search(new QLineEdit), m_details(new EpisodeDetailsView), m_playerBar(new PlayerBar(app)),
      m_splitter(new QSplitter)
{
    setWindowTitle(tr("Ondes"));
    m_shows->setModel(m_showModel);
    m_shows->setAccessibleName(tr("Shows"));
    m_shows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->setModel(m_peopleModel);
    m_people->setAccessibleName(tr("People"));
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sources->addTab(m_shows, tr("&Shows"));
    m_sources->addTab(m_people, tr("P&eople"));
    // Both tabs stay readable in every language instead of hiding behind scroll arrows.
    m_sources->setUsesScrollButtons(false);
    m_episodes->setModel(m_episodeModel);
    m_episodes->setAccessibleName(tr("Episodes"));
    m_episodes->setRootIsDecorated(false);
    m_episodes->setUniformRowHeights(true);
    m_episodes->setAllColumnsShowFocus(true);
    m_episodes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_episodes->header()->setStretchLastSection(false);
    m_episodes->header()->setSectionResizeMode(EpisodeListModel::TitleColumn, QHeaderView::Stretch);
    m_episodes->header()->setSectionResizeMode(EpisodeListModel::ShowColumn,
                                               QHeaderView::ResizeToContents);
    m_episodes->header()->setSectionResizeMode(EpisodeListModel::DateColumn,
                                               QHeaderView::ResizeToContents);
    m_episodes->header()->setSectionResizeMode(EpisodeListModel::DurationColumn,
                                               QHeaderView::ResizeToContents);

    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Search titles, descriptions, shows and people"));
    m_search->setClearButtonEnabled(true);
    auto* episodePane = new QWidget;
    auto* episodeLayout = new QVBoxLayout(episodePane);
    episodeLayout->setContentsMargins(0, 0, 0, 0);
    episodeLayout->addWidget(m_search);
    episodeLayout->addWidget(m_episodes, 1);

    m_splitter->addWidget(m_sources);
    m_splitter->addWidget(episodePane);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_playerBar);
    setCentralWidget(central);

    connect(m_shows->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onShowChanged);
    connect(m_people->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onPersonChanged);
    // Turning to the other tab is a new choice of what to list: it ends a search.
    connect(m_sources, &QTabWidget::currentChanged, this, [this] {
        endSearch();
        showCurrentSource();
    });
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::onSearchChanged);
    connect(m_details, &EpisodeDetailsView::personActivated, this, &MainWindow::selectPerson);
    connect(m_details, &EpisodeDetailsView::seekRequested, this,
            [this](qint64 episodeId, qint64 positionMs) {
                Player& player = m_app.player();
                if (player.currentEpisode() != episodeId)
                    player.play(episodeId);
                player.seek(positionMs);
            });
    connect(m_episodes->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onEpisodeChanged);
    connect(m_episodes, &QTreeView::activated, this, &MainWindow::playIndex);
    connect(&m_app.player(), &Player::chaptersChanged, this, &MainWindow::showChapters);
    connect(&m_app.player(), &Player::currentEpisodeChanged, this, &MainWindow::showChapters);
    connect(&m_app.library(), &Library::chaptersChanged, this, [this](qint64 episodeId) {
        if (episodeId == m_details->episodeId())
            showChapters();
    });
    connect(&m_app.player(), &Player::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });

    m_queueView = new QueueView(m_app.queue(), m_app.library());
    auto* queueDock = new QDockWidget(tr("Up Next"), this);
    queueDock->setObjectName(QStringLiteral("queueDock"));
    queueDock->setWidget(m_queueView);
    addDockWidget(Qt::RightDockWidgetArea, queueDock);
    connect(&m_app, &Application::raiseRequested, this, [this] {
        show();
        raise();
        activateWindow();
    });
    connect(&m_app, &Application::quitRequested, this, &QWidget::close);

    createActions();
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_libraryActions = new LibraryActions(m_app, this, statusBar());
    m_libraryActions->addTo(file);
    connect(m_libraryActions, &LibraryActions::showAdded, this, [this](qint64 showId) {
        m_sources->setCurrentWidget(m_shows);
        selectShow(showId);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    m_playPause = playback->addAction(tr("Play/&Pause"));
    m_playPause->setShortcut(Qt::Key_Space);
    // Space belongs to the window, but a text field still gets to type it.
    m_playPause->setShortcutContext(Qt::WindowShortcut);
    connect(m_playPause, &QAction::triggered, this, [this] {
        Player& player = m_app.player();
        if (!player.currentEpisode()) {
            playIndex(m_episodes->currentIndex());
            return;
        }
        player.togglePlayPause();
    });
    playback->addSeparator();
    playback->addActions(m_playerBar->playbackActions());
    playback->addSeparator();
    // Shift+arrows, not Ctrl+Shift (the queue) nor Ctrl (the skips); a text field keeps them
    // for selecting (it claims them through ShortcutOverride).
    QAction* previousChapter = playback->addAction(tr("Previous &Chapter"));
    previousChapter->setObjectName(QStringLiteral("previousChapter"));
    previousChapter->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Left));
    previousChapter->setShortcutContext(Qt::WindowShortcut);
    connect(previousChapter, &QAction::triggered, &m_app.player(), &Player::previousChapter);
    QAction* nextChapter = playback->addAction(tr("Next C&hapter"));
    nextChapter->setObjectName(QStringLiteral("nextChapter"));
    nextChapter->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Right));
    nextChapter->setShortcutContext(Qt::WindowShortcut);
    connect(nextChapter, &QAction::triggered, &m_app.player(), &Player::nextChapter);
    playback->addSeparator();
    QAction* enqueue = playback->addAction(tr("Add to &Queue"));
    enqueue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(enqueue, &QAction::triggered, this, [this] {
        if (const qint64 id =
                m_episodes->currentIndex().data(EpisodeListModel::EpisodeIdRole).toLongLong())
            m_app.queue().add(id);
    });
    QAction* next = playback->addAction(tr("&Next in Queue"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    connect(next, &QAction::triggered, &m_app.queue(), &PlayQueue::playNext);
    QAction* previous = playback->addAction(tr("P&revious"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    connect(previous, &QAction::triggered, &m_app.queue(), &PlayQueue::playPrevious);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* find = view->addAction(tr("&Search"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    // Escape belongs to the field only: elsewhere it keeps its usual meanings.
    auto* leaveSearch = new QAction(tr("Clear Search"), m_search);
    leaveSearch->setShortcut(Qt::Key_Escape);
    leaveSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(leaveSearch);
    connect(leaveSearch, &QAction::triggered, this, [this] {
        m_search->clear();
        m_episodes->setFocus(Qt::ShortcutFocusReason);
    });
    QAction* showQueue = findChild<QDockWidget*>(QStringLiteral("queueDock"))->toggleViewAction();
    showQueue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    view->addAction(showQueue);
}

void MainWindow::restoreState()
{
    Settings& settings = m_app.settings();
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 760);
    m_splitter->restoreState(settings.splitterState());
    QMainWindow::restoreState(settings.windowState());

    qint64 showId = 0;
    if (const auto last = m_app.library().episode(settings.lastEpisodeId()))
        showId = last->showId;
    else if (m_showModel->rowCount() > 0)
        showId = m_showModel->index(0).data(ShowListModel::ShowIdRole).toLongLong();
    if (showId)
        selectShow(showId);
    if (const auto last = m_app.library().episode(settings.lastEpisodeId()))
        selectEpisode(last->id);
}

void MainWindow::selectShow(qint64 showId)
{
    endSearch();
    const QModelIndex index = m_showModel->indexOfShow(showId);
    if (index.isValid())
        m_shows->setCurrentIndex(index);
    if (m_episodeModel->isSearching())
        showCurrentSource();
}

void MainWindow::selectEpisode(qint64 episodeId)
{
    const QModelIndex index = m_episodeModel->indexOfEpisode(episodeId);
    if (index.isValid())
        m_episodes->setCurrentIndex(index);
}

void MainWindow::openArguments(const QStringList& arguments)
{
    for (const QString& argument : arguments)
        m_libraryActions->open(argument);
}

void MainWindow::selectPerson(qint64 personId)
{
    endSearch();
    m_sources->setCurrentWidget(m_people);
    const QModelIndex index = m_peopleModel->indexOfPerson(personId);
    if (index.isValid())
        m_people->setCurrentIndex(index);
    if (m_episodeModel->isSearching())
        showCurrentSource();
}

bool MainWindow::isSearching() const
{
    return !m_search->text().trimmed().isEmpty();
}

void MainWindow::endSearch()
{
    const QSignalBlocker blocker(m_search);
    m_search->clear();
}

void MainWindow::showCurrentSource()
{
    if (m_sources->currentWidget() == m_shows)
        onShowChanged();
    else
        onPersonChanged();
}

void MainWindow::onSearchChanged(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        showCurrentSource();
        return;
    }
    m_episodeModel->setSearch(text);
    m_episodes->setColumnHidden(EpisodeListModel::ShowColumn, false);
    selectFirstEpisode();
}

void MainWindow::onShowChanged()
{
    // The listener picking a show ends a search; a refresh resetting the list must not.
    if (isSearching()) {
        if (!m_shows->hasFocus())
            return;
        endSearch();
    }
    const qint64 showId = m_shows->currentIndex().data(ShowListModel::ShowIdRole).toLongLong();
    m_episodeModel->setShow(showId);
    m_episodes->setColumnHidden(EpisodeListModel::ShowColumn, true);
    selectFirstEpisode();
}

void MainWindow::onPersonChanged()
{
    if (isSearching()) {
        if (!m_people->hasFocus())
            return;
        endSearch();
    }
    const qint64 personId =
        m_people->currentIndex().data(PeopleListModel::PersonIdRole).toLongLong();
    m_episodeModel->setPerson(personId);
    m_episodes->setColumnHidden(EpisodeListModel::ShowColumn, false);
    selectFirstEpisode();
}

void MainWindow::selectFirstEpisode()
{
    if (m_episodeModel->rowCount() > 0)
        m_episodes->setCurrentIndex(m_episodeModel->index(0, 0));
    else
        m_details->clear();
}

void MainWindow::onEpisodeChanged()
{
    const qint64 episodeId =
        m_episodes->currentIndex().data(EpisodeListModel::EpisodeIdRole).toLongLong();
    const auto episode = m_app.library().episode(episodeId);
    if (!episode) {
        m_details->clear();
        return;
    }
    m_details->showEpisode(*episode, m_app.library().speakers(episodeId));
    showChapters();
}

void MainWindow::showChapters()
{
    const qint64 episodeId = m_details->episodeId();
    if (!episodeId)
        return;
    Player& player = m_app.player();
    // The playing episode's list also has the chapters embedded in its file.
    if (player.currentEpisode() == episodeId && !player.chapters().isEmpty()) {
        m_details->setChapters(player.chapters().chapters());
        return;
    }
    const Library& library = m_app.library();
    m_details->setChapters(ChapterList::merge(library.chapters(episodeId, ChapterSource::Json), {},
                                              library.chapters(episodeId, ChapterSource::Psc)));
}

void MainWindow::playIndex(const QModelIndex& index)
{
    const qint64 episodeId = index.data(EpisodeListModel::EpisodeIdRole).toLongLong();
    if (episodeId)
        m_app.player().play(episodeId);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_app.settings().setWindowGeometry(saveGeometry());
    m_app.settings().setSplitterState(m_splitter->saveState());
    m_app.settings().setWindowState(saveState());
    m_app.shutdown();
    event->accept();
}

} // namespace ondes

#include "mainwindow.h"

#include "application.h"
#include "downloadactions.h"
#include "downloadsview.h"
#include "episodeactions.h"
#include "episodeactionsbar.h"
#include "episodeactionscontroller.h"
#include "episodedetailscontroller.h"
#include "episodedetailsview.h"
#include "episodesourceswitcher.h"
#include "keyboardfocus.h"
#include "library/episodelistmodel.h"
#include "library/library.h"
#include "library/peoplelistmodel.h"
#include "library/settings.h"
#include "library/showlistmodel.h"
#include "libraryactions.h"
#include "messagebar.h"
#include "net/artworkcache.h"
#include "net/networkstatus.h"
#include "peopleactions.h"
#include "personmomentsview.h"
#include "playbackmenu.h"
#include "playerbar.h"
#include "queueview.h"
#include "refreshfailures.h"
#include "settingsdialog.h"
#include "shortcutmap.h"
#include "shortcutswindow.h"
#include "showitemdelegate.h"
#include "showmenu.h"
#include "speakerjumps.h"
#include "syncactions.h"
#include "syncstatus.h"
#include "transcriptcontroller.h"
#include "transcriptloader.h"
#include "transcriptpane.h"
#include "transcriptview.h"
#include "windowgeometry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace ondes {

MainWindow::MainWindow(Application& app, QWidget* parent)
    : QMainWindow(parent), m_app(app), m_showModel(new ShowListModel(app.library(), this)),
      m_sources(new QTabWidget), m_shows(new QListView), m_people(new QListView),
      m_episodes(new EpisodeListView(app)), m_search(new QLineEdit),
      m_details(new EpisodeDetailsView), m_playerBar(new PlayerBar(app)), m_splitter(new QSplitter)
{
    setWindowTitle(tr("Ondes"));
    m_shows->setModel(m_showModel);
    m_shows->setAccessibleName(tr("Shows"));
    m_shows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->setAccessibleName(tr("People"));
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sources->addTab(m_shows, tr("&Shows"));
    m_sources->addTab(m_people, tr("P&eople"));
    // Both tabs stay readable in every language instead of hiding behind scroll arrows.
    m_sources->setUsesScrollButtons(false);
    // Focusable (it hands the focus to its tabs): a screen reader needs a name for it too.
    m_sources->setAccessibleName(tr("Shows and people"));

    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(
        tr("Search titles, descriptions, shows, people and what was said"));
    m_search->setClearButtonEnabled(true);
    auto* episodePane = new QWidget;
    auto* episodeLayout = new QVBoxLayout(episodePane);
    episodeLayout->setContentsMargins(0, 0, 0, 0);
    m_messages = new MessageBar;
    episodeLayout->addWidget(m_messages);
    episodeLayout->addWidget(m_search);
    episodeLayout->addWidget(m_episodes, 1);

    // Under the People view, the moments the chosen person speaks.
    m_moments = new PersonMomentsView(app.library());
    auto* sourceColumn = new QSplitter(Qt::Vertical);
    sourceColumn->setChildrenCollapsible(false);
    sourceColumn->addWidget(m_sources);
    sourceColumn->addWidget(m_moments);
    m_splitter->addWidget(sourceColumn);
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

    connect(m_details, &EpisodeDetailsView::personActivated, this, &MainWindow::selectPerson);
    m_peopleActions = new PeopleActions(m_app.library(), m_details, this);
    m_peopleActions->setMomentsView(m_moments);
    m_sourceSwitcher =
        new EpisodeSourceSwitcher(m_app.library(), m_sources, m_shows, m_showModel, m_people,
                                  m_search, m_episodes, m_peopleActions, this);
    new EpisodeDetailsController(m_app, *m_details, *m_episodes, this);
    connect(m_episodes, &QTreeView::activated, this, [this](const QModelIndex& index) {
        m_episodeActions->play(index.data(EpisodeListModel::EpisodeIdRole).toLongLong());
    });
    connect(m_moments, &PersonMomentsView::momentActivated, this,
            [this](qint64 episodeId, qint64 startMs) {
                m_episodeActions->playFrom(episodeId, startMs);
            });
    connect(&m_app.player(), &Player::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });

    m_queueView = new QueueView(m_app.queue(), m_app.library());
    auto* queueDock = new QDockWidget(tr("Up Next"), this);
    queueDock->setObjectName(QStringLiteral("queueDock"));
    queueDock->setWidget(m_queueView);
    addDockWidget(Qt::RightDockWidgetArea, queueDock);
    m_transcript = new TranscriptPane;
    auto* transcriptDock = new QDockWidget(tr("Transcript"), this);
    transcriptDock->setObjectName(QStringLiteral("transcriptDock"));
    transcriptDock->setWidget(m_transcript);
    addDockWidget(Qt::RightDockWidgetArea, transcriptDock);
    transcriptDock->hide(); // shown from the View menu; restoreState() brings it back
    m_transcripts =
        new TranscriptController(m_app.player(), m_transcript, m_playerBar->speakerTimeline(),
                                 m_playerBar->speakerLegend(), m_details, this);
    auto* transcriptLoader = new TranscriptLoader(m_app, m_transcripts, m_transcript, this);
    connect(transcriptDock, &QDockWidget::visibilityChanged, transcriptLoader,
            &TranscriptLoader::setPanelVisible);
    connect(&m_app, &Application::raiseRequested, this, [this] {
        show();
        raise();
        activateWindow();
    });
    connect(&m_app, &Application::quitRequested, this, &QWidget::close);

    createActions();
    setUpDesktop();
    restoreState();
    m_keyboard->focusEpisodes(); // ↓ and Enter work from the first key
}

void MainWindow::setUpDesktop()
{
    // Right-click (or the Menu key) on a show: refresh it, its auto-download, mark it played.
    m_shows->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_shows, &QWidget::customContextMenuRequested, this, [this](const QPoint& point) {
        const QModelIndex index = m_shows->indexAt(point);
        const qint64 showId = index.data(ShowListModel::ShowIdRole).toLongLong();
        if (showId <= 0)
            return;
        auto* menu = new ShowMenu(m_app, showId, this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_shows->viewport()->mapToGlobal(point));
    });

    // Offline: said in the status bar for as long as it lasts, with what failed.
    auto* offline = new QLabel(this);
    offline->setAccessibleName(tr("Network status"));
    offline->hide();
    statusBar()->addPermanentWidget(offline);
    connect(&m_app.networkStatus(), &NetworkStatus::changed, offline,
            [offline](bool isOffline, const QString& problem) {
                offline->setText(isOffline ? tr("Offline") : QString());
                offline->setToolTip(problem);
                offline->setVisible(isOffline);
            });
    m_app.networkStatus().followSystem();

    m_showModel->setArtworkCache(&m_app.artwork());
    m_shows->setItemDelegate(new ShowItemDelegate(m_shows));
    m_shows->setIconSize(QSize(ArtworkCache::kSize, ArtworkCache::kSize) / 2);

    new RefreshFailures(m_app.refresher(), m_app.library(), *m_messages, this);
    m_syncStatus = new SyncStatus(m_app, statusBar(), this);
    connect(&m_app, &Application::settingsError, m_messages,
            [this](const QString& error) { m_messages->showMessage(error); });
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    // Every action with keys is registered with its id: ShortcutMap puts on its keys.
    m_shortcuts = new ShortcutMap(&m_app.settings(), this);
    const auto keys = [this](const char* id, QAction* action) {
        m_shortcuts->add(QLatin1String(id), action);
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_libraryActions = new LibraryActions(m_app, this, statusBar());
    m_libraryActions->addTo(file);
    keys("library.addShow", m_libraryActions->addShowAction());
    keys("library.discover", m_libraryActions->discoverAction());
    m_episodes->setAddShowAction(m_libraryActions->addShowAction());
    keys("library.refresh", m_libraryActions->refreshAction());
    keys("library.addFolder", m_libraryActions->addFolderAction());
    connect(m_peopleActions, &PeopleActions::findMoreRequested, m_libraryActions,
            &LibraryActions::findPerson);
    connect(m_libraryActions, &LibraryActions::showAdded, this, [this](qint64 showId) {
        m_sources->setCurrentWidget(m_shows);
        selectShow(showId);
    });
    m_syncActions = new SyncActions(m_app, *m_messages, this);
    file->addAction(m_syncActions->syncNowAction());
    keys("library.syncNow", m_syncActions->syncNowAction());
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"));
    keys("window.settings", settings);
    connect(settings, &QAction::triggered, this, [this] { openSettings(); });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    keys("window.quit", quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    auto* playbackMenu = new PlaybackMenu(m_app.player(), m_app.queue(), *playback, *m_shortcuts,
                                          *m_playerBar, *m_transcripts->jumps(), this);
    m_playPause = playbackMenu->playPauseAction();
    connect(playbackMenu, &PlaybackMenu::playSelectedRequested, this,
            [this] { m_episodeActions->play(m_episodes->currentEpisodeId()); });

    QMenu* episode = menuBar()->addMenu(tr("Ep&isode"));
    m_episodeActions = new EpisodeActions(m_app, m_episodes, m_messages, statusBar());
    // Opened at a line (a search hit, a moment): the Transcript pane shows that line.
    connect(m_episodeActions, &EpisodeActions::playedFrom, m_transcript,
            [this] { m_transcript->setFollowing(true); });
    m_episodeActions->addTo(episode);
    keys("episode.play", m_episodeActions->playAction());
    keys("episode.selectPrevious", m_episodes->selectPreviousAction());
    keys("episode.selectNext", m_episodes->selectNextAction());
    keys("episode.enqueue", m_episodeActions->enqueueAction());
    keys("episode.togglePlayed", m_episodeActions->togglePlayedAction());
    keys("episode.download", m_episodeActions->downloadAction());
    auto* bar =
        new EpisodeActionsController(m_app, *m_episodeActions, m_details->actionsBar(), this);
    connect(m_episodes, &EpisodeListView::currentEpisodeChanged, bar,
            &EpisodeActionsController::setEpisode);
    connect(bar, &EpisodeActionsController::episodeRequested, this, [this](qint64 episodeId) {
        // A neighbour may be outside the list shown: go to its show first.
        if (m_episodes->selectEpisode(episodeId))
            return;
        if (const auto episode = m_app.library().episode(episodeId)) {
            selectShow(episode->showId);
            m_episodes->selectEpisode(episodeId);
        }
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* find = view->addAction(tr("&Search"));
    keys("library.search", find);
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
    // The panels' keys show them and move focus in (ui/keyboardfocus.h); so do ↓ in the search.
    m_keyboard = new KeyboardFocus(this, m_episodes, m_search, m_episodeActions->playAction());
    QAction* showQueue = m_keyboard->addPanel(findChild<QDockWidget*>(QStringLiteral("queueDock")),
                                              m_queueView->listView());
    keys("window.showQueue", showQueue);
    view->addAction(showQueue);
    m_downloadActions = new DownloadActions(m_app, this, m_episodes, m_episodeActions, m_messages);
    QAction* showDownloads =
        m_keyboard->addPanel(m_downloadActions->dock(), m_downloadActions->view()->listView());
    keys("window.showDownloads", showDownloads);
    view->addAction(showDownloads);
    QAction* showTranscript = m_keyboard->addPanel(
        findChild<QDockWidget*>(QStringLiteral("transcriptDock")), m_transcript->view());
    keys("window.showTranscript", showTranscript);
    view->addAction(showTranscript);
    keys("window.followTranscript", m_transcript->followAction());
    view->addAction(m_transcript->followAction());
    connect(m_transcript, &TranscriptPane::leaveRequested, m_keyboard,
            &KeyboardFocus::focusEpisodes);
    connect(m_episodes, &EpisodeListView::currentEpisodeChanged, m_transcripts,
            &TranscriptController::setSelectedEpisode);
    keys("window.menuBar", m_keyboard->menuBarAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcutsWindow = help->addAction(tr("&Keyboard Shortcuts"));
    keys("window.shortcuts", shortcutsWindow);
    connect(shortcutsWindow, &QAction::triggered, this, [this] { openShortcutsWindow(); });
}

void MainWindow::setTranscriptLookup(TranscriptLookup source)
{
    m_transcripts->setSource(std::move(source));
}

QAction* MainWindow::downloadAction() const
{
    return m_episodeActions->downloadAction();
}

SettingsDialog* MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_app, *m_shortcuts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ShortcutsWindow* MainWindow::openShortcutsWindow()
{
    if (!m_shortcutsWindow) {
        m_shortcutsWindow = new ShortcutsWindow(*m_shortcuts, this);
        m_shortcutsWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcutsWindow->show();
    m_shortcutsWindow->raise();
    m_shortcutsWindow->activateWindow();
    return m_shortcutsWindow;
}

void MainWindow::restoreState()
{
    Settings& settings = m_app.settings();
    if (!restoreGeometry(settings.windowGeometry()))
        setGeometry(WindowGeometry::initial(screen()->availableGeometry()));
    m_splitter->restoreState(settings.splitterState());
    QMainWindow::restoreState(settings.windowState());

    // The list and episode chosen last time; else the last played episode's show; else the
    // first show.
    m_sourceSwitcher->restore(settings.episodeListSource(), settings.lastEpisodeId());
    if (!m_episodes->selectEpisode(settings.selectedEpisodeId()))
        m_episodes->selectEpisode(settings.lastEpisodeId());
}

void MainWindow::selectShow(qint64 showId)
{
    m_sourceSwitcher->selectShow(showId);
}

void MainWindow::selectEpisode(qint64 episodeId)
{
    m_episodes->selectEpisode(episodeId);
}

void MainWindow::openArguments(const QStringList& arguments)
{
    for (const QString& argument : arguments)
        m_libraryActions->open(argument);
}

void MainWindow::selectPerson(qint64 personId)
{
    m_sourceSwitcher->selectPerson(personId);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_app.settings().setWindowGeometry(saveGeometry());
    m_app.settings().setSplitterState(m_splitter->saveState());
    m_app.settings().setWindowState(saveState());
    if (!m_episodes->sourceKey().isEmpty())
        m_app.settings().setEpisodeListSource(m_episodes->sourceKey());
    m_app.settings().setSelectedEpisodeId(m_episodes->currentEpisodeId());
    m_app.shutdown();
    event->accept();
}

} // namespace ondes

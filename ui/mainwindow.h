#pragma once

// MainWindow is the frame: it places the shows, the episode list, the details and the player
// bar, and wires them together. Behaviour lives in the views and the services.

#include "episodelistview.h"
#include "transcriptlookup.h"

#include <QMainWindow>
#include <QPointer>

class QLineEdit;
class QListView;
class QTreeView;
class QSplitter;
class QAction;
class QTabWidget;

namespace ondes {

class Application;
class DownloadActions;
class EpisodeDetailsView;
class MessageBar;
class EpisodeActions;
class EpisodeListModel;
class EpisodeSourceSwitcher;
class KeyboardFocus;
class LibraryActions;
class PeopleActions;
class PersonMomentsView;
class PlayerBar;
class QueueView;
class SettingsDialog;
class ShortcutMap;
class ShortcutsWindow;
class ShowListModel;
class SyncActions;
class SyncStatus;
class TranscriptController;
class TranscriptPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Application& app, QWidget* parent = nullptr);
    ~MainWindow() override;

    // For tests and the shortcuts window.
    QListView* showView() const { return m_shows; }
    QListView* peopleView() const { return m_people; }
    // Under the People view: the moments the chosen person speaks.
    PersonMomentsView* momentsView() const { return m_moments; }
    QTreeView* episodeView() const { return m_episodes; }
    EpisodeListView* episodeList() const { return m_episodes; }
    QLineEdit* searchField() const { return m_search; }
    EpisodeDetailsView* detailsView() const { return m_details; }
    PlayerBar* playerBar() const { return m_playerBar; }
    QAction* playPauseAction() const { return m_playPause; }
    LibraryActions* libraryActions() const { return m_libraryActions; }
    QueueView* queueView() const { return m_queueView; }
    DownloadActions* downloadActions() const { return m_downloadActions; }
    MessageBar* messageBar() const { return m_messages; }
    // The Transcript panel (View menu, Ctrl+Shift+T) and what feeds it, the voice band and keys.
    TranscriptPane* transcriptPane() const { return m_transcript; }
    TranscriptController* transcripts() const { return m_transcripts; }
    // Where the transcripts come from (the library's store); by default there are none.
    void setTranscriptLookup(TranscriptLookup source);
    // Every action's keys (ids, defaults, the listener's overrides): ui/shortcutmap.h.
    ShortcutMap* shortcuts() const { return m_shortcuts; }
    // The episode actions of the menu, the keys, the list's context menu and the details pane.
    EpisodeActions* episodeActions() const { return m_episodeActions; }
    // Correcting who speaks: the details pane's Edit speakers…, the People view's Merge.
    PeopleActions* peopleActions() const { return m_peopleActions; }
    // "episode.download" (D).
    QAction* downloadAction() const;
    // Sync Now (File menu) and Undo of a show removed by another device; the status-bar line.
    SyncActions* syncActions() const { return m_syncActions; }
    SyncStatus* syncStatus() const { return m_syncStatus; }
    // Opens the settings (window-modal; it deletes itself when closed).
    SettingsDialog* openSettings();
    // Opens (or raises) the keyboard shortcuts window.
    ShortcutsWindow* openShortcutsWindow();

    void selectShow(qint64 showId);
    // Opens what the command line or a second instance handed over (addresses, files).
    void openArguments(const QStringList& arguments);
    void selectPerson(qint64 personId);
    void selectEpisode(qint64 episodeId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void setUpDesktop();
    void restoreState();

    Application& m_app;
    ShowListModel* m_showModel;
    PeopleActions* m_peopleActions = nullptr;
    EpisodeSourceSwitcher* m_sourceSwitcher = nullptr;
    QTabWidget* m_sources;
    QListView* m_shows;
    QListView* m_people;
    PersonMomentsView* m_moments = nullptr;
    EpisodeListView* m_episodes;
    QLineEdit* m_search;
    EpisodeDetailsView* m_details;
    PlayerBar* m_playerBar;
    QSplitter* m_splitter;
    QAction* m_playPause = nullptr;
    LibraryActions* m_libraryActions = nullptr;
    QueueView* m_queueView = nullptr;
    ShortcutMap* m_shortcuts = nullptr;
    EpisodeActions* m_episodeActions = nullptr;
    QPointer<ShortcutsWindow> m_shortcutsWindow;
    MessageBar* m_messages = nullptr;
    DownloadActions* m_downloadActions = nullptr;
    KeyboardFocus* m_keyboard = nullptr;
    TranscriptPane* m_transcript = nullptr;
    TranscriptController* m_transcripts = nullptr;
    SyncActions* m_syncActions = nullptr;
    SyncStatus* m_syncStatus = nullptr;
};

} // namespace ondes

#pragma once

// MainWindow is the frame: it places the shows, the episode list, the details and the player
// bar, and wires them together. Behaviour lives in the views and the services.

#include <QMainWindow>

class QLineEdit;
class QListView;
class QTreeView;
class QSplitter;
class QAction;
class QTabWidget;

namespace ondes {

class Application;
class EpisodeDetailsView;
class EpisodeListModel;
class LibraryActions;
class PeopleListModel;
class PlayerBar;
class QueueView;
class ShowListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Application& app, QWidget* parent = nullptr);
    ~MainWindow() override;

    // For tests and the shortcuts window.
    QListView* showView() const { return m_shows; }
    QListView* peopleView() const { return m_people; }
    QTreeView* episodeView() const { return m_episodes; }
    QLineEdit* searchField() const { return m_search; }
    EpisodeDetailsView* detailsView() const { return m_details; }
    PlayerBar* playerBar() const { return m_playerBar; }
    QAction* playPauseAction() const { return m_playPause; }
    LibraryActions* libraryActions() const { return m_libraryActions; }
    QueueView* queueView() const { return m_queueView; }

    void selectShow(qint64 showId);
    // Opens what the command line or a second instance handed over (addresses, files).
    void openArguments(const QStringList& arguments);
    void selectPerson(qint64 personId);
    void selectEpisode(qint64 episodeId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void onShowChanged();
    void onPersonChanged();
    void onSearchChanged(const QString& text);
    void showCurrentSource();
    bool isSearching() const;
    void endSearch();
    void selectFirstEpisode();
    void onEpisodeChanged();
    void showChapters();
    void playIndex(const QModelIndex& index);
    void restoreState();

    Application& m_app;
    ShowListModel* m_showModel;
    PeopleListModel* m_peopleModel;
    EpisodeListModel* m_episodeModel;
    QTabWidget* m_sources;
    QListView* m_shows;
    QListView* m_people;
    QTreeView* m_episodes;
    QLineEdit* m_search;
    EpisodeDetailsView* m_details;
    PlayerBar* m_playerBar;
    QSplitter* m_splitter;
    QAction* m_playPause = nullptr;
    LibraryActions* m_libraryActions = nullptr;
    QueueView* m_queueView = nullptr;
};

} // namespace ondes

#pragma once

// LibraryActions: what the listener does to the subscriptions from the window — add a show
// (Ctrl+L), discover the directories' top shows (Ctrl+Shift+L) or add a local folder, refresh (F5,
// Ctrl+R), import and export OPML — and the status it reports.

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QStatusBar;
class QWidget;

namespace ondes {

class Application;
class DirectoryArtwork;
class DirectoryCache;
class DirectorySearch;

class LibraryActions : public QObject
{
    Q_OBJECT
public:
    LibraryActions(Application& app, QWidget* window, QStatusBar* status);
    ~LibraryActions() override;

    void addTo(QMenu* menu);
    QAction* addShowAction() const { return m_addShow; }
    QAction* refreshAction() const { return m_refresh; }
    QAction* addFolderAction() const { return m_addFolder; }
    QAction* discoverAction() const { return m_discover; }

    // Opens the add-show dialog, filled with address when given.
    void addShow(const QString& address = {});
    void importOpml(const QString& file);
    // Adds a folder of audio files as a show; showAdded() follows once it is read.
    void addFolder(const QString& folder);
    // What a desktop or a second `ondes` hands over: a show's address (podcast:, feed:, http…),
    // an OPML file, or a feed file.
    void open(const QString& argument);
    void exportOpml(const QString& file);

    // The directory search of the Add Show dialog, made on first use with the directories the
    // settings switch on (Podcast Index with the key and secret from the keyring).
    DirectorySearch& directorySearch();
    // Opens the list of a person's episodes in other shows (Podcast Index).
    void findPerson(const QString& person);
    // Opens the directories' top shows (DiscoverDialog).
    void discover();
    // The pictures of the shows the directories list, made on first use (cache/directory-art).
    DirectoryArtwork& directoryArtwork();

Q_SIGNALS:
    void showAdded(qint64 showId);

private:
    void readDirectoryKey(const std::function<void()>& then);

    Application& m_app;
    DirectoryCache* m_directoryCache = nullptr;
    DirectorySearch* m_directorySearch = nullptr;
    DirectoryArtwork* m_directoryArtwork = nullptr;
    QWidget* m_window;
    QStatusBar* m_status;
    QAction* m_addShow;
    QAction* m_addFolder;
    QAction* m_discover;
    bool m_pendingFolder = false;
    QAction* m_refresh;
    QAction* m_import;
    QAction* m_export;
};

} // namespace ondes

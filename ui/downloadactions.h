#pragma once

// DownloadActions wires downloads into the window: the Downloads panel (a dock, Ctrl+Shift+D)
// that shows itself when episodes are downloaded (EpisodeActions), the episode list's state
// icons, and a moved download folder.

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace ondes {

class Application;
class DownloadsView;
class EpisodeActions;
class EpisodeListView;
class MessageBar;
class SettingsDialog;

class DownloadActions : public QObject
{
    Q_OBJECT
public:
    DownloadActions(Application& app, QMainWindow* window, EpisodeListView* episodes,
                    EpisodeActions* actions, MessageBar* messages);

    QDockWidget* dock() const { return m_dock; }
    QAction* showPanelAction() const;
    DownloadsView* view() const { return m_view; }

    // Follows a settings dialog: a new download folder moves the files.

private:
    Application& m_app;
    MessageBar* m_messages;
    DownloadsView* m_view;
    QDockWidget* m_dock;
};

} // namespace ondes

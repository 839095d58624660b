#pragma once

// DownloadActions wires downloads into the window: the Downloads panel (a dock, Ctrl+J), the
// episode actions of the details pane, D and the list's bulk Download / Delete Download, the
// episode list's state icons, a moved download folder, and the inline messages for what failed.

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace ondes {

class Application;
class DownloadsView;
class EpisodeActionsController;
class EpisodeDetailsView;
class EpisodeListView;
class MessageBar;
class SettingsDialog;

class DownloadActions : public QObject
{
    Q_OBJECT
public:
    DownloadActions(Application& app, QMainWindow* window, EpisodeListView* episodes,
                    EpisodeDetailsView* details, MessageBar* messages, QAction* downloadKey);

    QDockWidget* dock() const { return m_dock; }
    QAction* showPanelAction() const;
    DownloadsView* view() const { return m_view; }
    EpisodeActionsController* controller() const { return m_controller; }

    // Follows a settings dialog: a new download folder moves the files.

private:
    Application& m_app;
    EpisodeListView* m_episodes;
    MessageBar* m_messages;
    DownloadsView* m_view;
    QDockWidget* m_dock;
    EpisodeActionsController* m_controller;
};

} // namespace ondes

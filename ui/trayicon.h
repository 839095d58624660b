#pragma once

// TrayIcon puts Ondes in the desktop's system tray when there is one: a click shows or hides
// the window, and its menu plays or pauses, shows the window, or quits. The tooltip says what
// plays. Without a tray (most Wayland desktops without an extension, the offscreen platform) the
// window simply closes as usual.

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace ondes {

class Application;

class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(Application& app, QWidget* window);
    ~TrayIcon() override;

    // False when the desktop has no tray: nothing is shown then.
    static bool isAvailable();
    bool isVisible() const;

    QAction* playPauseAction() const { return m_playPause; }
    QAction* showHideAction() const { return m_showHide; }
    QAction* quitAction() const { return m_quit; }
    QString toolTip() const;

    // Shows the window if hidden or minimised, hides it otherwise.
    void toggleWindow();

private:
    void update();

    Application& m_app;
    QWidget* m_window;
    QMenu* m_menu;
    QSystemTrayIcon* m_icon = nullptr;
    QAction* m_playPause;
    QAction* m_showHide;
    QAction* m_quit;
};

} // namespace ondes

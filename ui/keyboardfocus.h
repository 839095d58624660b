#pragma once

// KeyboardFocus holds the main window's keyboard paths that are not one widget's own: focus
// starts in the episode list (on its current row); a panel's key (Ctrl+U, Ctrl+Shift+D) shows
// the panel and moves focus into it, and hides it when pressed again with focus inside; in the
// search field ↓ moves into the results and Enter plays the current one; F10 opens the menu bar;
// Space on a focused button presses it (the window's Space, play/pause, would take it).

#include <QObject>

class QAction;
class QDockWidget;
class QLineEdit;
class QMainWindow;
class QWidget;

namespace ondes {

class EpisodeListView;

class KeyboardFocus : public QObject
{
    Q_OBJECT
public:
    // play plays the list's current episode (EpisodeActions::playAction()).
    KeyboardFocus(QMainWindow* window, EpisodeListView* episodes, QLineEdit* search, QAction* play);

    // Focus to the episode list, its current row set (the first one when none is).
    void focusEpisodes();
    // The View menu's action for dock: checked while the dock shows; triggered, it shows the
    // dock and focuses focusTarget, or hides the dock when focus is already inside it.
    QAction* addPanel(QDockWidget* dock, QWidget* focusTarget);
    // F10: opens the first menu of the menu bar. Added to the window, in no menu.
    QAction* menuBarAction() const { return m_menuBar; }

    // Focus to widget; an item view gets a current row (its first) when it has none, so that
    // the arrows and Enter act at once.
    static void focusInto(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void togglePanel(QDockWidget* dock, QWidget* focusTarget);
    // The first widget in container that Tab stops at, or null.
    static QWidget* firstFocusStop(QWidget* container);

    QMainWindow* m_window;
    EpisodeListView* m_episodes;
    QLineEdit* m_search;
    QAction* m_play;
    QAction* m_menuBar;
};

} // namespace ondes

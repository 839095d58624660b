#pragma once

// EpisodeKeyActions: what the keyboard does to the episode list's selection — play it (Enter),
// move up and down (↑/↓), add it to the queue (Q), mark it played or unplayed (M), download it
// (D, wired by the downloads part). The main window registers the actions with ShortcutMap.

#include <QList>
#include <QObject>

class QAction;
class QStatusBar;
class QTreeView;

namespace ondes {

class Application;

class EpisodeKeyActions : public QObject
{
    Q_OBJECT
public:
    EpisodeKeyActions(Application& app, QTreeView* view, QStatusBar* status);

    QAction* playAction() const { return m_play; }
    QAction* selectPreviousAction() const { return m_selectPrevious; }
    QAction* selectNextAction() const { return m_selectNext; }
    QAction* enqueueAction() const { return m_enqueue; }
    QAction* togglePlayedAction() const { return m_togglePlayed; }
    // Disabled, with no behaviour, until the downloads part connects it.
    QAction* downloadAction() const { return m_download; }

    // The selected episodes, in list order; the current one when nothing is selected.
    QList<qint64> selectedEpisodes() const;
    // Marks them played, or unplayed when they all are played already.
    void togglePlayed();
    void enqueue();

private:
    void moveCurrent(int delta);

    Application& m_app;
    QTreeView* m_view;
    QStatusBar* m_status;
    QAction* m_play;
    QAction* m_selectPrevious;
    QAction* m_selectNext;
    QAction* m_enqueue;
    QAction* m_togglePlayed;
    QAction* m_download;
};

} // namespace ondes

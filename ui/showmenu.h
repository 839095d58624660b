#pragma once

// ShowMenu is the context menu of a show in the Shows list: refresh it (or rescan a local
// folder), choose its auto-download (off, every new episode, or keep the latest N downloaded),
// and mark all its episodes played.

#include <QMenu>

namespace ondes {

class Application;

class ShowMenu : public QMenu
{
    Q_OBJECT
public:
    ShowMenu(Application& app, qint64 showId, QWidget* parent = nullptr);

    QAction* refreshAction() const { return m_refresh; }
    QAction* markPlayedAction() const { return m_markPlayed; }
    // The auto-download choices: off, new, then "keep the latest" 1, 3, 5, 10.
    QList<QAction*> autoDownloadActions() const { return m_autoDownload; }

    static constexpr int kKeepChoices[] = {1, 3, 5, 10};

private:
    Application& m_app;
    qint64 m_showId;
    QAction* m_refresh;
    QAction* m_markPlayed;
    QList<QAction*> m_autoDownload;
};

} // namespace ondes

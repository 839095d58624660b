#include "downloadactions.h"

#include "application.h"
#include "downloads/downloadmanager.h"
#include "downloadsview.h"
#include "episodeactions.h"
#include "episodelistview.h"
#include "library/episodelistmodel.h"
#include "messagebar.h"
#include "settingsdialog.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace ondes {

DownloadActions::DownloadActions(Application& app, QMainWindow* window, EpisodeListView* episodes,
                                 EpisodeActions* actions, MessageBar* messages)
    : QObject(window), m_app(app), m_messages(messages), m_view(new DownloadsView(app.downloads())),
      m_dock(new QDockWidget(tr("Downloads"), window))
{
    m_dock->setObjectName(QStringLiteral("downloadsDock"));
    m_dock->setWidget(m_view);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide(); // shown from the View menu, or when a download starts from the window
    connect(actions, &EpisodeActions::downloadsRequested, m_dock, &QWidget::show);

    // The list's state icons: a download that starts, stops or ends changes its row.
    DownloadManager& downloads = m_app.downloads();
    connect(&downloads, &DownloadManager::queueChanged, episodes->episodeModel(),
            &EpisodeListModel::refreshStates);
    connect(&downloads, &DownloadManager::downloadFailed, episodes->episodeModel(),
            &EpisodeListModel::refreshStates);
}

QAction* DownloadActions::showPanelAction() const
{
    return m_dock->toggleViewAction();
}

} // namespace ondes

#include "downloadactions.h"

#include "application.h"
#include "downloads/downloadmanager.h"
#include "downloadsview.h"
#include "episodeactionsbar.h"
#include "episodeactionscontroller.h"
#include "episodedetailsview.h"
#include "episodelistview.h"
#include "library/episodelistmodel.h"
#include "messagebar.h"
#include "settingsdialog.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace ondes {

DownloadActions::DownloadActions(Application& app, QMainWindow* window, EpisodeListView* episodes,
                                 EpisodeDetailsView* details, MessageBar* messages,
                                 QAction* downloadKey)
    : QObject(window), m_app(app), m_episodes(episodes), m_messages(messages),
      m_view(new DownloadsView(app.downloads())), m_dock(new QDockWidget(tr("Downloads"), window)),
      m_controller(new EpisodeActionsController(app, details->actionsBar(), messages, this))
{
    m_dock->setObjectName(QStringLiteral("downloadsDock"));
    m_dock->setWidget(m_view);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide(); // shown from the View menu, or when a download starts from the window

    DownloadManager& downloads = m_app.downloads();
    const auto download = [this](const QList<qint64>& ids) {
        m_controller->download(ids);
        m_dock->show();
    };
    connect(m_episodes, &EpisodeListView::downloadRequested, this, download);
    connect(m_episodes, &EpisodeListView::deleteDownloadRequested, m_controller,
            &EpisodeActionsController::deleteDownloads);
    connect(details->actionsBar(), &EpisodeActionsBar::downloadRequested, m_dock, &QWidget::show);
    downloadKey->setEnabled(true);
    connect(downloadKey, &QAction::triggered, this,
            [this, download] { download(m_episodes->selectedEpisodeIds()); });

    // The list's state icons: a download that starts, stops or ends changes its row.
    connect(&downloads, &DownloadManager::queueChanged, m_episodes->episodeModel(),
            &EpisodeListModel::refreshStates);
    connect(&downloads, &DownloadManager::downloadFailed, m_episodes->episodeModel(),
            &EpisodeListModel::refreshStates);
    connect(m_episodes, &EpisodeListView::currentEpisodeChanged, m_controller,
            &EpisodeActionsController::setEpisode);
}

QAction* DownloadActions::showPanelAction() const
{
    return m_dock->toggleViewAction();
}

} // namespace ondes

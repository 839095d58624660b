#include "episodeactionscontroller.h"

#include "application.h"
#include "episodeactions.h"
#include "episodeactionsbar.h"
#include "library/library.h"
#include "downloads/downloadmanager.h"
#include "playback/playqueue.h"

#include <QFileInfo>
#include <QUrl>

namespace ondes {

EpisodeActionsController::EpisodeActionsController(Application& app, EpisodeActions& actions,
                                                   EpisodeActionsBar* bar, QObject* parent)
    : QObject(parent), m_app(app), m_bar(bar)
{
    EpisodeActions* act = &actions;
    connect(m_bar, &EpisodeActionsBar::listenRequested, act, &EpisodeActions::play);
    connect(m_bar, &EpisodeActionsBar::downloadRequested, act,
            [act](qint64 id) { act->download({id}); });
    connect(m_bar, &EpisodeActionsBar::cancelDownloadRequested, act,
            &EpisodeActions::cancelDownload);
    connect(m_bar, &EpisodeActionsBar::deleteDownloadRequested, act,
            [act](qint64 id) { act->deleteDownloads({id}); });
    connect(m_bar, &EpisodeActionsBar::queueRequested, act,
            [act](qint64 id) { act->enqueue({id}); });
    connect(m_bar, &EpisodeActionsBar::playedChangeRequested, act,
            [act](qint64 id, bool played) { act->setPlayed({id}, played); });
    connect(m_bar, &EpisodeActionsBar::episodeRequested, this,
            &EpisodeActionsController::episodeRequested);

    DownloadManager& downloads = m_app.downloads();
    connect(&downloads, &DownloadManager::downloadChanged, this, [this](qint64 id) {
        if (id == m_episodeId)
            refresh();
    });
    connect(&m_app.library(), &Library::episodeChanged, this, [this](qint64 id) {
        if (id == m_episodeId)
            refresh();
    });
    connect(&m_app.library(), &Library::episodesChanged, this, [this] { refresh(); });
    connect(&m_app.queue(), &PlayQueue::changed, this, &EpisodeActionsController::refresh);
}

void EpisodeActionsController::setEpisode(qint64 episodeId)
{
    m_episodeId = episodeId;
    refresh();
}

void EpisodeActionsController::refresh()
{
    const auto episode = m_episodeId != 0 ? m_app.library().episode(m_episodeId) : std::nullopt;
    if (!episode) {
        m_bar->clear();
        return;
    }
    m_bar->setEpisode(episode->id, episode->played, m_app.queue().contains(episode->id));
    const std::optional<DownloadStatus> status = m_app.downloads().status(episode->id);
    const bool remote = QUrl(episode->enclosureUrl).scheme().startsWith(QLatin1String("http"));
    if (status && status->state == DownloadState::Failed)
        m_bar->setDownloadState(DownloadButtonState::Failed);
    else if (status)
        m_bar->setDownloadState(DownloadButtonState::Downloading,
                                status->total > 0 ? int(100 * status->received / status->total)
                                                  : -1);
    else if (!episode->localFile.isEmpty() && QFileInfo::exists(episode->localFile))
        m_bar->setDownloadState(DownloadButtonState::Downloaded);
    else
        m_bar->setDownloadState(remote ? DownloadButtonState::Available
                                       : DownloadButtonState::Unavailable);
    m_bar->setNeighbours(m_app.library().neighbours(episode->id));
}

} // namespace ondes

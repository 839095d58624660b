#include "episodeactionscontroller.h"

#include "application.h"
#include "downloads/downloadmanager.h"
#include "episodeactionsbar.h"
#include "library/episodeneighbours.h"
#include "library/library.h"
#include "messagebar.h"
#include "playback/player.h"
#include "playback/playqueue.h"

#include <QFileInfo>
#include <QUrl>

namespace ondes {

EpisodeActionsController::EpisodeActionsController(Application& app, EpisodeActionsBar* bar,
                                                   MessageBar* messages, QObject* parent)
    : QObject(parent), m_app(app), m_bar(bar), m_messages(messages)
{
    connect(m_bar, &EpisodeActionsBar::listenRequested, this,
            [this](qint64 id) { m_app.player().play(id); });
    connect(m_bar, &EpisodeActionsBar::downloadRequested, this,
            [this](qint64 id) { download({id}); });
    connect(m_bar, &EpisodeActionsBar::cancelDownloadRequested, this,
            [this](qint64 id) { m_app.downloads().cancel(id); });
    connect(m_bar, &EpisodeActionsBar::deleteDownloadRequested, this,
            [this](qint64 id) { deleteDownloads({id}); });
    connect(m_bar, &EpisodeActionsBar::queueRequested, this,
            [this](qint64 id) { m_app.queue().add(id); });
    connect(m_bar, &EpisodeActionsBar::playedChangeRequested, this,
            [this](qint64 id, bool played) { m_app.library().setPlayed(id, played); });
    connect(m_bar, &EpisodeActionsBar::episodeRequested, this,
            &EpisodeActionsController::episodeRequested);

    DownloadManager& downloads = m_app.downloads();
    connect(&downloads, &DownloadManager::downloadChanged, this, [this](qint64 id) {
        if (id == m_episodeId)
            refresh();
    });
    connect(&downloads, &DownloadManager::downloadFailed, this,
            [this](qint64 id, const QString& error) {
                const auto episode = m_app.library().episode(id);
                m_messages->showMessage(
                    tr("Could not download “%1”: %2")
                        .arg(episode ? episode->title : QString::number(id), error),
                    [this, id] { m_app.downloads().resume(id); });
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
    m_bar->setNeighbours(EpisodeNeighbours::of(m_app.database(), episode->id));
}

void EpisodeActionsController::download(const QList<qint64>& episodeIds)
{
    QStringList problems;
    for (qint64 id : episodeIds) {
        const QString error = m_app.downloads().enqueue(id);
        if (!error.isEmpty())
            problems << error;
        else if (const auto s = m_app.downloads().status(id);
                 s && (s->state == DownloadState::Failed || s->state == DownloadState::Paused))
            m_app.downloads().resume(id);
    }
    // Asking for many at once, some are downloaded already: say it only for one.
    if (problems.size() == 1 || (!problems.isEmpty() && episodeIds.size() == 1))
        m_messages->showMessage(problems.first());
    else if (problems.size() > 1)
        m_messages->showMessage(
            tr("%n episode(s) could not be queued for download: %1", nullptr, int(problems.size()))
                .arg(problems.first()));
    refresh();
}

void EpisodeActionsController::deleteDownloads(const QList<qint64>& episodeIds)
{
    for (qint64 id : episodeIds) {
        m_app.downloads().cancel(id);
        QString error;
        if (!m_app.downloads().deleteDownload(id, &error))
            m_messages->showMessage(error);
    }
    refresh();
}

} // namespace ondes

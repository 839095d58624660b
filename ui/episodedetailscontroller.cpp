#include "episodedetailscontroller.h"

#include "application.h"
#include "descriptionbrowser.h"
#include "episodedetailsview.h"
#include "episodelistview.h"
#include "library/episodelistmodel.h"
#include "library/library.h"
#include "library/settings.h"
#include "playback/player.h"

namespace ondes {

EpisodeDetailsController::EpisodeDetailsController(Application& app, EpisodeDetailsView& details,
                                                   EpisodeListView& episodes, QObject* parent)
    : QObject(parent), m_app(app), m_details(details), m_episodes(episodes)
{
    connect(&m_details, &EpisodeDetailsView::seekRequested, this,
            [this](qint64 episodeId, qint64 positionMs) {
                Player& player = m_app.player();
                if (player.currentEpisode() != episodeId)
                    player.play(episodeId);
                player.seek(positionMs);
            });
    // The shown episode changed in the library (its real length once played): its line follows.
    connect(&m_app.library(), &Library::episodeChanged, this, [this](qint64 episodeId) {
        if (episodeId != m_details.episodeId())
            return;
        if (const auto episode = m_app.library().episode(episodeId))
            m_details.showSummary(*episode);
    });
    connect(&m_episodes, &EpisodeListView::currentEpisodeChanged, this,
            &EpisodeDetailsController::showCurrentEpisode);
    connect(&m_app.player(), &Player::chaptersChanged, this,
            &EpisodeDetailsController::showChapters);
    connect(&m_app.player(), &Player::currentEpisodeChanged, this,
            &EpisodeDetailsController::showChapters);
    connect(&m_app.library(), &Library::chaptersChanged, this, [this](qint64 episodeId) {
        if (episodeId == m_details.episodeId())
            showChapters();
    });

    // Remote images in descriptions only when the listener allows them.
    m_details.descriptionBrowser()->setRemoteImages(m_app.settings().remoteImages(), &m_app.http());
    connect(&m_app, &Application::settingsChanged, this, [this] {
        const bool allowed = m_app.settings().remoteImages();
        if (allowed == m_details.descriptionBrowser()->remoteImagesAllowed())
            return;
        m_details.descriptionBrowser()->setRemoteImages(allowed, &m_app.http());
        showCurrentEpisode();
    });
}

void EpisodeDetailsController::showCurrentEpisode()
{
    const qint64 episodeId =
        m_episodes.currentIndex().data(EpisodeListModel::EpisodeIdRole).toLongLong();
    const auto episode = m_app.library().episode(episodeId);
    if (!episode) {
        m_details.clear();
        return;
    }
    m_details.showEpisode(*episode, m_app.library().speakers(episodeId),
                          m_app.library().credits(episodeId));
    showChapters();
}

void EpisodeDetailsController::showChapters()
{
    if (const qint64 episodeId = m_details.episodeId())
        m_details.setChapters(m_app.chaptersOf(episodeId));
}

} // namespace ondes

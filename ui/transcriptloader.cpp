#include "transcriptloader.h"

#include "application.h"
#include "downloads/transcriptfetcher.h"
#include "library/transcriptstore.h"
#include "transcriptcontroller.h"
#include "transcriptpane.h"

#include <memory>

namespace ondes {

TranscriptLoader::TranscriptLoader(Application& app, TranscriptController* controller,
                                   TranscriptPane* pane, QObject* parent)
    : QObject(parent), m_app(app), m_controller(controller), m_pane(pane)
{
    auto store = std::make_shared<TranscriptStore>(app.database());
    controller->setSource([store](qint64 episodeId) { return store->load(episodeId); });

    TranscriptFetcher& fetcher = app.transcriptFetcher();
    connect(&fetcher, &TranscriptFetcher::ready, this, [this](qint64 episodeId) {
        if (episodeId == m_controller->shownEpisode())
            m_pane->setStatus({});
        m_controller->reload(episodeId);
    });
    connect(&fetcher, &TranscriptFetcher::failed, this,
            [this](qint64 episodeId, const QString& error) {
                if (episodeId == m_controller->shownEpisode())
                    m_pane->setStatus(error);
            });
    connect(controller, &TranscriptController::shownEpisodeChanged, this,
            &TranscriptLoader::onShownEpisodeChanged);
}

void TranscriptLoader::setPanelVisible(bool visible)
{
    m_panelVisible = visible;
    if (visible)
        fetchIfMissing(m_controller->shownEpisode());
}

void TranscriptLoader::onShownEpisodeChanged(qint64 episodeId)
{
    const TranscriptFetcher& fetcher = m_app.transcriptFetcher();
    m_pane->setStatus(episodeId && fetcher.isFetching(episodeId) ? tr("Getting the transcript…")
                                                                 : QString());
    if (m_panelVisible)
        fetchIfMissing(episodeId);
}

void TranscriptLoader::fetchIfMissing(qint64 episodeId)
{
    if (!episodeId || m_pane->hasTranscript())
        return;
    TranscriptFetcher& fetcher = m_app.transcriptFetcher();
    if (!fetcher.hasTranscript(episodeId))
        return; // the pane says there is none
    m_pane->setStatus(tr("Getting the transcript…"));
    fetcher.fetch(episodeId);
}

} // namespace ondes

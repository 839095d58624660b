#pragma once

// TranscriptController feeds the transcript views from the player and the episode list: the
// Transcript pane shows the playing episode's transcript (the selected episode's while nothing
// plays) and follows the position; the seek bar's voice band and legend, and the next/previous
// turn keys, work on the same transcript; the details pane says how much each voice of the
// selected episode speaks. A line's seek plays its episode first when it is not the current one.

#include "feed/transcriptvoices.h"
#include "transcriptlookup.h"

#include <QObject>

namespace ondes {

class EpisodeDetailsView;
class Player;
class SpeakerJumps;
class SpeakerLegend;
class SpeakerTimeline;
class TranscriptPane;

class TranscriptController : public QObject
{
    Q_OBJECT
public:
    TranscriptController(Player& player, TranscriptPane* pane, SpeakerTimeline* timeline,
                         SpeakerLegend* legend, EpisodeDetailsView* details,
                         QObject* parent = nullptr);

    // Reloads what is shown from the new source.
    void setSource(TranscriptLookup source);
    // The episode list's current episode (0 for none).
    void setSelectedEpisode(qint64 episodeId);
    // The stored transcript of episodeId changed (fetched, replaced): shown again if shown.
    void reload(qint64 episodeId);
    // The episode the pane, the band and the keys are about; 0 for none.
    qint64 shownEpisode() const { return m_shownEpisode; }
    SpeakerJumps* jumps() const { return m_jumps; }

Q_SIGNALS:
    // The pane, the band and the keys are now about another episode (0 for none).
    void shownEpisodeChanged(qint64 episodeId);

private:
    void showEpisode(qint64 episodeId);
    void showShares(qint64 episodeId);
    // The band, the legend and the keys from the shown transcript, for this episode length.
    void showVoices(qint64 durationMs);
    void seek(qint64 positionMs);

    Player& m_player;
    TranscriptPane* m_pane;
    SpeakerTimeline* m_timeline;
    SpeakerLegend* m_legend;
    EpisodeDetailsView* m_details;
    SpeakerJumps* m_jumps;
    TranscriptLookup m_source;
    std::optional<TranscriptDocument> m_document; // the shown episode's
    qint64 m_selectedEpisode = 0;
    qint64 m_shownEpisode = 0;
};

} // namespace ondes

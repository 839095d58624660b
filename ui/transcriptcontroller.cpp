#include "transcriptcontroller.h"

#include "episodedetailsview.h"
#include "playback/player.h"
#include "speakerjumps.h"
#include "speakerlegend.h"
#include "speakertimeline.h"
#include "transcriptpane.h"

namespace ondes {

TranscriptController::TranscriptController(Player& player, TranscriptPane* pane,
                                           SpeakerTimeline* timeline, SpeakerLegend* legend,
                                           EpisodeDetailsView* details, QObject* parent)
    : QObject(parent), m_player(player), m_pane(pane), m_timeline(timeline), m_legend(legend),
      m_details(details),
      m_jumps(new SpeakerJumps(
          [this] {
              return m_shownEpisode == m_player.currentEpisode() ? m_player.position() : qint64(0);
          },
          [this](qint64 positionMs) { seek(positionMs); }, this)),
      m_source([](qint64) { return std::optional<TranscriptDocument>(); })
{
    connect(&m_player, &Player::positionChanged, m_pane, [this](qint64 positionMs) {
        if (m_shownEpisode == m_player.currentEpisode())
            m_pane->setPlaybackPosition(positionMs);
    });
    connect(&m_player, &Player::currentEpisodeChanged, this,
            [this](qint64 episodeId) { showEpisode(episodeId ? episodeId : m_selectedEpisode); });
    // A cue without an end lasts until the episode's: its length changes the voices' times.
    connect(&m_player, &Player::durationChanged, this, [this](qint64 durationMs) {
        if (m_shownEpisode == m_player.currentEpisode() && m_document)
            showVoices(durationMs);
    });
    connect(m_pane, &TranscriptPane::seekRequested, this, &TranscriptController::seek);
    connect(m_pane, &TranscriptPane::speakerSelected, this, [this](const QString& name) {
        const int speaker = m_jumps->voices().speakerIndex(name);
        m_jumps->setChosenSpeaker(speaker);
        m_legend->setChosenSpeaker(speaker);
    });
    connect(m_legend, &SpeakerLegend::speakerChosen, m_jumps, &SpeakerJumps::setChosenSpeaker);
}

void TranscriptController::setSource(TranscriptLookup source)
{
    m_source = std::move(source);
    showEpisode(m_shownEpisode);
    showShares(m_selectedEpisode);
}

void TranscriptController::setSelectedEpisode(qint64 episodeId)
{
    m_selectedEpisode = episodeId;
    if (!m_player.currentEpisode() && episodeId != m_shownEpisode)
        showEpisode(episodeId);
    showShares(episodeId);
}

void TranscriptController::reload(qint64 episodeId)
{
    if (episodeId == m_shownEpisode)
        showEpisode(episodeId);
    if (episodeId == m_selectedEpisode)
        showShares(episodeId);
}

void TranscriptController::showEpisode(qint64 episodeId)
{
    const bool changed = episodeId != m_shownEpisode;
    m_shownEpisode = episodeId;
    m_document = episodeId ? m_source(episodeId) : std::nullopt;
    if (!m_document) {
        m_pane->clear();
        m_timeline->clear();
        m_legend->clear();
        m_jumps->setVoices(TranscriptVoices());
    } else {
        const bool playing = episodeId == m_player.currentEpisode();
        m_pane->setTranscript(*m_document);
        m_pane->setPlaybackPosition(playing ? m_player.position() : -1);
        m_legend->setChosenSpeaker(-1);
        m_jumps->setChosenSpeaker(-1);
        showVoices(playing ? m_player.duration() : 0);
    }
    if (changed)
        Q_EMIT shownEpisodeChanged(episodeId);
}

void TranscriptController::showVoices(qint64 durationMs)
{
    // The listener's choice of voice stays: a voice keeps its index (the order they speak in).
    const int chosen = m_jumps->chosenSpeaker();
    const TranscriptVoices voices(*m_document, durationMs);
    m_timeline->setVoices(voices, durationMs);
    m_legend->setVoices(voices.speakers());
    m_jumps->setVoices(voices);
    m_legend->setChosenSpeaker(chosen);
    m_jumps->setChosenSpeaker(chosen);
}

void TranscriptController::showShares(qint64 episodeId)
{
    // After the details pane showed the episode (it shows none of its own).
    if (!episodeId || m_details->episodeId() != episodeId) {
        m_details->setVoiceShares({});
        return;
    }
    if (episodeId == m_shownEpisode) {
        m_details->setVoiceShares(m_jumps->voices().speakers());
        return;
    }
    const std::optional<TranscriptDocument> document = m_source(episodeId);
    m_details->setVoiceShares(document ? TranscriptVoices(*document).speakers()
                                       : QList<SpeakerVoice>());
}

void TranscriptController::seek(qint64 positionMs)
{
    if (!m_shownEpisode)
        return;
    if (m_player.currentEpisode() != m_shownEpisode)
        m_player.play(m_shownEpisode);
    m_player.seek(positionMs);
}

} // namespace ondes

#include "transcriptvoices.h"

#include <algorithm>
#include <numeric>

namespace ondes {

TranscriptVoices::TranscriptVoices(const TranscriptDocument& document, qint64 episodeDurationMs)
    : m_timed(document.timed)
{
    if (!m_timed || document.cues.isEmpty())
        return;
    const QList<TranscriptCue>& cues = document.cues;
    const auto count = static_cast<int>(cues.size());
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    // The parsers give cues in time order; a file that does not is read in time order anyway.
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&](int a, int b) { return cues.at(a).startMs < cues.at(b).startMs; });
    m_starts.resize(count);
    m_ends.resize(count);
    m_rankOfCue.resize(count);
    m_speakerOfCue.assign(count, -1);
    for (int rank = 0; rank < count; ++rank) {
        const TranscriptCue& cue = cues.at(m_order[rank]);
        m_rankOfCue[m_order[rank]] = rank;
        m_starts[rank] = qMax<qint64>(0, cue.startMs);
        qint64 end = cue.endMs;
        if (end <= cue.startMs) {
            // No end given: until the next cue that starts later, or the episode's end.
            end = m_starts[rank];
            for (int next = rank + 1; next < count; ++next) {
                if (cues.at(m_order[next]).startMs > cue.startMs) {
                    end = cues.at(m_order[next]).startMs;
                    break;
                }
            }
            if (end == m_starts[rank] && episodeDurationMs > end)
                end = episodeDurationMs;
        }
        m_ends[rank] = end;
    }

    for (int rank = 0; rank < count; ++rank) {
        const qint64 length = m_ends[rank] - m_starts[rank];
        m_speechMs += length;
        const QString name = cues.at(m_order[rank]).speaker.simplified();
        if (name.isEmpty())
            continue;
        int speaker = m_speakerIndex.value(name, -1);
        if (speaker < 0) {
            speaker = static_cast<int>(m_speakers.size());
            m_speakerIndex.insert(name, speaker);
            m_speakers.append(SpeakerVoice{name});
            m_stretchStarts.emplace_back();
        }
        m_speakerOfCue[m_order[rank]] = speaker;
        m_speakers[speaker].spokenMs += length;
        // Merged with the stretch before when the cue before (in time) is this voice's too.
        const bool continues = rank > 0 && !m_stretches.isEmpty() &&
                               m_stretches.last().speaker == speaker &&
                               cues.at(m_order[rank - 1]).speaker.simplified() == name;
        if (continues) {
            m_stretches.last().endMs = qMax(m_stretches.last().endMs, m_ends[rank]);
        } else {
            m_stretches.append(VoiceStretch{speaker, m_starts[rank], m_ends[rank]});
            m_stretchStarts[speaker].push_back(m_starts[rank]);
            ++m_speakers[speaker].stretchCount;
        }
    }
    for (SpeakerVoice& voice : m_speakers) {
        voice.shareOfSpeech =
            m_speechMs > 0 ? static_cast<double>(voice.spokenMs) / m_speechMs : 0.0;
        if (episodeDurationMs > 0)
            voice.shareOfEpisode =
                qMin(1.0, static_cast<double>(voice.spokenMs) / episodeDurationMs);
    }
}

int TranscriptVoices::speakerIndex(const QString& name) const
{
    return m_speakerIndex.value(name.simplified(), -1);
}

int TranscriptVoices::cueStartedBy(qint64 positionMs) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), positionMs);
    if (it == m_starts.begin())
        return -1;
    return m_order[static_cast<size_t>(it - m_starts.begin() - 1)];
}

int TranscriptVoices::cueAt(qint64 positionMs) const
{
    const int cue = cueStartedBy(positionMs);
    if (cue < 0)
        return -1;
    return positionMs < m_ends[static_cast<size_t>(m_rankOfCue[cue])] ? cue : -1;
}

qint64 TranscriptVoices::cueEndMs(int index) const
{
    if (index < 0 || index >= cueCount())
        return 0;
    return m_ends[static_cast<size_t>(m_rankOfCue[index])];
}

int TranscriptVoices::speakerOfCue(int index) const
{
    if (index < 0 || index >= cueCount())
        return -1;
    return m_speakerOfCue[static_cast<size_t>(index)];
}

std::optional<qint64> TranscriptVoices::nextStart(int speaker, qint64 positionMs) const
{
    if (speaker < 0 || speaker >= static_cast<int>(m_stretchStarts.size()))
        return std::nullopt;
    const std::vector<qint64>& starts = m_stretchStarts[static_cast<size_t>(speaker)];
    const auto it = std::upper_bound(starts.begin(), starts.end(), positionMs);
    if (it == starts.end())
        return std::nullopt;
    return *it;
}

std::optional<qint64> TranscriptVoices::previousStart(int speaker, qint64 positionMs,
                                                      qint64 graceMs) const
{
    if (speaker < 0 || speaker >= static_cast<int>(m_stretchStarts.size()))
        return std::nullopt;
    const std::vector<qint64>& starts = m_stretchStarts[static_cast<size_t>(speaker)];
    // The latest start < positionMs - graceMs.
    const auto it = std::lower_bound(starts.begin(), starts.end(), positionMs - graceMs);
    if (it == starts.begin())
        return std::nullopt;
    return *(it - 1);
}

} // namespace ondes

#pragma once

// TranscriptVoices reads who speaks when out of a timed TranscriptDocument: each named voice's
// stretches (consecutive cues of that voice merged, [startMs, endMs)), the time each voice
// speaks and its share of all the speech in the transcript (unnamed lines count in the total)
// and of the episode, the cue playing at a position, and the next or previous time a voice
// starts talking. The lookups are binary searches: the window asks them on every position tick.
//
// A cue without an end (endMs == startMs) lasts until the next cue starts, or until the end of
// the episode for the last one when the duration is known.

#include "feed/transcriptdocument.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace ondes {

struct VoiceStretch
{
    int speaker = -1; // index in TranscriptVoices::speakers()
    qint64 startMs = 0;
    qint64 endMs = 0; // exclusive
};

struct SpeakerVoice
{
    QString name;
    qint64 spokenMs = 0;        // the sum of this voice's cues
    double shareOfSpeech = 0;   // spokenMs / all speech in the transcript, 0–1
    double shareOfEpisode = -1; // spokenMs / the episode's duration, 0–1; -1 when unknown
    int stretchCount = 0;
};

class TranscriptVoices
{
public:
    TranscriptVoices() = default;
    // episodeDurationMs <= 0: unknown (no share of the episode, the last open cue ends where it
    // starts).
    explicit TranscriptVoices(const TranscriptDocument& document, qint64 episodeDurationMs = 0);

    bool isTimed() const { return m_timed; }
    int cueCount() const { return static_cast<int>(m_starts.size()); }
    // The voices in the order they first speak (so their colours stay put as one plays).
    const QList<SpeakerVoice>& speakers() const { return m_speakers; }
    // The index of the voice named name in speakers(), or -1.
    int speakerIndex(const QString& name) const;
    // Every stretch, in time order.
    const QList<VoiceStretch>& stretches() const { return m_stretches; }
    qint64 speechMs() const { return m_speechMs; }

    // The cue (its index in the document) playing at positionMs: the last one started at or
    // before it, if it has not ended; -1 in a gap, before the first cue or when untimed.
    int cueAt(qint64 positionMs) const;
    // The last cue started at or before positionMs, ended or not (what was said last); -1
    // before the first cue or when untimed.
    int cueStartedBy(qint64 positionMs) const;
    // Where cue index (in the document) ends, with the rule above for cues without an end.
    qint64 cueEndMs(int index) const;
    // The voice (index in speakers()) of cue index; -1 when unnamed or out of range.
    int speakerOfCue(int index) const;

    // The first start of a stretch of speaker strictly after positionMs.
    std::optional<qint64> nextStart(int speaker, qint64 positionMs) const;
    // The start of the stretch of speaker that began more than graceMs before positionMs, the
    // latest such (so that pressing again just after a jump goes one further back).
    std::optional<qint64> previousStart(int speaker, qint64 positionMs,
                                        qint64 graceMs = kPreviousGraceMs) const;

    static constexpr qint64 kPreviousGraceMs = 2000;

private:
    bool m_timed = false;
    // By time: m_starts[i] is the start of the i-th cue in time order, m_order[i] its index in
    // the document, m_ends[i] its end.
    std::vector<qint64> m_starts;
    std::vector<qint64> m_ends;
    std::vector<int> m_order;
    std::vector<int> m_rankOfCue; // document index -> time-order rank
    std::vector<int> m_speakerOfCue; // document index -> voice, or -1
    QList<SpeakerVoice> m_speakers;
    QHash<QString, int> m_speakerIndex;
    QList<VoiceStretch> m_stretches;
    std::vector<std::vector<qint64>> m_stretchStarts; // per speaker, sorted
    qint64 m_speechMs = 0;
};

} // namespace ondes

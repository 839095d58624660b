#include "feed/transcriptparagraphs.h"

#include "feed/transcripttext.h"

#include <algorithm>

namespace ondes {

bool TranscriptParagraphs::add(const QString& paragraph)
{
    const QString simple = paragraph.trimmed();
    if (simple.isEmpty())
        return true;
    transcripttext::LeadingParts parts = transcripttext::readLeadingParts(simple, true);
    // "NAME: 00:01:23 text" as well as "00:01:23 NAME: text".
    if (parts.timeMs < 0 && !parts.speaker.isEmpty()) {
        const transcripttext::LeadingParts after =
            transcripttext::readLeadingParts(parts.text, true);
        if (after.timeMs >= 0 && after.speaker.isEmpty()) {
            parts.timeMs = after.timeMs;
            parts.text = after.text;
        }
    }
    if (parts.timeMs >= 0)
        m_pendingTimeMs = parts.timeMs;
    if (!parts.speaker.isEmpty())
        m_pendingSpeaker = parts.speaker;
    if (parts.text.isEmpty())
        return true;
    if (m_cues.size() >= m_maxCues) {
        m_truncated = true;
        return false;
    }
    if (!m_pendingSpeaker.isEmpty())
        m_speaker = m_pendingSpeaker;
    m_pendingSpeaker.clear();
    // Reading order is the order: a time earlier than the one before is not used (the cues
    // stay in time order, their text in the order written).
    if (m_pendingTimeMs >= 0) {
        m_timed = true;
        m_lastStartMs = std::max(m_lastStartMs, m_pendingTimeMs);
        m_pendingTimeMs = -1;
    }
    m_cues << TranscriptCue{m_lastStartMs, m_lastStartMs, m_speaker, parts.text};
    return true;
}

TranscriptDocument TranscriptParagraphs::take(TranscriptDocument::Format format)
{
    TranscriptDocument document;
    document.format = format;
    document.timed = m_timed;
    document.cues = std::move(m_cues);
    if (!m_timed) {
        for (TranscriptCue& cue : document.cues)
            cue.startMs = cue.endMs = 0;
    }
    return document;
}

} // namespace ondes

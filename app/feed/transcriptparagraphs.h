#pragma once

// Turns paragraphs of prose (an HTML or plain-text transcript) into cues. A paragraph may open
// with a time ("00:01:23", "[01:23]") and a speaker ("NAME:"); a paragraph that is only a time or
// only "NAME:" applies to the next one. A time earlier than the last one is not used (the text
// stays in reading order and the cues in time order). A paragraph without a speaker is the previous
// speaker going on. Times are kept only where the text gives them: a cue without one starts when
// the cue before it starts; a cue ends where it starts (the text gives no end).

#include "feed/transcriptdocument.h"

#include <QString>

namespace ondes {

class TranscriptParagraphs
{
public:
    explicit TranscriptParagraphs(int maxCues) : m_maxCues(maxCues) {}

    // A paragraph; false once the cue limit is reached (the paragraph is then dropped).
    bool add(const QString& paragraph);
    // A speaker or a time given apart from the text (<cite>NAME:</cite>, <time>0:12</time>).
    void setPendingSpeaker(const QString& speaker) { m_pendingSpeaker = speaker; }
    void setPendingTime(qint64 timeMs) { m_pendingTimeMs = timeMs; }

    bool truncated() const { return m_truncated; }
    // The cues; timed is true when at least one paragraph gave a time (else all times are 0).
    TranscriptDocument take(TranscriptDocument::Format format);

private:
    int m_maxCues;
    bool m_truncated = false;
    bool m_timed = false;
    QString m_speaker;
    QString m_pendingSpeaker;
    qint64 m_pendingTimeMs = -1;
    qint64 m_lastStartMs = 0;
    QList<TranscriptCue> m_cues;
};

} // namespace ondes

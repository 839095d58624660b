#pragma once

// SpeakerJumps moves playback to the next or previous time a voice starts talking (keys
// Alt+] and Alt+[ by default, ui/shortcutmap.h). The voice is the one the listener chose (in
// the legend, or by moving to a line of the transcript), else the one speaking now.

#include "feed/transcriptvoices.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;

namespace ondes {

class SpeakerJumps : public QObject
{
    Q_OBJECT
public:
    using Position = std::function<qint64()>;
    using Seek = std::function<void(qint64 positionMs)>;

    SpeakerJumps(Position position, Seek seek, QObject* parent = nullptr);

    void setVoices(const TranscriptVoices& voices);
    const TranscriptVoices& voices() const { return m_voices; }
    // -1: none (the voice speaking now).
    void setChosenSpeaker(int speaker);
    int chosenSpeaker() const { return m_chosen; }
    // The voice the keys act on at positionMs; -1 when none.
    int speakerFor(qint64 positionMs) const;

    std::optional<qint64> nextTurn() const;
    std::optional<qint64> previousTurn() const;
    // Seek there; false (and nothing moves) when there is no such turn.
    bool jumpToNextTurn();
    bool jumpToPreviousTurn();

    QAction* nextTurnAction() const { return m_next; }
    QAction* previousTurnAction() const { return m_previous; }

private:
    Position m_position;
    Seek m_seek;
    TranscriptVoices m_voices;
    int m_chosen = -1;
    QAction* m_next;
    QAction* m_previous;
};

} // namespace ondes

#pragma once

// How much each voice of a transcript speaks, as the window says it: "Alice Martin 42 %"
// (the share of all the speech in the transcript), "Alice Martin 42 %, Bob 30 %".

#include "feed/transcriptvoices.h"

#include <QCoreApplication>
#include <QString>

namespace ondes {

class VoiceShares
{
    Q_DECLARE_TR_FUNCTIONS(ondes::VoiceShares)
public:
    // "42 %"; "<1 %" for a voice that speaks, but less than half a percent.
    static QString percent(double share);
    static QString text(const SpeakerVoice& voice);
    static QString text(const QList<SpeakerVoice>& voices);
    // "Alice Martin: 42 % of the speech, 35 % of the episode, 12 turns".
    static QString details(const SpeakerVoice& voice);
};

} // namespace ondes

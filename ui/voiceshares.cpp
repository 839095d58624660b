#include "voiceshares.h"

#include <QLocale>

namespace ondes {

QString VoiceShares::percent(double share)
{
    const int rounded = qRound(share * 100);
    if (rounded == 0 && share > 0)
        return tr("<1 %");
    return tr("%1 %").arg(QLocale().toString(rounded));
}

QString VoiceShares::text(const SpeakerVoice& voice)
{
    return tr("%1 %2").arg(voice.name, percent(voice.shareOfSpeech));
}

QString VoiceShares::text(const QList<SpeakerVoice>& voices)
{
    QStringList parts;
    for (const SpeakerVoice& voice : voices)
        parts << text(voice);
    return parts.join(tr(", "));
}

QString VoiceShares::details(const SpeakerVoice& voice)
{
    QString line = tr("%1: %2 of the speech").arg(voice.name, percent(voice.shareOfSpeech));
    if (voice.shareOfEpisode >= 0)
        line += tr(", %1 of the episode").arg(percent(voice.shareOfEpisode));
    return line + tr(", %n turn(s)", nullptr, voice.stretchCount);
}

} // namespace ondes

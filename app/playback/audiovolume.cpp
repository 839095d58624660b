#include "playback/audiovolume.h"

#include <QAudioOutput>

namespace ondes {

AudioVolume::AudioVolume(QAudioOutput& output, QObject* parent)
    : QObject(parent), m_output(output), m_volume(output.volume())
{}

void AudioVolume::setVolume(float volume)
{
    volume = qBound(0.0f, volume, 1.0f);
    if (qFuzzyCompare(volume, m_volume))
        return;
    m_volume = volume;
    apply();
    Q_EMIT volumeChanged(m_volume);
}

bool AudioVolume::isMuted() const
{
    return m_output.isMuted();
}

void AudioVolume::setMuted(bool muted)
{
    if (muted == m_output.isMuted())
        return;
    m_output.setMuted(muted);
    Q_EMIT mutedChanged(muted);
}

void AudioVolume::setScale(float scale)
{
    m_scale = qBound(0.0f, scale, 1.0f);
    apply();
}

void AudioVolume::apply()
{
    m_output.setVolume(m_volume * m_scale);
}

} // namespace ondes

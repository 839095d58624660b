#pragma once

// AudioVolume is the listener's volume and mute on the player's audio output, with a factor on
// top for fades (never saved).

#include <QObject>

class QAudioOutput;

namespace ondes {

class AudioVolume : public QObject
{
    Q_OBJECT
public:
    explicit AudioVolume(QAudioOutput& output, QObject* parent = nullptr);

    float volume() const { return m_volume; }
    void setVolume(float volume);
    bool isMuted() const;
    void setMuted(bool muted);
    void setScale(float scale);
    float scale() const { return m_scale; }

Q_SIGNALS:
    void volumeChanged(float volume);
    void mutedChanged(bool muted);

private:
    void apply();

    QAudioOutput& m_output;
    float m_volume = 1.0f;
    float m_scale = 1.0f;
};

} // namespace ondes

#pragma once

// Settings keeps the user's preferences in one INI file under the config folder. Every key is
// declared here once.

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace ondes {

class Settings
{
public:
    explicit Settings(const QString& path);

    float volume() const;
    void setVolume(float volume);
    bool muted() const;
    void setMuted(bool muted);
    qint64 lastEpisodeId() const;
    void setLastEpisodeId(qint64 episodeId);

    // Playback (issue 5). Durations are in milliseconds so that tests can make them short.
    double defaultPlaybackRate() const; // 1.0
    void setDefaultPlaybackRate(double rate);
    qint64 skipBackwardMs() const; // 10 s
    void setSkipBackwardMs(qint64 ms);
    qint64 skipForwardMs() const; // 30 s
    void setSkipForwardMs(qint64 ms);
    // Smart rewind: after a pause of at least smartRewindAfterMs, resume smartRewindMs earlier.
    qint64 smartRewindAfterMs() const; // 5 min
    void setSmartRewindAfterMs(qint64 ms);
    qint64 smartRewindMs() const; // 3 s
    void setSmartRewindMs(qint64 ms);
    // Stopping this close to the end marks the episode played.
    qint64 playedThresholdMs() const; // 30 s
    void setPlayedThresholdMs(qint64 ms);
    bool autoAdvance() const; // true: the next queued episode starts when one ends
    void setAutoAdvance(bool on);
    int sleepTimerMinutes() const; // the last duration chosen, 30
    void setSleepTimerMinutes(int minutes);

    // Refreshing.
    bool refreshOnStart() const; // true
    void setRefreshOnStart(bool on);
    int refreshIntervalHours() const; // 6; 0: never on a timer
    void setRefreshIntervalHours(int hours);

    // Window state belongs to the UI, which stores opaque blobs here.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);

    // The interface language: "en", "fr", or "" (the default) to follow the system.
    QString language() const;
    void setLanguage(const QString& language);

    void sync();

private:
    mutable QSettings m_settings;
};

} // namespace ondes

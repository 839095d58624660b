#pragma once

// Player owns the one QMediaPlayer and its audio output. It plays an episode from its
// downloaded file or its stream, resumes at the saved position once the media can seek (a few
// seconds earlier after a long pause), and applies the speed of the episode's show with the
// pitch kept (TempoAudioSink). While a stream loads or refills, it reports buffering. What an
// episode starts from is EpisodeStart's to read, the pause's length SmartRewind's to judge, and
// the volume AudioVolume's.

#include "library/librarytypes.h"
#include "playback/audiovolume.h"
#include "playback/episodestart.h"
#include "playback/playbackspeed.h"
#include "playback/skiplengths.h"
#include "playback/smartrewind.h"
#include "playback/streambuffering.h"
#include "playback/streamitem.h"

#include <QMediaPlayer>
#include <QObject>

#include <functional>
#include <memory>

class QAudioOutput;

namespace ondes {

class ChapterList;
class ChapterTracker;
class Library;

class Player : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Loading, Playing, Paused };
    Q_ENUM(State)

    static constexpr double kMinRate = PlaybackSpeed::kMin;
    static constexpr double kMaxRate = PlaybackSpeed::kMax;
    static constexpr double kRateStep = PlaybackSpeed::kStep;
    using Clock = SmartRewind::Clock;

    explicit Player(Library& library, QObject* parent = nullptr);
    ~Player() override;

    // Starts the episode, or resumes it when it is the current one.
    bool play(qint64 episodeId);
    // Plays an episode that is not in the library (a preview's), streamed from its address:
    // currentEpisode() is then 0 and stream() says what plays. Nothing about it is stored.
    // False, with errorOccurred, for an address that is not http or https.
    bool playStream(const StreamItem& item);
    // Makes the episode current without playing it: paused where it was left (after a
    // restart), with its position and duration known, its media opened only by resume().
    bool cue(qint64 episodeId);
    void resume();
    void pause();
    void togglePlayPause();
    void stop();
    void seek(qint64 positionMs);
    void skipBackward();
    void skipForward();
    void setSkipLengths(qint64 backwardMs, qint64 forwardMs) { m_skip.set(backwardMs, forwardMs); }
    qint64 skipBackwardMs() const { return m_skip.backwardMs(); }
    qint64 skipForwardMs() const { return m_skip.forwardMs(); }

    qint64 currentEpisode() const { return m_episodeId; }
    // What plays when it is not a library episode; its url is empty otherwise.
    const StreamItem& stream() const { return m_stream; }
    bool isPlayingStream() const { return !m_stream.url.isEmpty(); }
    // A library episode or a stream is current (what play/pause, seek and stop act on).
    bool hasMedia() const { return m_episodeId != 0 || isPlayingStream(); }
    // The position to keep: the pending resume point until the media has seeked to it.
    qint64 position() const;
    qint64 duration() const;
    bool isSeekable() const;
    State state() const { return m_state; }
    bool isPlaying() const { return m_state == State::Playing; }
    QString errorString() const { return m_error; }
    // A stream that is loading, or waiting for data to play on; bufferPercent() is how full
    // GStreamer's buffer is (0–100). Never true for a downloaded file.
    bool isBuffering() const { return m_buffering.isBuffering(); }
    int bufferPercent() const { return m_buffering.percent(); }

    // The speed, 0.5–3.0 in 0.1 steps. setPlaybackRate() also remembers it for the current show.
    double playbackRate() const { return m_speed.rate(); }
    void setPlaybackRate(double rate);
    double defaultPlaybackRate() const { return m_speed.defaultRate(); }
    void setDefaultPlaybackRate(double rate) { m_speed.setDefault(rate); }
    static double normalizedRate(double rate) { return PlaybackSpeed::normalized(rate); }

    // Resume rewindMs earlier when the pause lasted at least afterMs (also across restarts).
    void setSmartRewind(qint64 afterMs, qint64 rewindMs) { m_rewind.setLengths(afterMs, rewindMs); }
    void setClock(Clock clock) { m_rewind.setClock(std::move(clock)); }

    float volume() const { return m_volume->volume(); }
    void setVolume(float volume) { m_volume->setVolume(volume); }
    bool isMuted() const { return m_volume->isMuted(); }
    void setMuted(bool muted) { m_volume->setMuted(muted); }
    // A factor on top of the listener's volume, for fades; it is never saved.
    void setVolumeScale(float scale) { m_volume->setScale(scale); }
    float volumeScale() const { return m_volume->scale(); }

    // The current episode's chapters, merged from the feed, the file and the JSON chapters.
    const ChapterList& chapters() const;
    // The chapter playing now; -1 before the first one or when there are none.
    int currentChapter() const;
    // Seek to the next chapter's start (nothing in the last one), or back to the start of this
    // one or the one before (ChapterList::previousStart).
    void nextChapter();
    void previousChapter();
    // The stored chapters of episodeId changed (a JSON chapters file arrived).
    void reloadChapters(qint64 episodeId);

Q_SIGNALS:
    void currentEpisodeChanged(qint64 episodeId);
    // Sent before the current episode is replaced or stopped, with where it stood.
    void leavingEpisode(qint64 episodeId, qint64 positionMs, qint64 durationMs);
    void stateChanged(ondes::Player::State state);
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);
    void seekableChanged(bool seekable);
    void bufferingChanged(bool buffering, int percent);
    void seeked(qint64 positionMs);
    void finished(qint64 episodeId);
    void errorOccurred(const QString& message);
    void playbackRateChanged(double rate);
    void volumeChanged(float volume);
    void mutedChanged(bool muted);
    void chaptersChanged();
    void currentChapterChanged(int index);

private:
    // Makes episodeId (0: a stream) current as plan says (leaving the one before) and returns
    // what to play; empty, with errorOccurred sent, when plan has no address.
    QUrl prepare(qint64 episodeId, const EpisodeStart::Plan& plan);
    void startSource(const QUrl& url);
    // Tells the listeners (chapters, player bar, MPRIS) which episode is current now.
    void announceEpisode(const QUrl& url);
    void setState(State state);
    void onMediaStatusChanged(QMediaPlayer::MediaStatus status);
    void onError(QMediaPlayer::Error error, const QString& message);
    void applyPendingSeek();
    void applyRate();
    void updateBuffering();

    Library& m_library;
    SmartRewind m_rewind;
    EpisodeStart m_start;
    std::unique_ptr<QMediaPlayer> m_player;
    QAudioOutput* m_output = nullptr;
    AudioVolume* m_volume = nullptr;
    ChapterTracker* m_chapters = nullptr;
    qint64 m_episodeId = 0;
    StreamItem m_stream;
    qint64 m_showId = 0;
    qint64 m_pendingSeekMs = -1;
    qint64 m_knownDurationMs = 0;
    qint64 m_pausedAtMs = 0;
    SkipLengths m_skip;
    PlaybackSpeed m_speed;
    // The source cue() chose, opened by the next resume().
    QUrl m_cuedSource;
    bool m_atEnd = false;
    StreamBuffering m_buffering;
    State m_state = State::Stopped;
    QString m_error;
};

} // namespace ondes

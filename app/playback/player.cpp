#include "playback/player.h"

#include "library/library.h"
#include "playback/audiovolume.h"
#include "playback/chaptertracker.h"
#include "playback/seekablestreams.h"
#include "playback/tempoaudiosink.h"

#include <QAudioOutput>
#include <QLoggingCategory>
#include <QUrl>

#include <utility>

namespace ondes {

Q_LOGGING_CATEGORY(lcPlayback, "ondes.playback")

Player::Player(Library& library, QObject* parent)
    : QObject(parent), m_library(library), m_start(library, m_rewind),
      m_player(std::make_unique<QMediaPlayer>())
{
    // GStreamer fails with "Internal data stream error" without an output attached. The sink
    // that Qt 6.4 makes for it (pulsesink for the default device, else autoaudiosink) is
    // TempoAudioSink's, which keeps the pitch at every speed.
    TempoAudioSink::ensureRegistered();
    SeekableStreams::ensureInstalled(); // Ogg over HTTP seeks
    m_output = new QAudioOutput(m_player.get());
    m_player->setAudioOutput(m_output);
    m_volume = new AudioVolume(*m_output, this);
    connect(m_volume, &AudioVolume::volumeChanged, this, &Player::volumeChanged);
    connect(m_volume, &AudioVolume::mutedChanged, this, &Player::mutedChanged);

    m_chapters = new ChapterTracker(library, this);
    connect(m_chapters, &ChapterTracker::chaptersChanged, this, &Player::chaptersChanged);
    connect(m_chapters, &ChapterTracker::currentChapterChanged, this,
            &Player::currentChapterChanged);
    connect(this, &Player::positionChanged, m_chapters, &ChapterTracker::setPosition);

    connect(m_player.get(), &QMediaPlayer::mediaStatusChanged, this, &Player::onMediaStatusChanged);
    connect(m_player.get(), &QMediaPlayer::errorOccurred, this, &Player::onError);
    connect(m_player.get(), &QMediaPlayer::bufferProgressChanged, this, [this](float progress) {
        m_buffering.setProgress(progress);
        updateBuffering();
    });
    connect(m_player.get(), &QMediaPlayer::seekableChanged, this, [this](bool seekable) {
        if (seekable) {
            applyPendingSeek();
            applyRate();
        }
        Q_EMIT seekableChanged(seekable);
    });
    connect(m_player.get(), &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (m_pendingSeekMs < 0)
            Q_EMIT positionChanged(position);
    });
    connect(m_player.get(), &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        if (duration > 0) {
            m_knownDurationMs = duration;
            // The list shows what the player shows: the media's own length, kept.
            if (m_episodeId)
                m_library.setDuration(m_episodeId, duration / 1000);
        }
        Q_EMIT durationChanged(this->duration());
    });
    connect(m_player.get(), &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState state) {
                if (state == QMediaPlayer::PlayingState) {
                    setState(State::Playing);
                    applyRate();
                } else if (state == QMediaPlayer::PausedState) {
                    setState(State::Paused);
                } else if (m_state != State::Loading) {
                    setState(State::Stopped);
                }
            });
}

Player::~Player()
{
    if (m_episodeId && !m_atEnd)
        Q_EMIT leavingEpisode(m_episodeId, position(), duration());
    m_player->stop();
}

bool Player::play(qint64 episodeId)
{
    if (episodeId == m_episodeId && m_episodeId) {
        resume();
        return true;
    }
    const QUrl url =
        prepare(episodeId, m_start.plan(episodeId, EpisodeStart::RewindAfterLongPause::Yes));
    if (url.isEmpty())
        return false;
    startSource(url);
    qCInfo(lcPlayback) << "playing" << episodeId << url.toString() << "from" << position() << "at"
                       << m_speed.rate();
    announceEpisode(url);
    return true;
}

bool Player::playStream(const StreamItem& item)
{
    if (prepare(0, EpisodeStart::streamPlan(item)).isEmpty())
        return false;
    m_stream = item;
    startSource(item.url);
    qCInfo(lcPlayback) << "streaming" << item.url.toString() << "not in the library";
    announceEpisode(item.url);
    return true;
}

bool Player::cue(qint64 episodeId)
{
    if (episodeId == m_episodeId && m_episodeId)
        return true;
    // Shown where it was left; the smart rewind after a long pause waits for Play (a start
    // and a quit without listening must not move the place back each time).
    const QUrl url =
        prepare(episodeId, m_start.plan(episodeId, EpisodeStart::RewindAfterLongPause::No));
    if (url.isEmpty())
        return false;
    m_player->stop(); // whatever played before
    m_cuedSource = url;
    const qint64 savedAtMs = m_library.positionSavedAt(episodeId) * 1000;
    m_pausedAtMs = savedAtMs > 0 ? savedAtMs : m_rewind.now();
    qCInfo(lcPlayback) << "cued" << episodeId << url.toString() << "at" << position();
    // The listeners learn the episode (and its stored place) before its state.
    announceEpisode(url);
    setState(State::Paused);
    return true;
}

QUrl Player::prepare(qint64 episodeId, const EpisodeStart::Plan& plan)
{
    if (plan.url.isEmpty()) {
        m_error = plan.error;
        Q_EMIT errorOccurred(m_error);
        return {};
    }
    if (m_episodeId && !m_atEnd)
        Q_EMIT leavingEpisode(m_episodeId, position(), duration());

    m_error.clear();
    m_cuedSource.clear();
    m_stream = {};
    m_episodeId = episodeId;
    m_showId = plan.showId;
    m_atEnd = false;
    m_buffering.setStreaming(!plan.url.isLocalFile());
    m_pausedAtMs = 0;
    m_knownDurationMs = plan.durationMs;
    if (plan.restarts)
        m_library.setPlayed(episodeId, false);
    m_pendingSeekMs = plan.resumeAtMs > 0 ? plan.resumeAtMs : -1;

    m_speed.startEpisode(plan.showRate);
    return plan.url;
}

void Player::announceEpisode(const QUrl& url)
{
    m_chapters->load(m_episodeId, url.isLocalFile() ? url.toLocalFile() : QString());
    Q_EMIT currentEpisodeChanged(m_episodeId);
    Q_EMIT durationChanged(duration());
    Q_EMIT positionChanged(position());
    if (m_speed.takeChangedByEpisode())
        Q_EMIT playbackRateChanged(m_speed.rate());
}

void Player::startSource(const QUrl& url)
{
    setState(State::Loading);
    // The pipeline drops a rate set before it can seek yet keeps believing in it: start each
    // source at 1.0 and apply the speed once the media is seekable.
    m_player->setPlaybackRate(1.0);
    m_player->setSource(url);
    m_player->play();
}

void Player::resume()
{
    if (!hasMedia())
        return;
    if (!m_cuedSource.isEmpty()) {
        // The first play after a restart: from the place shown (a little earlier after a long
        // pause), a pending seek applied once the media can seek.
        if (m_pendingSeekMs > 0 && m_pausedAtMs > 0 && m_rewind.longPauseSince(m_pausedAtMs))
            m_pendingSeekMs = m_rewind.rewound(m_pendingSeekMs);
        m_pausedAtMs = 0;
        startSource(std::exchange(m_cuedSource, QUrl()));
        return;
    }
    if (m_atEnd || m_player->mediaStatus() == QMediaPlayer::EndOfMedia) {
        m_atEnd = false;
        m_pausedAtMs = 0;
        m_pendingSeekMs = -1;
        m_player->setPosition(0);
        m_player->play();
        return;
    }
    const bool rewind = m_pausedAtMs > 0 && m_rewind.longPauseSince(m_pausedAtMs);
    const qint64 target = position() - m_rewind.rewindMs();
    m_pausedAtMs = 0;
    m_player->play();
    if (rewind)
        seek(target);
    else
        applyPendingSeek(); // after stop(), which rewinds the media to 0
}

void Player::pause()
{
    if (m_state == State::Playing || m_state == State::Loading) {
        m_pausedAtMs = m_rewind.now();
        m_player->pause();
    }
}

void Player::togglePlayPause()
{
    if (m_state == State::Playing || m_state == State::Loading)
        pause();
    else
        resume();
}

void Player::stop()
{
    if (!hasMedia())
        return;
    if (!m_atEnd) {
        const qint64 at = position();
        if (m_episodeId)
            Q_EMIT leavingEpisode(m_episodeId, at, duration());
        // QMediaPlayer::stop() goes back to 0; playing again continues from here.
        m_pendingSeekMs = at > 0 ? at : -1;
    }
    if (m_state != State::Stopped)
        m_pausedAtMs = m_rewind.now();
    m_player->stop();
    setState(State::Stopped);
}

void Player::seek(qint64 positionMs)
{
    if (!hasMedia())
        return;
    positionMs = qMax<qint64>(0, positionMs);
    if (const qint64 total = duration(); total > 0)
        positionMs = qMin(positionMs, total);
    m_atEnd = false;
    if (m_player->isSeekable()) {
        m_pendingSeekMs = -1;
        m_player->setPosition(positionMs);
    } else {
        m_pendingSeekMs = positionMs;
    }
    Q_EMIT positionChanged(positionMs);
    Q_EMIT seeked(positionMs);
}

const ChapterList& Player::chapters() const
{
    return m_chapters->list();
}

int Player::currentChapter() const
{
    return m_chapters->currentIndex();
}

void Player::nextChapter()
{
    if (const auto start = chapters().nextStart(position()))
        seek(*start);
}

void Player::previousChapter()
{
    if (const auto start = chapters().previousStart(position()))
        seek(*start);
}

void Player::reloadChapters(qint64 episodeId)
{
    if (episodeId && episodeId == m_episodeId)
        m_chapters->reload();
}

void Player::skipBackward()
{
    seek(m_skip.backFrom(position()));
}

void Player::skipForward()
{
    seek(m_skip.forwardFrom(position(), duration()));
}

qint64 Player::position() const
{
    return m_pendingSeekMs >= 0 ? m_pendingSeekMs : m_player->position();
}

qint64 Player::duration() const
{
    const qint64 reported = m_player->duration();
    return reported > 0 ? reported : m_knownDurationMs;
}

bool Player::isSeekable() const
{
    return m_player->isSeekable();
}

void Player::setPlaybackRate(double rate)
{
    if (m_showId)
        m_library.setShowPlaybackRate(m_showId, PlaybackSpeed::normalized(rate));
    if (!m_speed.set(rate))
        return;
    applyRate();
    Q_EMIT playbackRateChanged(m_speed.rate());
}

void Player::applyRate()
{
    // Rate changes are seeks in GStreamer: they only take once the media can seek.
    if (!m_player->isSeekable() || m_state != State::Playing)
        return;
    if (!qFuzzyCompare(m_player->playbackRate(), m_speed.rate()))
        m_player->setPlaybackRate(m_speed.rate());
}

void Player::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    updateBuffering();
}

void Player::updateBuffering()
{
    if (m_buffering.update(m_player->mediaStatus(), m_state == State::Stopped))
        Q_EMIT bufferingChanged(m_buffering.isBuffering(), m_buffering.percent());
}

void Player::applyPendingSeek()
{
    if (m_pendingSeekMs < 0 || !m_player->isSeekable())
        return;
    const qint64 target = m_pendingSeekMs;
    m_pendingSeekMs = -1;
    m_player->setPosition(target);
    Q_EMIT positionChanged(target);
}

void Player::onMediaStatusChanged(QMediaPlayer::MediaStatus status)
{
    updateBuffering();
    switch (status) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferedMedia:
        applyPendingSeek();
        applyRate();
        break;
    case QMediaPlayer::EndOfMedia: {
        const qint64 episode = m_episodeId;
        m_atEnd = true;
        if (!episode) { // a stream: nothing to mark, no queue to go on with
            setState(State::Stopped);
            break;
        }
        m_library.setPlayed(episode, true);
        m_library.savePosition(episode, 0);
        setState(State::Stopped);
        Q_EMIT finished(episode);
        break;
    }
    case QMediaPlayer::InvalidMedia:
        // errorOccurred carries the reason.
        break;
    default:
        break;
    }
}

void Player::onError(QMediaPlayer::Error error, const QString& message)
{
    if (error == QMediaPlayer::NoError)
        return;
    m_error = message.isEmpty() ? tr("The episode cannot be played.") : message;
    qCWarning(lcPlayback) << "error" << error << message;
    // Keep the saved position: the pending resume point stays what position() reports.
    setState(State::Stopped);
    Q_EMIT errorOccurred(m_error);
}

} // namespace ondes

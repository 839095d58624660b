#include "desktop/mprisplayer.h"

#include "desktop/mpris.h"
#include "library/library.h"
#include "playback/player.h"
#include "playback/playqueue.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QLoggingCategory>
#include <QUrl>

namespace ondes {

Q_DECLARE_LOGGING_CATEGORY(lcPlayback)

MprisPlayer::MprisPlayer(Mpris* mpris, Player& player, PlayQueue& queue, Library& library)
    : QDBusAbstractAdaptor(mpris), m_player(player), m_queue(queue), m_library(library)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &MprisPlayer::flushChanges);

    connect(&m_player, &Player::stateChanged, this, [this] {
        changed({"PlaybackStatus", "CanPlay", "CanPause", "CanSeek"});
    });
    connect(&m_player, &Player::currentEpisodeChanged, this, [this] {
        changed({"Metadata", "CanPlay", "CanPause", "CanSeek", "CanGoPrevious", "CanGoNext"});
    });
    connect(&m_player, &Player::durationChanged, this, [this] {
        changed({"Metadata", "CanSeek"});
    });
    connect(&m_player, &Player::seekableChanged, this, [this] { changed({"CanSeek"}); });
    connect(&m_player, &Player::playbackRateChanged, this, [this] { changed({"Rate"}); });
    connect(&m_player, &Player::volumeChanged, this, [this] { changed({"Volume"}); });
    connect(&m_player, &Player::mutedChanged, this, [this] { changed({"Volume"}); });
    connect(&m_queue, &PlayQueue::changed, this, [this] { changed({"CanGoNext"}); });
    connect(&m_library, &Library::episodeChanged, this, [this](qint64 episodeId) {
        if (episodeId == m_player.currentEpisode())
            changed({"Metadata"});
    });
    connect(&m_player, &Player::seeked, this,
            [this](qint64 positionMs) { Q_EMIT Seeked(positionMs * 1000); });
}

QString MprisPlayer::objectPath()
{
    return QStringLiteral("/org/mpris/MediaPlayer2");
}

QDBusObjectPath MprisPlayer::trackId(qint64 episodeId)
{
    if (!episodeId)
        return QDBusObjectPath(QStringLiteral("/org/mpris/MediaPlayer2/TrackList/NoTrack"));
    return QDBusObjectPath(QStringLiteral("/org/ondes/episode/%1").arg(episodeId));
}

QString MprisPlayer::playbackStatus() const
{
    switch (m_player.state()) {
    case Player::State::Playing:
    case Player::State::Loading:
        return QStringLiteral("Playing");
    case Player::State::Paused:
        return QStringLiteral("Paused");
    case Player::State::Stopped:
        break;
    }
    return QStringLiteral("Stopped");
}

double MprisPlayer::rate() const
{
    return m_player.playbackRate();
}

void MprisPlayer::setRate(double rate)
{
    // The specification says a rate of 0 is a pause request.
    if (rate <= 0) {
        m_player.pause();
        return;
    }
    m_player.setPlaybackRate(rate);
}

double MprisPlayer::minimumRate() const
{
    return Player::kMinRate;
}

double MprisPlayer::maximumRate() const
{
    return Player::kMaxRate;
}

QVariantMap MprisPlayer::metadata() const
{
    const qint64 episodeId = m_player.currentEpisode();
    QVariantMap map;
    map.insert(QStringLiteral("mpris:trackid"), QVariant::fromValue(trackId(episodeId)));
    const auto episode = episodeId ? m_library.episode(episodeId) : std::nullopt;
    if (!episode && m_player.isPlayingStream())
        return streamMetadata();
    if (!episode)
        return map;
    const auto show = m_library.show(episode->showId);
    map.insert(QStringLiteral("xesam:title"), episode->title);
    map.insert(QStringLiteral("xesam:album"), episode->showTitle);
    QStringList artists;
    for (const SpeakerRow& speaker : m_library.speakers(episodeId))
        artists << speaker.name;
    if (artists.isEmpty() && !episode->author.isEmpty())
        artists << episode->author;
    if (artists.isEmpty() && show && !show->author.isEmpty())
        artists << show->author;
    if (!artists.isEmpty())
        map.insert(QStringLiteral("xesam:artist"), artists);
    if (show && !show->author.isEmpty())
        map.insert(QStringLiteral("xesam:albumArtist"), QStringList{show->author});
    const QString art = !episode->imageUrl.isEmpty() ? episode->imageUrl
                        : show                       ? show->imageUrl
                                                     : QString();
    if (!art.isEmpty())
        map.insert(QStringLiteral("mpris:artUrl"), art);
    if (const qint64 duration = m_player.duration(); duration > 0)
        map.insert(QStringLiteral("mpris:length"), static_cast<qlonglong>(duration) * 1000);
    const QString url = episode->playableUrl();
    if (!url.isEmpty())
        map.insert(QStringLiteral("xesam:url"), url);
    return map;
}

QDBusObjectPath MprisPlayer::currentTrackId() const
{
    if (!m_player.currentEpisode() && m_player.isPlayingStream())
        return QDBusObjectPath(QStringLiteral("/org/ondes/stream"));
    return trackId(m_player.currentEpisode());
}

QVariantMap MprisPlayer::streamMetadata() const
{
    // A preview's episode, not in the library: what the player knows of it.
    const StreamItem& stream = m_player.stream();
    QVariantMap map;
    map.insert(QStringLiteral("mpris:trackid"), QVariant::fromValue(currentTrackId()));
    map.insert(QStringLiteral("xesam:title"), stream.title);
    if (!stream.showTitle.isEmpty())
        map.insert(QStringLiteral("xesam:album"), stream.showTitle);
    if (!stream.author.isEmpty())
        map.insert(QStringLiteral("xesam:artist"), QStringList{stream.author});
    if (!stream.artworkUrl.isEmpty())
        map.insert(QStringLiteral("mpris:artUrl"), stream.artworkUrl);
    if (const qint64 duration = m_player.duration(); duration > 0)
        map.insert(QStringLiteral("mpris:length"), static_cast<qlonglong>(duration) * 1000);
    map.insert(QStringLiteral("xesam:url"), stream.url.toString());
    return map;
}

double MprisPlayer::volume() const
{
    return m_player.isMuted() ? 0.0 : static_cast<double>(m_player.volume());
}

void MprisPlayer::setVolume(double volume)
{
    volume = qBound(0.0, volume, 1.0);
    if (volume > 0)
        m_player.setMuted(false);
    m_player.setVolume(static_cast<float>(volume));
}

qlonglong MprisPlayer::position() const
{
    return static_cast<qlonglong>(m_player.position()) * 1000;
}

bool MprisPlayer::canGoNext() const
{
    return m_queue.hasNext();
}

bool MprisPlayer::canGoPrevious() const
{
    return m_queue.hasPrevious();
}

bool MprisPlayer::canPlay() const
{
    return m_player.hasMedia() || m_queue.hasNext();
}

bool MprisPlayer::canPause() const
{
    return m_player.hasMedia();
}

bool MprisPlayer::canSeek() const
{
    return m_player.hasMedia() && m_player.duration() > 0;
}

void MprisPlayer::Next()
{
    m_queue.playNext();
}

void MprisPlayer::Previous()
{
    m_queue.playPrevious();
}

void MprisPlayer::Pause()
{
    m_player.pause();
}

void MprisPlayer::PlayPause()
{
    if (!m_player.hasMedia())
        m_queue.playNext();
    else
        m_player.togglePlayPause();
}

void MprisPlayer::Stop()
{
    m_player.stop();
}

void MprisPlayer::Play()
{
    if (!m_player.hasMedia())
        m_queue.playNext();
    else if (!m_player.isPlaying())
        m_player.resume();
}

void MprisPlayer::Seek(qlonglong Offset)
{
    if (!m_player.hasMedia())
        return;
    const qint64 target = m_player.position() + Offset / 1000;
    // Seeking past the end is the same as Next.
    if (m_player.duration() > 0 && target >= m_player.duration()) {
        if (!m_queue.playNext())
            m_player.seek(m_player.duration());
        return;
    }
    m_player.seek(qMax<qint64>(0, target));
}

void MprisPlayer::SetPosition(const QDBusObjectPath& TrackId, qlonglong Position)
{
    // A stale track id means the client meant another episode: ignore, as the spec says.
    if (TrackId != currentTrackId() || Position < 0)
        return;
    if (m_player.duration() > 0 && Position / 1000 > m_player.duration())
        return;
    m_player.seek(Position / 1000);
}

void MprisPlayer::OpenUri(const QString& Uri)
{
    const auto episodeId = m_library.episodeIdForUrl(Uri);
    if (!episodeId) {
        qCWarning(lcPlayback) << "MPRIS OpenUri: no episode plays" << Uri;
        return;
    }
    m_player.play(*episodeId);
}

void MprisPlayer::changed(std::initializer_list<const char*> properties)
{
    for (const char* name : properties)
        m_changed.insert(QByteArray(name));
    if (!m_flush.isActive())
        m_flush.start();
}

void MprisPlayer::flushChanges()
{
    if (m_changed.isEmpty())
        return;
    QVariantMap properties;
    for (const QByteArray& name : std::as_const(m_changed))
        properties.insert(QString::fromLatin1(name), property(name.constData()));
    m_changed.clear();
    QDBusMessage signal =
        QDBusMessage::createSignal(objectPath(), QStringLiteral("org.freedesktop.DBus.Properties"),
                                   QStringLiteral("PropertiesChanged"));
    signal << QStringLiteral("org.mpris.MediaPlayer2.Player") << properties << QStringList();
    static_cast<Mpris*>(parent())->connection().send(signal);
}

} // namespace ondes

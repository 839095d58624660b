#pragma once

// MprisPlayer is the org.mpris.MediaPlayer2.Player interface: desktop media keys, the panel's
// sound applet and playerctl read and control the Player (and the queue, for Next) through it.

#include <QDBusAbstractAdaptor>
#include <QDBusObjectPath>
#include <QSet>
#include <QTimer>
#include <QVariantMap>

namespace ondes {

class Library;
class Mpris;
class Player;
class PlayQueue;

class MprisPlayer : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2.Player")
    Q_PROPERTY(QString PlaybackStatus READ playbackStatus)
    Q_PROPERTY(double Rate READ rate WRITE setRate)
    Q_PROPERTY(double MinimumRate READ minimumRate)
    Q_PROPERTY(double MaximumRate READ maximumRate)
    Q_PROPERTY(QVariantMap Metadata READ metadata)
    Q_PROPERTY(double Volume READ volume WRITE setVolume)
    Q_PROPERTY(qlonglong Position READ position)
    Q_PROPERTY(bool CanGoNext READ canGoNext)
    Q_PROPERTY(bool CanGoPrevious READ canGoPrevious)
    Q_PROPERTY(bool CanPlay READ canPlay)
    Q_PROPERTY(bool CanPause READ canPause)
    Q_PROPERTY(bool CanSeek READ canSeek)
    Q_PROPERTY(bool CanControl READ canControl)

public:
    MprisPlayer(Mpris* mpris, Player& player, PlayQueue& queue, Library& library);

    static QDBusObjectPath trackId(qint64 episodeId);
    // Where MPRIS players live on the bus (the root and player interfaces alike).
    static QString objectPath();

    QString playbackStatus() const;
    double rate() const;
    void setRate(double rate);
    double minimumRate() const;
    double maximumRate() const;
    QVariantMap metadata() const;
    double volume() const;
    void setVolume(double volume);
    qlonglong position() const;
    bool canGoNext() const;
    bool canGoPrevious() const;
    bool canPlay() const;
    bool canPause() const;
    bool canSeek() const;
    bool canControl() const { return true; }

public Q_SLOTS:
    void Next();
    void Previous();
    void Pause();
    void PlayPause();
    void Stop();
    void Play();
    void Seek(qlonglong Offset);
    void SetPosition(const QDBusObjectPath& TrackId, qlonglong Position);
    void OpenUri(const QString& Uri);

Q_SIGNALS:
    void Seeked(qlonglong Position);

private:
    // The metadata of a stream played without being in the library (a preview's episode).
    QVariantMap streamMetadata() const;
    // The track id of what plays: an episode's, the stream's, or NoTrack.
    QDBusObjectPath currentTrackId() const;
    // Properties are announced together once the event loop turns, as one PropertiesChanged.
    void changed(std::initializer_list<const char*> properties);
    void flushChanges();

    Player& m_player;
    PlayQueue& m_queue;
    Library& m_library;
    QSet<QByteArray> m_changed;
    QTimer m_flush;
};

} // namespace ondes

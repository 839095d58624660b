#pragma once

// Mpris puts Ondes on the session bus as an MPRIS2 media player (org.mpris.MediaPlayer2.ondes),
// so that media keys, the desktop's sound menu and playerctl can see and control it.

#include <QDBusConnection>
#include <QObject>

namespace ondes {

class Library;
class MprisPlayer;
class MprisRoot;
class Player;
class PlayQueue;

class Mpris : public QObject
{
    Q_OBJECT
public:
    Mpris(Player& player, PlayQueue& queue, Library& library, QObject* parent = nullptr);
    ~Mpris() override;

    // Registers on the bus as org.mpris.MediaPlayer2.ondes, or as
    // org.mpris.MediaPlayer2.ondes.instance<PID> when another Ondes holds that name (as the
    // specification asks). False, logged once, when there is no bus: Ondes runs without it.
    bool registerOn(const QDBusConnection& connection);
    bool isRegistered() const { return !m_serviceName.isEmpty(); }
    QString serviceName() const { return m_serviceName; }
    QDBusConnection connection() const { return m_connection; }

Q_SIGNALS:
    void raiseRequested();
    void quitRequested();

private:
    MprisRoot* m_root;
    MprisPlayer* m_player;
    QDBusConnection m_connection;
    QString m_serviceName;
};

} // namespace ondes

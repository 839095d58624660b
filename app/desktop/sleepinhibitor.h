#pragma once

// SleepInhibitor asks the desktop session not to blank the screen or suspend while an episode
// plays (org.freedesktop.ScreenSaver Inhibit/UnInhibit). Without that service it does nothing.

#include <QDBusConnection>
#include <QObject>

namespace ondes {

class Player;

class SleepInhibitor : public QObject
{
    Q_OBJECT
public:
    SleepInhibitor(Player& player, const QDBusConnection& connection, QObject* parent = nullptr);
    ~SleepInhibitor() override;

    bool isInhibiting() const { return m_cookie != 0; }

Q_SIGNALS:
    void inhibitedChanged(bool inhibited);

private:
    void update();
    void inhibit();
    void release();

    Player& m_player;
    QDBusConnection m_connection;
    uint m_cookie = 0;
    bool m_pending = false;  // an Inhibit call is on its way
    bool m_wanted = false;   // what the player state asks for
    bool m_available = true; // false once the bus said there is no such service
};

} // namespace ondes

#pragma once

// PlaybackActions are the player's keyboard actions: skip back and forward (their lengths in
// their texts), slower, faster, this speed for all shows, volume down and up, mute, and the
// sleep timer. Their keys are ShortcutMap's defaults until the window's map puts the
// listener's on; they work anywhere in the window of the widget that holds them. PlayerBar
// shows them as buttons; the main window puts them in its Playback menu.

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace ondes {

class Player;
class Settings;

class PlaybackActions : public QObject
{
    Q_OBJECT
public:
    // The actions belong to holder. Without settings, the default speed is not remembered.
    PlaybackActions(Player& player, Settings* settings, QWidget& holder);

    // In the Playback menu's order.
    QList<QAction*> all() const;
    QAction* skipBackward() const { return m_skipBackward; }
    QAction* skipForward() const { return m_skipForward; }
    QAction* slower() const { return m_slower; }
    QAction* faster() const { return m_faster; }
    QAction* defaultSpeed() const { return m_defaultSpeed; }
    QAction* volumeUp() const { return m_volumeUp; }
    QAction* volumeDown() const { return m_volumeDown; }
    QAction* mute() const { return m_mute; }
    // Triggered, it opens the sleep timer's menu: that is the holder's to connect.
    QAction* sleepTimer() const { return m_sleepTimer; }

    // The skip lengths in the skip actions' texts (after the settings changed them).
    void updateSkipTexts();

private:
    Player& m_player;
    QAction* m_skipBackward = nullptr;
    QAction* m_skipForward = nullptr;
    QAction* m_slower = nullptr;
    QAction* m_faster = nullptr;
    QAction* m_defaultSpeed = nullptr;
    QAction* m_volumeUp = nullptr;
    QAction* m_volumeDown = nullptr;
    QAction* m_mute = nullptr;
    QAction* m_sleepTimer = nullptr;
};

} // namespace ondes

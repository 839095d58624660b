#pragma once

// PlaybackMenu fills the window's Playback menu and gives each action its keys: Play/Pause
// (which, with nothing loaded, asks for the episode chosen in the list: playSelectedRequested),
// the player bar's actions (skips, speed, volume, sleep timer), the previous and next chapter,
// the queue's next and previous, and the previous and next speaker turn.

#include <QObject>

class QAction;
class QMenu;

namespace ondes {

class PlayQueue;
class Player;
class PlayerBar;
class ShortcutMap;
class SpeakerJumps;

class PlaybackMenu : public QObject
{
    Q_OBJECT
public:
    PlaybackMenu(Player& player, PlayQueue& queue, QMenu& menu, ShortcutMap& shortcuts,
                 PlayerBar& playerBar, const SpeakerJumps& jumps, QObject* parent = nullptr);

    QAction* playPauseAction() const { return m_playPause; }

Q_SIGNALS:
    // Play/Pause was chosen while the player had nothing to play or pause.
    void playSelectedRequested();

private:
    QAction* m_playPause;
};

} // namespace ondes

#include "playbackmenu.h"

#include "playback/player.h"
#include "playback/playqueue.h"
#include "playerbar.h"
#include "shortcutmap.h"
#include "speakerjumps.h"

#include <QAction>
#include <QMenu>

namespace ondes {

PlaybackMenu::PlaybackMenu(Player& player, PlayQueue& queue, QMenu& menu, ShortcutMap& shortcuts,
                           PlayerBar& playerBar, const SpeakerJumps& jumps, QObject* parent)
    : QObject(parent), m_playPause(menu.addAction(tr("Play/&Pause")))
{
    const auto keys = [&shortcuts](const char* id, QAction* action) {
        shortcuts.add(QLatin1String(id), action);
    };
    // Space belongs to the window, but a text field still gets to type it.
    keys("playback.playPause", m_playPause);
    playerBar.setPlayPauseAction(m_playPause);
    connect(m_playPause, &QAction::triggered, this, [this, &player] {
        if (!player.hasMedia()) {
            Q_EMIT playSelectedRequested();
            return;
        }
        player.togglePlayPause();
    });
    menu.addSeparator();
    menu.addActions(playerBar.playbackActions());
    for (QAction* action : playerBar.playbackActions())
        keys(action->objectName().toLatin1().constData(), action);
    menu.addSeparator();
    // Shift+arrows, not Ctrl+Shift (the queue) nor Ctrl (the skips); a text field keeps them
    // for selecting (it claims them through ShortcutOverride).
    QAction* previousChapter = menu.addAction(tr("Previous &Chapter"));
    keys("playback.previousChapter", previousChapter);
    connect(previousChapter, &QAction::triggered, &player, &Player::previousChapter);
    QAction* nextChapter = menu.addAction(tr("Next C&hapter"));
    keys("playback.nextChapter", nextChapter);
    connect(nextChapter, &QAction::triggered, &player, &Player::nextChapter);
    menu.addSeparator();
    QAction* next = menu.addAction(tr("&Next in Queue"));
    keys("playback.nextInQueue", next);
    connect(next, &QAction::triggered, &queue, &PlayQueue::playNext);
    QAction* previous = menu.addAction(tr("P&revious"));
    keys("playback.previous", previous);
    connect(previous, &QAction::triggered, &queue, &PlayQueue::playPrevious);
    menu.addSeparator();
    menu.addAction(jumps.previousTurnAction());
    keys("playback.previousTurn", jumps.previousTurnAction());
    menu.addAction(jumps.nextTurnAction());
    keys("playback.nextTurn", jumps.nextTurnAction());
}

} // namespace ondes

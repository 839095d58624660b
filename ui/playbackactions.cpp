#include "playbackactions.h"

#include "library/settings.h"
#include "playback/player.h"
#include "shortcutmap.h"

#include <QAction>
#include <QStyle>
#include <QWidget>

namespace ondes {

namespace {

QString skipSeconds(qint64 ms)
{
    return QObject::tr("%1 s").arg(ms / 1000);
}

} // namespace

PlaybackActions::PlaybackActions(Player& player, Settings* settings, QWidget& holder)
    : QObject(&holder), m_player(player)
{
    // The keys are ShortcutMap's defaults; the main window's map puts the listener's on.
    auto make = [&holder](const QString& text, const char* id) {
        auto* action = new QAction(text, &holder);
        action->setObjectName(QLatin1String(id));
        action->setShortcuts(ShortcutMap::defaultKeys(action->objectName()));
        // Window-wide, like Space: a text field claims the single keys it types (ShortcutOverride).
        action->setShortcutContext(Qt::WindowShortcut);
        holder.addAction(action);
        return action;
    };
    m_skipBackward = make(tr("Skip &Back"), "playback.skipBack");
    m_skipBackward->setIcon(holder.style()->standardIcon(QStyle::SP_MediaSeekBackward));
    connect(m_skipBackward, &QAction::triggered, &m_player, &Player::skipBackward);
    m_skipForward = make(tr("Skip &Forward"), "playback.skipForward");
    m_skipForward->setIcon(holder.style()->standardIcon(QStyle::SP_MediaSeekForward));
    connect(m_skipForward, &QAction::triggered, &m_player, &Player::skipForward);

    m_slower = make(tr("&Slower"), "playback.slower");
    connect(m_slower, &QAction::triggered, this,
            [this] { m_player.setPlaybackRate(m_player.playbackRate() - Player::kRateStep); });
    m_faster = make(tr("F&aster"), "playback.faster");
    connect(m_faster, &QAction::triggered, this,
            [this] { m_player.setPlaybackRate(m_player.playbackRate() + Player::kRateStep); });
    m_defaultSpeed = make(tr("Use &This Speed for All Shows"), "playback.defaultSpeed");
    connect(m_defaultSpeed, &QAction::triggered, this, [this, settings] {
        m_player.setDefaultPlaybackRate(m_player.playbackRate());
        if (settings)
            settings->setDefaultPlaybackRate(m_player.playbackRate());
    });

    m_volumeUp = make(tr("Volume &Up"), "playback.volumeUp");
    connect(m_volumeUp, &QAction::triggered, this,
            [this] { m_player.setVolume(m_player.volume() + 0.05f); });
    m_volumeDown = make(tr("Volume &Down"), "playback.volumeDown");
    connect(m_volumeDown, &QAction::triggered, this,
            [this] { m_player.setVolume(m_player.volume() - 0.05f); });
    m_mute = make(tr("&Mute"), "playback.mute");
    m_mute->setCheckable(true);
    connect(m_mute, &QAction::triggered, this, [this](bool on) { m_player.setMuted(on); });

    m_sleepTimer = make(tr("S&leep Timer…"), "playback.sleepTimer");
    updateSkipTexts();
}

QList<QAction*> PlaybackActions::all() const
{
    return {m_skipBackward, m_skipForward, m_slower, m_faster,    m_defaultSpeed,
            m_volumeDown,   m_volumeUp,    m_mute,   m_sleepTimer};
}

void PlaybackActions::updateSkipTexts()
{
    m_skipBackward->setText(tr("Skip &Back %1").arg(skipSeconds(m_player.skipBackwardMs())));
    m_skipForward->setText(tr("Skip &Forward %1").arg(skipSeconds(m_player.skipForwardMs())));
}

} // namespace ondes

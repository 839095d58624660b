#include "playerbar.h"

#include "application.h"
#include "library/library.h"
#include "library/settings.h"
#include "library/timeformat.h"
#include "playback/chapterlist.h"
#include "playback/sleeptimer.h"
#include "playbackactions.h"
#include "shortcutmap.h"
#include "sleeptimermenu.h"
#include "speakerlegend.h"
#include "speakertimeline.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ondes {

namespace {

// "Skip back 10 s (Ctrl+Left)": every control names its shortcut.
QString withShortcut(const QString& text, const QAction* action)
{
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    return keys.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, keys);
}

} // namespace

PlayerBar::PlayerBar(Application& app, QWidget* parent)
    : PlayerBar(app.player(), app.library(), &app.settings(), &app.sleepTimer(), parent)
{
    connect(&app, &Application::settingsChanged, this, &PlayerBar::updateSkipTexts);
}

PlayerBar::PlayerBar(Player& player, Library& library, QWidget* parent)
    : PlayerBar(player, library, nullptr, nullptr, parent)
{}

PlayerBar::PlayerBar(Player& player, Library& library, Settings* settings, SleepTimer* sleepTimer,
                     QWidget* parent)
    : QWidget(parent), m_player(player), m_library(library), m_settings(settings),
      m_sleepTimer(sleepTimer), m_playPause(new QToolButton(this)),
      m_slider(new QSlider(Qt::Horizontal, this)), m_voices(new SpeakerTimeline(this)),
      m_legend(new SpeakerLegend(this)), m_title(new QLabel(this)), m_time(new QLabel(this)),
      m_remaining(new QLabel(this)), m_buffering(new QLabel(this)),
      m_speed(new QDoubleSpinBox(this)), m_volume(new QSlider(Qt::Horizontal, this)),
      m_sleep(new QToolButton(this))
{
    createActions();
    auto* layout = new QHBoxLayout(this);
    m_playPause->setAccessibleName(tr("Play or pause"));
    m_playPause->setFocusPolicy(Qt::TabFocus);
    m_slider->setAccessibleName(tr("Position"));
    m_slider->setRange(0, 0);
    m_slider->setFocusPolicy(Qt::TabFocus);
    // Seeking needs room to aim: the title gives way before the slider does.
    m_slider->setMinimumWidth(160);
    m_title->setMinimumWidth(120);
    m_title->setMaximumWidth(360);
    m_time->setAccessibleName(tr("Elapsed and total time"));
    m_remaining->setAccessibleName(tr("Remaining time"));
    m_remaining->setToolTip(tr("Time left at the current speed"));
    m_buffering->setAccessibleName(tr("Buffering"));

    m_speed->setRange(Player::kMinRate, Player::kMaxRate);
    m_speed->setSingleStep(Player::kRateStep);
    m_speed->setDecimals(1);
    m_speed->setSuffix(QStringLiteral("×"));
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setFocusPolicy(Qt::TabFocus);
    m_speed->setKeyboardTracking(false);

    m_volume->setRange(0, 100);
    m_volume->setMinimumWidth(60);
    m_volume->setMaximumWidth(110);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setFocusPolicy(Qt::TabFocus);

    QToolButton* skipBackward = addButton(m_actions->skipBackward());
    QToolButton* skipForward = addButton(m_actions->skipForward());
    layout->addWidget(m_playPause);
    layout->addWidget(skipBackward);
    layout->addWidget(skipForward);
    layout->addWidget(m_title);
    // The voices' band lines up with the slider's groove, its legend under it.
    auto* seek = new QVBoxLayout;
    seek->setSpacing(0);
    seek->addWidget(m_slider);
    seek->addWidget(m_voices);
    seek->addWidget(m_legend);
    const int inset = style()->pixelMetric(QStyle::PM_SliderLength, nullptr, m_slider) / 2;
    m_voices->setInsets(inset, inset);
    layout->addLayout(seek, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_buffering);
    layout->addWidget(m_remaining);
    layout->addWidget(m_speed);
    m_muteButton = addButton(m_actions->mute());
    layout->addWidget(m_muteButton);
    layout->addWidget(m_volume);

    m_sleep->setAccessibleName(tr("Sleep timer"));
    m_sleep->setPopupMode(QToolButton::InstantPopup);
    m_sleep->setFocusPolicy(Qt::TabFocus);
    m_sleep->setText(tr("Sleep"));
    if (m_sleepTimer) {
        m_sleepMenu = new SleepTimerMenu(*m_sleepTimer, m_settings, this);
        m_sleep->setMenu(m_sleepMenu);
        connect(m_sleepTimer, &SleepTimer::remainingChanged, this, &PlayerBar::updateSleep);
        connect(m_sleepTimer, &SleepTimer::modeChanged, this,
                [this] { updateSleep(m_sleepTimer->remainingMs()); });
    } else {
        m_sleep->hide();
        m_actions->sleepTimer()->setEnabled(false);
        m_actions->defaultSpeed()->setEnabled(false);
    }
    layout->addWidget(m_sleep);
    // Tab goes through the bar as it reads, left to right.
    const QList<QWidget*> order = {m_playPause, skipBackward, skipForward, m_slider,
                                   m_speed,     m_muteButton, m_volume,    m_sleep};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_legend->setTabNeighbours(m_slider, m_speed);

    connect(m_playPause, &QToolButton::clicked, &m_player, &Player::togglePlayPause);
    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_dragging = true; });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        m_dragging = false;
        m_player.seek(static_cast<qint64>(m_slider->value()) * 1000);
    });
    connect(m_slider, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && !m_dragging)
            m_player.seek(static_cast<qint64>(m_slider->sliderPosition()) * 1000);
    });
    connect(m_speed, &QDoubleSpinBox::valueChanged, this, [this](double rate) {
        if (!qFuzzyCompare(Player::normalizedRate(rate), m_player.playbackRate()))
            m_player.setPlaybackRate(rate);
    });
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) {
        m_player.setVolume(static_cast<float>(value) / 100.0f);
        if (value > 0 && m_player.isMuted())
            m_player.setMuted(false);
    });
    connect(&m_player, &Player::stateChanged, this, &PlayerBar::updateState);
    connect(&m_player, &Player::positionChanged, this, &PlayerBar::updatePosition);
    connect(&m_player, &Player::durationChanged, this, &PlayerBar::updateDuration);
    connect(&m_player, &Player::bufferingChanged, this, &PlayerBar::updateBuffering);
    connect(&m_player, &Player::currentEpisodeChanged, this, &PlayerBar::updateEpisode);
    connect(&m_player, &Player::currentChapterChanged, this, &PlayerBar::updateTitle);
    connect(&m_player, &Player::chaptersChanged, this, &PlayerBar::updateTitle);
    connect(&m_player, &Player::playbackRateChanged, this, &PlayerBar::updateRate);
    connect(&m_player, &Player::volumeChanged, this, &PlayerBar::updateVolume);
    connect(&m_player, &Player::mutedChanged, this, &PlayerBar::updateVolume);
    connect(&m_player, &Player::errorOccurred, this,
            [this](const QString& message) { m_title->setText(message); });

    updateState(m_player.state());
    updateBuffering(m_player.isBuffering(), m_player.bufferPercent());
    updateEpisode(m_player.currentEpisode());
    updateRate(m_player.playbackRate());
    updateVolume();
    updateSleep(m_sleepTimer ? m_sleepTimer->remainingMs() : -1);
    updateToolTips();
}

void PlayerBar::createActions()
{
    m_actions = new PlaybackActions(m_player, m_settings, *this);
    for (QAction* action : m_actions->all())
        connect(action, &QAction::changed, this, &PlayerBar::updateToolTips);
    connect(m_actions->sleepTimer(), &QAction::triggered, this, [this] {
        if (m_sleep->isVisible())
            m_sleep->showMenu();
        else if (m_sleepMenu)
            m_sleepMenu->popup(mapToGlobal(rect().center()));
    });
}

QToolButton* PlayerBar::addButton(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setFocusPolicy(Qt::TabFocus);
    // The action's tool tip (with its shortcut) follows the button through setDefaultAction.
    button->setAccessibleName(action->iconText());
    return button;
}

void PlayerBar::updateSkipTexts()
{
    m_actions->updateSkipTexts();
    updateToolTips();
}

void PlayerBar::setPlayPauseAction(QAction* action)
{
    m_playPauseAction = action;
    connect(action, &QAction::changed, this, &PlayerBar::updateToolTips);
    updateToolTips();
}

void PlayerBar::updateToolTips()
{
    // Setting a tool tip says "changed" again; one pass is enough.
    if (m_updatingToolTips || !m_actions)
        return;
    m_updatingToolTips = true;
    const auto keys = [](const QAction* action) {
        return action->shortcut().toString(QKeySequence::NativeText);
    };
    for (QAction* action : playbackActions())
        action->setToolTip(withShortcut(action->iconText(), action));
    m_playPause->setToolTip(m_playPauseAction
                                ? withShortcut(tr("Play/pause"), m_playPauseAction)
                                : tr("Play/pause (%1)")
                                      .arg(ShortcutMap::toText(ShortcutMap::defaultKeys(
                                          QStringLiteral("playback.playPause")))));
    m_slider->setToolTip(tr("Position (skip with %1 and %2)")
                             .arg(keys(m_actions->skipBackward()), keys(m_actions->skipForward())));
    m_speed->setToolTip(tr("Playback speed, kept for this show (slower: %1, faster: %2)")
                            .arg(keys(m_actions->slower()), keys(m_actions->faster())));
    m_volume->setToolTip(tr("Volume (down: %1, up: %2)")
                             .arg(keys(m_actions->volumeDown()), keys(m_actions->volumeUp())));
    m_sleep->setToolTip(withShortcut(tr("Sleep timer"), m_actions->sleepTimer()));
    m_updatingToolTips = false;
}

void PlayerBar::updateState(Player::State state)
{
    const bool playing = state == Player::State::Playing || state == Player::State::Loading;
    m_playPause->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playPause->setText(playing ? tr("Pause") : tr("Play"));
}

void PlayerBar::updatePosition(qint64 positionMs)
{
    if (!m_dragging)
        m_slider->setValue(static_cast<int>(positionMs / 1000));
    const qint64 duration = m_player.duration();
    m_time->setText(formatClock(positionMs / 1000, QStringLiteral("0:00")) + QStringLiteral(" / ") +
                    formatClock(duration / 1000, QStringLiteral("--:--")));
    if (duration > 0) {
        const auto left = static_cast<qint64>(
            static_cast<double>(qMax<qint64>(0, duration - positionMs)) / m_player.playbackRate());
        const QString clock =
            QStringLiteral("−") + formatClock(left / 1000, QStringLiteral("0:00"));
        // At another speed the time left is not the length minus the place: say so, or it
        // reads as a stale figure.
        const double rate = m_player.playbackRate();
        m_remaining->setText(qFuzzyCompare(rate, 1.0)
                                 ? clock
                                 : tr("%1 at %2×").arg(clock, QLocale().toString(rate, 'f', 1)));
    } else {
        m_remaining->clear();
    }
}

void PlayerBar::updateDuration(qint64 durationMs)
{
    m_slider->setRange(0, static_cast<int>(durationMs / 1000));
    m_voices->setDuration(durationMs);
    updatePosition(m_player.position());
}

void PlayerBar::updateBuffering(bool buffering, int percent)
{
    m_buffering->setText(buffering ? tr("Buffering… %1 %").arg(percent) : QString());
    m_buffering->setVisible(buffering);
}

QString PlayerBar::bufferingText() const
{
    return m_buffering->text();
}

void PlayerBar::updateEpisode(qint64 episodeId)
{
    const auto episode = episodeId ? m_library.episode(episodeId) : std::nullopt;
    m_episodeTitle = episode ? episode->title : QString();
    m_showTitle = episode ? episode->showTitle : QString();
    if (!episodeId && m_player.isPlayingStream()) { // a preview's episode, not in the library
        m_episodeTitle = m_player.stream().title.isEmpty() ? m_player.stream().url.toString()
                                                           : m_player.stream().title;
        m_showTitle = m_player.stream().showTitle;
    }
    updateTitle();
    updateSkipTexts();
    updateDuration(m_player.duration());
}

void PlayerBar::updateTitle()
{
    if (m_episodeTitle.isNull()) {
        m_title->setText(tr("Nothing playing"));
        m_title->setToolTip(QString());
        return;
    }
    const int index = m_player.currentChapter();
    const QString chapter = index >= 0 && index < m_player.chapters().count()
                                ? m_player.chapters().chapters().at(index).title.simplified()
                                : QString();
    m_title->setText(chapter.isEmpty() ? m_episodeTitle
                                       : m_episodeTitle + QStringLiteral(" · ") + chapter);
    QString tip = m_showTitle + QStringLiteral(" — ") + m_episodeTitle;
    if (!chapter.isEmpty())
        tip +=
            QLatin1Char('\n') +
            tr("Chapter %1 of %2: %3").arg(index + 1).arg(m_player.chapters().count()).arg(chapter);
    m_title->setToolTip(tip);
}

QString PlayerBar::titleText() const
{
    return m_title->text();
}

QString PlayerBar::titleToolTip() const
{
    return m_title->toolTip();
}

void PlayerBar::updateRate(double rate)
{
    const QSignalBlocker block(m_speed);
    m_speed->setValue(rate);
    updatePosition(m_player.position());
}

void PlayerBar::updateVolume()
{
    {
        const QSignalBlocker block(m_volume);
        m_volume->setValue(qRound(m_player.volume() * 100));
    }
    const bool muted = m_player.isMuted();
    m_actions->mute()->setChecked(muted);
    m_actions->mute()->setIcon(
        style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
}

void PlayerBar::updateSleep(qint64 remainingMs)
{
    if (remainingMs < 0 || !m_sleepTimer || !m_sleepTimer->isActive()) {
        m_sleep->setText(tr("Sleep"));
        m_sleep->setAccessibleDescription(tr("Off"));
        return;
    }
    const QString left = formatClock((remainingMs + 999) / 1000, QStringLiteral("0:00"));
    m_sleep->setText(m_sleepTimer->mode() == SleepTimer::Mode::EndOfEpisode
                         ? tr("Sleep at end (%1)").arg(left)
                         : tr("Sleep in %1").arg(left));
    m_sleep->setAccessibleDescription(m_sleep->text());
}

QString PlayerBar::remainingText() const
{
    return m_remaining->text();
}

} // namespace ondes

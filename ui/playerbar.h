#pragma once

// PlayerBar: what is playing, play/pause, skip back and forward, a seek slider with elapsed,
// total and remaining time, the speed, the volume and mute, and the sleep timer. Its actions
// carry the keyboard shortcuts; the main window puts them in its Playback menu.

#include "playback/player.h"
#include "playbackactions.h"

#include <QWidget>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QToolButton;

namespace ondes {

class Application;
class Library;
class Settings;
class SleepTimer;
class SleepTimerMenu;
class SpeakerLegend;
class SpeakerTimeline;

class PlayerBar : public QWidget
{
    Q_OBJECT
public:
    // The full bar: remembers the default speed in the settings and has the sleep timer.
    explicit PlayerBar(Application& app, QWidget* parent = nullptr);
    // Without settings nor sleep timer (their controls are hidden).
    PlayerBar(Player& player, Library& library, QWidget* parent = nullptr);

    QString remainingText() const;
    // "Buffering… 45 %" while a stream loads or refills, else empty.
    QString bufferingText() const;
    // The episode playing as the bar shows it, with the current chapter after the title.
    QString titleText() const;
    QString titleToolTip() const;

    // Skip back/forward, slower/faster, default speed, volume down/up, mute, sleep timer.
    QList<QAction*> playbackActions() const { return m_actions->all(); }
    QAction* skipBackwardAction() const { return m_actions->skipBackward(); }
    QAction* skipForwardAction() const { return m_actions->skipForward(); }
    QAction* slowerAction() const { return m_actions->slower(); }
    QAction* fasterAction() const { return m_actions->faster(); }
    QAction* defaultSpeedAction() const { return m_actions->defaultSpeed(); }
    QAction* volumeUpAction() const { return m_actions->volumeUp(); }
    QAction* volumeDownAction() const { return m_actions->volumeDown(); }
    QAction* muteAction() const { return m_actions->mute(); }
    QAction* sleepTimerAction() const { return m_actions->sleepTimer(); }
    // The window's play/pause action, whose keys the play button's tool tip names.
    void setPlayPauseAction(QAction* action);
    // The skip lengths in the actions' texts, after the settings changed them.
    void updateSkipTexts();

    QToolButton* playPauseButton() const { return m_playPause; }
    QDoubleSpinBox* speedBox() const { return m_speed; }
    QSlider* volumeSlider() const { return m_volume; }
    QToolButton* sleepButton() const { return m_sleep; }
    SleepTimerMenu* sleepMenu() const { return m_sleepMenu; }
    // Who speaks when, under the slider: the voices' band and its legend (ui/speakertimeline.h).
    SpeakerTimeline* speakerTimeline() const { return m_voices; }
    SpeakerLegend* speakerLegend() const { return m_legend; }
    QSlider* positionSlider() const { return m_slider; }

private:
    PlayerBar(Player& player, Library& library, Settings* settings, SleepTimer* sleepTimer,
              QWidget* parent);
    void createActions();
    QToolButton* addButton(QAction* action);
    void updateState(Player::State state);
    void updatePosition(qint64 positionMs);
    void updateDuration(qint64 durationMs);
    void updateBuffering(bool buffering, int percent);
    void updateEpisode(qint64 episodeId);
    void updateRate(double rate);
    void updateVolume();
    void updateSleep(qint64 remainingMs);
    void updateToolTips();
    void updateTitle();

    Player& m_player;
    Library& m_library;
    Settings* m_settings;
    SleepTimer* m_sleepTimer;
    QToolButton* m_playPause;
    QSlider* m_slider;
    SpeakerTimeline* m_voices;
    SpeakerLegend* m_legend;
    QLabel* m_title;
    QLabel* m_time;
    QLabel* m_remaining;
    QLabel* m_buffering;
    QDoubleSpinBox* m_speed;
    QToolButton* m_muteButton = nullptr;
    QSlider* m_volume;
    QToolButton* m_sleep;
    SleepTimerMenu* m_sleepMenu = nullptr;
    PlaybackActions* m_actions = nullptr;
    QString m_episodeTitle;
    QString m_showTitle;
    bool m_dragging = false;
    QAction* m_playPauseAction = nullptr;
    bool m_updatingToolTips = false;
};

} // namespace ondes

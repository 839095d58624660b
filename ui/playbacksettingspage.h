#pragma once

// PlaybackSettingsPage: the default speed, the skip lengths, smart rewind, when an episode
// counts as played and whether the queue advances on its own.

#include "settingspage.h"

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace ondes {

class Settings;

class PlaybackSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit PlaybackSettingsPage(Settings& settings, QWidget* parent = nullptr);

    QString title() const override;
    void load() override;
    void save() override;

    QDoubleSpinBox* defaultSpeedBox() const { return m_defaultSpeed; }
    QSpinBox* skipBackwardBox() const { return m_skipBackward; }       // seconds
    QSpinBox* skipForwardBox() const { return m_skipForward; }         // seconds
    QSpinBox* smartRewindAfterBox() const { return m_rewindAfter; }    // minutes
    QSpinBox* smartRewindBox() const { return m_rewind; }              // seconds
    QSpinBox* playedThresholdBox() const { return m_playedThreshold; } // seconds
    QCheckBox* autoAdvanceBox() const { return m_autoAdvance; }

private:
    Settings& m_settings;
    QDoubleSpinBox* m_defaultSpeed;
    QSpinBox* m_skipBackward;
    QSpinBox* m_skipForward;
    QSpinBox* m_rewindAfter;
    QSpinBox* m_rewind;
    QSpinBox* m_playedThreshold;
    QCheckBox* m_autoAdvance;
    // What load() put in the boxes: only what the listener changes is written back, so that
    // values finer than the boxes show (milliseconds) survive an OK.
    double m_loadedSpeed = 0;
    int m_loadedSkipBackward = 0;
    int m_loadedSkipForward = 0;
    int m_loadedRewindAfter = 0;
    int m_loadedRewind = 0;
    int m_loadedPlayedThreshold = 0;
};

} // namespace ondes

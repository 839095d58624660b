#include "playbacksettingspage.h"

#include "library/settings.h"
#include "playback/player.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

#include <cmath>

namespace ondes {

namespace {

QSpinBox* spinBox(int minimum, int maximum, const QString& suffix, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

int toUnits(qint64 ms, int unitMs)
{
    return static_cast<int>(std::lround(static_cast<double>(ms) / unitMs));
}

} // namespace

PlaybackSettingsPage::PlaybackSettingsPage(Settings& settings, QWidget* parent)
    : SettingsPage(parent), m_settings(settings), m_defaultSpeed(new QDoubleSpinBox(this)),
      m_skipBackward(spinBox(1, 300, tr(" s"), this)),
      m_skipForward(spinBox(1, 600, tr(" s"), this)),
      m_rewindAfter(spinBox(0, 240, tr(" min"), this)), m_rewind(spinBox(0, 60, tr(" s"), this)),
      m_playedThreshold(spinBox(0, 600, tr(" s"), this)),
      m_autoAdvance(new QCheckBox(tr("&Play the next queued episode when one ends"), this))
{
    m_defaultSpeed->setRange(Player::kMinRate, Player::kMaxRate);
    m_defaultSpeed->setSingleStep(Player::kRateStep);
    m_defaultSpeed->setDecimals(1);
    m_defaultSpeed->setSuffix(QStringLiteral("×"));
    m_defaultSpeed->setToolTip(tr("Shows you have set a speed for keep theirs."));
    m_rewind->setSpecialValueText(tr("Off"));
    m_rewindAfter->setSpecialValueText(tr("Any pause"));
    m_autoAdvance->setAccessibleName(tr("Play the next queued episode when one ends"));

    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    addRow(form, tr("Default &speed:"), m_defaultSpeed);
    addRow(form, tr("Skip &back by:"), m_skipBackward);
    addRow(form, tr("Skip &forward by:"), m_skipForward);
    addRow(form, tr("Smart rewind after a pause of at &least:"), m_rewindAfter);
    addRow(form, tr("Smart &rewind by:"), m_rewind);
    addNote(form, tr("Resuming after a long pause starts a little earlier, so that you find "
                     "the thread again."));
    addRow(form, tr("Mark played when stopping &within:"), m_playedThreshold);
    addNote(form, tr("Stopping this close to the end (at most the last tenth of the episode) "
                     "marks it played."));
    form->addRow(m_autoAdvance);
    load();
}

QString PlaybackSettingsPage::title() const
{
    return tr("Playback");
}

void PlaybackSettingsPage::load()
{
    // The boxes clamp and round; what they show is what a later save() compares against.
    const auto show = [](auto* box, auto value) {
        box->setValue(value);
        return box->value();
    };
    m_loadedSpeed = show(m_defaultSpeed, m_settings.defaultPlaybackRate());
    m_loadedSkipBackward = show(m_skipBackward, toUnits(m_settings.skipBackwardMs(), 1000));
    m_loadedSkipForward = show(m_skipForward, toUnits(m_settings.skipForwardMs(), 1000));
    m_loadedRewindAfter = show(m_rewindAfter, toUnits(m_settings.smartRewindAfterMs(), 60000));
    m_loadedRewind = show(m_rewind, toUnits(m_settings.smartRewindMs(), 1000));
    m_loadedPlayedThreshold =
        show(m_playedThreshold, toUnits(m_settings.playedThresholdMs(), 1000));
    m_autoAdvance->setChecked(m_settings.autoAdvance());
}

void PlaybackSettingsPage::save()
{
    if (!qFuzzyCompare(m_defaultSpeed->value(), m_loadedSpeed))
        m_settings.setDefaultPlaybackRate(m_defaultSpeed->value());
    if (m_skipBackward->value() != m_loadedSkipBackward)
        m_settings.setSkipBackwardMs(m_skipBackward->value() * qint64(1000));
    if (m_skipForward->value() != m_loadedSkipForward)
        m_settings.setSkipForwardMs(m_skipForward->value() * qint64(1000));
    if (m_rewindAfter->value() != m_loadedRewindAfter)
        m_settings.setSmartRewindAfterMs(m_rewindAfter->value() * qint64(60000));
    if (m_rewind->value() != m_loadedRewind)
        m_settings.setSmartRewindMs(m_rewind->value() * qint64(1000));
    if (m_playedThreshold->value() != m_loadedPlayedThreshold)
        m_settings.setPlayedThresholdMs(m_playedThreshold->value() * qint64(1000));
    if (m_autoAdvance->isChecked() != m_settings.autoAdvance())
        m_settings.setAutoAdvance(m_autoAdvance->isChecked());
}

} // namespace ondes

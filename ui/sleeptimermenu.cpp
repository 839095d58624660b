#include "sleeptimermenu.h"

#include "library/settings.h"
#include "playback/sleeptimer.h"

#include <QActionGroup>

namespace ondes {

SleepTimerMenu::SleepTimerMenu(SleepTimer& timer, Settings* settings, QWidget* parent)
    : QMenu(tr("Sleep timer"), parent), m_timer(timer), m_settings(settings),
      m_group(new QActionGroup(this))
{
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    m_off = addAction(tr("Off"));
    m_off->setCheckable(true);
    m_group->addAction(m_off);
    connect(m_off, &QAction::triggered, &m_timer, &SleepTimer::cancel);
    addSeparator();
    for (int minutes : kMinutes) {
        QAction* action = addAction(tr("%n minute(s)", nullptr, minutes));
        action->setCheckable(true);
        action->setData(minutes);
        m_group->addAction(action);
        m_minutes << action;
        connect(action, &QAction::triggered, this, [this, minutes] {
            m_timer.start(std::chrono::minutes(minutes));
            if (m_settings)
                m_settings->setSleepTimerMinutes(minutes);
            updateChecks();
        });
    }
    addSeparator();
    m_endOfEpisode = addAction(tr("At the end of the episode"));
    m_endOfEpisode->setCheckable(true);
    m_group->addAction(m_endOfEpisode);
    connect(m_endOfEpisode, &QAction::triggered, &m_timer, &SleepTimer::startEndOfEpisode);

    connect(&m_timer, &SleepTimer::modeChanged, this, &SleepTimerMenu::updateChecks);
    updateChecks();
}

QAction* SleepTimerMenu::minutesAction(int minutes) const
{
    for (QAction* action : m_minutes) {
        if (action->data().toInt() == minutes)
            return action;
    }
    return nullptr;
}

void SleepTimerMenu::updateChecks()
{
    switch (m_timer.mode()) {
    case SleepTimer::Mode::Off:
        m_off->setChecked(true);
        break;
    case SleepTimer::Mode::EndOfEpisode:
        m_endOfEpisode->setChecked(true);
        break;
    case SleepTimer::Mode::Duration:
        // A duration chosen here is checked by the group; one set elsewhere checks nothing.
        if (QAction* checked = m_group->checkedAction(); checked && !m_minutes.contains(checked))
            checked->setChecked(false);
        break;
    }
}

} // namespace ondes

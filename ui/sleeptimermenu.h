#pragma once

// SleepTimerMenu: the choices of the sleep timer (off, N minutes, end of the episode), checked
// to show what is set.

#include <QMenu>

class QActionGroup;

namespace ondes {

class Settings;
class SleepTimer;

class SleepTimerMenu : public QMenu
{
    Q_OBJECT
public:
    static constexpr int kMinutes[] = {5, 10, 15, 20, 30, 45, 60, 90};

    // settings (optional) remembers the last duration chosen.
    SleepTimerMenu(SleepTimer& timer, Settings* settings, QWidget* parent = nullptr);

    QAction* offAction() const { return m_off; }
    QAction* endOfEpisodeAction() const { return m_endOfEpisode; }
    QAction* minutesAction(int minutes) const;

private:
    void updateChecks();

    SleepTimer& m_timer;
    Settings* m_settings;
    QActionGroup* m_group;
    QAction* m_off;
    QAction* m_endOfEpisode;
    QList<QAction*> m_minutes;
};

} // namespace ondes

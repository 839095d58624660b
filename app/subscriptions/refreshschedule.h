#pragma once

// RefreshSchedule refreshes every show shortly after start (a setting) and then every N hours
// (a setting), in the background; the window never waits for it.

#include <QObject>
#include <QTimer>

namespace ondes {

class Refresher;
class Settings;

class RefreshSchedule : public QObject
{
    Q_OBJECT
public:
    RefreshSchedule(Refresher& refresher, Settings& settings, QObject* parent = nullptr);

    // Reads the settings again (after the settings dialog changed them).
    void reschedule();
    // Hours between two refreshes of every show; 0 when only the listener refreshes.
    int intervalHours() const { return m_timer.isActive() ? m_timer.interval() / 3'600'000 : 0; }

private:
    Refresher& m_refresher;
    Settings& m_settings;
    QTimer m_timer;
};

} // namespace ondes

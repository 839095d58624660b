#pragma once

// SyncStatus is the main window's status-bar line for sync: "Syncing…", "Synced 2 min ago" (kept
// current by the minute) or "Sync failed: …" with the reason, and what the last sync changed in
// its tooltip. It starts from what the library recorded and follows each sync; it is hidden
// while sync is not set up.

#include <QObject>
#include <QTimer>

class QLabel;
class QStatusBar;

namespace ondes {

class Application;
struct SyncReport;

class SyncStatus : public QObject
{
    Q_OBJECT
public:
    SyncStatus(Application& app, QStatusBar* bar, QObject* parent = nullptr);

    QString text() const;
    QLabel* label() const { return m_label; }

private:
    void onFinished(const ondes::SyncReport& report);
    void update();

    Application& m_app;
    QLabel* m_label;
    QTimer m_clock;
    qint64 m_lastSync = 0;
    QString m_error;
    bool m_running = false;
};

} // namespace ondes

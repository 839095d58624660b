#include "syncstatus.h"

#include "application.h"
#include "sync/syncengine.h"
#include "syncschedule.h"
#include "syncstatustext.h"

#include <QDateTime>
#include <QLabel>
#include <QStatusBar>

namespace ondes {

SyncStatus::SyncStatus(Application& app, QStatusBar* bar, QObject* parent)
    : QObject(parent), m_app(app), m_label(new QLabel(bar))
{
    m_label->setAccessibleName(tr("Sync status"));
    m_label->setTextFormat(Qt::PlainText);
    bar->addPermanentWidget(m_label);
    if (const auto account = m_app.syncEngine().store().account()) {
        m_lastSync = account->lastSync;
        m_error = account->lastError;
    }
    connect(&m_app.syncEngine(), &SyncEngine::started, this, [this] {
        m_running = true;
        update();
    });
    connect(&m_app.syncSchedule(), &SyncSchedule::finished, this, &SyncStatus::onFinished);
    connect(&m_app, &Application::settingsChanged, this, &SyncStatus::update);
    // "2 min ago" stays true.
    m_clock.setInterval(30 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &SyncStatus::update);
    m_clock.start();
    update();
}

QString SyncStatus::text() const
{
    return m_label->isVisibleTo(m_label->parentWidget()) ? m_label->text() : QString();
}

void SyncStatus::onFinished(const SyncReport& report)
{
    m_running = m_app.syncEngine().isRunning();
    m_error = report.error;
    if (report.ok())
        m_lastSync = report.finishedAt;
    m_label->setToolTip(SyncStatusText::summary(report));
    update();
}

void SyncStatus::update()
{
    m_label->setVisible(m_app.syncSchedule().isConfigured() || m_running);
    m_label->setText(
        m_running ? tr("Syncing…")
                  : SyncStatusText::line(m_lastSync, m_error, QDateTime::currentSecsSinceEpoch()));
}

} // namespace ondes

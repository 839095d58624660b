#include "syncschedule.h"

#include "library/settings.h"
#include "secrets/secretstore.h"
#include "subscriptions/refresher.h"

#include <QDateTime>
#include <QEventLoop>

namespace ondes {

QString SyncSchedule::passwordKey()
{
    return QStringLiteral("sync/password");
}

SyncSchedule::SyncSchedule(SyncEngine& engine, Settings& settings, QObject* parent)
    : QObject(parent), m_engine(engine), m_settings(settings), m_secrets(new SecretStore(this))
{
    connect(&m_engine, &SyncEngine::finished, this, [this](const SyncReport& report) {
        if (m_refresher && !report.subscriptions.addedShowIds.isEmpty())
            m_refresher->refresh(report.subscriptions.addedShowIds);
        Q_EMIT finished(report);
    });
    connect(&m_whilePlaying, &QTimer::timeout, this, &SyncSchedule::syncNow);
}

SyncSchedule::~SyncSchedule() = default;

bool SyncSchedule::isConfigured() const
{
    const SyncSettings sync = m_settings.syncSettings();
    return !sync.service.isEmpty() && !sync.server.isEmpty() && !sync.user.isEmpty();
}

SyncRequest SyncSchedule::request(const QString& password) const
{
    const SyncSettings sync = m_settings.syncSettings();
    SyncRequest request;
    request.service = sync.service;
    const QString device = sync.deviceName.isEmpty() ? QStringLiteral("Ondes") : sync.deviceName;
    request.account = SyncAccountInfo{QUrl(sync.server), sync.user, password,
                                      SyncEngine::deviceIdFor(device), device};
    request.allowPlainHttp = sync.allowPlainHttp;
    request.playedThresholdSeconds = int(m_settings.playedThresholdMs() / 1000);
    return request;
}

void SyncSchedule::syncNow()
{
    if (!isConfigured())
        return;
    m_secrets->read(passwordKey(), this, [this](const SecretResult& secret) {
        if (!secret.ok()) {
            SyncReport report;
            report.error = secret.status == SecretResult::Status::NotFound
                               ? tr("No sync password is in the keyring: log in again with "
                                    "`ondes sync --login`.")
                               : secret.error;
            report.finishedAt = QDateTime::currentSecsSinceEpoch();
            m_engine.store().recordResult(report.finishedAt, report.error);
            Q_EMIT finished(report);
            return;
        }
        m_engine.sync(request(secret.secret));
    });
}

void SyncSchedule::start(Refresher& refresher)
{
    m_started = true;
    m_refresher = &refresher;
    connect(&refresher, &Refresher::finished, this, &SyncSchedule::syncNow);
    syncNow();
}

void SyncSchedule::playerStateChanged(Player::State state)
{
    const int minutes = m_settings.syncSettings().intervalMinutes;
    if (state == Player::State::Playing && minutes > 0) {
        if (!m_whilePlaying.isActive())
            m_whilePlaying.start(minutes * 60 * 1000);
        return;
    }
    m_whilePlaying.stop();
    if (state == Player::State::Paused || state == Player::State::Stopped)
        syncNow();
}

void SyncSchedule::syncBeforeQuit(int timeoutMs)
{
    if (!isConfigured())
        return;
    QEventLoop loop;
    connect(this, &SyncSchedule::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    syncNow();
    loop.exec();
}

} // namespace ondes

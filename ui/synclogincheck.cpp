#include "synclogincheck.h"

#include "secrets/secretstore.h"
#include "sync/gpodderapi.h"
#include "sync/nextcloudapi.h"
#include "sync/syncserverpolicy.h"
#include "syncschedule.h"

namespace ondes {

SyncLoginCheck::SyncLoginCheck(QObject* parent) : QObject(parent), m_secrets(new SecretStore(this))
{}

SyncLoginCheck::~SyncLoginCheck() = default;

void SyncLoginCheck::check(const SyncRequest& request)
{
    ++m_generation;
    if (m_api)
        m_api->deleteLater();
    m_running = true;
    const QString refusal =
        syncserverpolicy::refusal(request.account.server, request.allowPlainHttp);
    if (!refusal.isEmpty()) {
        const int generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, refusal, generation] {
                if (generation == m_generation)
                    done(refusal);
            },
            Qt::QueuedConnection);
        return;
    }
    if (!request.account.password.isEmpty()) {
        logIn(request);
        return;
    }
    const int generation = m_generation;
    m_secrets->read(SyncSchedule::passwordKey(), this,
                    [this, request, generation](const SecretResult& secret) {
                        if (generation != m_generation)
                            return;
                        if (!secret.ok()) {
                            done(secret.status == SecretResult::Status::NotFound
                                     ? tr("No password is kept yet: type it.")
                                     : secret.error);
                            return;
                        }
                        SyncRequest withPassword = request;
                        withPassword.account.password = secret.secret;
                        logIn(withPassword);
                    });
}

void SyncLoginCheck::logIn(const SyncRequest& request)
{
    SyncApi* api = nullptr;
    if (request.service == QLatin1String("nextcloud"))
        api = new NextcloudApi(request.account, this);
    else
        api = new GpodderApi(request.account, this);
    m_api = api;
    const int generation = m_generation;
    api->login([this, api, generation](bool, const QString& error) {
        api->deleteLater();
        if (generation == m_generation)
            done(error);
    });
}

void SyncLoginCheck::done(const QString& error)
{
    m_running = false;
    Q_EMIT finished(error);
}

} // namespace ondes

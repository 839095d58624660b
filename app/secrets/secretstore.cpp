#include "secrets/secretstore.h"

#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <qt6keychain/keychain.h>
#include <QTimer>

#include <optional>

namespace ondes {

namespace {

// This session's secrets (see keepForSession). Guarded: a secret may be read from any thread.
QMutex& sessionMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString>& sessionSecrets()
{
    static QHash<QString, QString> secrets;
    return secrets;
}

std::optional<QString> sessionSecret(const QString& key)
{
    QMutexLocker lock(&sessionMutex());
    const auto found = sessionSecrets().constFind(key);
    if (found == sessionSecrets().cend())
        return std::nullopt;
    return *found;
}

SecretResult resultOf(const QKeychain::Job& job)
{
    SecretResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::NoKeyring;
        result.error =
            SecretStore::tr("No keyring is available on this system (%1).").arg(job.errorString());
        break;
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::Failed;
        result.error = SecretStore::tr("Access to the keyring was refused.");
        break;
    default:
        // libsecret reports a session bus without a Secret Service as an "other" error.
        if (job.errorString().contains(QLatin1String("org.freedesktop.secrets")) ||
            job.errorString().contains(QLatin1String("ServiceUnknown"))) {
            result.status = SecretResult::Status::NoKeyring;
            result.error = SecretStore::tr("No keyring is available on this system (%1).")
                               .arg(job.errorString());
        } else {
            result.status = SecretResult::Status::Failed;
            result.error = SecretStore::tr("The keyring failed: %1").arg(job.errorString());
        }
        break;
    }
    return result;
}

} // namespace

SecretStore::SecretStore(QObject* parent) : QObject(parent) {}

QString SecretStore::serviceName()
{
    return QStringLiteral("Ondes");
}

void SecretStore::keepForSession(const QString& key, const QString& secret)
{
    QMutexLocker lock(&sessionMutex());
    sessionSecrets().insert(key, secret);
}

void SecretStore::forgetForSession(const QString& key)
{
    QMutexLocker lock(&sessionMutex());
    sessionSecrets().remove(key);
}

void SecretStore::read(const QString& key, QObject* context, Done done)
{
    run(Operation::Read, key, QString(), context, std::move(done));
}

void SecretStore::write(const QString& key, const QString& secret, QObject* context, Done done)
{
    run(Operation::Write, key, secret, context, std::move(done));
}

void SecretStore::remove(const QString& key, QObject* context, Done done)
{
    forgetForSession(key);
    run(Operation::Remove, key, QString(), context, std::move(done));
}

void SecretStore::run(Operation operation, const QString& key, const QString& secret,
                      QObject* context, Done done)
{
    if (operation == Operation::Read) {
        if (const auto kept = sessionSecret(key)) {
            SecretResult result;
            result.status = SecretResult::Status::Ok;
            result.secret = *kept;
            result.sessionOnly = true;
            QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
            return;
        }
    }

    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(serviceName());
        writeJob->setTextData(secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [operation, guard, done = std::move(done)](QKeychain::Job* finished) {
                if (!guard)
                    return;
                SecretResult result = resultOf(*finished);
                if (operation == Operation::Read && result.ok())
                    result.secret = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
                if (operation == Operation::Remove &&
                    result.status == SecretResult::Status::NotFound)
                    result.status = SecretResult::Status::Ok;
                done(result);
            });
    job->start();
}

SecretResult SecretStore::runNow(Operation operation, const QString& key, const QString& secret)
{
    QEventLoop loop;
    SecretResult answer;
    bool answered = false;
    run(operation, key, secret, &loop, [&](const SecretResult& result) {
        answer = result;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return answer;
}

SecretResult SecretStore::readNow(const QString& key)
{
    return runNow(Operation::Read, key, QString());
}

SecretResult SecretStore::writeNow(const QString& key, const QString& secret)
{
    return runNow(Operation::Write, key, secret);
}

SecretResult SecretStore::removeNow(const QString& key)
{
    forgetForSession(key);
    return runNow(Operation::Remove, key, QString());
}

} // namespace ondes

#pragma once

// SyncLoginCheck asks a sync server, without waiting, whether it accepts a user and password (a
// gpodder.net-API server also registers the device, as the first sync would). Without a password
// it uses the one kept (the session's, else the keyring's). The answer comes once as finished().

#include "sync/syncengine.h"

#include <QObject>
#include <QPointer>

namespace ondes {

class SecretStore;
class SyncApi;

class SyncLoginCheck : public QObject
{
    Q_OBJECT
public:
    explicit SyncLoginCheck(QObject* parent = nullptr);
    ~SyncLoginCheck() override;

    // A check under way is dropped for the new one.
    void check(const SyncRequest& request);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // error is empty when the server accepted the user and password.
    void finished(const QString& error);

private:
    void logIn(const SyncRequest& request);
    void done(const QString& error);

    SecretStore* m_secrets;
    QPointer<SyncApi> m_api;
    bool m_running = false;
    int m_generation = 0;
};

} // namespace ondes

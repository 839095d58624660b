#pragma once

// Passwords, app passwords and API secrets, kept in the system keyring (the Secret Service of
// GNOME Keyring, KWallet or KeePassXC, through QtKeychain), never in the settings file.
// Without a keyring a secret can be kept for this session only: in this process's memory,
// written nowhere, gone when Ondes quits. Keys are Ondes's own names ("sync/password",
// "discovery/podcastindex-secret"); the keyring shows them under the service "Ondes".

#include <QObject>
#include <QString>

#include <functional>

namespace ondes {

struct SecretResult
{
    enum class Status {
        Ok,        // read, written or removed
        NotFound,  // nothing stored under that key
        NoKeyring, // no keyring service: offer to keep the secret for this session only
        Failed     // the keyring refused or failed: `error` says why
    };
    Status status = Status::Failed;
    QString secret;           // what was read (Ok from read only)
    QString error;            // a sentence for the user when status is NoKeyring or Failed
    bool sessionOnly = false; // the secret came from (or went to) this session's memory

    bool ok() const { return status == Status::Ok; }
};

class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SecretResult&)>;

    explicit SecretStore(QObject* parent = nullptr);

    // Asynchronous: `done` runs later on this thread (never inside the call), unless `context`
    // is gone by then. A secret kept for the session is returned first, without the keyring.
    void read(const QString& key, QObject* context, Done done);
    void write(const QString& key, const QString& secret, QObject* context, Done done);
    // Removes the key from the keyring and from the session's memory. Removing a key that is
    // not stored is Ok.
    void remove(const QString& key, QObject* context, Done done);

    // The same, waiting for the answer in a local event loop (for the command line).
    SecretResult readNow(const QString& key);
    SecretResult writeNow(const QString& key, const QString& secret);
    SecretResult removeNow(const QString& key);

    // For this session only: held in memory, written nowhere (used when there is no keyring and
    // the user chooses to keep the secret until quitting).
    static void keepForSession(const QString& key, const QString& secret);
    static void forgetForSession(const QString& key);

    // The service name under which the keyring lists Ondes's secrets.
    static QString serviceName();

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString& key, const QString& secret, QObject* context,
             Done done);
    SecretResult runNow(Operation operation, const QString& key, const QString& secret);
};

} // namespace ondes

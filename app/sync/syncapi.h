#pragma once

// SyncApi is one sync protocol as the engine sees it: log in, read and upload subscription
// changes, read and upload episode actions. Each call answers once, later, through its callback
// (with an error line, or the parsed answer). GpodderApi and NextcloudApi implement it.
// Answers are parsed on a worker thread (a first sync reads tens of thousands of actions): the
// parse functions must be pure.

#include "sync/syncaction.h"
#include "sync/synchttp.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <QUrl>

#include <functional>

namespace ondes {

struct SyncAccountInfo
{
    QUrl server; // the server's base address (checked by SyncServerPolicy)
    QString user;
    QString password; // or the Nextcloud app password
    QString deviceId; // gpodder.net: the device this computer is, e.g. "ondes-laptop"
    QString deviceCaption;
};

class SyncApi : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(const T& value, const QString& error)>;

    explicit SyncApi(const SyncAccountInfo& account, QObject* parent = nullptr);

    // Checks the credentials and, where the protocol has devices, registers this one.
    virtual void login(Done<bool> done) = 0;
    virtual void subscriptionChanges(qint64 since, Done<SubscriptionChanges> done) = 0;
    virtual void uploadSubscriptionChanges(const QStringList& add, const QStringList& remove,
                                           Done<UploadResult> done) = 0;
    virtual void episodeActions(qint64 since, Done<RemoteEpisodeActions> done) = 0;
    virtual void uploadEpisodeActions(const QList<EpisodeAction>& actions,
                                      Done<UploadResult> done) = 0;

    // Actions and addresses dropped from the answers so far (not http(s), malformed).
    int rejectedCount() const { return m_rejected; }
    SyncHttp& http() { return m_http; }

protected:
    QUrl endpoint(const QString& path, qint64 since = -1) const;
    // Sends and parses; parse returns nullopt with the error set when the body is wrong.
    template <typename T, typename Parse>
    void call(const QByteArray& method, const QUrl& url, const QByteArray& body, Parse parse,
              Done<T> done);

    SyncAccountInfo m_account;
    SyncHttp m_http;
    int m_rejected = 0;
};

template <typename T, typename Parse>
void SyncApi::call(const QByteArray& method, const QUrl& url, const QByteArray& body, Parse parse,
                   Done<T> done)
{
    m_http.send(method, url, body, [this, parse, done](const SyncHttpResult& result) {
        if (!result.ok()) {
            done(T{}, result.error);
            return;
        }
        struct Parsed
        {
            std::optional<T> value;
            QString error;
            int rejected = 0;
        };
        // Parented to this: once the API is gone, the answer is dropped.
        auto* watcher = new QFutureWatcher<Parsed>(this);
        QObject::connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
            watcher->deleteLater();
            const Parsed parsed = watcher->result();
            m_rejected += parsed.rejected;
            if (!parsed.value)
                done(T{}, parsed.error);
            else
                done(*parsed.value, QString());
        });
        watcher->setFuture(QtConcurrent::run([parse, body = result.body] {
            Parsed parsed;
            parsed.value = parse(body, &parsed.error, &parsed.rejected);
            return parsed;
        }));
    });
}

} // namespace ondes

#include "sync/gpodderapi.h"

#include "sync/syncjson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ondes {

namespace {

std::optional<UploadResult> readUpload(const QByteArray& body, QString* error, int*)
{
    return syncjson::parseUploadResult(body, error);
}

} // namespace

QString GpodderApi::userPath() const
{
    return QString::fromUtf8(QUrl::toPercentEncoding(m_account.user));
}

void GpodderApi::login(Done<bool> done)
{
    const QUrl loginUrl = endpoint(QStringLiteral("/api/2/auth/%1/login.json").arg(userPath()));
    m_http.send("POST", loginUrl, {}, [this, done](const SyncHttpResult& result) {
        if (!result.ok()) {
            done(false, result.error);
            return;
        }
        const QByteArray device =
            QJsonDocument(QJsonObject{{QStringLiteral("caption"), m_account.deviceCaption},
                                      {QStringLiteral("type"), QStringLiteral("desktop")}})
                .toJson(QJsonDocument::Compact);
        const QUrl deviceUrl = endpoint(
            QStringLiteral("/api/2/devices/%1/%2.json")
                .arg(userPath(), QString::fromUtf8(QUrl::toPercentEncoding(m_account.deviceId))));
        m_http.send("POST", deviceUrl, device, [done](const SyncHttpResult& registered) {
            done(registered.ok(), registered.error);
        });
    });
}

void GpodderApi::subscriptionChanges(qint64 since, Done<SubscriptionChanges> done)
{
    const QUrl url = endpoint(
        QStringLiteral("/api/2/subscriptions/%1/%2.json")
            .arg(userPath(), QString::fromUtf8(QUrl::toPercentEncoding(m_account.deviceId))),
        since);
    call<SubscriptionChanges>("GET", url, {}, syncjson::parseSubscriptionChanges, done);
}

void GpodderApi::uploadSubscriptionChanges(const QStringList& add, const QStringList& remove,
                                           Done<UploadResult> done)
{
    const QUrl url = endpoint(
        QStringLiteral("/api/2/subscriptions/%1/%2.json")
            .arg(userPath(), QString::fromUtf8(QUrl::toPercentEncoding(m_account.deviceId))));
    call<UploadResult>("POST", url, syncjson::subscriptionChangesToJson(add, remove), readUpload,
                       done);
}

void GpodderApi::episodeActions(qint64 since, Done<RemoteEpisodeActions> done)
{
    const QUrl url = endpoint(QStringLiteral("/api/2/episodes/%1.json").arg(userPath()), since);
    call<RemoteEpisodeActions>("GET", url, {}, syncjson::parseEpisodeActions, done);
}

void GpodderApi::uploadEpisodeActions(const QList<EpisodeAction>& actions, Done<UploadResult> done)
{
    const QUrl url = endpoint(QStringLiteral("/api/2/episodes/%1.json").arg(userPath()));
    call<UploadResult>("POST", url, syncjson::actionsToJson(actions, m_account.deviceId),
                       readUpload, done);
}

} // namespace ondes

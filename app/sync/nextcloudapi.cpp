#include "sync/nextcloudapi.h"

#include "sync/syncjson.h"

namespace ondes {

namespace {

const QString kApp = QStringLiteral("/index.php/apps/gpoddersync");

std::optional<UploadResult> readUploadAnswer(const QByteArray& body, QString* error, int*)
{
    return syncjson::parseUploadResult(body, error);
}

} // namespace

void NextcloudApi::login(Done<bool> done)
{
    // A far future `since`: the answer is small, and only its status matters.
    m_http.send("GET", endpoint(kApp + QStringLiteral("/subscriptions"), 4102444800), {},
                [done](const SyncHttpResult& result) { done(result.ok(), result.error); });
}

void NextcloudApi::subscriptionChanges(qint64 since, Done<SubscriptionChanges> done)
{
    call<SubscriptionChanges>("GET", endpoint(kApp + QStringLiteral("/subscriptions"), since), {},
                              syncjson::parseSubscriptionChanges, done);
}

void NextcloudApi::uploadSubscriptionChanges(const QStringList& add, const QStringList& remove,
                                             Done<UploadResult> done)
{
    call<UploadResult>("POST", endpoint(kApp + QStringLiteral("/subscription_change/create")),
                       syncjson::subscriptionChangesToJson(add, remove), readUploadAnswer, done);
}

void NextcloudApi::episodeActions(qint64 since, Done<RemoteEpisodeActions> done)
{
    call<RemoteEpisodeActions>("GET", endpoint(kApp + QStringLiteral("/episode_action"), since), {},
                               syncjson::parseEpisodeActions, done);
}

void NextcloudApi::uploadEpisodeActions(const QList<EpisodeAction>& actions,
                                        Done<UploadResult> done)
{
    // The app keeps no devices: the actions go without one.
    call<UploadResult>("POST", endpoint(kApp + QStringLiteral("/episode_action/create")),
                       syncjson::actionsToJson(actions, QString()), readUploadAnswer, done);
}

} // namespace ondes

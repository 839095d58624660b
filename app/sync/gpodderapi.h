#pragma once

// The gpodder.net API v2 (gpodder.net, mygpo, opodsync, gpodder2go…): login with HTTP Basic
// (the server sets a session cookie), the device registered as type "desktop", subscription
// changes per device and episode actions per user, each read with `since`.

#include "sync/syncapi.h"

namespace ondes {

class GpodderApi : public SyncApi
{
    Q_OBJECT
public:
    using SyncApi::SyncApi;

    void login(Done<bool> done) override;
    void subscriptionChanges(qint64 since, Done<SubscriptionChanges> done) override;
    void uploadSubscriptionChanges(const QStringList& add, const QStringList& remove,
                                   Done<UploadResult> done) override;
    void episodeActions(qint64 since, Done<RemoteEpisodeActions> done) override;
    void uploadEpisodeActions(const QList<EpisodeAction>& actions,
                              Done<UploadResult> done) override;

private:
    QString userPath() const;
};

} // namespace ondes
